from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.betrokkene_contact import BetrokkeneContact


T = TypeVar("T", bound="Betrokkene")


@_attrs_define
class Betrokkene:
    """An organisation involved with a youth: who, since when, whom to call. Never content.

    Attributes:
        organisatie (str):
        naam (str):
        sinds (datetime.date): Datum van het eerste signaal van deze organisatie
        contact (BetrokkeneContact):
    """

    organisatie: str
    naam: str
    sinds: datetime.date
    contact: BetrokkeneContact

    def to_dict(self) -> dict[str, Any]:
        organisatie = self.organisatie

        naam = self.naam

        sinds = self.sinds.isoformat()

        contact = self.contact.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organisatie": organisatie,
                "naam": naam,
                "sinds": sinds,
                "contact": contact,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.betrokkene_contact import BetrokkeneContact  # noqa: PLC0415

        d = dict(src_dict)
        organisatie = d.pop("organisatie")

        naam = d.pop("naam")

        sinds = datetime.date.fromisoformat(d.pop("sinds"))

        contact = BetrokkeneContact.from_dict(d.pop("contact"))

        betrokkene = cls(
            organisatie=organisatie,
            naam=naam,
            sinds=sinds,
            contact=contact,
        )

        return betrokkene
