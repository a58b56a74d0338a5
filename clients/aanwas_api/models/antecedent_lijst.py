from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.antecedent import Antecedent
    from ..models.antecedenten_samenvatting import AntecedentenSamenvatting


T = TypeVar("T", bound="AntecedentLijst")


@_attrs_define
class AntecedentLijst:
    """The antecedents as this caller may see them: a list, or only a summary (pga).

    Attributes:
        pagina (int):
        pagina_grootte (int):
        totaal (int):
        items (list[Antecedent] | None | Unset):
        samenvatting (AntecedentenSamenvatting | None | Unset):
    """

    pagina: int
    pagina_grootte: int
    totaal: int
    items: list[Antecedent] | None | Unset = UNSET
    samenvatting: AntecedentenSamenvatting | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.antecedenten_samenvatting import AntecedentenSamenvatting  # noqa: PLC0415

        pagina = self.pagina

        pagina_grootte = self.pagina_grootte

        totaal = self.totaal

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        samenvatting: dict[str, Any] | None | Unset
        if isinstance(self.samenvatting, Unset):
            samenvatting = UNSET
        elif isinstance(self.samenvatting, AntecedentenSamenvatting):
            samenvatting = self.samenvatting.to_dict()
        else:
            samenvatting = self.samenvatting

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pagina": pagina,
                "paginaGrootte": pagina_grootte,
                "totaal": totaal,
            }
        )
        if items is not UNSET:
            field_dict["items"] = items
        if samenvatting is not UNSET:
            field_dict["samenvatting"] = samenvatting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.antecedent import Antecedent  # noqa: PLC0415
        from ..models.antecedenten_samenvatting import AntecedentenSamenvatting  # noqa: PLC0415

        d = dict(src_dict)
        pagina = d.pop("pagina")

        pagina_grootte = d.pop("paginaGrootte")

        totaal = d.pop("totaal")

        def _parse_items(data: object) -> list[Antecedent] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = Antecedent.from_dict(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Antecedent] | None | Unset, data)

        items = _parse_items(d.pop("items", UNSET))

        def _parse_samenvatting(
            data: object,
        ) -> AntecedentenSamenvatting | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                samenvatting_type_0 = AntecedentenSamenvatting.from_dict(data)

                return samenvatting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AntecedentenSamenvatting | None | Unset, data)

        samenvatting = _parse_samenvatting(d.pop("samenvatting", UNSET))

        antecedent_lijst = cls(
            pagina=pagina,
            pagina_grootte=pagina_grootte,
            totaal=totaal,
            items=items,
            samenvatting=samenvatting,
        )

        return antecedent_lijst
