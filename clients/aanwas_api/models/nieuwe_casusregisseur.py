from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="NieuweCasusregisseur")


@_attrs_define
class NieuweCasusregisseur:
    """
    Attributes:
        naam (str):
        email (str):
        id (str): Wie de casus voortaan regisseert: de client-id van een casusregisseur van de gemeente (straks: de
            persoon).
    """

    naam: str
    email: str
    id: str

    def to_dict(self) -> dict[str, Any]:
        naam = self.naam

        email = self.email

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "naam": naam,
                "email": email,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        naam = d.pop("naam")

        email = d.pop("email")

        id = d.pop("id")

        nieuwe_casusregisseur = cls(
            naam=naam,
            email=email,
            id=id,
        )

        return nieuwe_casusregisseur
