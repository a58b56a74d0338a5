from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="JongereIdentiteit")


@_attrs_define
class JongereIdentiteit:
    """
    Attributes:
        bsn (str): Burgerservicenummer; alleen gebruikt om de jongere te vinden.
        voornamen (str):
        achternaam (str):
        geboortedatum (datetime.date):
    """

    bsn: str
    voornamen: str
    achternaam: str
    geboortedatum: datetime.date

    def to_dict(self) -> dict[str, Any]:
        bsn = self.bsn

        voornamen = self.voornamen

        achternaam = self.achternaam

        geboortedatum = self.geboortedatum.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bsn": bsn,
                "voornamen": voornamen,
                "achternaam": achternaam,
                "geboortedatum": geboortedatum,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bsn = d.pop("bsn")

        voornamen = d.pop("voornamen")

        achternaam = d.pop("achternaam")

        geboortedatum = datetime.date.fromisoformat(d.pop("geboortedatum"))

        jongere_identiteit = cls(
            bsn=bsn,
            voornamen=voornamen,
            achternaam=achternaam,
            geboortedatum=geboortedatum,
        )

        return jongere_identiteit
