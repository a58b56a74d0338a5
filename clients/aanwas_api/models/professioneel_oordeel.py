from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfessioneelOordeel")


@_attrs_define
class ProfessioneelOordeel:
    """
    Attributes:
        id (str):
        jongere_id (str):
        bron_organisatie (str):
        geregistreerd_op (datetime.datetime):
        redenen (list[str] | None | Unset):
        deelnemers (list[str] | None | Unset):
        overleg_id (None | str | Unset):
    """

    id: str
    jongere_id: str
    bron_organisatie: str
    geregistreerd_op: datetime.datetime
    redenen: list[str] | None | Unset = UNSET
    deelnemers: list[str] | None | Unset = UNSET
    overleg_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        jongere_id = self.jongere_id

        bron_organisatie = self.bron_organisatie

        geregistreerd_op = self.geregistreerd_op.isoformat()

        redenen: list[str] | None | Unset
        if isinstance(self.redenen, Unset):
            redenen = UNSET
        elif isinstance(self.redenen, list):
            redenen = self.redenen

        else:
            redenen = self.redenen

        deelnemers: list[str] | None | Unset
        if isinstance(self.deelnemers, Unset):
            deelnemers = UNSET
        elif isinstance(self.deelnemers, list):
            deelnemers = self.deelnemers

        else:
            deelnemers = self.deelnemers

        overleg_id: None | str | Unset
        if isinstance(self.overleg_id, Unset):
            overleg_id = UNSET
        else:
            overleg_id = self.overleg_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "jongereId": jongere_id,
                "bronOrganisatie": bron_organisatie,
                "geregistreerdOp": geregistreerd_op,
            }
        )
        if redenen is not UNSET:
            field_dict["redenen"] = redenen
        if deelnemers is not UNSET:
            field_dict["deelnemers"] = deelnemers
        if overleg_id is not UNSET:
            field_dict["overlegId"] = overleg_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        jongere_id = d.pop("jongereId")

        bron_organisatie = d.pop("bronOrganisatie")

        geregistreerd_op = datetime.datetime.fromisoformat(d.pop("geregistreerdOp"))

        def _parse_redenen(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                redenen_type_0 = cast(list[str], data)

                return redenen_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        redenen = _parse_redenen(d.pop("redenen", UNSET))

        def _parse_deelnemers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                deelnemers_type_0 = cast(list[str], data)

                return deelnemers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        deelnemers = _parse_deelnemers(d.pop("deelnemers", UNSET))

        def _parse_overleg_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        overleg_id = _parse_overleg_id(d.pop("overlegId", UNSET))

        professioneel_oordeel = cls(
            id=id,
            jongere_id=jongere_id,
            bron_organisatie=bron_organisatie,
            geregistreerd_op=geregistreerd_op,
            redenen=redenen,
            deelnemers=deelnemers,
            overleg_id=overleg_id,
        )

        return professioneel_oordeel
