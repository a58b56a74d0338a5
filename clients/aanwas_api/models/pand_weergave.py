from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PandWeergave")


@_attrs_define
class PandWeergave:
    """
    Attributes:
        straat (str):
        huisnummer (str):
        postcode (str):
        plaats (str):
    """

    straat: str
    huisnummer: str
    postcode: str
    plaats: str

    def to_dict(self) -> dict[str, Any]:
        straat = self.straat

        huisnummer = self.huisnummer

        postcode = self.postcode

        plaats = self.plaats

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "straat": straat,
                "huisnummer": huisnummer,
                "postcode": postcode,
                "plaats": plaats,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        straat = d.pop("straat")

        huisnummer = d.pop("huisnummer")

        postcode = d.pop("postcode")

        plaats = d.pop("plaats")

        pand_weergave = cls(
            straat=straat,
            huisnummer=huisnummer,
            postcode=postcode,
            plaats=plaats,
        )

        return pand_weergave
