from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.riec_melding_status import RiecMeldingStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.riec_antwoord import RiecAntwoord


T = TypeVar("T", bound="RiecMelding")


@_attrs_define
class RiecMelding:
    """A RIEC-melding as this caller may see it; fields of categories not permitted are absent
    (the reason is `signaal`, the financial details `financieel`, the answer `politie`).

        Attributes:
            id (str):
            casus_id (str):
            jongere_id (str):
            status (RiecMeldingStatus): `open` tot het RIEC antwoordt (ook na het sluiten van de casus); `beantwoord`;
                `ingetrokken` als de casusregisseur de melding voor een antwoord beeindigde.
            vragen (list[str]): De twee vragen van elke RIEC-melding.
            gemeld_door (str):
            gemeld_op (datetime.datetime):
            reden (None | str | Unset):
            vermogen_jongere (None | str | Unset):
            vermogen_ouders (None | str | Unset):
            antwoord (None | RiecAntwoord | Unset):
    """

    id: str
    casus_id: str
    jongere_id: str
    status: RiecMeldingStatus
    vragen: list[str]
    gemeld_door: str
    gemeld_op: datetime.datetime
    reden: None | str | Unset = UNSET
    vermogen_jongere: None | str | Unset = UNSET
    vermogen_ouders: None | str | Unset = UNSET
    antwoord: None | RiecAntwoord | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.riec_antwoord import RiecAntwoord  # noqa: PLC0415

        id = self.id

        casus_id = self.casus_id

        jongere_id = self.jongere_id

        status = self.status.value

        vragen = self.vragen

        gemeld_door = self.gemeld_door

        gemeld_op = self.gemeld_op.isoformat()

        reden: None | str | Unset
        if isinstance(self.reden, Unset):
            reden = UNSET
        else:
            reden = self.reden

        vermogen_jongere: None | str | Unset
        if isinstance(self.vermogen_jongere, Unset):
            vermogen_jongere = UNSET
        else:
            vermogen_jongere = self.vermogen_jongere

        vermogen_ouders: None | str | Unset
        if isinstance(self.vermogen_ouders, Unset):
            vermogen_ouders = UNSET
        else:
            vermogen_ouders = self.vermogen_ouders

        antwoord: dict[str, Any] | None | Unset
        if isinstance(self.antwoord, Unset):
            antwoord = UNSET
        elif isinstance(self.antwoord, RiecAntwoord):
            antwoord = self.antwoord.to_dict()
        else:
            antwoord = self.antwoord

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "casusId": casus_id,
                "jongereId": jongere_id,
                "status": status,
                "vragen": vragen,
                "gemeldDoor": gemeld_door,
                "gemeldOp": gemeld_op,
            }
        )
        if reden is not UNSET:
            field_dict["reden"] = reden
        if vermogen_jongere is not UNSET:
            field_dict["vermogenJongere"] = vermogen_jongere
        if vermogen_ouders is not UNSET:
            field_dict["vermogenOuders"] = vermogen_ouders
        if antwoord is not UNSET:
            field_dict["antwoord"] = antwoord

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.riec_antwoord import RiecAntwoord  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        casus_id = d.pop("casusId")

        jongere_id = d.pop("jongereId")

        status = RiecMeldingStatus(d.pop("status"))

        vragen = cast(list[str], d.pop("vragen"))

        gemeld_door = d.pop("gemeldDoor")

        gemeld_op = datetime.datetime.fromisoformat(d.pop("gemeldOp"))

        def _parse_reden(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reden = _parse_reden(d.pop("reden", UNSET))

        def _parse_vermogen_jongere(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vermogen_jongere = _parse_vermogen_jongere(d.pop("vermogenJongere", UNSET))

        def _parse_vermogen_ouders(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vermogen_ouders = _parse_vermogen_ouders(d.pop("vermogenOuders", UNSET))

        def _parse_antwoord(data: object) -> None | RiecAntwoord | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                antwoord_type_0 = RiecAntwoord.from_dict(data)

                return antwoord_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiecAntwoord | Unset, data)

        antwoord = _parse_antwoord(d.pop("antwoord", UNSET))

        riec_melding = cls(
            id=id,
            casus_id=casus_id,
            jongere_id=jongere_id,
            status=status,
            vragen=vragen,
            gemeld_door=gemeld_door,
            gemeld_op=gemeld_op,
            reden=reden,
            vermogen_jongere=vermogen_jongere,
            vermogen_ouders=vermogen_ouders,
            antwoord=antwoord,
        )

        return riec_melding
