from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Steunfiguur")


@_attrs_define
class Steunfiguur:
    """
    Attributes:
        naam (str):
        relatie (str): Bijvoorbeeld moeder, oma, trainer, buurman
        contact (None | str | Unset): Telefoon of e-mail
    """

    naam: str
    relatie: str
    contact: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        naam = self.naam

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
                "relatie": relatie,
            }
        )
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        naam = d.pop("naam")

        relatie = d.pop("relatie")

        def _parse_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        steunfiguur = cls(
            naam=naam,
            relatie=relatie,
            contact=contact,
        )

        return steunfiguur
