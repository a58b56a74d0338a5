from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="Weigering")


@_attrs_define
class Weigering:
    """An attempt to access the youth's data that was refused.

    Attributes:
        tijd (str):
        organisatie (None | str):
        rollen (list[str]):
        actie (str):
        soort (str):
        doel (None | str):
        reden (None | str):
    """

    tijd: str
    organisatie: None | str
    rollen: list[str]
    actie: str
    soort: str
    doel: None | str
    reden: None | str

    def to_dict(self) -> dict[str, Any]:
        tijd = self.tijd

        organisatie: None | str
        organisatie = self.organisatie

        rollen = self.rollen

        actie = self.actie

        soort = self.soort

        doel: None | str
        doel = self.doel

        reden: None | str
        reden = self.reden

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tijd": tijd,
                "organisatie": organisatie,
                "rollen": rollen,
                "actie": actie,
                "soort": soort,
                "doel": doel,
                "reden": reden,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tijd = d.pop("tijd")

        def _parse_organisatie(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organisatie = _parse_organisatie(d.pop("organisatie"))

        rollen = cast(list[str], d.pop("rollen"))

        actie = d.pop("actie")

        soort = d.pop("soort")

        def _parse_doel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        doel = _parse_doel(d.pop("doel"))

        def _parse_reden(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reden = _parse_reden(d.pop("reden"))

        weigering = cls(
            tijd=tijd,
            organisatie=organisatie,
            rollen=rollen,
            actie=actie,
            soort=soort,
            doel=doel,
            reden=reden,
        )

        return weigering
