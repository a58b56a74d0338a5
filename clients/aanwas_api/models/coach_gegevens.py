from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CoachGegevens")


@_attrs_define
class CoachGegevens:
    """The coach as stored: a plan from before the coach had an organisation has only a name.

    Attributes:
        organisatie (None | str | Unset):
        naam (None | str | Unset):
        contact (None | str | Unset):
    """

    organisatie: None | str | Unset = UNSET
    naam: None | str | Unset = UNSET
    contact: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        organisatie: None | str | Unset
        if isinstance(self.organisatie, Unset):
            organisatie = UNSET
        else:
            organisatie = self.organisatie

        naam: None | str | Unset
        if isinstance(self.naam, Unset):
            naam = UNSET
        else:
            naam = self.naam

        contact: None | str | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if organisatie is not UNSET:
            field_dict["organisatie"] = organisatie
        if naam is not UNSET:
            field_dict["naam"] = naam
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_organisatie(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organisatie = _parse_organisatie(d.pop("organisatie", UNSET))

        def _parse_naam(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        naam = _parse_naam(d.pop("naam", UNSET))

        def _parse_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        coach_gegevens = cls(
            organisatie=organisatie,
            naam=naam,
            contact=contact,
        )

        return coach_gegevens
