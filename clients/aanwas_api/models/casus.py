from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.casus_regie import CasusRegie
from ..models.casus_status import CasusStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.casus_taak import CasusTaak
    from ..models.opschaling import Opschaling
    from ..models.perspectiefplan import Perspectiefplan
    from ..models.planactie import Planactie
    from ..models.regisseur import Regisseur
    from ..models.statusstap import Statusstap


T = TypeVar("T", bound="Casus")


@_attrs_define
class Casus:
    """A case as this caller may see it; plan content needs the `plan` category.

    Attributes:
        id (str):
        jongere_id (str):
        status (CasusStatus):
        toegestane_overgangen (list[str]):
        casusregisseur (Regisseur): Who directs the case (`id`: the identity the API checks) and how to reach them.
        regie (CasusRegie): `casusregie`, of `procesregie` zolang de casus is opgeschaald naar het Zorg- en
            Veiligheidshuis (de procesregisseur voegt dan ook planacties toe).
        doelgroeptoets_id (str):
        geopend_op (datetime.datetime):
        gewijzigd_op (datetime.datetime):
        plan (list[Planactie] | None | Unset):
        perspectiefplan (None | Perspectiefplan | Unset):
        opschalingen (list[Opschaling] | None | Unset):
        historie (list[Statusstap] | None | Unset):
        taken (list[CasusTaak] | None | Unset):
        maatregelen (list[str] | None | Unset): De ids van de maatregelen die deze casus dienen, voor wie maatregelen
            van die soort mag zien (een strafrechtelijke vervolging is justitie-gegeven).
    """

    id: str
    jongere_id: str
    status: CasusStatus
    toegestane_overgangen: list[str]
    casusregisseur: Regisseur
    regie: CasusRegie
    doelgroeptoets_id: str
    geopend_op: datetime.datetime
    gewijzigd_op: datetime.datetime
    plan: list[Planactie] | None | Unset = UNSET
    perspectiefplan: None | Perspectiefplan | Unset = UNSET
    opschalingen: list[Opschaling] | None | Unset = UNSET
    historie: list[Statusstap] | None | Unset = UNSET
    taken: list[CasusTaak] | None | Unset = UNSET
    maatregelen: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.perspectiefplan import Perspectiefplan  # noqa: PLC0415

        id = self.id

        jongere_id = self.jongere_id

        status = self.status.value

        toegestane_overgangen = self.toegestane_overgangen

        casusregisseur = self.casusregisseur.to_dict()

        regie = self.regie.value

        doelgroeptoets_id = self.doelgroeptoets_id

        geopend_op = self.geopend_op.isoformat()

        gewijzigd_op = self.gewijzigd_op.isoformat()

        plan: list[dict[str, Any]] | None | Unset
        if isinstance(self.plan, Unset):
            plan = UNSET
        elif isinstance(self.plan, list):
            plan = []
            for plan_type_0_item_data in self.plan:
                plan_type_0_item = plan_type_0_item_data.to_dict()
                plan.append(plan_type_0_item)

        else:
            plan = self.plan

        perspectiefplan: dict[str, Any] | None | Unset
        if isinstance(self.perspectiefplan, Unset):
            perspectiefplan = UNSET
        elif isinstance(self.perspectiefplan, Perspectiefplan):
            perspectiefplan = self.perspectiefplan.to_dict()
        else:
            perspectiefplan = self.perspectiefplan

        opschalingen: list[dict[str, Any]] | None | Unset
        if isinstance(self.opschalingen, Unset):
            opschalingen = UNSET
        elif isinstance(self.opschalingen, list):
            opschalingen = []
            for opschalingen_type_0_item_data in self.opschalingen:
                opschalingen_type_0_item = opschalingen_type_0_item_data.to_dict()
                opschalingen.append(opschalingen_type_0_item)

        else:
            opschalingen = self.opschalingen

        historie: list[dict[str, Any]] | None | Unset
        if isinstance(self.historie, Unset):
            historie = UNSET
        elif isinstance(self.historie, list):
            historie = []
            for historie_type_0_item_data in self.historie:
                historie_type_0_item = historie_type_0_item_data.to_dict()
                historie.append(historie_type_0_item)

        else:
            historie = self.historie

        taken: list[dict[str, Any]] | None | Unset
        if isinstance(self.taken, Unset):
            taken = UNSET
        elif isinstance(self.taken, list):
            taken = []
            for taken_type_0_item_data in self.taken:
                taken_type_0_item = taken_type_0_item_data.to_dict()
                taken.append(taken_type_0_item)

        else:
            taken = self.taken

        maatregelen: list[str] | None | Unset
        if isinstance(self.maatregelen, Unset):
            maatregelen = UNSET
        elif isinstance(self.maatregelen, list):
            maatregelen = self.maatregelen

        else:
            maatregelen = self.maatregelen

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "jongereId": jongere_id,
                "status": status,
                "toegestaneOvergangen": toegestane_overgangen,
                "casusregisseur": casusregisseur,
                "regie": regie,
                "doelgroeptoetsId": doelgroeptoets_id,
                "geopendOp": geopend_op,
                "gewijzigdOp": gewijzigd_op,
            }
        )
        if plan is not UNSET:
            field_dict["plan"] = plan
        if perspectiefplan is not UNSET:
            field_dict["perspectiefplan"] = perspectiefplan
        if opschalingen is not UNSET:
            field_dict["opschalingen"] = opschalingen
        if historie is not UNSET:
            field_dict["historie"] = historie
        if taken is not UNSET:
            field_dict["taken"] = taken
        if maatregelen is not UNSET:
            field_dict["maatregelen"] = maatregelen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.casus_taak import CasusTaak  # noqa: PLC0415
        from ..models.opschaling import Opschaling  # noqa: PLC0415
        from ..models.perspectiefplan import Perspectiefplan  # noqa: PLC0415
        from ..models.planactie import Planactie  # noqa: PLC0415
        from ..models.regisseur import Regisseur  # noqa: PLC0415
        from ..models.statusstap import Statusstap  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        jongere_id = d.pop("jongereId")

        status = CasusStatus(d.pop("status"))

        toegestane_overgangen = cast(list[str], d.pop("toegestaneOvergangen"))

        casusregisseur = Regisseur.from_dict(d.pop("casusregisseur"))

        regie = CasusRegie(d.pop("regie"))

        doelgroeptoets_id = d.pop("doelgroeptoetsId")

        geopend_op = datetime.datetime.fromisoformat(d.pop("geopendOp"))

        gewijzigd_op = datetime.datetime.fromisoformat(d.pop("gewijzigdOp"))

        def _parse_plan(data: object) -> list[Planactie] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                plan_type_0 = []
                _plan_type_0 = data
                for plan_type_0_item_data in _plan_type_0:
                    plan_type_0_item = Planactie.from_dict(plan_type_0_item_data)

                    plan_type_0.append(plan_type_0_item)

                return plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Planactie] | None | Unset, data)

        plan = _parse_plan(d.pop("plan", UNSET))

        def _parse_perspectiefplan(data: object) -> None | Perspectiefplan | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                perspectiefplan_type_0 = Perspectiefplan.from_dict(data)

                return perspectiefplan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Perspectiefplan | Unset, data)

        perspectiefplan = _parse_perspectiefplan(d.pop("perspectiefplan", UNSET))

        def _parse_opschalingen(data: object) -> list[Opschaling] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                opschalingen_type_0 = []
                _opschalingen_type_0 = data
                for opschalingen_type_0_item_data in _opschalingen_type_0:
                    opschalingen_type_0_item = Opschaling.from_dict(
                        opschalingen_type_0_item_data
                    )

                    opschalingen_type_0.append(opschalingen_type_0_item)

                return opschalingen_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Opschaling] | None | Unset, data)

        opschalingen = _parse_opschalingen(d.pop("opschalingen", UNSET))

        def _parse_historie(data: object) -> list[Statusstap] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                historie_type_0 = []
                _historie_type_0 = data
                for historie_type_0_item_data in _historie_type_0:
                    historie_type_0_item = Statusstap.from_dict(
                        historie_type_0_item_data
                    )

                    historie_type_0.append(historie_type_0_item)

                return historie_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Statusstap] | None | Unset, data)

        historie = _parse_historie(d.pop("historie", UNSET))

        def _parse_taken(data: object) -> list[CasusTaak] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                taken_type_0 = []
                _taken_type_0 = data
                for taken_type_0_item_data in _taken_type_0:
                    taken_type_0_item = CasusTaak.from_dict(taken_type_0_item_data)

                    taken_type_0.append(taken_type_0_item)

                return taken_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CasusTaak] | None | Unset, data)

        taken = _parse_taken(d.pop("taken", UNSET))

        def _parse_maatregelen(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                maatregelen_type_0 = cast(list[str], data)

                return maatregelen_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        maatregelen = _parse_maatregelen(d.pop("maatregelen", UNSET))

        casus = cls(
            id=id,
            jongere_id=jongere_id,
            status=status,
            toegestane_overgangen=toegestane_overgangen,
            casusregisseur=casusregisseur,
            regie=regie,
            doelgroeptoets_id=doelgroeptoets_id,
            geopend_op=geopend_op,
            gewijzigd_op=gewijzigd_op,
            plan=plan,
            perspectiefplan=perspectiefplan,
            opschalingen=opschalingen,
            historie=historie,
            taken=taken,
            maatregelen=maatregelen,
        )

        return casus
