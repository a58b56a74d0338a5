"""PGA cases: opened from a doelgroeptoets by the case director, run through the status flow,
with a plan of action, a social perspective plan and escalations to the ZVH and the RIEC.

A case's status and open escalations are the facts that switch the pga, zvh and riec covenants
on for its youth (api.jongeren.service.case_facts); every change here changes what partners may
see, so each goes through the gate like any other write.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError

from api.beoordeling import doelgroeptoets
from api.casussen import perspectief, schemas, statussen, taken
from api.casussen.models import (
    Casus,
    Opschaling,
    Perspectiefplan,
    Planactie,
    RiecMelding,
    Statuswijziging,
)
from api.casussen.presentation import present, present_item, reason_category
from api.db import new_id, utcnow
from api.jongeren import service as jongeren
from api.jongeren.facts import Facts, case_facts, case_facts_none
from api.jongeren.models import Jongere
from api.pagination import paginate
from api.problems import Problem, invalid_input
from api.security import clients
from api.security.audit import Access
from api.security.gate import Gate
from api.security.permit import Permit

PLAN = ["plan"]
CASUSREGIE = "casusregie"
PROCESREGIE = "procesregie"


def _resource(
    gate: Gate,
    jongere_id: str | None,
    provided_by: str | None,
    facts: Facts | None = None,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "main_category": "plan",
        "categories": PLAN,
        "provided_by": provided_by,
        "provided_categories": PLAN,
        "jongere": facts if facts is not None else case_facts(gate.session, jongere_id),
        **extra,
    }


def facts_of_case(gate: Gate, casus: Casus | None) -> Facts:
    """The facts of this case (not of the youth's other cases): a closed case stays closed to
    the covenants even when the same youth has a new one, except for its RIEC-melding: that
    stays open until the RIEC answers it. Its director (`regisseur`) holds for a closed case
    too: the history stays its director's. Its coach only while it is open."""
    if casus is None:
        return case_facts_none()
    open_ = casus.status in statussen.OPEN_STATUSSEN
    return {
        "pga_actief": open_,
        "opgeschaald_zvh": casus.status == statussen.OPGESCHAALD_ZVH,
        "riec_melding": _open_escalation(gate, casus.id, "riec") is not None,
        "regisseur": casus.casusregisseur_id,
        "coach": _coach_of(gate, casus.id) if open_ else None,
    }


def _coach_of(gate: Gate, casus_id: str) -> str | None:
    return gate.session.scalars(
        select(Perspectiefplan.coach_organisatie).where(Perspectiefplan.casus_id == casus_id)
    ).first()


def not_found() -> Problem:
    return Problem(404, "Niet gevonden", "Er is geen casus met dit id.", type_="niet-gevonden")


def _conflict(title: str, detail: str, **extra: Any) -> Problem:
    return Problem(409, title, detail, type_="casus-conflict", extra=extra or None)


# --- opening and reading ------------------------------------------------------------------------


def open_case(gate: Gate, body: schemas.CasusNieuw) -> schemas.Casus:
    casus_id = new_id()
    permit = gate.authorize(
        Access("create", "casus", casus_id, body.jongere_id),
        _resource(gate, body.jongere_id, gate.principal.org),
    )
    if gate.session.get(Jongere, body.jongere_id) is None:
        raise jongeren.not_found()
    running = gate.session.scalars(
        select(Casus).where(
            Casus.jongere_id == body.jongere_id, Casus.status.in_(statussen.OPEN_STATUSSEN)
        )
    ).first()
    if running is not None:
        raise Problem(
            409,
            "Casus loopt al",
            "Deze jongere heeft al een open PGA-casus.",
            type_="casus-conflict",
            headers={"Location": f"/v1/casussen/{running.id}"},
            extra={"casusId": running.id},
        )
    # Assessed again now: the youth may have turned 22, or an input may have changed since.
    doelgroeptoets.recompute(gate, body.jongere_id, "casus openen")
    toets = doelgroeptoets.latest(gate, body.jongere_id)
    if toets is None or toets.uitkomst != "criminele_aanwas":
        raise _conflict(
            "Geen doelgroep",
            "Een PGA-casus wordt geopend vanuit een doelgroeptoets met uitkomst "
            "criminele_aanwas; de laatste doelgroeptoets van deze jongere is dat niet.",
        )
    casus = Casus(
        id=casus_id,
        jongere_id=body.jongere_id,
        status=statussen.AANGEMELD,
        casusregisseur_naam=body.casusregisseur.naam,
        casusregisseur_email=body.casusregisseur.email,
        # The director is whoever opens the case (not a name in the body): only it changes it.
        casusregisseur_id=gate.principal.identity,
        regie=CASUSREGIE,
        doelgroeptoets_id=toets.id,
        geopend_door=gate.principal.org,
    )
    try:
        with gate.session.begin_nested():
            gate.session.add(casus)
    except IntegrityError:
        raise Problem(
            409,
            "Casus loopt al",
            "Voor deze jongere werd zojuist een casus geopend; lees die.",
            type_="casus-conflict",
        ) from None
    _log_step(gate, casus, None, statussen.AANGEMELD, body.reden)
    return present(gate, permit, casus)


def _load(
    gate: Gate, casus_id: str, action: str, resource_type: str = "casus", **extra: Any
) -> tuple[Casus, Permit]:
    """The case and the permit for an action on it (decided with its youth's case facts)."""
    casus = gate.session.get(Casus, casus_id)
    jongere_id = casus.jongere_id if casus else None
    permit = gate.authorize(
        Access(action, resource_type, casus_id, jongere_id),
        _resource(
            gate,
            jongere_id,
            casus.geopend_door if casus else None,
            facts_of_case(gate, casus),
            **extra,
        ),
    )
    if casus is None:
        raise not_found()
    return casus, permit


def _open_for_changes(casus: Casus) -> None:
    """A closed case is history: its municipality still reads it, nobody changes it."""
    if casus.status == statussen.AFGESLOTEN:
        raise _conflict(
            "Casus afgesloten",
            "Een afgesloten casus wordt niet meer gewijzigd; open zo nodig een nieuwe casus.",
            huidigeStatus=casus.status,
            toegestaneOvergangen=[],
        )


# A case as read shows its tasks, whose kind is police data (api/casussen/taken.py), and the
# measures that serve it (administrative: maatregel; prosecution: justitie).
WITH_TASKS = [*PLAN, "politie"]
# ...and the reason of its RIEC-melding, which is what was signalled to the RIEC (`signaal`),
# and which measures serve it (`maatregel`, `justitie`).
AS_READ = [*WITH_TASKS, "signaal", "maatregel", "justitie"]


def read(gate: Gate, casus_id: str) -> schemas.Casus:
    casus, permit = _load(gate, casus_id, "read", categories=AS_READ)
    return present(gate, permit, casus)


def list_cases(
    gate: Gate, jongere_id: str | None, status: str | None, page: int, size: int
) -> schemas.CasusLijst:
    """One decision per list. For one youth, with that youth's case facts (a pga partner sees
    its open case); across youths, the case director sees the cases its municipality opened."""
    permit = gate.authorize(
        Access("list", "casus", None, jongere_id), _resource(gate, jongere_id, None)
    )
    query = select(Casus)
    if permit.only_provided_by is not None:
        query = query.where(Casus.geopend_door == permit.only_provided_by)
    elif jongere_id is None:
        # A covenant decided on a youth without a case; it says nothing about other youths.
        query = query.where(Casus.id.is_(None))
    else:
        # Under a covenant: the youth's open case, never the closed ones before it (except the
        # cases the caller's own organisation opened: those it always sees).
        query = query.where(
            or_(
                Casus.status.in_(statussen.OPEN_STATUSSEN),
                Casus.geopend_door == gate.principal.org,
            )
        )
    if jongere_id is not None:
        query = query.where(Casus.jongere_id == jongere_id)
    if status is not None:
        query = query.where(Casus.status == status)
    rows, total = paginate(
        gate.session, query, Casus.geopend_op.desc(), Casus.id, page=page, size=size
    )
    return schemas.CasusLijst(
        items=[present(gate, permit, row, details=False) for row in rows],
        pagina=page,
        pagina_grootte=size,
        totaal=total,
    )


def reassign(gate: Gate, casus_id: str, body: schemas.CasusWijziging) -> schemas.Casus:
    """Hands the case to another director: only its director does (the policy decides, like
    any change of the case), and the new one must be a casusregisseur of the municipality."""
    casus, permit = _load(gate, casus_id, "update")
    _open_for_changes(casus)
    new = clients.find_client(gate.session, body.casusregisseur.id)
    if new is None or not new.active or new.org != "gemeente" or "casusregisseur" not in new.roles:
        raise invalid_input(
            [{"name": "casusregisseur.id", "reason": "geen actieve casusregisseur van de gemeente"}]
        )
    casus.casusregisseur_id = new.client_id
    casus.casusregisseur_naam = body.casusregisseur.naam
    casus.casusregisseur_email = body.casusregisseur.email
    casus.gewijzigd_op = utcnow()
    gate.session.flush()
    # Who directed the case when is part of its history: a step that keeps the status.
    naam = body.casusregisseur.naam
    _log_step(gate, casus, casus.status, casus.status, f"Overgedragen aan casusregisseur {naam}.")
    return present(gate, permit, casus)


# --- the status flow ----------------------------------------------------------------------------


def change_status(gate: Gate, casus_id: str, body: schemas.StatuswijzigingNieuw) -> schemas.Casus:
    casus, permit = _load(gate, casus_id, "update")
    _transition(gate, casus, body.status, body.reden)
    return present(gate, permit, casus)


def _transition(gate: Gate, casus: Casus, naar: str, reden: str) -> None:
    van = casus.status
    if not statussen.allowed(van, naar):
        allowed = list(statussen.OVERGANGEN[van])
        raise _conflict(
            "Statusovergang niet toegestaan",
            f"Van {van} kan een casus alleen naar: {', '.join(allowed) or 'geen andere status'}.",
            huidigeStatus=van,
            toegestaneOvergangen=allowed,
        )
    # Conditional on the status we read: of two concurrent changes, one wins, one gets a 409.
    # Escalated to the ZVH the case is in procesregie; back (or closed), in casusregie again.
    regie = PROCESREGIE if naar == statussen.OPGESCHAALD_ZVH else CASUSREGIE
    moved = gate.session.execute(
        update(Casus)
        .where(Casus.id == casus.id, Casus.status == van)
        .values(status=naar, regie=regie, gewijzigd_op=utcnow())
        .execution_options(synchronize_session=False)
    )
    if moved.rowcount != 1:  # type: ignore[attr-defined]
        raise _conflict(
            "Gelijktijdig gewijzigd", "De casus is zojuist gewijzigd; lees hem opnieuw."
        )
    gate.session.refresh(casus)
    _log_step(gate, casus, van, naar, reden)
    if naar == statussen.OPGESCHAALD_ZVH:
        _start_escalation(gate, casus, "zvh", reden)
    elif van == statussen.OPGESCHAALD_ZVH:
        # Back to actief, or closed: the escalation to the ZVH ends. A RIEC-melding does not end
        # with the case: it stays open (and the riec covenant with it) until the RIEC answers.
        _end_escalations(gate, casus, reden, soort="zvh")


def _log_step(gate: Gate, casus: Casus, van: str | None, naar: str, reden: str) -> None:
    step = Statuswijziging(
        id=new_id(),
        casus_id=casus.id,
        van_status=van,
        naar_status=naar,
        regie=casus.regie,
        door_org=gate.principal.org,
    )
    gate.seal(step, "reden", reden)
    gate.session.add(step)
    gate.session.flush()


# --- escalation ---------------------------------------------------------------------------------


def escalate(gate: Gate, casus_id: str, body: schemas.OpschalingNieuw) -> schemas.Casus:
    # The reason of a RIEC-melding is what is signalled to the RIEC (see reason_category).
    written = [*PLAN, reason_category(body.soort)] if body.soort == "riec" else PLAN
    casus, permit = _load(gate, casus_id, "create", "opschaling", categories=written)
    if body.soort == "zvh":
        _transition(gate, casus, statussen.OPGESCHAALD_ZVH, body.reden)
    else:
        _open_for_changes(casus)
        if _open_escalation(gate, casus.id, "riec") is not None:
            raise _conflict("Al gemeld", "Deze casus heeft al een lopende RIEC-melding.")
        _start_escalation(gate, casus, "riec", body.reden)
    return present(gate, permit, casus)


def deescalate(
    gate: Gate, casus_id: str, opschaling_id: str, body: schemas.Afschaling
) -> schemas.Casus:
    casus, permit = _load(gate, casus_id, "update", "opschaling")
    _open_for_changes(casus)
    escalation = gate.session.get(Opschaling, opschaling_id)
    if escalation is None or escalation.casus_id != casus.id:
        raise Problem(
            404,
            "Niet gevonden",
            "Deze casus heeft geen opschaling met dit id.",
            type_="niet-gevonden",
        )
    if escalation.beeindigd_op is not None:
        raise _conflict("Al afgeschaald", "Deze opschaling is al beeindigd.")
    if escalation.soort == "zvh":
        _transition(gate, casus, statussen.ACTIEF, body.reden)
    else:
        _end(gate, escalation, body.reden)
    return present(gate, permit, casus)


def _open_escalation(gate: Gate, casus_id: str, soort: str) -> Opschaling | None:
    return gate.session.scalars(
        select(Opschaling).where(
            Opschaling.casus_id == casus_id,
            Opschaling.soort == soort,
            Opschaling.beeindigd_op.is_(None),
        )
    ).first()


def _start_escalation(gate: Gate, casus: Casus, soort: str, reden: str) -> None:
    escalation = Opschaling(
        id=new_id(), casus_id=casus.id, soort=soort, gestart_door=gate.principal.org
    )
    gate.seal(escalation, "reden", reden, reason_category(soort))
    gate.session.add(escalation)
    gate.session.flush()
    if soort == "riec":
        # Its questions and, later, the RIEC's answer (api/casussen/riec.py).
        melding = RiecMelding(id=escalation.id, casus_id=casus.id, jongere_id=casus.jongere_id)
        gate.session.add(melding)
        gate.session.flush()


def _end_escalations(gate: Gate, casus: Casus, reden: str, soort: str) -> None:
    query = select(Opschaling).where(
        Opschaling.casus_id == casus.id,
        Opschaling.beeindigd_op.is_(None),
        Opschaling.soort == soort,
    )
    for escalation in gate.session.scalars(query).all():
        _end(gate, escalation, reden)


def _end(gate: Gate, escalation: Opschaling, reden: str) -> None:
    escalation.beeindigd_op = utcnow()
    gate.seal(escalation, "beeindigings_reden", reden)
    gate.session.flush()


def close_task(
    gate: Gate, casus_id: str, taak_id: str, body: schemas.CasusTaakAfhandeling
) -> schemas.CasusTaak:
    casus, permit = _load(gate, casus_id, "update", "casustaak", categories=WITH_TASKS)
    _open_for_changes(casus)
    return taken.close(gate, permit, casus, taak_id, body.reden)


# --- plan of action and perspective plan --------------------------------------------------------


def add_plan_item(gate: Gate, casus_id: str, body: schemas.PlanactieNieuw) -> schemas.Planactie:
    casus, permit = _load(gate, casus_id, "create", "planactie", eigenaar=body.eigenaar)
    _open_for_changes(casus)
    item = Planactie(
        id=new_id(),
        casus_id=casus.id,
        domein=body.domein,
        eigenaar=body.eigenaar,
        deadline=body.deadline,
        status="open",
    )
    gate.seal(item, "omschrijving", body.omschrijving)
    gate.session.add(item)
    gate.session.flush()
    return present_item(permit, item)


def update_plan_item(
    gate: Gate, casus_id: str, item_id: str, body: schemas.PlanactieWijziging
) -> schemas.Planactie:
    item = gate.session.get(Planactie, item_id)
    owner = item.eigenaar if item and item.casus_id == casus_id else None
    casus, permit = _load(gate, casus_id, "update", "planactie", eigenaar=owner)
    _open_for_changes(casus)
    if item is None or item.casus_id != casus.id:
        raise Problem(
            404,
            "Niet gevonden",
            "Deze casus heeft geen planactie met dit id.",
            type_="niet-gevonden",
        )
    item.status = body.status
    item.gewijzigd_op = utcnow()
    gate.session.flush()
    return present_item(permit, item)


def put_perspective(
    gate: Gate, casus_id: str, body: schemas.PerspectiefplanInhoud
) -> schemas.Perspectiefplan:
    casus, permit = _load(gate, casus_id, "update", "perspectiefplan")
    _open_for_changes(casus)
    return perspectief.write(gate, permit, casus, body)
