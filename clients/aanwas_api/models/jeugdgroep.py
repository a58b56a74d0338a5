from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.stap import Stap
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.groepsstap import Groepsstap
    from ..models.lid import Lid


T = TypeVar("T", bound="Jeugdgroep")


@_attrs_define
class Jeugdgroep:
    """A group as this caller may see it; members and steps only with the risico category.

    Attributes:
        id (str):
        naam (str):
        aangemaakt_door (str):
        aangemaakt_op (datetime.datetime):
        omschrijving (None | str | Unset):
        leden (list[Lid] | None | Unset):
        huidige_stap (Groepsstap | None | Unset): De laatst bereikte stap van het zevenstappenmodel
        volgende_stap (None | Stap | Unset): De stap die als volgende vastgelegd kan worden (geen na stap 7)
        stappen (list[Groepsstap] | None | Unset): Alle bereikte stappen, oudste eerst
    """

    id: str
    naam: str
    aangemaakt_door: str
    aangemaakt_op: datetime.datetime
    omschrijving: None | str | Unset = UNSET
    leden: list[Lid] | None | Unset = UNSET
    huidige_stap: Groepsstap | None | Unset = UNSET
    volgende_stap: None | Stap | Unset = UNSET
    stappen: list[Groepsstap] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.groepsstap import Groepsstap  # noqa: PLC0415

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

        huidige_stap: dict[str, Any] | None | Unset
        if isinstance(self.huidige_stap, Unset):
            huidige_stap = UNSET
        elif isinstance(self.huidige_stap, Groepsstap):
            huidige_stap = self.huidige_stap.to_dict()
        else:
            huidige_stap = self.huidige_stap

        volgende_stap: None | str | Unset
        if isinstance(self.volgende_stap, Unset):
            volgende_stap = UNSET
        elif isinstance(self.volgende_stap, Stap):
            volgende_stap = self.volgende_stap.value
        else:
            volgende_stap = self.volgende_stap

        stappen: list[dict[str, Any]] | None | Unset
        if isinstance(self.stappen, Unset):
            stappen = UNSET
        elif isinstance(self.stappen, list):
            stappen = []
            for stappen_type_0_item_data in self.stappen:
                stappen_type_0_item = stappen_type_0_item_data.to_dict()
                stappen.append(stappen_type_0_item)

        else:
            stappen = self.stappen

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
        if huidige_stap is not UNSET:
            field_dict["huidigeStap"] = huidige_stap
        if volgende_stap is not UNSET:
            field_dict["volgendeStap"] = volgende_stap
        if stappen is not UNSET:
            field_dict["stappen"] = stappen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.groepsstap import Groepsstap  # noqa: PLC0415
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

        def _parse_huidige_stap(data: object) -> Groepsstap | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                huidige_stap_type_0 = Groepsstap.from_dict(data)

                return huidige_stap_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Groepsstap | None | Unset, data)

        huidige_stap = _parse_huidige_stap(d.pop("huidigeStap", UNSET))

        def _parse_volgende_stap(data: object) -> None | Stap | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                volgende_stap_type_0 = Stap(data)

                return volgende_stap_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Stap | Unset, data)

        volgende_stap = _parse_volgende_stap(d.pop("volgendeStap", UNSET))

        def _parse_stappen(data: object) -> list[Groepsstap] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stappen_type_0 = []
                _stappen_type_0 = data
                for stappen_type_0_item_data in _stappen_type_0:
                    stappen_type_0_item = Groepsstap.from_dict(stappen_type_0_item_data)

                    stappen_type_0.append(stappen_type_0_item)

                return stappen_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Groepsstap] | None | Unset, data)

        stappen = _parse_stappen(d.pop("stappen", UNSET))

        jeugdgroep = cls(
            id=id,
            naam=naam,
            aangemaakt_door=aangemaakt_door,
            aangemaakt_op=aangemaakt_op,
            omschrijving=omschrijving,
            leden=leden,
            huidige_stap=huidige_stap,
            volgende_stap=volgende_stap,
            stappen=stappen,
        )

        return jeugdgroep
