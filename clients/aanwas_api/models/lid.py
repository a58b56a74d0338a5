from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Lid")


@_attrs_define
class Lid:
    """
    Attributes:
        jongere_id (str):
        toegevoegd_door (str):
        toegevoegd_op (datetime.datetime):
        voornamen (None | str | Unset):
        achternaam (None | str | Unset):
    """

    jongere_id: str
    toegevoegd_door: str
    toegevoegd_op: datetime.datetime
    voornamen: None | str | Unset = UNSET
    achternaam: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        jongere_id = self.jongere_id

        toegevoegd_door = self.toegevoegd_door

        toegevoegd_op = self.toegevoegd_op.isoformat()

        voornamen: None | str | Unset
        if isinstance(self.voornamen, Unset):
            voornamen = UNSET
        else:
            voornamen = self.voornamen

        achternaam: None | str | Unset
        if isinstance(self.achternaam, Unset):
            achternaam = UNSET
        else:
            achternaam = self.achternaam

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jongereId": jongere_id,
                "toegevoegdDoor": toegevoegd_door,
                "toegevoegdOp": toegevoegd_op,
            }
        )
        if voornamen is not UNSET:
            field_dict["voornamen"] = voornamen
        if achternaam is not UNSET:
            field_dict["achternaam"] = achternaam

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jongere_id = d.pop("jongereId")

        toegevoegd_door = d.pop("toegevoegdDoor")

        toegevoegd_op = datetime.datetime.fromisoformat(d.pop("toegevoegdOp"))

        def _parse_voornamen(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voornamen = _parse_voornamen(d.pop("voornamen", UNSET))

        def _parse_achternaam(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        achternaam = _parse_achternaam(d.pop("achternaam", UNSET))

        lid = cls(
            jongere_id=jongere_id,
            toegevoegd_door=toegevoegd_door,
            toegevoegd_op=toegevoegd_op,
            voornamen=voornamen,
            achternaam=achternaam,
        )

        return lid
