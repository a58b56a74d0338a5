from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pand_weergave import PandWeergave


T = TypeVar("T", bound="Maatregel")


@_attrs_define
class Maatregel:
    """
    Attributes:
        id (str):
        opgelegd_door (str):
        geregistreerd_op (datetime.datetime):
        gewijzigd_op (datetime.datetime):
        jongere_id (None | str | Unset): Geen bij een sluiting van een pand zonder jongere
        soort (None | str | Unset):
        grondslag (None | str | Unset):
        status (None | str | Unset):
        ingangsdatum (datetime.date | None | Unset):
        einddatum (datetime.date | None | Unset):
        toelichting (None | str | Unset):
        casus_id (None | str | Unset):
        planactie_id (None | str | Unset):
        pand (None | PandWeergave | Unset):
    """

    id: str
    opgelegd_door: str
    geregistreerd_op: datetime.datetime
    gewijzigd_op: datetime.datetime
    jongere_id: None | str | Unset = UNSET
    soort: None | str | Unset = UNSET
    grondslag: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    ingangsdatum: datetime.date | None | Unset = UNSET
    einddatum: datetime.date | None | Unset = UNSET
    toelichting: None | str | Unset = UNSET
    casus_id: None | str | Unset = UNSET
    planactie_id: None | str | Unset = UNSET
    pand: None | PandWeergave | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.pand_weergave import PandWeergave  # noqa: PLC0415

        id = self.id

        opgelegd_door = self.opgelegd_door

        geregistreerd_op = self.geregistreerd_op.isoformat()

        gewijzigd_op = self.gewijzigd_op.isoformat()

        jongere_id: None | str | Unset
        if isinstance(self.jongere_id, Unset):
            jongere_id = UNSET
        else:
            jongere_id = self.jongere_id

        soort: None | str | Unset
        if isinstance(self.soort, Unset):
            soort = UNSET
        else:
            soort = self.soort

        grondslag: None | str | Unset
        if isinstance(self.grondslag, Unset):
            grondslag = UNSET
        else:
            grondslag = self.grondslag

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        ingangsdatum: None | str | Unset
        if isinstance(self.ingangsdatum, Unset):
            ingangsdatum = UNSET
        elif isinstance(self.ingangsdatum, datetime.date):
            ingangsdatum = self.ingangsdatum.isoformat()
        else:
            ingangsdatum = self.ingangsdatum

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

        casus_id: None | str | Unset
        if isinstance(self.casus_id, Unset):
            casus_id = UNSET
        else:
            casus_id = self.casus_id

        planactie_id: None | str | Unset
        if isinstance(self.planactie_id, Unset):
            planactie_id = UNSET
        else:
            planactie_id = self.planactie_id

        pand: dict[str, Any] | None | Unset
        if isinstance(self.pand, Unset):
            pand = UNSET
        elif isinstance(self.pand, PandWeergave):
            pand = self.pand.to_dict()
        else:
            pand = self.pand

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "opgelegdDoor": opgelegd_door,
                "geregistreerdOp": geregistreerd_op,
                "gewijzigdOp": gewijzigd_op,
            }
        )
        if jongere_id is not UNSET:
            field_dict["jongereId"] = jongere_id
        if soort is not UNSET:
            field_dict["soort"] = soort
        if grondslag is not UNSET:
            field_dict["grondslag"] = grondslag
        if status is not UNSET:
            field_dict["status"] = status
        if ingangsdatum is not UNSET:
            field_dict["ingangsdatum"] = ingangsdatum
        if einddatum is not UNSET:
            field_dict["einddatum"] = einddatum
        if toelichting is not UNSET:
            field_dict["toelichting"] = toelichting
        if casus_id is not UNSET:
            field_dict["casusId"] = casus_id
        if planactie_id is not UNSET:
            field_dict["planactieId"] = planactie_id
        if pand is not UNSET:
            field_dict["pand"] = pand

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pand_weergave import PandWeergave  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        opgelegd_door = d.pop("opgelegdDoor")

        geregistreerd_op = datetime.datetime.fromisoformat(d.pop("geregistreerdOp"))

        gewijzigd_op = datetime.datetime.fromisoformat(d.pop("gewijzigdOp"))

        def _parse_jongere_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        jongere_id = _parse_jongere_id(d.pop("jongereId", UNSET))

        def _parse_soort(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        soort = _parse_soort(d.pop("soort", UNSET))

        def _parse_grondslag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        grondslag = _parse_grondslag(d.pop("grondslag", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_ingangsdatum(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ingangsdatum_type_0 = datetime.date.fromisoformat(data)

                return ingangsdatum_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ingangsdatum = _parse_ingangsdatum(d.pop("ingangsdatum", UNSET))

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

        def _parse_casus_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        casus_id = _parse_casus_id(d.pop("casusId", UNSET))

        def _parse_planactie_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        planactie_id = _parse_planactie_id(d.pop("planactieId", UNSET))

        def _parse_pand(data: object) -> None | PandWeergave | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pand_type_0 = PandWeergave.from_dict(data)

                return pand_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PandWeergave | Unset, data)

        pand = _parse_pand(d.pop("pand", UNSET))

        maatregel = cls(
            id=id,
            opgelegd_door=opgelegd_door,
            geregistreerd_op=geregistreerd_op,
            gewijzigd_op=gewijzigd_op,
            jongere_id=jongere_id,
            soort=soort,
            grondslag=grondslag,
            status=status,
            ingangsdatum=ingangsdatum,
            einddatum=einddatum,
            toelichting=toelichting,
            casus_id=casus_id,
            planactie_id=planactie_id,
            pand=pand,
        )

        return maatregel
