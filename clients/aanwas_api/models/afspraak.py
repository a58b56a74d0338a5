from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Afspraak")


@_attrs_define
class Afspraak:
    """
    Attributes:
        omschrijving (str):
        eigenaar (str):
        datum (datetime.date):
        domein (None | str | Unset):
        planactie_id (None | str | Unset): De planactie die deze ico-afspraak werd
    """

    omschrijving: str
    eigenaar: str
    datum: datetime.date
    domein: None | str | Unset = UNSET
    planactie_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        omschrijving = self.omschrijving

        eigenaar = self.eigenaar

        datum = self.datum.isoformat()

        domein: None | str | Unset
        if isinstance(self.domein, Unset):
            domein = UNSET
        else:
            domein = self.domein

        planactie_id: None | str | Unset
        if isinstance(self.planactie_id, Unset):
            planactie_id = UNSET
        else:
            planactie_id = self.planactie_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "omschrijving": omschrijving,
                "eigenaar": eigenaar,
                "datum": datum,
            }
        )
        if domein is not UNSET:
            field_dict["domein"] = domein
        if planactie_id is not UNSET:
            field_dict["planactieId"] = planactie_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        omschrijving = d.pop("omschrijving")

        eigenaar = d.pop("eigenaar")

        datum = datetime.date.fromisoformat(d.pop("datum"))

        def _parse_domein(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domein = _parse_domein(d.pop("domein", UNSET))

        def _parse_planactie_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        planactie_id = _parse_planactie_id(d.pop("planactieId", UNSET))

        afspraak = cls(
            omschrijving=omschrijving,
            eigenaar=eigenaar,
            datum=datum,
            domein=domein,
            planactie_id=planactie_id,
        )

        return afspraak
