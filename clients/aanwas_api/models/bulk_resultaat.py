from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.bulk_item_resultaat import BulkItemResultaat


T = TypeVar("T", bound="BulkResultaat")


@_attrs_define
class BulkResultaat:
    """
    Attributes:
        resultaten (list[BulkItemResultaat]):
        aangemaakt (int):
        geweigerd (int):
    """

    resultaten: list[BulkItemResultaat]
    aangemaakt: int
    geweigerd: int

    def to_dict(self) -> dict[str, Any]:
        resultaten = []
        for resultaten_item_data in self.resultaten:
            resultaten_item = resultaten_item_data.to_dict()
            resultaten.append(resultaten_item)

        aangemaakt = self.aangemaakt

        geweigerd = self.geweigerd

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "resultaten": resultaten,
                "aangemaakt": aangemaakt,
                "geweigerd": geweigerd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_item_resultaat import BulkItemResultaat  # noqa: PLC0415

        d = dict(src_dict)
        resultaten = []
        _resultaten = d.pop("resultaten")
        for resultaten_item_data in _resultaten:
            resultaten_item = BulkItemResultaat.from_dict(resultaten_item_data)

            resultaten.append(resultaten_item)

        aangemaakt = d.pop("aangemaakt")

        geweigerd = d.pop("geweigerd")

        bulk_resultaat = cls(
            resultaten=resultaten,
            aangemaakt=aangemaakt,
            geweigerd=geweigerd,
        )

        return bulk_resultaat
