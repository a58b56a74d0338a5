from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.statusstap_regie import StatusstapRegie
from ..types import UNSET, Unset

T = TypeVar("T", bound="Statusstap")


@_attrs_define
class Statusstap:
    """
    Attributes:
        naar (str):
        door (str):
        regie (StatusstapRegie):
        op (datetime.datetime):
        van (None | str | Unset):
        reden (None | str | Unset):
    """

    naar: str
    door: str
    regie: StatusstapRegie
    op: datetime.datetime
    van: None | str | Unset = UNSET
    reden: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        naar = self.naar

        door = self.door

        regie = self.regie.value

        op = self.op.isoformat()

        van: None | str | Unset
        if isinstance(self.van, Unset):
            van = UNSET
        else:
            van = self.van

        reden: None | str | Unset
        if isinstance(self.reden, Unset):
            reden = UNSET
        else:
            reden = self.reden

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "naar": naar,
                "door": door,
                "regie": regie,
                "op": op,
            }
        )
        if van is not UNSET:
            field_dict["van"] = van
        if reden is not UNSET:
            field_dict["reden"] = reden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        naar = d.pop("naar")

        door = d.pop("door")

        regie = StatusstapRegie(d.pop("regie"))

        op = datetime.datetime.fromisoformat(d.pop("op"))

        def _parse_van(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        van = _parse_van(d.pop("van", UNSET))

        def _parse_reden(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reden = _parse_reden(d.pop("reden", UNSET))

        statusstap = cls(
            naar=naar,
            door=door,
            regie=regie,
            op=op,
            van=van,
            reden=reden,
        )

        return statusstap
