from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.stap import Stap
from ..types import UNSET, Unset

T = TypeVar("T", bound="StapNieuw")


@_attrs_define
class StapNieuw:
    """
    Attributes:
        stap (Stap): A step of the zevenstappenmodel, in the model's order.
        datum (datetime.date): Wanneer de groep de stap bereikte; niet in de toekomst en niet voor de vorige stap
        toelichting (None | str | Unset):
    """

    stap: Stap
    datum: datetime.date
    toelichting: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        stap = self.stap.value

        datum = self.datum.isoformat()

        toelichting: None | str | Unset
        if isinstance(self.toelichting, Unset):
            toelichting = UNSET
        else:
            toelichting = self.toelichting

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "stap": stap,
                "datum": datum,
            }
        )
        if toelichting is not UNSET:
            field_dict["toelichting"] = toelichting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stap = Stap(d.pop("stap"))

        datum = datetime.date.fromisoformat(d.pop("datum"))

        def _parse_toelichting(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        toelichting = _parse_toelichting(d.pop("toelichting", UNSET))

        stap_nieuw = cls(
            stap=stap,
            datum=datum,
            toelichting=toelichting,
        )

        return stap_nieuw
