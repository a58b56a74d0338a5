from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.correctieverzoek import Correctieverzoek


T = TypeVar("T", bound="CorrectieverzoekLijst")


@_attrs_define
class CorrectieverzoekLijst:
    """
    Attributes:
        items (list[Correctieverzoek]):
        pagina (int):
        pagina_grootte (int):
        totaal (int):
    """

    items: list[Correctieverzoek]
    pagina: int
    pagina_grootte: int
    totaal: int

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        pagina = self.pagina

        pagina_grootte = self.pagina_grootte

        totaal = self.totaal

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
                "pagina": pagina,
                "paginaGrootte": pagina_grootte,
                "totaal": totaal,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.correctieverzoek import Correctieverzoek  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = Correctieverzoek.from_dict(items_item_data)

            items.append(items_item)

        pagina = d.pop("pagina")

        pagina_grootte = d.pop("paginaGrootte")

        totaal = d.pop("totaal")

        correctieverzoek_lijst = cls(
            items=items,
            pagina=pagina,
            pagina_grootte=pagina_grootte,
            totaal=totaal,
        )

        return correctieverzoek_lijst
