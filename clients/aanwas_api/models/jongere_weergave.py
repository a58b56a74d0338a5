from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="JongereWeergave")


@_attrs_define
class JongereWeergave:
    """The youth as this caller may see them; fields of categories not permitted are absent.

    Attributes:
        id (str):
        voornamen (None | str | Unset):
        achternaam (None | str | Unset):
        geboortedatum (datetime.date | None | Unset):
    """

    id: str
    voornamen: None | str | Unset = UNSET
    achternaam: None | str | Unset = UNSET
    geboortedatum: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if voornamen is not UNSET:
            field_dict["voornamen"] = voornamen
        if achternaam is not UNSET:
            field_dict["achternaam"] = achternaam
        if geboortedatum is not UNSET:
            field_dict["geboortedatum"] = geboortedatum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

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

        jongere_weergave = cls(
            id=id,
            voornamen=voornamen,
            achternaam=achternaam,
            geboortedatum=geboortedatum,
        )

        return jongere_weergave
