from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.maatregel_wijziging_status import MaatregelWijzigingStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MaatregelWijziging")


@_attrs_define
class MaatregelWijziging:
    """
    Attributes:
        status (MaatregelWijzigingStatus | Unset):
        einddatum (datetime.date | None | Unset): `null` maakt de maatregel open
        toelichting (None | str | Unset):
    """

    status: MaatregelWijzigingStatus | Unset = UNSET
    einddatum: datetime.date | None | Unset = UNSET
    toelichting: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if einddatum is not UNSET:
            field_dict["einddatum"] = einddatum
        if toelichting is not UNSET:
            field_dict["toelichting"] = toelichting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: MaatregelWijzigingStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MaatregelWijzigingStatus(_status)

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

        maatregel_wijziging = cls(
            status=status,
            einddatum=einddatum,
            toelichting=toelichting,
        )

        return maatregel_wijziging
