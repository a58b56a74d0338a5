from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="JongereNieuw")


@_attrs_define
class JongereNieuw:
    """A youth to register. With a BSN, one youth per BSN; without, by name and birth date.

    Attributes:
        voornamen (str):
        achternaam (str):
        geboortedatum (datetime.date):
        bsn (None | str | Unset): Burgerservicenummer; alleen om de jongere terug te vinden.
    """

    voornamen: str
    achternaam: str
    geboortedatum: datetime.date
    bsn: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        voornamen = self.voornamen

        achternaam = self.achternaam

        geboortedatum = self.geboortedatum.isoformat()

        bsn: None | str | Unset
        if isinstance(self.bsn, Unset):
            bsn = UNSET
        else:
            bsn = self.bsn

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "voornamen": voornamen,
                "achternaam": achternaam,
                "geboortedatum": geboortedatum,
            }
        )
        if bsn is not UNSET:
            field_dict["bsn"] = bsn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voornamen = d.pop("voornamen")

        achternaam = d.pop("achternaam")

        geboortedatum = datetime.date.fromisoformat(d.pop("geboortedatum"))

        def _parse_bsn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bsn = _parse_bsn(d.pop("bsn", UNSET))

        jongere_nieuw = cls(
            voornamen=voornamen,
            achternaam=achternaam,
            geboortedatum=geboortedatum,
            bsn=bsn,
        )

        return jongere_nieuw
