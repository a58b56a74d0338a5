from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.item_veld_type_0 import ItemVeldType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """The item to correct, as the inzage lists it: its kind and id; for the youth's own record
    (soort jongere, id the youth's id) the identity field.

        Attributes:
            soort (str): Soort uit de inzage: jongere, signaal, factor, ...
            id (str): Het id van het gegeven
            veld (ItemVeldType0 | None | Unset): Alleen bij soort jongere: het identiteitsveld
    """

    soort: str
    id: str
    veld: ItemVeldType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        soort = self.soort

        id = self.id

        veld: None | str | Unset
        if isinstance(self.veld, Unset):
            veld = UNSET
        elif isinstance(self.veld, ItemVeldType0):
            veld = self.veld.value
        else:
            veld = self.veld

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "soort": soort,
                "id": id,
            }
        )
        if veld is not UNSET:
            field_dict["veld"] = veld

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        soort = d.pop("soort")

        id = d.pop("id")

        def _parse_veld(data: object) -> ItemVeldType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                veld_type_0 = ItemVeldType0(data)

                return veld_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemVeldType0 | None | Unset, data)

        veld = _parse_veld(d.pop("veld", UNSET))

        item = cls(
            soort=soort,
            id=id,
            veld=veld,
        )

        return item
