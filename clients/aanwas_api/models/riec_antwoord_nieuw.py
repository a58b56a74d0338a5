from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RiecAntwoordNieuw")


@_attrs_define
class RiecAntwoordNieuw:
    """The RIEC's answer to the two questions; given once.

    Attributes:
        bekend (bool): Is de jongere of het gezin bekend?
        riec_casus_gestart (bool): Start het RIEC een RIEC-casus?
        toelichting (str): Toelichting; vastgelegd bij de melding.
    """

    bekend: bool
    riec_casus_gestart: bool
    toelichting: str

    def to_dict(self) -> dict[str, Any]:
        bekend = self.bekend

        riec_casus_gestart = self.riec_casus_gestart

        toelichting = self.toelichting

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bekend": bekend,
                "riecCasusGestart": riec_casus_gestart,
                "toelichting": toelichting,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bekend = d.pop("bekend")

        riec_casus_gestart = d.pop("riecCasusGestart")

        toelichting = d.pop("toelichting")

        riec_antwoord_nieuw = cls(
            bekend=bekend,
            riec_casus_gestart=riec_casus_gestart,
            toelichting=toelichting,
        )

        return riec_antwoord_nieuw
