from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ConvenantStatus")


@_attrs_define
class ConvenantStatus:
    """
    Attributes:
        geldig (bool): Voldoet aan het schema; een ongeldig convenant geldt niet.
        van_kracht (bool): Vandaag binnen de geldigheidsperiode.
        fouten (list[str]): Waarom het convenant ongeldig is.
    """

    geldig: bool
    van_kracht: bool
    fouten: list[str]

    def to_dict(self) -> dict[str, Any]:
        geldig = self.geldig

        van_kracht = self.van_kracht

        fouten = self.fouten

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "geldig": geldig,
                "vanKracht": van_kracht,
                "fouten": fouten,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        geldig = d.pop("geldig")

        van_kracht = d.pop("vanKracht")

        fouten = cast(list[str], d.pop("fouten"))

        convenant_status = cls(
            geldig=geldig,
            van_kracht=van_kracht,
            fouten=fouten,
        )

        return convenant_status
