from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.gegeven_gegevens import GegevenGegevens
    from ..models.grondslag import Grondslag


T = TypeVar("T", bound="Gegeven")


@_attrs_define
class Gegeven:
    """One stored record about the youth.

    Attributes:
        id (str):
        categorie (str):
        geleverd_door (None | str): De organisatie die het vastlegde (leeg: door het systeem afgeleid)
        geregistreerd_op (None | str): ISO 8601
        gegevens (GegevenGegevens):
        samengevat (list[str]): Categorieen waarvan de inhoud niet wordt getoond (politie, justitie, financieel): op te
            vragen bij de bron
        grondslag (list[Grondslag]):
        bewaren_tot (datetime.date | None): Registratiedatum plus de langste bewaartermijn van de grondslag
    """

    id: str
    categorie: str
    geleverd_door: None | str
    geregistreerd_op: None | str
    gegevens: GegevenGegevens
    samengevat: list[str]
    grondslag: list[Grondslag]
    bewaren_tot: datetime.date | None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        categorie = self.categorie

        geleverd_door: None | str
        geleverd_door = self.geleverd_door

        geregistreerd_op: None | str
        geregistreerd_op = self.geregistreerd_op

        gegevens = self.gegevens.to_dict()

        samengevat = self.samengevat

        grondslag = []
        for grondslag_item_data in self.grondslag:
            grondslag_item = grondslag_item_data.to_dict()
            grondslag.append(grondslag_item)

        bewaren_tot: None | str
        if isinstance(self.bewaren_tot, datetime.date):
            bewaren_tot = self.bewaren_tot.isoformat()
        else:
            bewaren_tot = self.bewaren_tot

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "categorie": categorie,
                "geleverdDoor": geleverd_door,
                "geregistreerdOp": geregistreerd_op,
                "gegevens": gegevens,
                "samengevat": samengevat,
                "grondslag": grondslag,
                "bewarenTot": bewaren_tot,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gegeven_gegevens import GegevenGegevens  # noqa: PLC0415
        from ..models.grondslag import Grondslag  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        categorie = d.pop("categorie")

        def _parse_geleverd_door(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        geleverd_door = _parse_geleverd_door(d.pop("geleverdDoor"))

        def _parse_geregistreerd_op(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        geregistreerd_op = _parse_geregistreerd_op(d.pop("geregistreerdOp"))

        gegevens = GegevenGegevens.from_dict(d.pop("gegevens"))

        samengevat = cast(list[str], d.pop("samengevat"))

        grondslag = []
        _grondslag = d.pop("grondslag")
        for grondslag_item_data in _grondslag:
            grondslag_item = Grondslag.from_dict(grondslag_item_data)

            grondslag.append(grondslag_item)

        def _parse_bewaren_tot(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                bewaren_tot_type_0 = datetime.date.fromisoformat(data)

                return bewaren_tot_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        bewaren_tot = _parse_bewaren_tot(d.pop("bewarenTot"))

        gegeven = cls(
            id=id,
            categorie=categorie,
            geleverd_door=geleverd_door,
            geregistreerd_op=geregistreerd_op,
            gegevens=gegevens,
            samengevat=samengevat,
            grondslag=grondslag,
            bewaren_tot=bewaren_tot,
        )

        return gegeven
