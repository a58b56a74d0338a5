from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convenant_beperkingen import ConvenantBeperkingen
    from ..models.convenant_categorieenperpartij import ConvenantCategorieenperpartij
    from ..models.convenant_status import ConvenantStatus
    from ..models.convenant_voorwaardenperpartij import ConvenantVoorwaardenperpartij


T = TypeVar("T", bound="Convenant")


@_attrs_define
class Convenant:
    """A covenant as OPA applies it right now, with its status.

    Attributes:
        code (str):
        status (ConvenantStatus):
        titel (None | str | Unset):
        versie (None | str | Unset):
        geldig_van (datetime.date | None | Unset):
        geldig_tot (datetime.date | None | Unset):
        grondslag (None | str | Unset):
        partijen (list[str] | Unset):
        doelen (list[str] | Unset):
        categorieen (list[str] | Unset):
        categorieen_per_partij (ConvenantCategorieenperpartij | Unset):
        beperkingen (ConvenantBeperkingen | Unset):
        alleen_aanleveren (list[str] | Unset): Partijen die alleen aanleveren: zij ontvangen via dit convenant niets dan
            wat zij zelf aanleverden.
        voorwaarde (None | str | Unset):
        voorwaarden_per_partij (ConvenantVoorwaardenperpartij | Unset): Een voorwaarde die een partij naast die van het
            convenant moet vervullen: `coach_toegewezen`, alleen zolang zij coach is in de open casus van de jongere.
        bewaartermijn (None | str | Unset):
    """

    code: str
    status: ConvenantStatus
    titel: None | str | Unset = UNSET
    versie: None | str | Unset = UNSET
    geldig_van: datetime.date | None | Unset = UNSET
    geldig_tot: datetime.date | None | Unset = UNSET
    grondslag: None | str | Unset = UNSET
    partijen: list[str] | Unset = UNSET
    doelen: list[str] | Unset = UNSET
    categorieen: list[str] | Unset = UNSET
    categorieen_per_partij: ConvenantCategorieenperpartij | Unset = UNSET
    beperkingen: ConvenantBeperkingen | Unset = UNSET
    alleen_aanleveren: list[str] | Unset = UNSET
    voorwaarde: None | str | Unset = UNSET
    voorwaarden_per_partij: ConvenantVoorwaardenperpartij | Unset = UNSET
    bewaartermijn: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        status = self.status.to_dict()

        titel: None | str | Unset
        if isinstance(self.titel, Unset):
            titel = UNSET
        else:
            titel = self.titel

        versie: None | str | Unset
        if isinstance(self.versie, Unset):
            versie = UNSET
        else:
            versie = self.versie

        geldig_van: None | str | Unset
        if isinstance(self.geldig_van, Unset):
            geldig_van = UNSET
        elif isinstance(self.geldig_van, datetime.date):
            geldig_van = self.geldig_van.isoformat()
        else:
            geldig_van = self.geldig_van

        geldig_tot: None | str | Unset
        if isinstance(self.geldig_tot, Unset):
            geldig_tot = UNSET
        elif isinstance(self.geldig_tot, datetime.date):
            geldig_tot = self.geldig_tot.isoformat()
        else:
            geldig_tot = self.geldig_tot

        grondslag: None | str | Unset
        if isinstance(self.grondslag, Unset):
            grondslag = UNSET
        else:
            grondslag = self.grondslag

        partijen: list[str] | Unset = UNSET
        if not isinstance(self.partijen, Unset):
            partijen = self.partijen

        doelen: list[str] | Unset = UNSET
        if not isinstance(self.doelen, Unset):
            doelen = self.doelen

        categorieen: list[str] | Unset = UNSET
        if not isinstance(self.categorieen, Unset):
            categorieen = self.categorieen

        categorieen_per_partij: dict[str, Any] | Unset = UNSET
        if not isinstance(self.categorieen_per_partij, Unset):
            categorieen_per_partij = self.categorieen_per_partij.to_dict()

        beperkingen: dict[str, Any] | Unset = UNSET
        if not isinstance(self.beperkingen, Unset):
            beperkingen = self.beperkingen.to_dict()

        alleen_aanleveren: list[str] | Unset = UNSET
        if not isinstance(self.alleen_aanleveren, Unset):
            alleen_aanleveren = self.alleen_aanleveren

        voorwaarde: None | str | Unset
        if isinstance(self.voorwaarde, Unset):
            voorwaarde = UNSET
        else:
            voorwaarde = self.voorwaarde

        voorwaarden_per_partij: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voorwaarden_per_partij, Unset):
            voorwaarden_per_partij = self.voorwaarden_per_partij.to_dict()

        bewaartermijn: None | str | Unset
        if isinstance(self.bewaartermijn, Unset):
            bewaartermijn = UNSET
        else:
            bewaartermijn = self.bewaartermijn

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "status": status,
            }
        )
        if titel is not UNSET:
            field_dict["titel"] = titel
        if versie is not UNSET:
            field_dict["versie"] = versie
        if geldig_van is not UNSET:
            field_dict["geldigVan"] = geldig_van
        if geldig_tot is not UNSET:
            field_dict["geldigTot"] = geldig_tot
        if grondslag is not UNSET:
            field_dict["grondslag"] = grondslag
        if partijen is not UNSET:
            field_dict["partijen"] = partijen
        if doelen is not UNSET:
            field_dict["doelen"] = doelen
        if categorieen is not UNSET:
            field_dict["categorieen"] = categorieen
        if categorieen_per_partij is not UNSET:
            field_dict["categorieenPerPartij"] = categorieen_per_partij
        if beperkingen is not UNSET:
            field_dict["beperkingen"] = beperkingen
        if alleen_aanleveren is not UNSET:
            field_dict["alleenAanleveren"] = alleen_aanleveren
        if voorwaarde is not UNSET:
            field_dict["voorwaarde"] = voorwaarde
        if voorwaarden_per_partij is not UNSET:
            field_dict["voorwaardenPerPartij"] = voorwaarden_per_partij
        if bewaartermijn is not UNSET:
            field_dict["bewaartermijn"] = bewaartermijn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.convenant_beperkingen import ConvenantBeperkingen  # noqa: PLC0415
        from ..models.convenant_categorieenperpartij import (
            ConvenantCategorieenperpartij,  # noqa: PLC0415
        )
        from ..models.convenant_status import ConvenantStatus  # noqa: PLC0415
        from ..models.convenant_voorwaardenperpartij import (
            ConvenantVoorwaardenperpartij,  # noqa: PLC0415
        )

        d = dict(src_dict)
        code = d.pop("code")

        status = ConvenantStatus.from_dict(d.pop("status"))

        def _parse_titel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        titel = _parse_titel(d.pop("titel", UNSET))

        def _parse_versie(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        versie = _parse_versie(d.pop("versie", UNSET))

        def _parse_geldig_van(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                geldig_van_type_0 = datetime.date.fromisoformat(data)

                return geldig_van_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        geldig_van = _parse_geldig_van(d.pop("geldigVan", UNSET))

        def _parse_geldig_tot(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                geldig_tot_type_0 = datetime.date.fromisoformat(data)

                return geldig_tot_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        geldig_tot = _parse_geldig_tot(d.pop("geldigTot", UNSET))

        def _parse_grondslag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        grondslag = _parse_grondslag(d.pop("grondslag", UNSET))

        partijen = cast(list[str], d.pop("partijen", UNSET))

        doelen = cast(list[str], d.pop("doelen", UNSET))

        categorieen = cast(list[str], d.pop("categorieen", UNSET))

        _categorieen_per_partij = d.pop("categorieenPerPartij", UNSET)
        categorieen_per_partij: ConvenantCategorieenperpartij | Unset
        if isinstance(_categorieen_per_partij, Unset):
            categorieen_per_partij = UNSET
        else:
            categorieen_per_partij = ConvenantCategorieenperpartij.from_dict(
                _categorieen_per_partij
            )

        _beperkingen = d.pop("beperkingen", UNSET)
        beperkingen: ConvenantBeperkingen | Unset
        if isinstance(_beperkingen, Unset):
            beperkingen = UNSET
        else:
            beperkingen = ConvenantBeperkingen.from_dict(_beperkingen)

        alleen_aanleveren = cast(list[str], d.pop("alleenAanleveren", UNSET))

        def _parse_voorwaarde(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voorwaarde = _parse_voorwaarde(d.pop("voorwaarde", UNSET))

        _voorwaarden_per_partij = d.pop("voorwaardenPerPartij", UNSET)
        voorwaarden_per_partij: ConvenantVoorwaardenperpartij | Unset
        if isinstance(_voorwaarden_per_partij, Unset):
            voorwaarden_per_partij = UNSET
        else:
            voorwaarden_per_partij = ConvenantVoorwaardenperpartij.from_dict(
                _voorwaarden_per_partij
            )

        def _parse_bewaartermijn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bewaartermijn = _parse_bewaartermijn(d.pop("bewaartermijn", UNSET))

        convenant = cls(
            code=code,
            status=status,
            titel=titel,
            versie=versie,
            geldig_van=geldig_van,
            geldig_tot=geldig_tot,
            grondslag=grondslag,
            partijen=partijen,
            doelen=doelen,
            categorieen=categorieen,
            categorieen_per_partij=categorieen_per_partij,
            beperkingen=beperkingen,
            alleen_aanleveren=alleen_aanleveren,
            voorwaarde=voorwaarde,
            voorwaarden_per_partij=voorwaarden_per_partij,
            bewaartermijn=bewaartermijn,
        )

        return convenant
