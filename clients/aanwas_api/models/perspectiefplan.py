from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Perspectiefplan")


@_attrs_define
class Perspectiefplan:
    """
    Attributes:
        gewijzigd_op (datetime.datetime):
        beschermende_factoren (None | str | Unset):
        coach (None | str | Unset):
        dagbesteding (None | str | Unset):
        talentontwikkeling (None | str | Unset):
        steunfiguren (None | str | Unset):
    """

    gewijzigd_op: datetime.datetime
    beschermende_factoren: None | str | Unset = UNSET
    coach: None | str | Unset = UNSET
    dagbesteding: None | str | Unset = UNSET
    talentontwikkeling: None | str | Unset = UNSET
    steunfiguren: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        gewijzigd_op = self.gewijzigd_op.isoformat()

        beschermende_factoren: None | str | Unset
        if isinstance(self.beschermende_factoren, Unset):
            beschermende_factoren = UNSET
        else:
            beschermende_factoren = self.beschermende_factoren

        coach: None | str | Unset
        if isinstance(self.coach, Unset):
            coach = UNSET
        else:
            coach = self.coach

        dagbesteding: None | str | Unset
        if isinstance(self.dagbesteding, Unset):
            dagbesteding = UNSET
        else:
            dagbesteding = self.dagbesteding

        talentontwikkeling: None | str | Unset
        if isinstance(self.talentontwikkeling, Unset):
            talentontwikkeling = UNSET
        else:
            talentontwikkeling = self.talentontwikkeling

        steunfiguren: None | str | Unset
        if isinstance(self.steunfiguren, Unset):
            steunfiguren = UNSET
        else:
            steunfiguren = self.steunfiguren

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "gewijzigdOp": gewijzigd_op,
            }
        )
        if beschermende_factoren is not UNSET:
            field_dict["beschermendeFactoren"] = beschermende_factoren
        if coach is not UNSET:
            field_dict["coach"] = coach
        if dagbesteding is not UNSET:
            field_dict["dagbesteding"] = dagbesteding
        if talentontwikkeling is not UNSET:
            field_dict["talentontwikkeling"] = talentontwikkeling
        if steunfiguren is not UNSET:
            field_dict["steunfiguren"] = steunfiguren

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gewijzigd_op = datetime.datetime.fromisoformat(d.pop("gewijzigdOp"))

        def _parse_beschermende_factoren(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        beschermende_factoren = _parse_beschermende_factoren(
            d.pop("beschermendeFactoren", UNSET)
        )

        def _parse_coach(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coach = _parse_coach(d.pop("coach", UNSET))

        def _parse_dagbesteding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dagbesteding = _parse_dagbesteding(d.pop("dagbesteding", UNSET))

        def _parse_talentontwikkeling(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        talentontwikkeling = _parse_talentontwikkeling(
            d.pop("talentontwikkeling", UNSET)
        )

        def _parse_steunfiguren(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        steunfiguren = _parse_steunfiguren(d.pop("steunfiguren", UNSET))

        perspectiefplan = cls(
            gewijzigd_op=gewijzigd_op,
            beschermende_factoren=beschermende_factoren,
            coach=coach,
            dagbesteding=dagbesteding,
            talentontwikkeling=talentontwikkeling,
            steunfiguren=steunfiguren,
        )

        return perspectiefplan
