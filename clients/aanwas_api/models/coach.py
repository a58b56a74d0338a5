from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.coach_organisatie import CoachOrganisatie
from ..types import UNSET, Unset

T = TypeVar("T", bound="Coach")


@_attrs_define
class Coach:
    """
    Attributes:
        organisatie (CoachOrganisatie): De organisatie die coacht; `jeugdhulp` krijgt onder het pga-convenant toegang
            tot de casus zolang zij hier als coach staat en de casus open is.
        naam (str): De coach
        contact (None | str | Unset): Telefoon of e-mail
    """

    organisatie: CoachOrganisatie
    naam: str
    contact: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        organisatie = self.organisatie.value

        naam = self.naam

        contact: None | str | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organisatie": organisatie,
                "naam": naam,
            }
        )
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organisatie = CoachOrganisatie(d.pop("organisatie"))

        naam = d.pop("naam")

        def _parse_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        coach = cls(
            organisatie=organisatie,
            naam=naam,
            contact=contact,
        )

        return coach
