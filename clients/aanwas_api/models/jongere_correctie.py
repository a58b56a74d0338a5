from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="JongereCorrectie")


@_attrs_define
class JongereCorrectie:
    """A correction of identity fields; fields left out stay as they are.

    Attributes:
        voornamen (str | Unset):
        achternaam (str | Unset):
        geboortedatum (datetime.date | Unset):
    """

    voornamen: str | Unset = UNSET
    achternaam: str | Unset = UNSET
    geboortedatum: datetime.date | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        voornamen = self.voornamen

        achternaam = self.achternaam

        geboortedatum: str | Unset = UNSET
        if not isinstance(self.geboortedatum, Unset):
            geboortedatum = self.geboortedatum.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if voornamen is not UNSET:
            field_dict["voornamen"] = voornamen
        if achternaam is not UNSET:
            field_dict["achternaam"] = achternaam
        if geboortedatum is not UNSET:
            field_dict["geboortedatum"] = geboortedatum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voornamen = d.pop("voornamen", UNSET)

        achternaam = d.pop("achternaam", UNSET)

        _geboortedatum = d.pop("geboortedatum", UNSET)
        geboortedatum: datetime.date | Unset
        if isinstance(_geboortedatum, Unset):
            geboortedatum = UNSET
        else:
            geboortedatum = datetime.date.fromisoformat(_geboortedatum)

        jongere_correctie = cls(
            voornamen=voornamen,
            achternaam=achternaam,
            geboortedatum=geboortedatum,
        )

        return jongere_correctie
