"""Meetings decide: the outcome of an item on a meeting's agenda.

Each youth on the agenda gets at most one outcome: a decision and agreements, each with an
owning organisation and a date. What the decision means is recorded where it belongs:
- the signaaloverleg's professional judgement ("sterke vermoedens") goes through the judgement
  path of api/beoordeling/oordelen.py, given by the meeting's participants, so the doelgroeptoets
  picks it up; "aanmelden PGA" is the registration, on record here for the case director;
- the agreements of an ICO at the ZVH become plan items of the youth's open case, through the
  case's own plan-item function (api/casussen/service.py), each decided by the gate like any.

The outcome is the meeting's kind of data: a signaaloverleg's is `signaal` (shared under the
group approach), the other meetings' `plan` (under pga, or under the zvh covenant for an ICO).
The chair writes it (data.referentie.schrijvers.overleguitkomst); each participant reads it on
the agenda as far as its covenants and task allow. This module sits above the meeting, case and
assessment slices: a meeting decides about all three.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from api.beoordeling import oordelen
from api.beoordeling import schemas as beoordeling
from api.casussen import schemas as casussen
from api.casussen import service as casus_service
from api.casussen import statussen
from api.casussen.models import Casus
from api.db import new_id
from api.jongeren import service as jongeren
from api.jongeren.facts import youth_resource
from api.jongeren.models import Jongere
from api.overleggen import schemas
from api.overleggen.models import Agendapunt, Overleg, OverlegUitkomst
from api.problems import Problem, invalid_input
from api.security.audit import Access
from api.security.gate import Gate
from api.security.permit import Permit

SIGNAALOVERLEG = "signaaloverleg"
ICO = "ico"
# Outcomes only the signaaloverleg gives.
ONLY_SIGNAALOVERLEG = {"professioneel_oordeel", "aanmelden_pga"}


def category_of(soort: str) -> str:
    """A signaaloverleg's outcome is signal data; the other meetings decide about a case plan."""
    return "signaal" if soort == SIGNAALOVERLEG else "plan"


def _resource(gate: Gate, meeting: Overleg, jongere_id: str, provided_by: str | None) -> Any:
    category = category_of(meeting.soort)
    # The kind of meeting: a role whose task covers only some agendas reads it there alone.
    return {
        **youth_resource(gate.session, category, provided_by, jongere_id),
        "overleg": meeting.soort,
    }


def record(
    gate: Gate, meeting: Overleg, jongere_id: str, body: schemas.UitkomstNieuw
) -> schemas.Uitkomst:
    """`meeting`: one the caller takes part in (api.overleggen.service.participate)."""
    uitkomst = OverlegUitkomst(
        id=new_id(),
        overleg_id=meeting.id,
        jongere_id=jongere_id,
        soort=body.soort,
        bron_org=gate.principal.org,
        vastgelegd_door=gate.principal.client_id,
    )
    permit = gate.authorize(
        Access("create", "overleguitkomst", uitkomst.id, jongere_id),
        _resource(gate, meeting, jongere_id, gate.principal.org),
    )
    on_agenda = gate.session.scalar(
        select(Agendapunt.id).where(
            Agendapunt.overleg_id == meeting.id, Agendapunt.jongere_id == jongere_id
        )
    )
    if on_agenda is None:
        if gate.session.get(Jongere, jongere_id) is None:
            raise jongeren.not_found()
        raise Problem(
            404,
            "Niet gevonden",
            "Deze jongere staat niet op de agenda van dit overleg.",
            type_="niet-gevonden",
        )
    _check(body, meeting)
    if _outcome_of(gate, meeting.id, jongere_id) is not None:
        raise _already_decided()
    casus = _open_case(gate, jongere_id) if meeting.soort == ICO else None
    category = category_of(meeting.soort)
    gate.seal(uitkomst, "besluit", body.besluit, category)
    gate.seal(uitkomst, "afspraken", _agreements_json(body), category)
    try:
        with gate.session.begin_nested():
            gate.session.add(uitkomst)
    except IntegrityError:
        raise _already_decided() from None
    if body.soort == "professioneel_oordeel":
        uitkomst.professioneel_oordeel_id = _judgement(gate, meeting, jongere_id, body)
    if casus is not None:
        uitkomst.casus_id = casus.id
        uitkomst.planactie_ids = [
            casus_service.add_plan_item(gate, casus.id, _plan_item(agreement)).id
            for agreement in body.afspraken
        ]
    gate.session.flush()
    return present(permit, uitkomst, category)


def _check(body: schemas.UitkomstNieuw, meeting: Overleg) -> None:
    """What the body says against the kind of meeting: all errors at once, nothing stored."""
    invalid: list[dict[str, str]] = []
    if body.soort in ONLY_SIGNAALOVERLEG and meeting.soort != SIGNAALOVERLEG:
        invalid.append({"name": "soort", "reason": "alleen een signaaloverleg geeft deze uitkomst"})
    if body.soort == "professioneel_oordeel":
        if body.redenen is None:
            invalid.append({"name": "redenen", "reason": "een professioneel oordeel heeft redenen"})
        if len(meeting.deelnemers) < 2:
            invalid.append(
                {
                    "name": "soort",
                    "reason": "een professioneel oordeel geven ten minste twee deelnemers",
                }
            )
    elif body.redenen is not None:
        invalid.append({"name": "redenen", "reason": "alleen bij een professioneel oordeel"})
    if meeting.soort == ICO:
        invalid.extend(
            {
                "name": f"afspraken.{index}.domein",
                "reason": "een ico-afspraak wordt een planactie en heeft een domein",
            }
            for index, agreement in enumerate(body.afspraken)
            if agreement.domein is None
        )
    if invalid:
        raise invalid_input(invalid)


def _already_decided() -> Problem:
    return Problem(
        409,
        "Uitkomst staat al vast",
        "Dit agendapunt heeft al een uitkomst.",
        type_="uitkomst-bestaat-al",
    )


def _outcome_of(gate: Gate, meeting_id: str, jongere_id: str) -> OverlegUitkomst | None:
    return gate.session.scalars(
        select(OverlegUitkomst).where(
            OverlegUitkomst.overleg_id == meeting_id, OverlegUitkomst.jongere_id == jongere_id
        )
    ).first()


def _open_case(gate: Gate, jongere_id: str) -> Casus:
    casus = gate.session.scalars(
        select(Casus).where(
            Casus.jongere_id == jongere_id, Casus.status.in_(statussen.OPEN_STATUSSEN)
        )
    ).first()
    if casus is None:
        raise Problem(
            409,
            "Geen open casus",
            "Afspraken van een ico worden planacties van de casus; deze jongere heeft geen open "
            "PGA-casus.",
            type_="geen-open-casus",
        )
    return casus


def _agreements_json(body: schemas.UitkomstNieuw) -> str:
    return json.dumps(
        [agreement.model_dump(mode="json") for agreement in body.afspraken], ensure_ascii=False
    )


def _judgement(gate: Gate, meeting: Overleg, jongere_id: str, body: schemas.UitkomstNieuw) -> str:
    """The professional judgement, through its own path: given by the meeting's participants
    (whom the policy admitted to a signaaloverleg when the meeting was planned)."""
    participants = sorted(meeting.deelnemers)
    judgement = beoordeling.ProfessioneelOordeelNieuw(
        redenen=body.redenen or [], deelnemers=participants, overleg_id=meeting.id
    )
    return oordelen.record(gate, jongere_id, judgement, lambda: set(participants)).id


def _plan_item(agreement: schemas.AfspraakNieuw) -> casussen.PlanactieNieuw:
    if agreement.domein is None:  # _check refuses an ICO agreement without one
        raise ValueError("an ICO agreement without a domain passed the check")
    return casussen.PlanactieNieuw(
        domein=agreement.domein,
        omschrijving=agreement.omschrijving,
        eigenaar=agreement.eigenaar,
        deadline=agreement.datum,
    )


# --- reading, on the agenda -------------------------------------------------------------------


def on_agenda(gate: Gate, meeting: Overleg, jongere_id: str) -> schemas.Uitkomst | None:
    """The outcome of a youth on the agenda, if there is one and this participant may see it
    (decided on its own, and on record, like the youth's identity and signals)."""
    uitkomst = _outcome_of(gate, meeting.id, jongere_id)
    if uitkomst is None:
        return None
    permit = gate.authorize_item(
        Access("read", "overleguitkomst", uitkomst.id, jongere_id),
        _resource(gate, meeting, jongere_id, uitkomst.bron_org),
    )
    category = category_of(meeting.soort)
    if not isinstance(permit, Permit) or not permit.may_see(category):
        return None
    return present(permit, uitkomst, category)


def present(permit: Permit, uitkomst: OverlegUitkomst, category: str) -> schemas.Uitkomst:
    afspraken = json.loads(permit.reveal(uitkomst, "afspraken", category)[1])
    planacties = permit.reveal(uitkomst, "planactie_ids", category)[1] or []
    for agreement, item_id in zip(afspraken, planacties, strict=False):
        agreement["planactieId"] = item_id
    return schemas.Uitkomst(
        id=uitkomst.id,
        overleg_id=uitkomst.overleg_id,
        jongere_id=uitkomst.jongere_id,
        soort=permit.reveal(uitkomst, "soort", category)[1],
        besluit=permit.reveal(uitkomst, "besluit", category)[1],
        afspraken=[schemas.Afspraak.model_validate(agreement) for agreement in afspraken],
        professioneel_oordeel_id=permit.reveal(uitkomst, "professioneel_oordeel_id", category)[1],
        casus_id=permit.reveal(uitkomst, "casus_id", category)[1],
        vastgelegd_door=uitkomst.bron_org,
        geregistreerd_op=uitkomst.geregistreerd_op,
    )
