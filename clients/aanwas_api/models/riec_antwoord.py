from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiecAntwoord")


@_attrs_define
class RiecAntwoord:
    """
    Attributes:
        beantwoord_door (str):
        beantwoord_op (datetime.datetime):
        bekend (bool | None | Unset): Is de jongere of het gezin bekend?
        riec_casus_gestart (bool | None | Unset): Is er een RIEC-casus gestart?
        toelichting (None | str | Unset):
    """

    beantwoord_door: str
    beantwoord_op: datetime.datetime
    bekend: bool | None | Unset = UNSET
    riec_casus_gestart: bool | None | Unset = UNSET
    toelichting: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        beantwoord_door = self.beantwoord_door

        beantwoord_op = self.beantwoord_op.isoformat()

        bekend: bool | None | Unset
        if isinstance(self.bekend, Unset):
            bekend = UNSET
        else:
            bekend = self.bekend

        riec_casus_gestart: bool | None | Unset
        if isinstance(self.riec_casus_gestart, Unset):
            riec_casus_gestart = UNSET
        else:
            riec_casus_gestart = self.riec_casus_gestart

        toelichting: None | str | Unset
        if isinstance(self.toelichting, Unset):
            toelichting = UNSET
        else:
            toelichting = self.toelichting

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "beantwoordDoor": beantwoord_door,
                "beantwoordOp": beantwoord_op,
            }
        )
        if bekend is not UNSET:
            field_dict["bekend"] = bekend
        if riec_casus_gestart is not UNSET:
            field_dict["riecCasusGestart"] = riec_casus_gestart
        if toelichting is not UNSET:
            field_dict["toelichting"] = toelichting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        beantwoord_door = d.pop("beantwoordDoor")

        beantwoord_op = datetime.datetime.fromisoformat(d.pop("beantwoordOp"))

        def _parse_bekend(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        bekend = _parse_bekend(d.pop("bekend", UNSET))

        def _parse_riec_casus_gestart(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        riec_casus_gestart = _parse_riec_casus_gestart(d.pop("riecCasusGestart", UNSET))

        def _parse_toelichting(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        toelichting = _parse_toelichting(d.pop("toelichting", UNSET))

        riec_antwoord = cls(
            beantwoord_door=beantwoord_door,
            beantwoord_op=beantwoord_op,
            bekend=bekend,
            riec_casus_gestart=riec_casus_gestart,
            toelichting=toelichting,
        )

        return riec_antwoord
