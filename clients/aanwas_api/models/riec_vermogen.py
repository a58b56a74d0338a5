from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiecVermogen")


@_attrs_define
class RiecVermogen:
    """The financial details of a RIEC-melding (`financieel`: only the riec covenant shares
    them); fields left out stay as they are.

        Attributes:
            vermogen_jongere (str | Unset): Onverklaarbaar vermogen van de jongere (geld, goederen).
            vermogen_ouders (str | Unset): Onverklaarbaar vermogen van de ouders of het gezin.
    """

    vermogen_jongere: str | Unset = UNSET
    vermogen_ouders: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        vermogen_jongere = self.vermogen_jongere

        vermogen_ouders = self.vermogen_ouders

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if vermogen_jongere is not UNSET:
            field_dict["vermogenJongere"] = vermogen_jongere
        if vermogen_ouders is not UNSET:
            field_dict["vermogenOuders"] = vermogen_ouders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vermogen_jongere = d.pop("vermogenJongere", UNSET)

        vermogen_ouders = d.pop("vermogenOuders", UNSET)

        riec_vermogen = cls(
            vermogen_jongere=vermogen_jongere,
            vermogen_ouders=vermogen_ouders,
        )

        return riec_vermogen
