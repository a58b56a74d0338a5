from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.overleg_nieuw_soort import OverlegNieuwSoort

T = TypeVar("T", bound="OverlegNieuw")


@_attrs_define
class OverlegNieuw:
    """
    Attributes:
        soort (OverlegNieuwSoort):
        datum (datetime.date):
        deelnemers (list[str]): Organisatiecodes; alleen organisaties die aan dit soort overleg deelnemen
    """

    soort: OverlegNieuwSoort
    datum: datetime.date
    deelnemers: list[str]

    def to_dict(self) -> dict[str, Any]:
        soort = self.soort.value

        datum = self.datum.isoformat()

        deelnemers = self.deelnemers

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "soort": soort,
                "datum": datum,
                "deelnemers": deelnemers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        soort = OverlegNieuwSoort(d.pop("soort"))

        datum = datetime.date.fromisoformat(d.pop("datum"))

        deelnemers = cast(list[str], d.pop("deelnemers"))

        overleg_nieuw = cls(
            soort=soort,
            datum=datum,
            deelnemers=deelnemers,
        )

        return overleg_nieuw
