from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PandAdres")


@_attrs_define
class PandAdres:
    """Where a premises is: postcode and house number (with any addition) find it again.

    Attributes:
        postcode (str):
        huisnummer (str): Met een eventuele toevoeging
    """

    postcode: str
    huisnummer: str

    def to_dict(self) -> dict[str, Any]:
        postcode = self.postcode

        huisnummer = self.huisnummer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "postcode": postcode,
                "huisnummer": huisnummer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        postcode = d.pop("postcode")

        huisnummer = d.pop("huisnummer")

        pand_adres = cls(
            postcode=postcode,
            huisnummer=huisnummer,
        )

        return pand_adres
