from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.antecedent_wijziging_status import AntecedentWijzigingStatus

T = TypeVar("T", bound="AntecedentWijziging")


@_attrs_define
class AntecedentWijziging:
    """One fact, one record: a suspicion that led to a conviction is updated, not added.

    Attributes:
        status (AntecedentWijzigingStatus):
    """

    status: AntecedentWijzigingStatus

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
        status = AntecedentWijzigingStatus(d.pop("status"))

        antecedent_wijziging = cls(
            status=status,
        )

        return antecedent_wijziging
