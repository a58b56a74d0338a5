from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.onderdeel import Onderdeel
    from ..models.ontvanger import Ontvanger
    from ..models.verstrekking import Verstrekking
    from ..models.weigering import Weigering


T = TypeVar("T", bound="Inzage")


@_attrs_define
class Inzage:
    """What is stored about one youth, for which purpose, and who received it (AVG art. 15).

    Attributes:
        jongere_id (str):
        kenmerk (str): Het kenmerk van het schriftelijke inzageverzoek dat dit beantwoordt (geen persoonsgegeven; staat
            in de audit-record van de inzage)
        gegenereerd_op (str): ISO 8601
        beleidsrevisie (None | str):
        gegevens (list[Onderdeel]):
        ontvangers (list[Ontvanger]):
        verstrekkingen (list[Verstrekking]):
        weigeringen (list[Weigering]):
        toelichting (list[str]):
    """

    jongere_id: str
    kenmerk: str
    gegenereerd_op: str
    beleidsrevisie: None | str
    gegevens: list[Onderdeel]
    ontvangers: list[Ontvanger]
    verstrekkingen: list[Verstrekking]
    weigeringen: list[Weigering]
    toelichting: list[str]

    def to_dict(self) -> dict[str, Any]:
        jongere_id = self.jongere_id

        kenmerk = self.kenmerk

        gegenereerd_op = self.gegenereerd_op

        beleidsrevisie: None | str
        beleidsrevisie = self.beleidsrevisie

        gegevens = []
        for gegevens_item_data in self.gegevens:
            gegevens_item = gegevens_item_data.to_dict()
            gegevens.append(gegevens_item)

        ontvangers = []
        for ontvangers_item_data in self.ontvangers:
            ontvangers_item = ontvangers_item_data.to_dict()
            ontvangers.append(ontvangers_item)

        verstrekkingen = []
        for verstrekkingen_item_data in self.verstrekkingen:
            verstrekkingen_item = verstrekkingen_item_data.to_dict()
            verstrekkingen.append(verstrekkingen_item)

        weigeringen = []
        for weigeringen_item_data in self.weigeringen:
            weigeringen_item = weigeringen_item_data.to_dict()
            weigeringen.append(weigeringen_item)

        toelichting = self.toelichting

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jongereId": jongere_id,
                "kenmerk": kenmerk,
                "gegenereerdOp": gegenereerd_op,
                "beleidsrevisie": beleidsrevisie,
                "gegevens": gegevens,
                "ontvangers": ontvangers,
                "verstrekkingen": verstrekkingen,
                "weigeringen": weigeringen,
                "toelichting": toelichting,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.onderdeel import Onderdeel  # noqa: PLC0415
        from ..models.ontvanger import Ontvanger  # noqa: PLC0415
        from ..models.verstrekking import Verstrekking  # noqa: PLC0415
        from ..models.weigering import Weigering  # noqa: PLC0415

        d = dict(src_dict)
        jongere_id = d.pop("jongereId")

        kenmerk = d.pop("kenmerk")

        gegenereerd_op = d.pop("gegenereerdOp")

        def _parse_beleidsrevisie(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        beleidsrevisie = _parse_beleidsrevisie(d.pop("beleidsrevisie"))

        gegevens = []
        _gegevens = d.pop("gegevens")
        for gegevens_item_data in _gegevens:
            gegevens_item = Onderdeel.from_dict(gegevens_item_data)

            gegevens.append(gegevens_item)

        ontvangers = []
        _ontvangers = d.pop("ontvangers")
        for ontvangers_item_data in _ontvangers:
            ontvangers_item = Ontvanger.from_dict(ontvangers_item_data)

            ontvangers.append(ontvangers_item)

        verstrekkingen = []
        _verstrekkingen = d.pop("verstrekkingen")
        for verstrekkingen_item_data in _verstrekkingen:
            verstrekkingen_item = Verstrekking.from_dict(verstrekkingen_item_data)

            verstrekkingen.append(verstrekkingen_item)

        weigeringen = []
        _weigeringen = d.pop("weigeringen")
        for weigeringen_item_data in _weigeringen:
            weigeringen_item = Weigering.from_dict(weigeringen_item_data)

            weigeringen.append(weigeringen_item)

        toelichting = cast(list[str], d.pop("toelichting"))

        inzage = cls(
            jongere_id=jongere_id,
            kenmerk=kenmerk,
            gegenereerd_op=gegenereerd_op,
            beleidsrevisie=beleidsrevisie,
            gegevens=gegevens,
            ontvangers=ontvangers,
            verstrekkingen=verstrekkingen,
            weigeringen=weigeringen,
            toelichting=toelichting,
        )

        return inzage
