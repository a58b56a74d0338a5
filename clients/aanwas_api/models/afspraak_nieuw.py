from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.afspraak_nieuw_domein_type_0 import AfspraakNieuwDomeinType0
from ..models.afspraak_nieuw_eigenaar import AfspraakNieuwEigenaar
from ..types import UNSET, Unset

T = TypeVar("T", bound="AfspraakNieuw")


@_attrs_define
class AfspraakNieuw:
    """
    Attributes:
        omschrijving (str):
        eigenaar (AfspraakNieuwEigenaar): De organisatie die de afspraak uitvoert
        datum (datetime.date): Wanneer de afspraak klaar is
        domein (AfspraakNieuwDomeinType0 | None | Unset): Bij een ico verplicht: de afspraak wordt een planactie van de
            casus in dit domein. Bij andere overleggen niet gebruikt.
    """

    omschrijving: str
    eigenaar: AfspraakNieuwEigenaar
    datum: datetime.date
    domein: AfspraakNieuwDomeinType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        omschrijving = self.omschrijving

        eigenaar = self.eigenaar.value

        datum = self.datum.isoformat()

        domein: None | str | Unset
        if isinstance(self.domein, Unset):
            domein = UNSET
        elif isinstance(self.domein, AfspraakNieuwDomeinType0):
            domein = self.domein.value
        else:
            domein = self.domein

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "omschrijving": omschrijving,
                "eigenaar": eigenaar,
                "datum": datum,
            }
        )
        if domein is not UNSET:
            field_dict["domein"] = domein

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        omschrijving = d.pop("omschrijving")

        eigenaar = AfspraakNieuwEigenaar(d.pop("eigenaar"))

        datum = datetime.date.fromisoformat(d.pop("datum"))

        def _parse_domein(data: object) -> AfspraakNieuwDomeinType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                domein_type_0 = AfspraakNieuwDomeinType0(data)

                return domein_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AfspraakNieuwDomeinType0 | None | Unset, data)

        domein = _parse_domein(d.pop("domein", UNSET))

        afspraak_nieuw = cls(
            omschrijving=omschrijving,
            eigenaar=eigenaar,
            datum=datum,
            domein=domein,
        )

        return afspraak_nieuw
