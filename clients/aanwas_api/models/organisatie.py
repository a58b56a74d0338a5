from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="Organisatie")


@_attrs_define
class Organisatie:
    """
    Attributes:
        code (str):
        naam (str):
        contact (Contact):
    """

    code: str
    naam: str
    contact: Contact

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        naam = self.naam

        contact = self.contact.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "naam": naam,
                "contact": contact,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        naam = d.pop("naam")

        contact = Contact.from_dict(d.pop("contact"))

        organisatie = cls(
            code=code,
            naam=naam,
            contact=contact,
        )

        return organisatie
