from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.correctieverzoek_status import CorrectieverzoekStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item import Item


T = TypeVar("T", bound="Correctieverzoek")


@_attrs_define
class Correctieverzoek:
    """
    Attributes:
        id (str):
        jongere_id (str):
        kenmerk (str):
        item (Item): The item to correct, as the inzage lists it: its kind and id; for the youth's own record
            (soort jongere, id the youth's id) the identity field.
        leverancier (str): De organisatie die het gegeven aanleverde
        categorie (str):
        ontvangen_op (datetime.date):
        antwoord_uiterlijk (datetime.date): Een maand na ontvangst (AVG art. 12 lid 3), in Europe/Amsterdam
        status (CorrectieverzoekStatus):
        verzoek (None | str | Unset): Leeg wanneer de lezer deze categorie niet mag zien
        toelichting (None | str | Unset):
        afgehandeld_op (None | str | Unset): ISO 8601
    """

    id: str
    jongere_id: str
    kenmerk: str
    item: Item
    leverancier: str
    categorie: str
    ontvangen_op: datetime.date
    antwoord_uiterlijk: datetime.date
    status: CorrectieverzoekStatus
    verzoek: None | str | Unset = UNSET
    toelichting: None | str | Unset = UNSET
    afgehandeld_op: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        jongere_id = self.jongere_id

        kenmerk = self.kenmerk

        item = self.item.to_dict()

        leverancier = self.leverancier

        categorie = self.categorie

        ontvangen_op = self.ontvangen_op.isoformat()

        antwoord_uiterlijk = self.antwoord_uiterlijk.isoformat()

        status = self.status.value

        verzoek: None | str | Unset
        if isinstance(self.verzoek, Unset):
            verzoek = UNSET
        else:
            verzoek = self.verzoek

        toelichting: None | str | Unset
        if isinstance(self.toelichting, Unset):
            toelichting = UNSET
        else:
            toelichting = self.toelichting

        afgehandeld_op: None | str | Unset
        if isinstance(self.afgehandeld_op, Unset):
            afgehandeld_op = UNSET
        else:
            afgehandeld_op = self.afgehandeld_op

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "jongereId": jongere_id,
                "kenmerk": kenmerk,
                "item": item,
                "leverancier": leverancier,
                "categorie": categorie,
                "ontvangenOp": ontvangen_op,
                "antwoordUiterlijk": antwoord_uiterlijk,
                "status": status,
            }
        )
        if verzoek is not UNSET:
            field_dict["verzoek"] = verzoek
        if toelichting is not UNSET:
            field_dict["toelichting"] = toelichting
        if afgehandeld_op is not UNSET:
            field_dict["afgehandeldOp"] = afgehandeld_op

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item import Item  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        jongere_id = d.pop("jongereId")

        kenmerk = d.pop("kenmerk")

        item = Item.from_dict(d.pop("item"))

        leverancier = d.pop("leverancier")

        categorie = d.pop("categorie")

        ontvangen_op = datetime.date.fromisoformat(d.pop("ontvangenOp"))

        antwoord_uiterlijk = datetime.date.fromisoformat(d.pop("antwoordUiterlijk"))

        status = CorrectieverzoekStatus(d.pop("status"))

        def _parse_verzoek(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verzoek = _parse_verzoek(d.pop("verzoek", UNSET))

        def _parse_toelichting(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        toelichting = _parse_toelichting(d.pop("toelichting", UNSET))

        def _parse_afgehandeld_op(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        afgehandeld_op = _parse_afgehandeld_op(d.pop("afgehandeldOp", UNSET))

        correctieverzoek = cls(
            id=id,
            jongere_id=jongere_id,
            kenmerk=kenmerk,
            item=item,
            leverancier=leverancier,
            categorie=categorie,
            ontvangen_op=ontvangen_op,
            antwoord_uiterlijk=antwoord_uiterlijk,
            status=status,
            verzoek=verzoek,
            toelichting=toelichting,
            afgehandeld_op=afgehandeld_op,
        )

        return correctieverzoek
