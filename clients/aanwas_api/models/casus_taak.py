from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..models.casus_taak_status_type_0 import CasusTaakStatusType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="CasusTaak")


@_attrs_define
class CasusTaak:
    """A task on the case for the casusregisseur and the police. What it is about, and the
    decision taken on it, are police data: left out for a caller who may not see them.

        Attributes:
            id (str):
            voor (list[str]): Wie de taak oppakt: de casusregisseur en de politie.
            doelgroeptoets_id (str): De doelgroeptoets die de taak opende.
            aangemaakt_op (datetime.datetime):
            soort (Literal['overweeg_aanpak_ondermijning'] | None | Unset):
            status (CasusTaakStatusType0 | None | Unset):
            toelichting (None | str | Unset):
            afgehandeld_door (None | str | Unset):
            afgehandeld_op (datetime.datetime | None | Unset):
            afhandeling (None | str | Unset):
    """

    id: str
    voor: list[str]
    doelgroeptoets_id: str
    aangemaakt_op: datetime.datetime
    soort: Literal["overweeg_aanpak_ondermijning"] | None | Unset = UNSET
    status: CasusTaakStatusType0 | None | Unset = UNSET
    toelichting: None | str | Unset = UNSET
    afgehandeld_door: None | str | Unset = UNSET
    afgehandeld_op: datetime.datetime | None | Unset = UNSET
    afhandeling: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        voor = self.voor

        doelgroeptoets_id = self.doelgroeptoets_id

        aangemaakt_op = self.aangemaakt_op.isoformat()

        soort: Literal["overweeg_aanpak_ondermijning"] | None | Unset
        if isinstance(self.soort, Unset):
            soort = UNSET
        else:
            soort = self.soort

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CasusTaakStatusType0):
            status = self.status.value
        else:
            status = self.status

        toelichting: None | str | Unset
        if isinstance(self.toelichting, Unset):
            toelichting = UNSET
        else:
            toelichting = self.toelichting

        afgehandeld_door: None | str | Unset
        if isinstance(self.afgehandeld_door, Unset):
            afgehandeld_door = UNSET
        else:
            afgehandeld_door = self.afgehandeld_door

        afgehandeld_op: None | str | Unset
        if isinstance(self.afgehandeld_op, Unset):
            afgehandeld_op = UNSET
        elif isinstance(self.afgehandeld_op, datetime.datetime):
            afgehandeld_op = self.afgehandeld_op.isoformat()
        else:
            afgehandeld_op = self.afgehandeld_op

        afhandeling: None | str | Unset
        if isinstance(self.afhandeling, Unset):
            afhandeling = UNSET
        else:
            afhandeling = self.afhandeling

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "voor": voor,
                "doelgroeptoetsId": doelgroeptoets_id,
                "aangemaaktOp": aangemaakt_op,
            }
        )
        if soort is not UNSET:
            field_dict["soort"] = soort
        if status is not UNSET:
            field_dict["status"] = status
        if toelichting is not UNSET:
            field_dict["toelichting"] = toelichting
        if afgehandeld_door is not UNSET:
            field_dict["afgehandeldDoor"] = afgehandeld_door
        if afgehandeld_op is not UNSET:
            field_dict["afgehandeldOp"] = afgehandeld_op
        if afhandeling is not UNSET:
            field_dict["afhandeling"] = afhandeling

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        voor = cast(list[str], d.pop("voor"))

        doelgroeptoets_id = d.pop("doelgroeptoetsId")

        aangemaakt_op = datetime.datetime.fromisoformat(d.pop("aangemaaktOp"))

        def _parse_soort(
            data: object,
        ) -> Literal["overweeg_aanpak_ondermijning"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            soort_type_0 = cast(Literal["overweeg_aanpak_ondermijning"], data)
            if soort_type_0 != "overweeg_aanpak_ondermijning":
                raise ValueError(
                    f"soort_type_0 must match const 'overweeg_aanpak_ondermijning', got '{soort_type_0}'"
                )
            return soort_type_0
            return cast(Literal["overweeg_aanpak_ondermijning"] | None | Unset, data)

        soort = _parse_soort(d.pop("soort", UNSET))

        def _parse_status(data: object) -> CasusTaakStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = CasusTaakStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CasusTaakStatusType0 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_toelichting(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        toelichting = _parse_toelichting(d.pop("toelichting", UNSET))

        def _parse_afgehandeld_door(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        afgehandeld_door = _parse_afgehandeld_door(d.pop("afgehandeldDoor", UNSET))

        def _parse_afgehandeld_op(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                afgehandeld_op_type_0 = datetime.datetime.fromisoformat(data)

                return afgehandeld_op_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        afgehandeld_op = _parse_afgehandeld_op(d.pop("afgehandeldOp", UNSET))

        def _parse_afhandeling(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        afhandeling = _parse_afhandeling(d.pop("afhandeling", UNSET))

        casus_taak = cls(
            id=id,
            voor=voor,
            doelgroeptoets_id=doelgroeptoets_id,
            aangemaakt_op=aangemaakt_op,
            soort=soort,
            status=status,
            toelichting=toelichting,
            afgehandeld_door=afgehandeld_door,
            afgehandeld_op=afgehandeld_op,
            afhandeling=afhandeling,
        )

        return casus_taak
