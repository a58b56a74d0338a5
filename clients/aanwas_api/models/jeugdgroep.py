from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lid import Lid


T = TypeVar("T", bound="Jeugdgroep")


@_attrs_define
class Jeugdgroep:
    """A group as this caller may see it; members only with the risico category.

    Attributes:
        id (str):
        naam (str):
        aangemaakt_door (str):
        aangemaakt_op (datetime.datetime):
        omschrijving (None | str | Unset):
        leden (list[Lid] | None | Unset):
    """

    id: str
    naam: str
    aangemaakt_door: str
    aangemaakt_op: datetime.datetime
    omschrijving: None | str | Unset = UNSET
    leden: list[Lid] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        naam = self.naam

        aangemaakt_door = self.aangemaakt_door

        aangemaakt_op = self.aangemaakt_op.isoformat()

        omschrijving: None | str | Unset
        if isinstance(self.omschrijving, Unset):
            omschrijving = UNSET
        else:
            omschrijving = self.omschrijving

        leden: list[dict[str, Any]] | None | Unset
        if isinstance(self.leden, Unset):
            leden = UNSET
        elif isinstance(self.leden, list):
            leden = []
            for leden_type_0_item_data in self.leden:
                leden_type_0_item = leden_type_0_item_data.to_dict()
                leden.append(leden_type_0_item)

        else:
            leden = self.leden

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "naam": naam,
                "aangemaaktDoor": aangemaakt_door,
                "aangemaaktOp": aangemaakt_op,
            }
        )
        if omschrijving is not UNSET:
            field_dict["omschrijving"] = omschrijving
        if leden is not UNSET:
            field_dict["leden"] = leden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lid import Lid  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        naam = d.pop("naam")

        aangemaakt_door = d.pop("aangemaaktDoor")

        aangemaakt_op = datetime.datetime.fromisoformat(d.pop("aangemaaktOp"))

        def _parse_omschrijving(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        omschrijving = _parse_omschrijving(d.pop("omschrijving", UNSET))

        def _parse_leden(data: object) -> list[Lid] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                leden_type_0 = []
                _leden_type_0 = data
                for leden_type_0_item_data in _leden_type_0:
                    leden_type_0_item = Lid.from_dict(leden_type_0_item_data)

                    leden_type_0.append(leden_type_0_item)

                return leden_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Lid] | None | Unset, data)

        leden = _parse_leden(d.pop("leden", UNSET))

        jeugdgroep = cls(
            id=id,
            naam=naam,
            aangemaakt_door=aangemaakt_door,
            aangemaakt_op=aangemaakt_op,
            omschrijving=omschrijving,
            leden=leden,
        )

        return jeugdgroep
