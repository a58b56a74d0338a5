from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Opschaling")


@_attrs_define
class Opschaling:
    """
    Attributes:
        id (str):
        soort (str):
        gestart_door (str):
        gestart_op (datetime.datetime):
        reden (None | str | Unset):
        beeindigd_op (datetime.datetime | None | Unset):
        beeindigings_reden (None | str | Unset):
    """

    id: str
    soort: str
    gestart_door: str
    gestart_op: datetime.datetime
    reden: None | str | Unset = UNSET
    beeindigd_op: datetime.datetime | None | Unset = UNSET
    beeindigings_reden: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        soort = self.soort

        gestart_door = self.gestart_door

        gestart_op = self.gestart_op.isoformat()

        reden: None | str | Unset
        if isinstance(self.reden, Unset):
            reden = UNSET
        else:
            reden = self.reden

        beeindigd_op: None | str | Unset
        if isinstance(self.beeindigd_op, Unset):
            beeindigd_op = UNSET
        elif isinstance(self.beeindigd_op, datetime.datetime):
            beeindigd_op = self.beeindigd_op.isoformat()
        else:
            beeindigd_op = self.beeindigd_op

        beeindigings_reden: None | str | Unset
        if isinstance(self.beeindigings_reden, Unset):
            beeindigings_reden = UNSET
        else:
            beeindigings_reden = self.beeindigings_reden

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "soort": soort,
                "gestartDoor": gestart_door,
                "gestartOp": gestart_op,
            }
        )
        if reden is not UNSET:
            field_dict["reden"] = reden
        if beeindigd_op is not UNSET:
            field_dict["beeindigdOp"] = beeindigd_op
        if beeindigings_reden is not UNSET:
            field_dict["beeindigingsReden"] = beeindigings_reden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        soort = d.pop("soort")

        gestart_door = d.pop("gestartDoor")

        gestart_op = datetime.datetime.fromisoformat(d.pop("gestartOp"))

        def _parse_reden(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reden = _parse_reden(d.pop("reden", UNSET))

        def _parse_beeindigd_op(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                beeindigd_op_type_0 = datetime.datetime.fromisoformat(data)

                return beeindigd_op_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        beeindigd_op = _parse_beeindigd_op(d.pop("beeindigdOp", UNSET))

        def _parse_beeindigings_reden(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        beeindigings_reden = _parse_beeindigings_reden(
            d.pop("beeindigingsReden", UNSET)
        )

        opschaling = cls(
            id=id,
            soort=soort,
            gestart_door=gestart_door,
            gestart_op=gestart_op,
            reden=reden,
            beeindigd_op=beeindigd_op,
            beeindigings_reden=beeindigings_reden,
        )

        return opschaling
