from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sluiting_nieuw_status import SluitingNieuwStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pand import Pand


T = TypeVar("T", bound="SluitingNieuw")


@_attrs_define
class SluitingNieuw:
    """An Opiumwet 13b closure of a premises that names no youth.

    Attributes:
        pand (Pand): The premises an Opiumwet 13b closure concerns.
        ingangsdatum (datetime.date):
        status (SluitingNieuwStatus | Unset):  Default: SluitingNieuwStatus.OPGELEGD.
        einddatum (datetime.date | None | Unset):
        toelichting (None | str | Unset):
    """

    pand: Pand
    ingangsdatum: datetime.date
    status: SluitingNieuwStatus | Unset = SluitingNieuwStatus.OPGELEGD
    einddatum: datetime.date | None | Unset = UNSET
    toelichting: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        pand = self.pand.to_dict()

        ingangsdatum = self.ingangsdatum.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        einddatum: None | str | Unset
        if isinstance(self.einddatum, Unset):
            einddatum = UNSET
        elif isinstance(self.einddatum, datetime.date):
            einddatum = self.einddatum.isoformat()
        else:
            einddatum = self.einddatum

        toelichting: None | str | Unset
        if isinstance(self.toelichting, Unset):
            toelichting = UNSET
        else:
            toelichting = self.toelichting

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pand": pand,
                "ingangsdatum": ingangsdatum,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if einddatum is not UNSET:
            field_dict["einddatum"] = einddatum
        if toelichting is not UNSET:
            field_dict["toelichting"] = toelichting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pand import Pand  # noqa: PLC0415

        d = dict(src_dict)
        pand = Pand.from_dict(d.pop("pand"))

        ingangsdatum = datetime.date.fromisoformat(d.pop("ingangsdatum"))

        _status = d.pop("status", UNSET)
        status: SluitingNieuwStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SluitingNieuwStatus(_status)

        def _parse_einddatum(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                einddatum_type_0 = datetime.date.fromisoformat(data)

                return einddatum_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        einddatum = _parse_einddatum(d.pop("einddatum", UNSET))

        def _parse_toelichting(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        toelichting = _parse_toelichting(d.pop("toelichting", UNSET))

        sluiting_nieuw = cls(
            pand=pand,
            ingangsdatum=ingangsdatum,
            status=status,
            einddatum=einddatum,
            toelichting=toelichting,
        )

        return sluiting_nieuw
