from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SteunfiguurGegevens")


@_attrs_define
class SteunfiguurGegevens:
    """A steunfiguur as stored: one from before steunfiguren were contacts has only a name.

    Attributes:
        naam (str):
        relatie (None | str | Unset):
        contact (None | str | Unset):
    """

    naam: str
    relatie: None | str | Unset = UNSET
    contact: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        naam = self.naam

        relatie: None | str | Unset
        if isinstance(self.relatie, Unset):
            relatie = UNSET
        else:
            relatie = self.relatie

        contact: None | str | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "naam": naam,
            }
        )
        if relatie is not UNSET:
            field_dict["relatie"] = relatie
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        naam = d.pop("naam")

        def _parse_relatie(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        relatie = _parse_relatie(d.pop("relatie", UNSET))

        def _parse_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        steunfiguur_gegevens = cls(
            naam=naam,
            relatie=relatie,
            contact=contact,
        )

        return steunfiguur_gegevens
