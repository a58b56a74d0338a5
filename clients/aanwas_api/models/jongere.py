from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Jongere")


@_attrs_define
class Jongere:
    """A youth as this caller may see them; fields of categories not permitted are absent.

    Attributes:
        id (str):
        geregistreerd_door (str):
        geregistreerd_op (datetime.datetime):
        voornamen (None | str | Unset):
        achternaam (None | str | Unset):
        geboortedatum (datetime.date | None | Unset):
        heeft_bsn (bool | None | Unset): Of de jongere met een BSN bekend is.
        samengevoegd_in (None | str | Unset): Dit record is samengevoegd in deze jongere
    """

    id: str
    geregistreerd_door: str
    geregistreerd_op: datetime.datetime
    voornamen: None | str | Unset = UNSET
    achternaam: None | str | Unset = UNSET
    geboortedatum: datetime.date | None | Unset = UNSET
    heeft_bsn: bool | None | Unset = UNSET
    samengevoegd_in: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        geregistreerd_door = self.geregistreerd_door

        geregistreerd_op = self.geregistreerd_op.isoformat()

        voornamen: None | str | Unset
        if isinstance(self.voornamen, Unset):
            voornamen = UNSET
        else:
            voornamen = self.voornamen

        achternaam: None | str | Unset
        if isinstance(self.achternaam, Unset):
            achternaam = UNSET
        else:
            achternaam = self.achternaam

        geboortedatum: None | str | Unset
        if isinstance(self.geboortedatum, Unset):
            geboortedatum = UNSET
        elif isinstance(self.geboortedatum, datetime.date):
            geboortedatum = self.geboortedatum.isoformat()
        else:
            geboortedatum = self.geboortedatum

        heeft_bsn: bool | None | Unset
        if isinstance(self.heeft_bsn, Unset):
            heeft_bsn = UNSET
        else:
            heeft_bsn = self.heeft_bsn

        samengevoegd_in: None | str | Unset
        if isinstance(self.samengevoegd_in, Unset):
            samengevoegd_in = UNSET
        else:
            samengevoegd_in = self.samengevoegd_in

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "geregistreerdDoor": geregistreerd_door,
                "geregistreerdOp": geregistreerd_op,
            }
        )
        if voornamen is not UNSET:
            field_dict["voornamen"] = voornamen
        if achternaam is not UNSET:
            field_dict["achternaam"] = achternaam
        if geboortedatum is not UNSET:
            field_dict["geboortedatum"] = geboortedatum
        if heeft_bsn is not UNSET:
            field_dict["heeftBsn"] = heeft_bsn
        if samengevoegd_in is not UNSET:
            field_dict["samengevoegdIn"] = samengevoegd_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        geregistreerd_door = d.pop("geregistreerdDoor")

        geregistreerd_op = datetime.datetime.fromisoformat(d.pop("geregistreerdOp"))

        def _parse_voornamen(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voornamen = _parse_voornamen(d.pop("voornamen", UNSET))

        def _parse_achternaam(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        achternaam = _parse_achternaam(d.pop("achternaam", UNSET))

        def _parse_geboortedatum(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                geboortedatum_type_0 = datetime.date.fromisoformat(data)

                return geboortedatum_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        geboortedatum = _parse_geboortedatum(d.pop("geboortedatum", UNSET))

        def _parse_heeft_bsn(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        heeft_bsn = _parse_heeft_bsn(d.pop("heeftBsn", UNSET))

        def _parse_samengevoegd_in(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        samengevoegd_in = _parse_samengevoegd_in(d.pop("samengevoegdIn", UNSET))

        jongere = cls(
            id=id,
            geregistreerd_door=geregistreerd_door,
            geregistreerd_op=geregistreerd_op,
            voornamen=voornamen,
            achternaam=achternaam,
            geboortedatum=geboortedatum,
            heeft_bsn=heeft_bsn,
            samengevoegd_in=samengevoegd_in,
        )

        return jongere
