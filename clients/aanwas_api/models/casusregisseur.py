from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Casusregisseur")


@_attrs_define
class Casusregisseur:
    """
    Attributes:
        naam (str):
        email (str):
    """

    naam: str
    email: str

    def to_dict(self) -> dict[str, Any]:
        naam = self.naam

        email = self.email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "naam": naam,
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        naam = d.pop("naam")

        email = d.pop("email")

        casusregisseur = cls(
            naam=naam,
            email=email,
        )

        return casusregisseur
