from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coach_gegevens import CoachGegevens
    from ..models.steunfiguur_gegevens import SteunfiguurGegevens


T = TypeVar("T", bound="Perspectiefplan")


@_attrs_define
class Perspectiefplan:
    """
    Attributes:
        gewijzigd_op (datetime.datetime):
        beschermende_factoren (None | str | Unset):
        beschermende_factor_ids (list[str] | Unset):
        coach (CoachGegevens | None | Unset):
        dagbesteding (None | str | Unset):
        talentontwikkeling (None | str | Unset):
        steunfiguren (list[SteunfiguurGegevens] | Unset):
    """

    gewijzigd_op: datetime.datetime
    beschermende_factoren: None | str | Unset = UNSET
    beschermende_factor_ids: list[str] | Unset = UNSET
    coach: CoachGegevens | None | Unset = UNSET
    dagbesteding: None | str | Unset = UNSET
    talentontwikkeling: None | str | Unset = UNSET
    steunfiguren: list[SteunfiguurGegevens] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.coach_gegevens import CoachGegevens  # noqa: PLC0415

        gewijzigd_op = self.gewijzigd_op.isoformat()

        beschermende_factoren: None | str | Unset
        if isinstance(self.beschermende_factoren, Unset):
            beschermende_factoren = UNSET
        else:
            beschermende_factoren = self.beschermende_factoren

        beschermende_factor_ids: list[str] | Unset = UNSET
        if not isinstance(self.beschermende_factor_ids, Unset):
            beschermende_factor_ids = self.beschermende_factor_ids

        coach: dict[str, Any] | None | Unset
        if isinstance(self.coach, Unset):
            coach = UNSET
        elif isinstance(self.coach, CoachGegevens):
            coach = self.coach.to_dict()
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

        steunfiguren: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steunfiguren, Unset):
            steunfiguren = []
            for steunfiguren_item_data in self.steunfiguren:
                steunfiguren_item = steunfiguren_item_data.to_dict()
                steunfiguren.append(steunfiguren_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "gewijzigdOp": gewijzigd_op,
            }
        )
        if beschermende_factoren is not UNSET:
            field_dict["beschermendeFactoren"] = beschermende_factoren
        if beschermende_factor_ids is not UNSET:
            field_dict["beschermendeFactorIds"] = beschermende_factor_ids
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
        from ..models.coach_gegevens import CoachGegevens  # noqa: PLC0415
        from ..models.steunfiguur_gegevens import SteunfiguurGegevens  # noqa: PLC0415

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

        beschermende_factor_ids = cast(list[str], d.pop("beschermendeFactorIds", UNSET))

        def _parse_coach(data: object) -> CoachGegevens | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coach_type_0 = CoachGegevens.from_dict(data)

                return coach_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CoachGegevens | None | Unset, data)

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

        _steunfiguren = d.pop("steunfiguren", UNSET)
        steunfiguren: list[SteunfiguurGegevens] | Unset = UNSET
        if _steunfiguren is not UNSET:
            steunfiguren = []
            for steunfiguren_item_data in _steunfiguren:
                steunfiguren_item = SteunfiguurGegevens.from_dict(
                    steunfiguren_item_data
                )

                steunfiguren.append(steunfiguren_item)

        perspectiefplan = cls(
            gewijzigd_op=gewijzigd_op,
            beschermende_factoren=beschermende_factoren,
            beschermende_factor_ids=beschermende_factor_ids,
            coach=coach,
            dagbesteding=dagbesteding,
            talentontwikkeling=talentontwikkeling,
            steunfiguren=steunfiguren,
        )

        return perspectiefplan
