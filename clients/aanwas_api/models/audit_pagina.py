from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_record_weergave import AuditRecordWeergave


T = TypeVar("T", bound="AuditPagina")


@_attrs_define
class AuditPagina:
    """
    Attributes:
        items (list[AuditRecordWeergave]):
        volgende (int | None | Unset): Cursor voor de volgende pagina (`na`), of leeg aan het eind
    """

    items: list[AuditRecordWeergave]
    volgende: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        volgende: int | None | Unset
        if isinstance(self.volgende, Unset):
            volgende = UNSET
        else:
            volgende = self.volgende

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
            }
        )
        if volgende is not UNSET:
            field_dict["volgende"] = volgende

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_record_weergave import AuditRecordWeergave  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = AuditRecordWeergave.from_dict(items_item_data)

            items.append(items_item)

        def _parse_volgende(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        volgende = _parse_volgende(d.pop("volgende", UNSET))

        audit_pagina = cls(
            items=items,
            volgende=volgende,
        )

        return audit_pagina
