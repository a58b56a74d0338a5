from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Factor")


@_attrs_define
class Factor:
    """
    Attributes:
        id (str):
        jongere_id (str):
        bron_organisatie (str):
        geregistreerd_op (datetime.datetime):
        soort (None | str | Unset):
        domein (None | str | Unset):
        indicator (None | str | Unset):
        omschrijving (None | str | Unset):
        vastgesteld_op (datetime.date | None | Unset):
    """

    id: str
    jongere_id: str
    bron_organisatie: str
    geregistreerd_op: datetime.datetime
    soort: None | str | Unset = UNSET
    domein: None | str | Unset = UNSET
    indicator: None | str | Unset = UNSET
    omschrijving: None | str | Unset = UNSET
    vastgesteld_op: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        jongere_id = self.jongere_id

        bron_organisatie = self.bron_organisatie

        geregistreerd_op = self.geregistreerd_op.isoformat()

        soort: None | str | Unset
        if isinstance(self.soort, Unset):
            soort = UNSET
        else:
            soort = self.soort

        domein: None | str | Unset
        if isinstance(self.domein, Unset):
            domein = UNSET
        else:
            domein = self.domein

        indicator: None | str | Unset
        if isinstance(self.indicator, Unset):
            indicator = UNSET
        else:
            indicator = self.indicator

        omschrijving: None | str | Unset
        if isinstance(self.omschrijving, Unset):
            omschrijving = UNSET
        else:
            omschrijving = self.omschrijving

        vastgesteld_op: None | str | Unset
        if isinstance(self.vastgesteld_op, Unset):
            vastgesteld_op = UNSET
        elif isinstance(self.vastgesteld_op, datetime.date):
            vastgesteld_op = self.vastgesteld_op.isoformat()
        else:
            vastgesteld_op = self.vastgesteld_op

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "jongereId": jongere_id,
                "bronOrganisatie": bron_organisatie,
                "geregistreerdOp": geregistreerd_op,
            }
        )
        if soort is not UNSET:
            field_dict["soort"] = soort
        if domein is not UNSET:
            field_dict["domein"] = domein
        if indicator is not UNSET:
            field_dict["indicator"] = indicator
        if omschrijving is not UNSET:
            field_dict["omschrijving"] = omschrijving
        if vastgesteld_op is not UNSET:
            field_dict["vastgesteldOp"] = vastgesteld_op

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        jongere_id = d.pop("jongereId")

        bron_organisatie = d.pop("bronOrganisatie")

        geregistreerd_op = datetime.datetime.fromisoformat(d.pop("geregistreerdOp"))

        def _parse_soort(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        soort = _parse_soort(d.pop("soort", UNSET))

        def _parse_domein(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domein = _parse_domein(d.pop("domein", UNSET))

        def _parse_indicator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        indicator = _parse_indicator(d.pop("indicator", UNSET))

        def _parse_omschrijving(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        omschrijving = _parse_omschrijving(d.pop("omschrijving", UNSET))

        def _parse_vastgesteld_op(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vastgesteld_op_type_0 = datetime.date.fromisoformat(data)

                return vastgesteld_op_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        vastgesteld_op = _parse_vastgesteld_op(d.pop("vastgesteldOp", UNSET))

        factor = cls(
            id=id,
            jongere_id=jongere_id,
            bron_organisatie=bron_organisatie,
            geregistreerd_op=geregistreerd_op,
            soort=soort,
            domein=domein,
            indicator=indicator,
            omschrijving=omschrijving,
            vastgesteld_op=vastgesteld_op,
        )

        return factor
