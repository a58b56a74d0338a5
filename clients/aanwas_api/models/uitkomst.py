from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.afspraak import Afspraak


T = TypeVar("T", bound="Uitkomst")


@_attrs_define
class Uitkomst:
    """An agenda item's outcome as this participant may see it.

    Attributes:
        id (str):
        overleg_id (str):
        jongere_id (str):
        soort (str):
        besluit (str):
        afspraken (list[Afspraak]):
        vastgelegd_door (str): De organisatie die de uitkomst vastlegde
        geregistreerd_op (datetime.datetime):
        professioneel_oordeel_id (None | str | Unset):
        casus_id (None | str | Unset):
    """

    id: str
    overleg_id: str
    jongere_id: str
    soort: str
    besluit: str
    afspraken: list[Afspraak]
    vastgelegd_door: str
    geregistreerd_op: datetime.datetime
    professioneel_oordeel_id: None | str | Unset = UNSET
    casus_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        overleg_id = self.overleg_id

        jongere_id = self.jongere_id

        soort = self.soort

        besluit = self.besluit

        afspraken = []
        for afspraken_item_data in self.afspraken:
            afspraken_item = afspraken_item_data.to_dict()
            afspraken.append(afspraken_item)

        vastgelegd_door = self.vastgelegd_door

        geregistreerd_op = self.geregistreerd_op.isoformat()

        professioneel_oordeel_id: None | str | Unset
        if isinstance(self.professioneel_oordeel_id, Unset):
            professioneel_oordeel_id = UNSET
        else:
            professioneel_oordeel_id = self.professioneel_oordeel_id

        casus_id: None | str | Unset
        if isinstance(self.casus_id, Unset):
            casus_id = UNSET
        else:
            casus_id = self.casus_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "overlegId": overleg_id,
                "jongereId": jongere_id,
                "soort": soort,
                "besluit": besluit,
                "afspraken": afspraken,
                "vastgelegdDoor": vastgelegd_door,
                "geregistreerdOp": geregistreerd_op,
            }
        )
        if professioneel_oordeel_id is not UNSET:
            field_dict["professioneelOordeelId"] = professioneel_oordeel_id
        if casus_id is not UNSET:
            field_dict["casusId"] = casus_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.afspraak import Afspraak  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        overleg_id = d.pop("overlegId")

        jongere_id = d.pop("jongereId")

        soort = d.pop("soort")

        besluit = d.pop("besluit")

        afspraken = []
        _afspraken = d.pop("afspraken")
        for afspraken_item_data in _afspraken:
            afspraken_item = Afspraak.from_dict(afspraken_item_data)

            afspraken.append(afspraken_item)

        vastgelegd_door = d.pop("vastgelegdDoor")

        geregistreerd_op = datetime.datetime.fromisoformat(d.pop("geregistreerdOp"))

        def _parse_professioneel_oordeel_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        professioneel_oordeel_id = _parse_professioneel_oordeel_id(
            d.pop("professioneelOordeelId", UNSET)
        )

        def _parse_casus_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        casus_id = _parse_casus_id(d.pop("casusId", UNSET))

        uitkomst = cls(
            id=id,
            overleg_id=overleg_id,
            jongere_id=jongere_id,
            soort=soort,
            besluit=besluit,
            afspraken=afspraken,
            vastgelegd_door=vastgelegd_door,
            geregistreerd_op=geregistreerd_op,
            professioneel_oordeel_id=professioneel_oordeel_id,
            casus_id=casus_id,
        )

        return uitkomst
