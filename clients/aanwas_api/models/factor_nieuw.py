from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.factor_nieuw_domein import FactorNieuwDomein
from ..models.factor_nieuw_indicator_type_0 import FactorNieuwIndicatorType0
from ..models.factor_nieuw_indicator_type_1 import FactorNieuwIndicatorType1
from ..models.factor_nieuw_soort import FactorNieuwSoort
from ..types import UNSET, Unset

T = TypeVar("T", bound="FactorNieuw")


@_attrs_define
class FactorNieuw:
    """
    Attributes:
        soort (FactorNieuwSoort):
        domein (FactorNieuwDomein):
        indicator (FactorNieuwIndicatorType0 | FactorNieuwIndicatorType1): Een risico-indicator bij soort `risico`, een
            beschermende factor bij soort `beschermend`.
        vastgesteld_op (datetime.date):
        omschrijving (None | str | Unset):
    """

    soort: FactorNieuwSoort
    domein: FactorNieuwDomein
    indicator: FactorNieuwIndicatorType0 | FactorNieuwIndicatorType1
    vastgesteld_op: datetime.date
    omschrijving: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        soort = self.soort.value

        domein = self.domein.value

        indicator: str
        if isinstance(self.indicator, FactorNieuwIndicatorType0):
            indicator = self.indicator.value
        else:
            indicator = self.indicator.value

        vastgesteld_op = self.vastgesteld_op.isoformat()

        omschrijving: None | str | Unset
        if isinstance(self.omschrijving, Unset):
            omschrijving = UNSET
        else:
            omschrijving = self.omschrijving

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "soort": soort,
                "domein": domein,
                "indicator": indicator,
                "vastgesteldOp": vastgesteld_op,
            }
        )
        if omschrijving is not UNSET:
            field_dict["omschrijving"] = omschrijving

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        soort = FactorNieuwSoort(d.pop("soort"))

        domein = FactorNieuwDomein(d.pop("domein"))

        def _parse_indicator(
            data: object,
        ) -> FactorNieuwIndicatorType0 | FactorNieuwIndicatorType1:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                indicator_type_0 = FactorNieuwIndicatorType0(data)

                return indicator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            indicator_type_1 = FactorNieuwIndicatorType1(data)

            return indicator_type_1

        indicator = _parse_indicator(d.pop("indicator"))

        vastgesteld_op = datetime.date.fromisoformat(d.pop("vastgesteldOp"))

        def _parse_omschrijving(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        omschrijving = _parse_omschrijving(d.pop("omschrijving", UNSET))

        factor_nieuw = cls(
            soort=soort,
            domein=domein,
            indicator=indicator,
            vastgesteld_op=vastgesteld_op,
            omschrijving=omschrijving,
        )

        return factor_nieuw
