from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="Verstrekking")


@_attrs_define
class Verstrekking:
    """An allowed access that showed the youth's data to an organisation.

    Attributes:
        tijd (str):
        organisatie (None | str):
        rollen (list[str]):
        actie (str):
        soort (str):
        categorieen (list[str]):
        velden (list[str] | None):
        doel (None | str):
        convenanten (list[str]):
        grondslag (None | str):
    """

    tijd: str
    organisatie: None | str
    rollen: list[str]
    actie: str
    soort: str
    categorieen: list[str]
    velden: list[str] | None
    doel: None | str
    convenanten: list[str]
    grondslag: None | str

    def to_dict(self) -> dict[str, Any]:
        tijd = self.tijd

        organisatie: None | str
        organisatie = self.organisatie

        rollen = self.rollen

        actie = self.actie

        soort = self.soort

        categorieen = self.categorieen

        velden: list[str] | None
        if isinstance(self.velden, list):
            velden = self.velden

        else:
            velden = self.velden

        doel: None | str
        doel = self.doel

        convenanten = self.convenanten

        grondslag: None | str
        grondslag = self.grondslag

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tijd": tijd,
                "organisatie": organisatie,
                "rollen": rollen,
                "actie": actie,
                "soort": soort,
                "categorieen": categorieen,
                "velden": velden,
                "doel": doel,
                "convenanten": convenanten,
                "grondslag": grondslag,
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

        categorieen = cast(list[str], d.pop("categorieen"))

        def _parse_velden(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                velden_type_0 = cast(list[str], data)

                return velden_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        velden = _parse_velden(d.pop("velden"))

        def _parse_doel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        doel = _parse_doel(d.pop("doel"))

        convenanten = cast(list[str], d.pop("convenanten"))

        def _parse_grondslag(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        grondslag = _parse_grondslag(d.pop("grondslag"))

        verstrekking = cls(
            tijd=tijd,
            organisatie=organisatie,
            rollen=rollen,
            actie=actie,
            soort=soort,
            categorieen=categorieen,
            velden=velden,
            doel=doel,
            convenanten=convenanten,
            grondslag=grondslag,
        )

        return verstrekking
