from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Planactie")


@_attrs_define
class Planactie:
    """
    Attributes:
        id (str):
        eigenaar (str):
        gewijzigd_op (datetime.datetime):
        domein (None | str | Unset):
        omschrijving (None | str | Unset):
        deadline (datetime.date | None | Unset):
        status (None | str | Unset):
    """

    id: str
    eigenaar: str
    gewijzigd_op: datetime.datetime
    domein: None | str | Unset = UNSET
    omschrijving: None | str | Unset = UNSET
    deadline: datetime.date | None | Unset = UNSET
    status: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        eigenaar = self.eigenaar

        gewijzigd_op = self.gewijzigd_op.isoformat()

        domein: None | str | Unset
        if isinstance(self.domein, Unset):
            domein = UNSET
        else:
            domein = self.domein

        omschrijving: None | str | Unset
        if isinstance(self.omschrijving, Unset):
            omschrijving = UNSET
        else:
            omschrijving = self.omschrijving

        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, datetime.date):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "eigenaar": eigenaar,
                "gewijzigdOp": gewijzigd_op,
            }
        )
        if domein is not UNSET:
            field_dict["domein"] = domein
        if omschrijving is not UNSET:
            field_dict["omschrijving"] = omschrijving
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        eigenaar = d.pop("eigenaar")

        gewijzigd_op = datetime.datetime.fromisoformat(d.pop("gewijzigdOp"))

        def _parse_domein(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domein = _parse_domein(d.pop("domein", UNSET))

        def _parse_omschrijving(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        omschrijving = _parse_omschrijving(d.pop("omschrijving", UNSET))

        def _parse_deadline(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deadline_type_0 = datetime.date.fromisoformat(data)

                return deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        deadline = _parse_deadline(d.pop("deadline", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        planactie = cls(
            id=id,
            eigenaar=eigenaar,
            gewijzigd_op=gewijzigd_op,
            domein=domein,
            omschrijving=omschrijving,
            deadline=deadline,
            status=status,
        )

        return planactie
