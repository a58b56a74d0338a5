from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="InzageVraag")


@_attrs_define
class InzageVraag:
    """Whose data: the BSN in the request of the data subject (in the body, never in a URL),
    and the reference of that documented request.

        Attributes:
            bsn (str):
            kenmerk (str): Het kenmerk van het schriftelijke inzageverzoek dat dit beantwoordt (geen persoonsgegeven; staat
                in de audit-record van de inzage)
    """

    bsn: str
    kenmerk: str

    def to_dict(self) -> dict[str, Any]:
        bsn = self.bsn

        kenmerk = self.kenmerk

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bsn": bsn,
                "kenmerk": kenmerk,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bsn = d.pop("bsn")

        kenmerk = d.pop("kenmerk")

        inzage_vraag = cls(
            bsn=bsn,
            kenmerk=kenmerk,
        )

        return inzage_vraag
