from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.gegeven import Gegeven


T = TypeVar("T", bound="Onderdeel")


@_attrs_define
class Onderdeel:
    """
    Attributes:
        soort (str):
        omschrijving (str):
        categorie (str):
        items (list[Gegeven]):
    """

    soort: str
    omschrijving: str
    categorie: str
    items: list[Gegeven]

    def to_dict(self) -> dict[str, Any]:
        soort = self.soort

        omschrijving = self.omschrijving

        categorie = self.categorie

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "soort": soort,
                "omschrijving": omschrijving,
                "categorie": categorie,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gegeven import Gegeven  # noqa: PLC0415

        d = dict(src_dict)
        soort = d.pop("soort")

        omschrijving = d.pop("omschrijving")

        categorie = d.pop("categorie")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = Gegeven.from_dict(items_item_data)

            items.append(items_item)

        onderdeel = cls(
            soort=soort,
            omschrijving=omschrijving,
            categorie=categorie,
            items=items,
        )

        return onderdeel
