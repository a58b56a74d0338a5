from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.nieuwe_casusregisseur import NieuweCasusregisseur


T = TypeVar("T", bound="CasusWijziging")


@_attrs_define
class CasusWijziging:
    """
    Attributes:
        casusregisseur (NieuweCasusregisseur):
    """

    casusregisseur: NieuweCasusregisseur

    def to_dict(self) -> dict[str, Any]:
        casusregisseur = self.casusregisseur.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "casusregisseur": casusregisseur,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nieuwe_casusregisseur import NieuweCasusregisseur  # noqa: PLC0415

        d = dict(src_dict)
        casusregisseur = NieuweCasusregisseur.from_dict(d.pop("casusregisseur"))

        casus_wijziging = cls(
            casusregisseur=casusregisseur,
        )

        return casus_wijziging
