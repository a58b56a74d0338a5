from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item import Item


T = TypeVar("T", bound="CorrectieverzoekNieuw")


@_attrs_define
class CorrectieverzoekNieuw:
    """
    Attributes:
        item (Item): The item to correct, as the inzage lists it: its kind and id; for the youth's own record
            (soort jongere, id the youth's id) the identity field.
        verzoek (str): Wat volgens de jongere onjuist is en de gevraagde correctie (versleuteld opgeslagen)
        kenmerk (str): Het kenmerk van het schriftelijke correctieverzoek van de jongere (geen persoonsgegeven)
        ontvangen_op (datetime.date | None | Unset): Datum van ontvangst (Europe/Amsterdam); leeg: vandaag. Niet in de
            toekomst
    """

    item: Item
    verzoek: str
    kenmerk: str
    ontvangen_op: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        item = self.item.to_dict()

        verzoek = self.verzoek

        kenmerk = self.kenmerk

        ontvangen_op: None | str | Unset
        if isinstance(self.ontvangen_op, Unset):
            ontvangen_op = UNSET
        elif isinstance(self.ontvangen_op, datetime.date):
            ontvangen_op = self.ontvangen_op.isoformat()
        else:
            ontvangen_op = self.ontvangen_op

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "item": item,
                "verzoek": verzoek,
                "kenmerk": kenmerk,
            }
        )
        if ontvangen_op is not UNSET:
            field_dict["ontvangenOp"] = ontvangen_op

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item import Item  # noqa: PLC0415

        d = dict(src_dict)
        item = Item.from_dict(d.pop("item"))

        verzoek = d.pop("verzoek")

        kenmerk = d.pop("kenmerk")

        def _parse_ontvangen_op(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ontvangen_op_type_0 = datetime.date.fromisoformat(data)

                return ontvangen_op_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ontvangen_op = _parse_ontvangen_op(d.pop("ontvangenOp", UNSET))

        correctieverzoek_nieuw = cls(
            item=item,
            verzoek=verzoek,
            kenmerk=kenmerk,
            ontvangen_op=ontvangen_op,
        )

        return correctieverzoek_nieuw
