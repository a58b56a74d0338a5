from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.antecedenten_samenvatting_persoort import (
        AntecedentenSamenvattingPersoort,
    )


T = TypeVar("T", bound="AntecedentenSamenvatting")


@_attrs_define
class AntecedentenSamenvatting:
    """Police data under the pga covenant: only the kind and number of antecedents.

    Attributes:
        aantal (int):
        per_soort (AntecedentenSamenvattingPersoort):
        beperking (str):
    """

    aantal: int
    per_soort: AntecedentenSamenvattingPersoort
    beperking: str

    def to_dict(self) -> dict[str, Any]:
        aantal = self.aantal

        per_soort = self.per_soort.to_dict()

        beperking = self.beperking

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "aantal": aantal,
                "perSoort": per_soort,
                "beperking": beperking,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.antecedenten_samenvatting_persoort import (
            AntecedentenSamenvattingPersoort,  # noqa: PLC0415
        )

        d = dict(src_dict)
        aantal = d.pop("aantal")

        per_soort = AntecedentenSamenvattingPersoort.from_dict(d.pop("perSoort"))

        beperking = d.pop("beperking")

        antecedenten_samenvatting = cls(
            aantal=aantal,
            per_soort=per_soort,
            beperking=beperking,
        )

        return antecedenten_samenvatting
