from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Antecedent")


@_attrs_define
class Antecedent:
    """
    Attributes:
        id (str):
        jongere_id (str):
        bron_organisatie (str):
        geregistreerd_op (datetime.datetime):
        soort (None | str | Unset):
        status (None | str | Unset):
        feitdatum (datetime.date | None | Unset):
        omschrijving (None | str | Unset):
    """

    id: str
    jongere_id: str
    bron_organisatie: str
    geregistreerd_op: datetime.datetime
    soort: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    feitdatum: datetime.date | None | Unset = UNSET
    omschrijving: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        jongere_id = self.jongere_id

        bron_organisatie = self.bron_organisatie

        geregistreerd_op = self.geregistreerd_op.isoformat()

        soort: None | str | Unset
        if isinstance(self.soort, Unset):
            soort = UNSET
        else:
            soort = self.soort

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        feitdatum: None | str | Unset
        if isinstance(self.feitdatum, Unset):
            feitdatum = UNSET
        elif isinstance(self.feitdatum, datetime.date):
            feitdatum = self.feitdatum.isoformat()
        else:
            feitdatum = self.feitdatum

        omschrijving: None | str | Unset
        if isinstance(self.omschrijving, Unset):
            omschrijving = UNSET
        else:
            omschrijving = self.omschrijving

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "jongereId": jongere_id,
                "bronOrganisatie": bron_organisatie,
                "geregistreerdOp": geregistreerd_op,
            }
        )
        if soort is not UNSET:
            field_dict["soort"] = soort
        if status is not UNSET:
            field_dict["status"] = status
        if feitdatum is not UNSET:
            field_dict["feitdatum"] = feitdatum
        if omschrijving is not UNSET:
            field_dict["omschrijving"] = omschrijving

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        jongere_id = d.pop("jongereId")

        bron_organisatie = d.pop("bronOrganisatie")

        geregistreerd_op = datetime.datetime.fromisoformat(d.pop("geregistreerdOp"))

        def _parse_soort(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        soort = _parse_soort(d.pop("soort", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_feitdatum(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                feitdatum_type_0 = datetime.date.fromisoformat(data)

                return feitdatum_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        feitdatum = _parse_feitdatum(d.pop("feitdatum", UNSET))

        def _parse_omschrijving(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        omschrijving = _parse_omschrijving(d.pop("omschrijving", UNSET))

        antecedent = cls(
            id=id,
            jongere_id=jongere_id,
            bron_organisatie=bron_organisatie,
            geregistreerd_op=geregistreerd_op,
            soort=soort,
            status=status,
            feitdatum=feitdatum,
            omschrijving=omschrijving,
        )

        return antecedent
