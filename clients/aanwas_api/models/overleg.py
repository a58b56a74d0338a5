from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agendapunt import Agendapunt


T = TypeVar("T", bound="Overleg")


@_attrs_define
class Overleg:
    """
    Attributes:
        id (str):
        soort (str):
        datum (datetime.date):
        deelnemers (list[str]):
        aangemaakt_door (str):
        agenda (list[Agendapunt] | Unset):
    """

    id: str
    soort: str
    datum: datetime.date
    deelnemers: list[str]
    aangemaakt_door: str
    agenda: list[Agendapunt] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        soort = self.soort

        datum = self.datum.isoformat()

        deelnemers = self.deelnemers

        aangemaakt_door = self.aangemaakt_door

        agenda: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agenda, Unset):
            agenda = []
            for agenda_item_data in self.agenda:
                agenda_item = agenda_item_data.to_dict()
                agenda.append(agenda_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "soort": soort,
                "datum": datum,
                "deelnemers": deelnemers,
                "aangemaaktDoor": aangemaakt_door,
            }
        )
        if agenda is not UNSET:
            field_dict["agenda"] = agenda

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agendapunt import Agendapunt  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        soort = d.pop("soort")

        datum = datetime.date.fromisoformat(d.pop("datum"))

        deelnemers = cast(list[str], d.pop("deelnemers"))

        aangemaakt_door = d.pop("aangemaaktDoor")

        _agenda = d.pop("agenda", UNSET)
        agenda: list[Agendapunt] | Unset = UNSET
        if _agenda is not UNSET:
            agenda = []
            for agenda_item_data in _agenda:
                agenda_item = Agendapunt.from_dict(agenda_item_data)

                agenda.append(agenda_item)

        overleg = cls(
            id=id,
            soort=soort,
            datum=datum,
            deelnemers=deelnemers,
            aangemaakt_door=aangemaakt_door,
            agenda=agenda,
        )

        return overleg
