from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfessioneelOordeelNieuw")


@_attrs_define
class ProfessioneelOordeelNieuw:
    """The signaaloverleg's judgement that there are strong suspicions ("sterke vermoedens")
    that the youth is involved, though the signals do not (yet) make two risk indicators.

        Attributes:
            redenen (list[str]): Waarom de professionals sterke vermoedens hebben, per reden een zin
            deelnemers (list[str]): De organisaties die het oordeel gaven: deelnemers aan het signaaloverleg (en aan dit
                overleg, als `overlegId` is gegeven)
            overleg_id (None | str | Unset): Het signaaloverleg waarin het oordeel viel; de jongere staat op de agenda
    """

    redenen: list[str]
    deelnemers: list[str]
    overleg_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        redenen = self.redenen

        deelnemers = self.deelnemers

        overleg_id: None | str | Unset
        if isinstance(self.overleg_id, Unset):
            overleg_id = UNSET
        else:
            overleg_id = self.overleg_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "redenen": redenen,
                "deelnemers": deelnemers,
            }
        )
        if overleg_id is not UNSET:
            field_dict["overlegId"] = overleg_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        redenen = cast(list[str], d.pop("redenen"))

        deelnemers = cast(list[str], d.pop("deelnemers"))

        def _parse_overleg_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        overleg_id = _parse_overleg_id(d.pop("overlegId", UNSET))

        professioneel_oordeel_nieuw = cls(
            redenen=redenen,
            deelnemers=deelnemers,
            overleg_id=overleg_id,
        )

        return professioneel_oordeel_nieuw
