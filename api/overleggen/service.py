"""Meetings and their agendas: the same meeting shows each participant what its covenants allow.

The meeting itself (kind, date, participants) is for its participants under the purpose of its
kind; every youth on the agenda is then decided on its own, for identity and for signals, with
one policy call per distinct question and an audit record per youth.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from api.db import new_id
from api.jongeren import service as jongeren
from api.jongeren.facts import case_facts, case_facts_none
from api.jongeren.models import Jongere
from api.overleggen import schemas, uitkomsten
from api.overleggen.models import Agendapunt, Overleg
from api.problems import Problem
from api.security.audit import Access
from api.security.gate import Gate
from api.security.permit import Permit
from api.security.vernietigd import without_destroyed
from api.signalen import service as signalen
from api.signalen.models import Signaal


def _meeting(soort: str, deelnemers: list[str]) -> dict[str, Any]:
    return {
        "main_category": "signaal",
        "categories": [],
        "provided_by": None,
        "soort": soort,
        "deelnemers": sorted(set(deelnemers)),
        "jongere": case_facts_none(),
    }


def create(gate: Gate, body: schemas.OverlegNieuw) -> schemas.Overleg:
    meeting = Overleg(
        id=new_id(),
        soort=body.soort,
        datum=body.datum,
        deelnemers=sorted(set(body.deelnemers)),
        aangemaakt_door=gate.principal.org,
    )
    gate.authorize(Access("create", "overleg", meeting.id), _meeting(body.soort, body.deelnemers))
    gate.session.add(meeting)
    gate.session.flush()
    return _shown(meeting, [])


def participate(gate: Gate, meeting_id: str, action: str = "read") -> Overleg:
    meeting = gate.session.get(Overleg, meeting_id)
    gate.authorize(
        Access(action, "overleg", meeting_id),
        _meeting(meeting.soort, meeting.deelnemers) if meeting else _meeting("", []),
    )
    if meeting is None:
        raise Problem(404, "Niet gevonden", "Er is geen overleg met dit id.", type_="niet-gevonden")
    return meeting


def add_to_agenda(gate: Gate, meeting_id: str, jongere_id: str) -> schemas.Overleg:
    meeting = participate(gate, meeting_id)
    youth = gate.session.get(Jongere, jongere_id)
    # Putting a youth on the agenda shares who they are with the participants.
    gate.authorize(
        Access("create", "agendapunt", meeting_id, jongere_id),
        {**jongeren.resource(gate, youth, jongere_id), "provided_by": gate.principal.org},
    )
    if youth is None:
        raise jongeren.not_found()
    position = (
        gate.session.scalar(
            select(func.max(Agendapunt.volgorde)).where(Agendapunt.overleg_id == meeting_id)
        )
        or 0
    ) + 1
    try:
        with gate.session.begin_nested():
            gate.session.add(
                Agendapunt(
                    overleg_id=meeting_id,
                    jongere_id=jongere_id,
                    volgorde=position,
                    toegevoegd_door=gate.principal.org,
                )
            )
    except IntegrityError:
        raise Problem(
            409,
            "Staat al op de agenda",
            "Deze jongere staat al op de agenda.",
            type_="al-op-agenda",
        ) from None
    return _agenda(gate, meeting)


def read(gate: Gate, meeting_id: str) -> schemas.Overleg:
    return _agenda(gate, participate(gate, meeting_id))


def _agenda(gate: Gate, meeting: Overleg) -> schemas.Overleg:
    items = gate.session.scalars(
        select(Agendapunt)
        .where(Agendapunt.overleg_id == meeting.id, without_destroyed(Agendapunt.jongere_id))
        .order_by(Agendapunt.volgorde)
    ).all()
    return _shown(meeting, [_item(gate, meeting, item) for item in items])


def _item(gate: Gate, meeting: Overleg, item: Agendapunt) -> schemas.Agendapunt:
    youth = gate.session.get(Jongere, item.jongere_id)
    fields: dict[str, Any] = {}
    # The kind of meeting whose agenda is read: some roles' tasks cover a youth only on the
    # agenda of a given kind of meeting (a policy adviser sees who is on the signaaloverleg).
    on_agenda = {"overleg": meeting.soort}
    identity = gate.authorize_item(
        Access("read", "jongere", item.jongere_id, item.jongere_id),
        {**jongeren.resource(gate, youth, item.jongere_id), **on_agenda},
    )
    if isinstance(identity, Permit) and youth is not None:
        shown = jongeren.identity_fields(identity, youth)
        shown.pop("geboortedatum", None)
        fields.update(shown)
    signals = gate.authorize_item(
        Access("list", "signaal", None, item.jongere_id),
        {
            **signalen.resource(provided_by=None, facts=case_facts(gate.session, item.jongere_id)),
            **on_agenda,
        },
    )
    if isinstance(signals, Permit) and signals.may_see("signaal"):
        query = select(Signaal).where(Signaal.jongere_id == item.jongere_id)
        if signals.only_provided_by is not None:
            query = query.where(Signaal.bron_org == signals.only_provided_by)
        rows = gate.session.scalars(query.order_by(Signaal.waargenomen_op.desc())).all()
        fields["signalen"] = [
            schemas.AgendaSignaal(
                categorie=signals.reveal(row, "categorie")[1],
                waargenomen_op=signals.reveal(row, "waargenomen_op")[1],
                bron_organisatie=row.bron_org,
            )
            for row in rows
        ]
    outcome = uitkomsten.on_agenda(gate, meeting, item.jongere_id)
    if outcome is not None:
        fields["uitkomst"] = outcome
    return schemas.Agendapunt(volgorde=item.volgorde, jongere_id=item.jongere_id, **fields)


def _shown(meeting: Overleg, agenda: list[schemas.Agendapunt]) -> schemas.Overleg:
    return schemas.Overleg(
        id=meeting.id,
        soort=meeting.soort,
        datum=meeting.datum,
        deelnemers=meeting.deelnemers,
        aangemaakt_door=meeting.aangemaakt_door,
        agenda=agenda,
    )
