from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SignaalCategorieVersieWeergave")


@_attrs_define
class SignaalCategorieVersieWeergave:
    """
    Attributes:
        versie (int):
        omschrijving (str):
        actief (bool):
        indicator (None | str):
        gewijzigd_door (None | str): De organisatie die de wijziging maakte; `null` voor de standaardkaart
        gewijzigd_op (datetime.datetime):
    """

    versie: int
    omschrijving: str
    actief: bool
    indicator: None | str
    gewijzigd_door: None | str
    gewijzigd_op: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        versie = self.versie

        omschrijving = self.omschrijving

        actief = self.actief

        indicator: None | str
        indicator = self.indicator

        gewijzigd_door: None | str
        gewijzigd_door = self.gewijzigd_door

        gewijzigd_op = self.gewijzigd_op.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "versie": versie,
                "omschrijving": omschrijving,
                "actief": actief,
                "indicator": indicator,
                "gewijzigdDoor": gewijzigd_door,
                "gewijzigdOp": gewijzigd_op,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        versie = d.pop("versie")

        omschrijving = d.pop("omschrijving")

        actief = d.pop("actief")

        def _parse_indicator(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        indicator = _parse_indicator(d.pop("indicator"))

        def _parse_gewijzigd_door(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gewijzigd_door = _parse_gewijzigd_door(d.pop("gewijzigdDoor"))

        gewijzigd_op = datetime.datetime.fromisoformat(d.pop("gewijzigdOp"))

        signaal_categorie_versie_weergave = cls(
            versie=versie,
            omschrijving=omschrijving,
            actief=actief,
            indicator=indicator,
            gewijzigd_door=gewijzigd_door,
            gewijzigd_op=gewijzigd_op,
        )

        return signaal_categorie_versie_weergave
