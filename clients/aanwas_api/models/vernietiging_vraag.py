from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="VernietigingVraag")


@_attrs_define
class VernietigingVraag:
    """The documented request of the data subject this erasure carries out.

    Attributes:
        kenmerk (str): Het kenmerk van het schriftelijke verzoek tot wissing dat dit uitvoert (geen persoonsgegeven;
            staat in de audit-record van de vernietiging)
    """

    kenmerk: str

    def to_dict(self) -> dict[str, Any]:
        kenmerk = self.kenmerk

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kenmerk": kenmerk,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kenmerk = d.pop("kenmerk")

        vernietiging_vraag = cls(
            kenmerk=kenmerk,
        )

        return vernietiging_vraag
