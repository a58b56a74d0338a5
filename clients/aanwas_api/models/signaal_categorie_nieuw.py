from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignaalCategorieNieuw")


@_attrs_define
class SignaalCategorieNieuw:
    """
    Attributes:
        code (str): snake_case code
        omschrijving (str):
        indicator (None | str | Unset):
    """

    code: str
    omschrijving: str
    indicator: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        omschrijving = self.omschrijving

        indicator: None | str | Unset
        if isinstance(self.indicator, Unset):
            indicator = UNSET
        else:
            indicator = self.indicator

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "omschrijving": omschrijving,
            }
        )
        if indicator is not UNSET:
            field_dict["indicator"] = indicator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        omschrijving = d.pop("omschrijving")

        def _parse_indicator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        indicator = _parse_indicator(d.pop("indicator", UNSET))

        signaal_categorie_nieuw = cls(
            code=code,
            omschrijving=omschrijving,
            indicator=indicator,
        )

        return signaal_categorie_nieuw
