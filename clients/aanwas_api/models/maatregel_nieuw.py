from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.maatregel_nieuw_soort import MaatregelNieuwSoort
from ..models.maatregel_nieuw_status import MaatregelNieuwStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pand import Pand


T = TypeVar("T", bound="MaatregelNieuw")


@_attrs_define
class MaatregelNieuw:
    """
    Attributes:
        soort (MaatregelNieuwSoort):
        ingangsdatum (datetime.date):
        status (MaatregelNieuwStatus | Unset):  Default: MaatregelNieuwStatus.OPGELEGD.
        einddatum (datetime.date | None | Unset):
        toelichting (None | str | Unset):
        casus_id (None | str | Unset): De PGA-casus van deze jongere die de maatregel dient (niet afgesloten).
        planactie_id (None | str | Unset): De planactie van die casus die de maatregel dient; vraagt om `casusId`.
        pand (None | Pand | Unset): Het pand van een sluiting; alleen en altijd bij een sluiting.
    """

    soort: MaatregelNieuwSoort
    ingangsdatum: datetime.date
    status: MaatregelNieuwStatus | Unset = MaatregelNieuwStatus.OPGELEGD
    einddatum: datetime.date | None | Unset = UNSET
    toelichting: None | str | Unset = UNSET
    casus_id: None | str | Unset = UNSET
    planactie_id: None | str | Unset = UNSET
    pand: None | Pand | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.pand import Pand  # noqa: PLC0415

        soort = self.soort.value

        ingangsdatum = self.ingangsdatum.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

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
        elif isinstance(self.pand, Pand):
            pand = self.pand.to_dict()
        else:
            pand = self.pand

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "soort": soort,
                "ingangsdatum": ingangsdatum,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
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
        from ..models.pand import Pand  # noqa: PLC0415

        d = dict(src_dict)
        soort = MaatregelNieuwSoort(d.pop("soort"))

        ingangsdatum = datetime.date.fromisoformat(d.pop("ingangsdatum"))

        _status = d.pop("status", UNSET)
        status: MaatregelNieuwStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MaatregelNieuwStatus(_status)

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

        def _parse_pand(data: object) -> None | Pand | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pand_type_0 = Pand.from_dict(data)

                return pand_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Pand | Unset, data)

        pand = _parse_pand(d.pop("pand", UNSET))

        maatregel_nieuw = cls(
            soort=soort,
            ingangsdatum=ingangsdatum,
            status=status,
            einddatum=einddatum,
            toelichting=toelichting,
            casus_id=casus_id,
            planactie_id=planactie_id,
            pand=pand,
        )

        return maatregel_nieuw
