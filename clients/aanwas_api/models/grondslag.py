from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="Grondslag")


@_attrs_define
class Grondslag:
    """A covenant under which the supplier shares this kind of data, and how long it is kept.

    Attributes:
        convenant (str):
        titel (None | str):
        doelen (list[str]):
        bewaartermijn (None | str): ISO 8601-duur, uit het convenant
    """

    convenant: str
    titel: None | str
    doelen: list[str]
    bewaartermijn: None | str

    def to_dict(self) -> dict[str, Any]:
        convenant = self.convenant

        titel: None | str
        titel = self.titel

        doelen = self.doelen

        bewaartermijn: None | str
        bewaartermijn = self.bewaartermijn

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "convenant": convenant,
                "titel": titel,
                "doelen": doelen,
                "bewaartermijn": bewaartermijn,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        convenant = d.pop("convenant")

        def _parse_titel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        titel = _parse_titel(d.pop("titel"))

        doelen = cast(list[str], d.pop("doelen"))

        def _parse_bewaartermijn(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bewaartermijn = _parse_bewaartermijn(d.pop("bewaartermijn"))

        grondslag = cls(
            convenant=convenant,
            titel=titel,
            doelen=doelen,
            bewaartermijn=bewaartermijn,
        )

        return grondslag
