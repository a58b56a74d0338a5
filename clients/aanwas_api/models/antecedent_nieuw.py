from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.antecedent_nieuw_soort import AntecedentNieuwSoort
from ..models.antecedent_nieuw_status import AntecedentNieuwStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AntecedentNieuw")


@_attrs_define
class AntecedentNieuw:
    """
    Attributes:
        soort (AntecedentNieuwSoort):
        status (AntecedentNieuwStatus): `verdachte` (politieregistratie) en `veroordeling` tellen als antecedent; een
            `signaal` wordt vastgelegd maar telt niet mee in de doelgroeptoets.
        feitdatum (datetime.date):
        omschrijving (None | str | Unset):
    """

    soort: AntecedentNieuwSoort
    status: AntecedentNieuwStatus
    feitdatum: datetime.date
    omschrijving: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        soort = self.soort.value

        status = self.status.value

        feitdatum = self.feitdatum.isoformat()

        omschrijving: None | str | Unset
        if isinstance(self.omschrijving, Unset):
            omschrijving = UNSET
        else:
            omschrijving = self.omschrijving

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "soort": soort,
                "status": status,
                "feitdatum": feitdatum,
            }
        )
        if omschrijving is not UNSET:
            field_dict["omschrijving"] = omschrijving

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        soort = AntecedentNieuwSoort(d.pop("soort"))

        status = AntecedentNieuwStatus(d.pop("status"))

        feitdatum = datetime.date.fromisoformat(d.pop("feitdatum"))

        def _parse_omschrijving(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        omschrijving = _parse_omschrijving(d.pop("omschrijving", UNSET))

        antecedent_nieuw = cls(
            soort=soort,
            status=status,
            feitdatum=feitdatum,
            omschrijving=omschrijving,
        )

        return antecedent_nieuw
