"""The RIEC consultation (DOMAIN.md, "RIEC consultation"): a RIEC-melding (an escalation of a
case, api/casussen/service.py) carries its reason and two questions to team ondermijning and the
RIEC; the RIEC answers it once. It outlives the case's closure until answered, and the riec
covenant with it: the youth's case fact `riec_melding` holds while it is open (unanswered, not
withdrawn). The answer ends it.

Who reads a melding (team ondermijning: the police's system; the RIEC) and who answers it (the
RIEC) is policy (`lezers` and `schrijvers` in policies/referentie/data.json). The question is
asked about the melding itself: for it the condition `riec_melding` holds (it is the melding the
riec covenant speaks of), also once it is answered, so that its readers read the answer."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from api.casussen import riec_schemas as schemas
from api.casussen.models import Casus, Opschaling, RiecMelding
from api.casussen.presentation import reason_category
from api.casussen.service import facts_of_case
from api.db import utcnow
from api.jongeren.facts import Facts, case_facts_none
from api.pagination import paginate
from api.problems import Problem
from api.security.audit import Access
from api.security.gate import Gate
from api.security.permit import Permit

MELDING = "riec_melding"
ANTWOORD = "riec_antwoord"
# What a melding holds: its reason (signaal), financial details (financieel), the answer (politie).
AS_READ = ["signaal", "financieel", "politie"]
# What the organisation that made the melding supplied in it and keeps as its own: the reason.
# Not the financial details (the police add them too): they exist only under the riec covenant.
SUPPLIED = ["signaal"]
OPEN, BEANTWOORD, INGETROKKEN = "open", "beantwoord", "ingetrokken"


def not_found() -> Problem:
    return Problem(
        404, "Niet gevonden", "Er is geen RIEC-melding met dit id.", type_="niet-gevonden"
    )


def _conflict(title: str, detail: str) -> Problem:
    return Problem(409, title, detail, type_="riec-melding-conflict")


def _facts(gate: Gate, casus: Casus | None) -> Facts:
    """The facts of the melding's case, with the melding itself as the riec condition."""
    facts = facts_of_case(gate, casus) if casus is not None else case_facts_none()
    facts["riec_melding"] = True
    return facts


def _resource(categories: list[str], facts: Facts, provided_by: str | None) -> dict[str, Any]:
    return {
        "main_category": categories[0],
        "categories": categories,
        "provided_by": provided_by,
        "provided_categories": SUPPLIED,
        "jongere": facts,
    }


def _load(
    gate: Gate, melding_id: str, action: str, resource_type: str, categories: list[str]
) -> tuple[RiecMelding, Opschaling, Permit]:
    melding = gate.session.get(RiecMelding, melding_id)
    escalation = gate.session.get(Opschaling, melding_id) if melding else None
    casus = gate.session.get(Casus, melding.casus_id) if melding else None
    permit = gate.authorize(
        Access(action, resource_type, melding_id, melding.jongere_id if melding else None),
        _resource(categories, _facts(gate, casus), escalation.gestart_door if escalation else None),
    )
    if melding is None or escalation is None:
        raise not_found()
    return melding, escalation, permit


def status_of(melding: RiecMelding, escalation: Opschaling) -> str:
    if melding.beantwoord_op is not None:
        return BEANTWOORD
    return INGETROKKEN if escalation.beeindigd_op is not None else OPEN


def present(permit: Permit, melding: RiecMelding, escalation: Opschaling) -> schemas.RiecMelding:
    youth = melding.jongere_id
    antwoord = None
    if melding.beantwoord_op is not None and permit.may_see("politie"):
        answer = {
            column: permit.reveal(melding, column)[1]
            for column in ("bekend", "riec_casus_gestart", "toelichting")
        }
        antwoord = schemas.RiecAntwoord(
            beantwoord_door=melding.beantwoord_door or "",
            beantwoord_op=melding.beantwoord_op,
            **answer,
        )
    return schemas.RiecMelding(
        id=melding.id,
        casus_id=melding.casus_id,
        jongere_id=youth,
        status=status_of(melding, escalation),
        reden=permit.reveal(escalation, "reden", reason_category("riec"), youth)[1],
        vragen=schemas.VRAGEN,
        vermogen_jongere=permit.reveal(melding, "vermogen_jongere")[1],
        vermogen_ouders=permit.reveal(melding, "vermogen_ouders")[1],
        gemeld_door=escalation.gestart_door,
        gemeld_op=escalation.gestart_op,
        antwoord=antwoord,
    )


def read(gate: Gate, melding_id: str) -> schemas.RiecMelding:
    melding, escalation, permit = _load(gate, melding_id, "read", MELDING, AS_READ)
    return present(permit, melding, escalation)


def list_meldingen(
    gate: Gate, status: str | None, page: int, size: int
) -> schemas.RiecMeldingLijst:
    """One decision per list: the question is about RIEC-meldingen as such (each row is one)."""
    permit = gate.authorize(
        Access("list", MELDING, None, None), _resource(AS_READ, _facts(gate, None), None)
    )
    query = select(RiecMelding).join(Opschaling, Opschaling.id == RiecMelding.id)
    if permit.only_provided_by is not None:
        query = query.where(Opschaling.gestart_door == permit.only_provided_by)
    if status == BEANTWOORD:
        query = query.where(RiecMelding.beantwoord_op.is_not(None))
    elif status == OPEN:
        query = query.where(RiecMelding.beantwoord_op.is_(None), Opschaling.beeindigd_op.is_(None))
    elif status == INGETROKKEN:
        query = query.where(
            RiecMelding.beantwoord_op.is_(None), Opschaling.beeindigd_op.is_not(None)
        )
    rows, total = paginate(
        gate.session,
        query,
        Opschaling.gestart_op.desc(),
        RiecMelding.id,
        page=page,
        size=size,
    )
    escalations = {
        e.id: e
        for e in gate.session.scalars(
            select(Opschaling).where(Opschaling.id.in_([row.id for row in rows]))
        )
    }
    return schemas.RiecMeldingLijst(
        items=[present(permit, row, escalations[row.id]) for row in rows],
        pagina=page,
        pagina_grootte=size,
        totaal=total,
    )


def _still_open(melding: RiecMelding, escalation: Opschaling) -> None:
    status = status_of(melding, escalation)
    if status == BEANTWOORD:
        raise _conflict("Al beantwoord", "Deze RIEC-melding is al beantwoord.")
    if status == INGETROKKEN:
        raise _conflict("Ingetrokken", "Deze RIEC-melding is ingetrokken voor er een antwoord was.")


def record_vermogen(gate: Gate, melding_id: str, body: schemas.RiecVermogen) -> schemas.RiecMelding:
    """The melding's financial details, by who made it or the police, while it is open."""
    melding, escalation, permit = _load(gate, melding_id, "update", MELDING, ["financieel"])
    _still_open(melding, escalation)
    for column in body.model_fields_set:
        gate.seal(melding, column, getattr(body, column))
    gate.session.flush()
    return present(permit, melding, escalation)


def answer(gate: Gate, melding_id: str, body: schemas.RiecAntwoordNieuw) -> schemas.RiecMelding:
    """The RIEC's answer; it ends the melding (and what the riec covenant gives because of it)."""
    melding, escalation, permit = _load(gate, melding_id, "create", ANTWOORD, ["politie"])
    _still_open(melding, escalation)
    now = utcnow()
    # Conditional on no answer yet: of two simultaneous answers, one wins, one gets a 409.
    answered = gate.session.execute(
        update(RiecMelding)
        .where(RiecMelding.id == melding.id, RiecMelding.beantwoord_op.is_(None))
        .values(
            bekend=body.bekend,
            riec_casus_gestart=body.riec_casus_gestart,
            beantwoord_door=gate.principal.org,
            beantwoord_op=now,
        )
        .execution_options(synchronize_session=False)
    )
    if answered.rowcount != 1:  # type: ignore[attr-defined]
        raise _conflict("Al beantwoord", "Deze RIEC-melding is zojuist beantwoord.")
    gate.session.refresh(melding)
    gate.seal(melding, "toelichting", body.toelichting)
    escalation.beeindigd_op = now
    gate.session.flush()
    return present(permit, melding, escalation)
