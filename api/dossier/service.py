"""A youth's whole file, across the slices: who is involved with them (like the Verwijsindex),
and merging two records of the same youth (and undoing it). Above the slices, so that the youth
slice they all build on imports none of them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from api.beoordeling import doelgroeptoets
from api.beoordeling.models import Antecedent, Factor, ProfessioneelOordeel
from api.casussen.models import Casus, Planactie
from api.db import new_id, utcnow
from api.jongeren import schemas
from api.jongeren.facts import case_facts
from api.jongeren.models import Jongere, Samenvoeging
from api.jongeren.service import not_found, resource
from api.maatregelen.models import Maatregel
from api.problems import Problem, invalid_input
from api.security.audit import Access
from api.security.gate import Gate
from api.signalen.models import Signaal


def involvement(
    gate: Gate, jongere_id: str, placemat: Callable[[], dict[str, Any]]
) -> schemas.Betrokkenen:
    """Who is involved with a youth, for those involved and the case director. What each knows
    stays with them; `sinds` is when the organisation first registered something about the
    youth (a system timestamp, not a date from the content)."""
    firsts = involved_since(gate.session, jongere_id)
    permit = gate.authorize(
        Access("read", "betrokkenheid", None, jongere_id),
        {
            "main_category": "signaal",
            "categories": ["signaal"],
            "provided_by": None,
            "involved": sorted(firsts),
            "jongere": case_facts(gate.session, jongere_id),
        },
    )
    hidden = set(permit.decision.hidden_involvement)
    organisations = placemat()
    items = []
    for org, since in sorted(firsts.items(), key=lambda item: (item[1], item[0])):
        if org in hidden:
            continue
        entry = organisations.get(org)
        items.append(
            schemas.Betrokkene(
                organisatie=org,
                naam=entry.naam if entry else org,
                sinds=since.date(),
                contact=entry.contact.model_dump() if entry else {},
            )
        )
    return schemas.Betrokkenen(items=items)


def involved_since(session: Session, jongere_id: str) -> dict[str, datetime]:
    """Each organisation that registered something about the youth (a signal, a factor, an
    antecedent, a measure, a case, an item of a case's plan), with the first time it did."""
    sources = [
        (Signaal.bron_org, Signaal.geregistreerd_op, Signaal.jongere_id),
        (Factor.bron_org, Factor.geregistreerd_op, Factor.jongere_id),
        (Antecedent.bron_org, Antecedent.geregistreerd_op, Antecedent.jongere_id),
        (
            ProfessioneelOordeel.bron_org,
            ProfessioneelOordeel.geregistreerd_op,
            ProfessioneelOordeel.jongere_id,
        ),
        (Maatregel.opgelegd_door, Maatregel.geregistreerd_op, Maatregel.jongere_id),
        (Casus.geopend_door, Casus.geopend_op, Casus.jongere_id),
    ]
    firsts: dict[str, datetime] = {}
    for org, when, youth in sources:
        query = select(org, func.min(when)).where(youth == jongere_id).group_by(org)
        for name, first in session.execute(query).all():
            firsts[name] = min(first, firsts.get(name, first))
    plan_owners = (
        select(Planactie.eigenaar, func.min(Planactie.aangemaakt_op))
        .join(Casus, Casus.id == Planactie.casus_id)
        .where(Casus.jongere_id == jongere_id)
        .group_by(Planactie.eigenaar)
    )
    for name, first in session.execute(plan_owners).all():
        firsts[name] = min(first, firsts.get(name, first))
    return firsts


# Merging touches both records' identity and moves the signals of one to the other.
MERGE_CATEGORIES = ["identiteit", "signaal"]


def _merge_resource(gate: Gate, jongere: Jongere | None, jongere_id: str) -> dict[str, Any]:
    return {
        **resource(gate, jongere, jongere_id),
        "categories": MERGE_CATEGORIES,
        "provided_by": jongere.geregistreerd_door if jongere else None,
    }


def merge(gate: Gate, doel_id: str, bron_id: str) -> schemas.Samenvoeging:
    if doel_id == bron_id:
        raise invalid_input([{"name": "bronJongereId", "reason": "gelijk aan de doeljongere"}])
    doel = gate.session.get(Jongere, doel_id)
    bron = gate.session.get(Jongere, bron_id)
    merge_id = new_id()
    gate.authorize(
        Access("update", "jongere", doel_id, doel_id), _merge_resource(gate, doel, doel_id)
    )
    gate.authorize(
        Access("update", "jongere", bron_id, bron_id), _merge_resource(gate, bron, bron_id)
    )
    if doel is None:
        raise not_found()
    if bron is None:
        # Named apart from the path's youth: the record that is there is not the one missing.
        raise Problem(
            404,
            "Niet gevonden",
            "Er is geen op te heffen jongere met dit id (bronJongereId).",
            type_="niet-gevonden",
        )
    if doel.samengevoegd_in or bron.samengevoegd_in:
        raise _conflict("Een van beide records is al samengevoegd in een ander.")
    if bron.bsn_index is not None:
        raise _conflict(
            "Het op te heffen record heeft een BSN; voeg het andere record daarin samen."
        )
    if gate.session.scalars(
        select(Samenvoeging.id).where(
            Samenvoeging.doel_id == bron_id, Samenvoeging.teruggedraaid_op.is_(None)
        )
    ).first():
        raise _conflict("In het op te heffen record zijn al andere records samengevoegd.")
    if _holds_more_than_signals(gate, bron_id):
        # Only signals are moved (and moved back on reversal); anything else would have to be
        # re-registered on the remaining record first.
        raise _conflict(
            "Het op te heffen record heeft factoren, antecedenten, professionele oordelen, "
            "maatregelen of een casus; "
            "alleen records met enkel signalen worden samengevoegd."
        )
    # Claim the record with a conditional update: of two concurrent merges, one wins.
    claimed = gate.session.execute(
        update(Jongere)
        .where(Jongere.id == bron_id, Jongere.samengevoegd_in.is_(None))
        .values(samengevoegd_in=doel_id)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        raise _conflict("Het op te heffen record werd zojuist al samengevoegd.")
    moved = list(
        gate.session.scalars(select(Signaal.id).where(Signaal.jongere_id == bron_id)).all()
    )
    if moved:
        gate.session.execute(
            update(Signaal).where(Signaal.id.in_(moved)).values(jongere_id=doel_id)
        )
    gate.session.expire(bron)
    record = Samenvoeging(
        id=merge_id,
        doel_id=doel_id,
        bron_id=bron_id,
        verplaatste_signalen=moved,
        door_org=gate.principal.org,
    )
    gate.session.add(record)
    gate.session.flush()
    doelgroeptoets.schedule(gate, doel_id, "samenvoeging")
    return _shown_merge(record)


def _holds_more_than_signals(gate: Gate, jongere_id: str) -> bool:
    held = (Factor, Antecedent, ProfessioneelOordeel, Maatregel, Casus)
    return any(
        gate.session.scalars(select(model.id).where(model.jongere_id == jongere_id)).first()
        for model in held
    )


def reverse_merge(gate: Gate, merge_id: str) -> schemas.Samenvoeging:
    record = gate.session.get(Samenvoeging, merge_id)
    targets = (record.doel_id, record.bron_id) if record else (None, None)
    for jongere_id in targets:
        jongere = gate.session.get(Jongere, jongere_id) if jongere_id else None
        gate.authorize(
            Access("update", "jongere", jongere_id, jongere_id),
            _merge_resource(gate, jongere, jongere_id or ""),
        )
    if record is None:
        raise Problem(
            404, "Niet gevonden", "Er is geen samenvoeging met dit id.", type_="niet-gevonden"
        )
    # Claim the reversal with a conditional update: of two concurrent reversals, one wins.
    now = utcnow()
    claimed = gate.session.execute(
        update(Samenvoeging)
        .where(Samenvoeging.id == merge_id, Samenvoeging.teruggedraaid_op.is_(None))
        .values(teruggedraaid_op=now)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        raise _conflict("Deze samenvoeging is al teruggedraaid.")
    if record.verplaatste_signalen:
        # Only signals still where the merge put them go back.
        gate.session.execute(
            update(Signaal)
            .where(
                Signaal.id.in_(record.verplaatste_signalen),
                Signaal.jongere_id == record.doel_id,
            )
            .values(jongere_id=record.bron_id)
            .execution_options(synchronize_session=False)
        )
    gate.session.execute(
        update(Jongere)
        .where(Jongere.id == record.bron_id)
        .values(samengevoegd_in=None)
        .execution_options(synchronize_session=False)
    )
    gate.session.expire_all()
    gate.session.flush()
    for jongere_id in (record.doel_id, record.bron_id):
        doelgroeptoets.schedule(gate, jongere_id, "samenvoeging teruggedraaid")
    refreshed = gate.session.get(Samenvoeging, merge_id)
    assert refreshed is not None
    return _shown_merge(refreshed)


def _conflict(detail: str) -> Problem:
    return Problem(409, "Samenvoegen kan niet", detail, type_="samenvoegen-kan-niet")


def _shown_merge(record: Samenvoeging) -> schemas.Samenvoeging:
    return schemas.Samenvoeging(
        id=record.id,
        doel_jongere_id=record.doel_id,
        bron_jongere_id=record.bron_id,
        verplaatste_signalen=len(record.verplaatste_signalen),
        samengevoegd_op=record.samengevoegd_op,
        teruggedraaid_op=record.teruggedraaid_op,
    )
