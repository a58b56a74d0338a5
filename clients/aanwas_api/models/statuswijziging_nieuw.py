from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.statuswijziging_nieuw_status import StatuswijzigingNieuwStatus

T = TypeVar("T", bound="StatuswijzigingNieuw")


@_attrs_define
class StatuswijzigingNieuw:
    """
    Attributes:
        status (StatuswijzigingNieuwStatus):
        reden (str): Waarom; vastgelegd in de casus.
    """

    status: StatuswijzigingNieuwStatus
    reden: str

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        reden = self.reden

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
                "reden": reden,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = StatuswijzigingNieuwStatus(d.pop("status"))

        reden = d.pop("reden")

        statuswijziging_nieuw = cls(
            status=status,
            reden=reden,
        )

        return statuswijziging_nieuw
