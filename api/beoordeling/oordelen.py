"""The signaaloverleg's professional judgement ("sterke vermoedens") about a youth.

The plan's target group includes youths "waarbij volgens professionals sterke vermoedens
bestaan"; the signals need not add up to two risk indicators. The case director records the
judgement for the signaaloverleg, with its reasons and the organisations that gave it; the
worker then assesses the youth again, and the judgement admits a youth of 12 to 21 with at most
two antecedents (api/beoordeling/doelgroeptoets.py). Risk data, shared under the group approach.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from api.beoordeling import doelgroeptoets, schemas
from api.beoordeling.models import ProfessioneelOordeel
from api.db import new_id
from api.jongeren import service as jongeren
from api.jongeren.facts import case_facts
from api.jongeren.models import Jongere
from api.overleggen.models import Agendapunt, Overleg
from api.problems import Problem, invalid_input
from api.security.audit import Access
from api.security.gate import Gate
from api.security.permit import Permit

MEETING = "signaaloverleg"


def record(
    gate: Gate,
    jongere_id: str,
    body: schemas.ProfessioneelOordeelNieuw,
    signaaloverleg: Callable[[], set[str]],
) -> schemas.ProfessioneelOordeel:
    """`signaaloverleg`: reads which organisations take part in one (policy data), asked only
    once the judgement is allowed."""
    oordeel = ProfessioneelOordeel(
        id=new_id(),
        jongere_id=jongere_id,
        deelnemers=sorted(set(body.deelnemers)),
        overleg_id=body.overleg_id,
        bron_org=gate.principal.org,
        vastgelegd_door=gate.principal.client_id,
    )
    permit = gate.authorize(
        Access("create", "professioneel_oordeel", oordeel.id, jongere_id),
        {
            "main_category": "risico",
            "categories": ["risico"],
            "provided_by": gate.principal.org,
            "provided_categories": ["risico"],
            "jongere": case_facts(gate.session, jongere_id),
        },
    )
    if gate.session.get(Jongere, jongere_id) is None:
        raise jongeren.not_found()
    _check_meeting(gate, jongere_id, body, signaaloverleg())
    gate.seal(oordeel, "redenen", json.dumps(body.redenen, ensure_ascii=False))
    gate.session.add(oordeel)
    gate.session.flush()
    doelgroeptoets.schedule(gate, jongere_id, "professioneel oordeel")
    return present(permit, oordeel)


def _check_meeting(
    gate: Gate, jongere_id: str, body: schemas.ProfessioneelOordeelNieuw, participants: set[str]
) -> None:
    """The judgement is the signaaloverleg's: given by its participants, and, when the meeting
    is named, by those of that meeting about a youth on its agenda."""
    invalid: list[dict[str, str]] = []
    allowed = participants
    if body.overleg_id is not None:
        meeting = gate.session.get(Overleg, body.overleg_id)
        if meeting is None:
            raise Problem(
                404, "Niet gevonden", "Er is geen overleg met dit id.", type_="niet-gevonden"
            )
        on_agenda = gate.session.scalar(
            select(Agendapunt.id).where(
                Agendapunt.overleg_id == meeting.id, Agendapunt.jongere_id == jongere_id
            )
        )
        if meeting.soort != MEETING:
            invalid.append({"name": "overlegId", "reason": "geen signaaloverleg"})
        else:
            if on_agenda is None:
                invalid.append(
                    {"name": "overlegId", "reason": "de jongere staat niet op de agenda"}
                )
            allowed = participants & set(meeting.deelnemers)
    strangers = sorted(set(body.deelnemers) - allowed)
    if strangers:
        invalid.append(
            {
                "name": "deelnemers",
                "reason": "geen deelnemer aan het signaaloverleg: " + ", ".join(strangers),
            }
        )
    if invalid:
        raise invalid_input(invalid)


def present(permit: Permit, oordeel: ProfessioneelOordeel) -> schemas.ProfessioneelOordeel:
    fields: dict[str, Any] = {}
    visible, redenen = permit.reveal(oordeel, "redenen")
    if visible:
        fields["redenen"] = json.loads(redenen)
    for column in ("deelnemers", "overleg_id"):
        visible, value = permit.reveal(oordeel, column)
        if visible:
            fields[column] = value
    return schemas.ProfessioneelOordeel(
        id=oordeel.id,
        jongere_id=oordeel.jongere_id,
        bron_organisatie=oordeel.bron_org,
        geregistreerd_op=oordeel.geregistreerd_op,
        **fields,
    )
