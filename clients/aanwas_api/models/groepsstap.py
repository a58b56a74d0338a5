from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.stap import Stap
from ..types import UNSET, Unset

T = TypeVar("T", bound="Groepsstap")


@_attrs_define
class Groepsstap:
    """
    Attributes:
        nummer (int): De plaats van de stap in het model (1 tot 7)
        stap (Stap): A step of the zevenstappenmodel, in the model's order.
        omschrijving (str):
        datum (datetime.date):
        vastgelegd_door (str): De organisatie die de stap vastlegde
        vastgelegd_op (datetime.datetime):
        toelichting (None | str | Unset):
    """

    nummer: int
    stap: Stap
    omschrijving: str
    datum: datetime.date
    vastgelegd_door: str
    vastgelegd_op: datetime.datetime
    toelichting: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        nummer = self.nummer

        stap = self.stap.value

        omschrijving = self.omschrijving

        datum = self.datum.isoformat()

        vastgelegd_door = self.vastgelegd_door

        vastgelegd_op = self.vastgelegd_op.isoformat()

        toelichting: None | str | Unset
        if isinstance(self.toelichting, Unset):
            toelichting = UNSET
        else:
            toelichting = self.toelichting

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "nummer": nummer,
                "stap": stap,
                "omschrijving": omschrijving,
                "datum": datum,
                "vastgelegdDoor": vastgelegd_door,
                "vastgelegdOp": vastgelegd_op,
            }
        )
        if toelichting is not UNSET:
            field_dict["toelichting"] = toelichting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nummer = d.pop("nummer")

        stap = Stap(d.pop("stap"))

        omschrijving = d.pop("omschrijving")

        datum = datetime.date.fromisoformat(d.pop("datum"))

        vastgelegd_door = d.pop("vastgelegdDoor")

        vastgelegd_op = datetime.datetime.fromisoformat(d.pop("vastgelegdOp"))

        def _parse_toelichting(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        toelichting = _parse_toelichting(d.pop("toelichting", UNSET))

        groepsstap = cls(
            nummer=nummer,
            stap=stap,
            omschrijving=omschrijving,
            datum=datum,
            vastgelegd_door=vastgelegd_door,
            vastgelegd_op=vastgelegd_op,
            toelichting=toelichting,
        )

        return groepsstap
