from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Regisseur")


@_attrs_define
class Regisseur:
    """Who directs the case (`id`: the identity the API checks) and how to reach them.

    Attributes:
        naam (str):
        email (str):
        id (None | str | Unset): De client-id van de casusregisseur (straks: de persoon); leeg bij een oude casus
            waarvan niet meer bekend is wie hem opende.
    """

    naam: str
    email: str
    id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        naam = self.naam

        email = self.email

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "naam": naam,
                "email": email,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        naam = d.pop("naam")

        email = d.pop("email")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        regisseur = cls(
            naam=naam,
            email=email,
            id=id,
        )

        return regisseur
