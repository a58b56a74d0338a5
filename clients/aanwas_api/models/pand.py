from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Pand")


@_attrs_define
class Pand:
    """The premises an Opiumwet 13b closure concerns.

    Attributes:
        postcode (str):
        huisnummer (str): Met een eventuele toevoeging
        straat (str):
        plaats (str):
    """

    postcode: str
    huisnummer: str
    straat: str
    plaats: str

    def to_dict(self) -> dict[str, Any]:
        postcode = self.postcode

        huisnummer = self.huisnummer

        straat = self.straat

        plaats = self.plaats

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "postcode": postcode,
                "huisnummer": huisnummer,
                "straat": straat,
                "plaats": plaats,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        postcode = d.pop("postcode")

        huisnummer = d.pop("huisnummer")

        straat = d.pop("straat")

        plaats = d.pop("plaats")

        pand = cls(
            postcode=postcode,
            huisnummer=huisnummer,
            straat=straat,
            plaats=plaats,
        )

        return pand
