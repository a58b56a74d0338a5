from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.doelgroeptoets_route_type_0 import DoelgroeptoetsRouteType0
from ..models.doelgroeptoets_uitkomst_type_0 import DoelgroeptoetsUitkomstType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.doelgroeptoets_antecedenten_per_soort_type_0 import (
        DoelgroeptoetsAntecedentenPerSoortType0,
    )
    from ..models.professioneel_oordeel import ProfessioneelOordeel
    from ..models.reden import Reden


T = TypeVar("T", bound="Doelgroeptoets")


@_attrs_define
class Doelgroeptoets:
    """An assessment as this caller may see it: fields and reasons of categories it may not see
    are left out (the number of antecedents is police data).

        Attributes:
            id (str):
            jongere_id (str):
            peildatum (datetime.date):
            redenen (list[Reden]):
            aanleiding (str):
            berekend_op (datetime.datetime):
            uitkomst (DoelgroeptoetsUitkomstType0 | None | Unset): `geen_voorstel_pga` for a caller who may not see police
                data, in place of `zwaardere_aanpak` or `geen_doelgroep` (the first would reveal police antecedents).
            leeftijd (int | None | Unset):
            aantal_antecedenten (int | None | Unset):
            antecedenten_per_soort (DoelgroeptoetsAntecedentenPerSoortType0 | None | Unset):
            risico_indicatoren (list[str] | None | Unset): Each distinct risk indicator once: the registered risk factors
                and the indicator each signal's category counts as on the signal card (GET /v1/signaalcategorieen).
            route (DoelgroeptoetsRouteType0 | None | Unset): Which path admitted the youth (with `uitkomst`
                `criminele_aanwas`): at least two risk indicators, or a professional judgement of the signaaloverleg; the
                reasons say why.
            professioneel_oordeel (None | ProfessioneelOordeel | Unset): With `route` `professioneel_oordeel`: the judgement
                that admitted the youth, its reasons and who gave it.
            actueel (bool | Unset): `false` while an input changed since this assessment (a new signal, factor or
                antecedent) and the new one is being computed, within seconds; read it again for the new one, or ask for one now
                with POST. Default: True.
    """

    id: str
    jongere_id: str
    peildatum: datetime.date
    redenen: list[Reden]
    aanleiding: str
    berekend_op: datetime.datetime
    uitkomst: DoelgroeptoetsUitkomstType0 | None | Unset = UNSET
    leeftijd: int | None | Unset = UNSET
    aantal_antecedenten: int | None | Unset = UNSET
    antecedenten_per_soort: DoelgroeptoetsAntecedentenPerSoortType0 | None | Unset = (
        UNSET
    )
    risico_indicatoren: list[str] | None | Unset = UNSET
    route: DoelgroeptoetsRouteType0 | None | Unset = UNSET
    professioneel_oordeel: None | ProfessioneelOordeel | Unset = UNSET
    actueel: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        from ..models.doelgroeptoets_antecedenten_per_soort_type_0 import (
            DoelgroeptoetsAntecedentenPerSoortType0,  # noqa: PLC0415
        )
        from ..models.professioneel_oordeel import ProfessioneelOordeel  # noqa: PLC0415

        id = self.id

        jongere_id = self.jongere_id

        peildatum = self.peildatum.isoformat()

        redenen = []
        for redenen_item_data in self.redenen:
            redenen_item = redenen_item_data.to_dict()
            redenen.append(redenen_item)

        aanleiding = self.aanleiding

        berekend_op = self.berekend_op.isoformat()

        uitkomst: None | str | Unset
        if isinstance(self.uitkomst, Unset):
            uitkomst = UNSET
        elif isinstance(self.uitkomst, DoelgroeptoetsUitkomstType0):
            uitkomst = self.uitkomst.value
        else:
            uitkomst = self.uitkomst

        leeftijd: int | None | Unset
        if isinstance(self.leeftijd, Unset):
            leeftijd = UNSET
        else:
            leeftijd = self.leeftijd

        aantal_antecedenten: int | None | Unset
        if isinstance(self.aantal_antecedenten, Unset):
            aantal_antecedenten = UNSET
        else:
            aantal_antecedenten = self.aantal_antecedenten

        antecedenten_per_soort: dict[str, Any] | None | Unset
        if isinstance(self.antecedenten_per_soort, Unset):
            antecedenten_per_soort = UNSET
        elif isinstance(
            self.antecedenten_per_soort, DoelgroeptoetsAntecedentenPerSoortType0
        ):
            antecedenten_per_soort = self.antecedenten_per_soort.to_dict()
        else:
            antecedenten_per_soort = self.antecedenten_per_soort

        risico_indicatoren: list[str] | None | Unset
        if isinstance(self.risico_indicatoren, Unset):
            risico_indicatoren = UNSET
        elif isinstance(self.risico_indicatoren, list):
            risico_indicatoren = self.risico_indicatoren

        else:
            risico_indicatoren = self.risico_indicatoren

        route: None | str | Unset
        if isinstance(self.route, Unset):
            route = UNSET
        elif isinstance(self.route, DoelgroeptoetsRouteType0):
            route = self.route.value
        else:
            route = self.route

        professioneel_oordeel: dict[str, Any] | None | Unset
        if isinstance(self.professioneel_oordeel, Unset):
            professioneel_oordeel = UNSET
        elif isinstance(self.professioneel_oordeel, ProfessioneelOordeel):
            professioneel_oordeel = self.professioneel_oordeel.to_dict()
        else:
            professioneel_oordeel = self.professioneel_oordeel

        actueel = self.actueel

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "jongereId": jongere_id,
                "peildatum": peildatum,
                "redenen": redenen,
                "aanleiding": aanleiding,
                "berekendOp": berekend_op,
            }
        )
        if uitkomst is not UNSET:
            field_dict["uitkomst"] = uitkomst
        if leeftijd is not UNSET:
            field_dict["leeftijd"] = leeftijd
        if aantal_antecedenten is not UNSET:
            field_dict["aantalAntecedenten"] = aantal_antecedenten
        if antecedenten_per_soort is not UNSET:
            field_dict["antecedentenPerSoort"] = antecedenten_per_soort
        if risico_indicatoren is not UNSET:
            field_dict["risicoIndicatoren"] = risico_indicatoren
        if route is not UNSET:
            field_dict["route"] = route
        if professioneel_oordeel is not UNSET:
            field_dict["professioneelOordeel"] = professioneel_oordeel
        if actueel is not UNSET:
            field_dict["actueel"] = actueel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.doelgroeptoets_antecedenten_per_soort_type_0 import (
            DoelgroeptoetsAntecedentenPerSoortType0,  # noqa: PLC0415
        )
        from ..models.professioneel_oordeel import ProfessioneelOordeel  # noqa: PLC0415
        from ..models.reden import Reden  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        jongere_id = d.pop("jongereId")

        peildatum = datetime.date.fromisoformat(d.pop("peildatum"))

        redenen = []
        _redenen = d.pop("redenen")
        for redenen_item_data in _redenen:
            redenen_item = Reden.from_dict(redenen_item_data)

            redenen.append(redenen_item)

        aanleiding = d.pop("aanleiding")

        berekend_op = datetime.datetime.fromisoformat(d.pop("berekendOp"))

        def _parse_uitkomst(data: object) -> DoelgroeptoetsUitkomstType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                uitkomst_type_0 = DoelgroeptoetsUitkomstType0(data)

                return uitkomst_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DoelgroeptoetsUitkomstType0 | None | Unset, data)

        uitkomst = _parse_uitkomst(d.pop("uitkomst", UNSET))

        def _parse_leeftijd(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        leeftijd = _parse_leeftijd(d.pop("leeftijd", UNSET))

        def _parse_aantal_antecedenten(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        aantal_antecedenten = _parse_aantal_antecedenten(
            d.pop("aantalAntecedenten", UNSET)
        )

        def _parse_antecedenten_per_soort(
            data: object,
        ) -> DoelgroeptoetsAntecedentenPerSoortType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                antecedenten_per_soort_type_0 = (
                    DoelgroeptoetsAntecedentenPerSoortType0.from_dict(data)
                )

                return antecedenten_per_soort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DoelgroeptoetsAntecedentenPerSoortType0 | None | Unset, data)

        antecedenten_per_soort = _parse_antecedenten_per_soort(
            d.pop("antecedentenPerSoort", UNSET)
        )

        def _parse_risico_indicatoren(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                risico_indicatoren_type_0 = cast(list[str], data)

                return risico_indicatoren_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        risico_indicatoren = _parse_risico_indicatoren(
            d.pop("risicoIndicatoren", UNSET)
        )

        def _parse_route(data: object) -> DoelgroeptoetsRouteType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                route_type_0 = DoelgroeptoetsRouteType0(data)

                return route_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DoelgroeptoetsRouteType0 | None | Unset, data)

        route = _parse_route(d.pop("route", UNSET))

        def _parse_professioneel_oordeel(
            data: object,
        ) -> None | ProfessioneelOordeel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                professioneel_oordeel_type_0 = ProfessioneelOordeel.from_dict(data)

                return professioneel_oordeel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProfessioneelOordeel | Unset, data)

        professioneel_oordeel = _parse_professioneel_oordeel(
            d.pop("professioneelOordeel", UNSET)
        )

        actueel = d.pop("actueel", UNSET)

        doelgroeptoets = cls(
            id=id,
            jongere_id=jongere_id,
            peildatum=peildatum,
            redenen=redenen,
            aanleiding=aanleiding,
            berekend_op=berekend_op,
            uitkomst=uitkomst,
            leeftijd=leeftijd,
            aantal_antecedenten=aantal_antecedenten,
            antecedenten_per_soort=antecedenten_per_soort,
            risico_indicatoren=risico_indicatoren,
            route=route,
            professioneel_oordeel=professioneel_oordeel,
            actueel=actueel,
        )

        return doelgroeptoets
