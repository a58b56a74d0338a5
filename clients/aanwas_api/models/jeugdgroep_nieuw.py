from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="JeugdgroepNieuw")


@_attrs_define
class JeugdgroepNieuw:
    """
    Attributes:
        naam (str): Werknaam naar plek of buurt, nooit naar een persoon
        omschrijving (None | str | Unset):
    """

    naam: str
    omschrijving: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        naam = self.naam

        omschrijving: None | str | Unset
        if isinstance(self.omschrijving, Unset):
            omschrijving = UNSET
        else:
            omschrijving = self.omschrijving

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "naam": naam,
            }
        )
        if omschrijving is not UNSET:
            field_dict["omschrijving"] = omschrijving

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        naam = d.pop("naam")

        def _parse_omschrijving(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        omschrijving = _parse_omschrijving(d.pop("omschrijving", UNSET))

        jeugdgroep_nieuw = cls(
            naam=naam,
            omschrijving=omschrijving,
        )

        return jeugdgroep_nieuw
