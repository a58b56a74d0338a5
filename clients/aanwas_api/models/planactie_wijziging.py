from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.planactie_wijziging_status import PlanactieWijzigingStatus

T = TypeVar("T", bound="PlanactieWijziging")


@_attrs_define
class PlanactieWijziging:
    """
    Attributes:
        status (PlanactieWijzigingStatus):
    """

    status: PlanactieWijzigingStatus

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = PlanactieWijzigingStatus(d.pop("status"))

        planactie_wijziging = cls(
            status=status,
        )

        return planactie_wijziging
