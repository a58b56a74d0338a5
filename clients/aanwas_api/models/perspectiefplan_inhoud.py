from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coach import Coach
    from ..models.steunfiguur import Steunfiguur


T = TypeVar("T", bound="PerspectiefplanInhoud")


@_attrs_define
class PerspectiefplanInhoud:
    """
    Attributes:
        beschermende_factoren (None | str | Unset): Toelichting op de beschermende factoren
        beschermende_factor_ids (list[str] | Unset): Vastgelegde beschermende factoren van de jongere
            (/v1/jongeren/{id}/factoren) waarop het plan bouwt.
        coach (Coach | None | Unset): De (forensisch) coach
        dagbesteding (None | str | Unset): School of werk
        talentontwikkeling (None | str | Unset): Sport, muziek, cultuur
        steunfiguren (list[Steunfiguur] | Unset): Ouders en andere belangrijke volwassenen: contacten van het plan
    """

    beschermende_factoren: None | str | Unset = UNSET
    beschermende_factor_ids: list[str] | Unset = UNSET
    coach: Coach | None | Unset = UNSET
    dagbesteding: None | str | Unset = UNSET
    talentontwikkeling: None | str | Unset = UNSET
    steunfiguren: list[Steunfiguur] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.coach import Coach  # noqa: PLC0415

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
        elif isinstance(self.coach, Coach):
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

        field_dict.update({})
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
        from ..models.coach import Coach  # noqa: PLC0415
        from ..models.steunfiguur import Steunfiguur  # noqa: PLC0415

        d = dict(src_dict)

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

        def _parse_coach(data: object) -> Coach | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coach_type_0 = Coach.from_dict(data)

                return coach_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Coach | None | Unset, data)

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
        steunfiguren: list[Steunfiguur] | Unset = UNSET
        if _steunfiguren is not UNSET:
            steunfiguren = []
            for steunfiguren_item_data in _steunfiguren:
                steunfiguren_item = Steunfiguur.from_dict(steunfiguren_item_data)

                steunfiguren.append(steunfiguren_item)

        perspectiefplan_inhoud = cls(
            beschermende_factoren=beschermende_factoren,
            beschermende_factor_ids=beschermende_factor_ids,
            coach=coach,
            dagbesteding=dagbesteding,
            talentontwikkeling=talentontwikkeling,
            steunfiguren=steunfiguren,
        )

        return perspectiefplan_inhoud
