"""Youth groups for the group approach: a group, its members and the steps of the
zevenstappenmodel it reached, as each caller may see them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from api.db import new_id
from api.jeugdgroepen import schemas, stappen
from api.jeugdgroepen.models import Groepslid, Groepsstap, Jeugdgroep
from api.jeugdgroepen.zevenstappen import Stap, volgende
from api.jongeren import service as jongeren
from api.jongeren.facts import case_facts
from api.jongeren.models import Jongere
from api.pagination import paginate
from api.problems import Problem
from api.security.audit import Access
from api.security.gate import Gate
from api.security.permit import Permit
from api.security.vernietigd import without_destroyed


def _resource(gate: Gate, provided_by: str | None, jongere_id: str | None) -> dict[str, Any]:
    # Membership of a problematic group is a risk factor; members are shown by name.
    return {
        "main_category": "risico",
        "categories": ["risico", "identiteit"],
        "provided_by": provided_by,
        "jongere": case_facts(gate.session, jongere_id),
    }


def create(gate: Gate, body: schemas.JeugdgroepNieuw) -> schemas.Jeugdgroep:
    group = Jeugdgroep(id=new_id(), naam=body.naam, aangemaakt_door=gate.principal.org)
    permit = gate.authorize(
        Access("create", "jeugdgroep", group.id),
        {**_resource(gate, gate.principal.org, None), "categories": ["risico"]},
    )
    if body.omschrijving is not None:
        gate.seal(group, "omschrijving", body.omschrijving)
    gate.session.add(group)
    gate.session.flush()
    return present(permit, group, [], {}, steps=[])


def read(gate: Gate, group_id: str) -> schemas.Jeugdgroep:
    group = gate.session.get(Jeugdgroep, group_id)
    permit = gate.authorize(
        Access("read", "jeugdgroep", group_id),
        _resource(gate, group.aangemaakt_door if group else None, None),
    )
    if group is None:
        raise _not_found("jeugdgroep")
    members = list(
        gate.session.scalars(
            select(Groepslid)
            .where(Groepslid.jeugdgroep_id == group_id, without_destroyed(Groepslid.jongere_id))
            .order_by(Groepslid.toegevoegd_op, Groepslid.id)
        ).all()
    )
    ids = [m.jongere_id for m in members]
    youths = gate.session.scalars(select(Jongere).where(Jongere.id.in_(ids))).all() if ids else []
    steps = stappen.history(gate.session, group_id)
    return present(permit, group, members, {y.id: y for y in youths}, steps=steps)


def list_groups(gate: Gate, page: int, page_size: int) -> schemas.JeugdgroepLijst:
    permit = gate.authorize(Access("list", "jeugdgroep", None), _resource(gate, None, None))
    query = select(Jeugdgroep)
    if permit.only_provided_by is not None:
        query = query.where(Jeugdgroep.aangemaakt_door == permit.only_provided_by)
    groups, total = paginate(
        gate.session, query, Jeugdgroep.naam, Jeugdgroep.id, page=page, size=page_size
    )
    current = stappen.current_of(gate.session, (group.id for group in groups))
    return schemas.JeugdgroepLijst(
        items=[
            present(permit, group, None, {}, current_step=current.get(group.id)) for group in groups
        ],
        pagina=page,
        pagina_grootte=page_size,
        totaal=total,
    )


def add_member(gate: Gate, group_id: str, jongere_id: str) -> schemas.Jeugdgroep:
    group = gate.session.get(Jeugdgroep, group_id)
    youth = gate.session.get(Jongere, jongere_id)
    gate.authorize(
        Access("create", "groepslid", group_id, jongere_id),
        {**_resource(gate, gate.principal.org, jongere_id), "categories": ["risico"]},
    )
    if group is None or youth is None:
        raise _not_found("jeugdgroep of jongere")
    try:
        with gate.session.begin_nested():
            gate.session.add(
                Groepslid(
                    jeugdgroep_id=group_id,
                    jongere_id=jongere_id,
                    toegevoegd_door=gate.principal.org,
                )
            )
    except IntegrityError:
        raise Problem(
            409, "Al lid", "Deze jongere hoort al bij de groep.", type_="al-lid"
        ) from None
    return read(gate, group_id)


def remove_member(gate: Gate, group_id: str, jongere_id: str) -> None:
    member = gate.session.scalars(
        select(Groepslid).where(
            Groepslid.jeugdgroep_id == group_id, Groepslid.jongere_id == jongere_id
        )
    ).first()
    gate.authorize(
        Access("delete", "groepslid", group_id, jongere_id),
        {
            **_resource(gate, member.toegevoegd_door if member else None, jongere_id),
            "categories": ["risico"],
        },
    )
    if member is None:
        raise _not_found("lidmaatschap")
    gate.session.delete(member)
    gate.session.flush()


def record_step(gate: Gate, group_id: str, body: schemas.StapNieuw) -> schemas.Jeugdgroep:
    """Records that the group reached the next step of the model: asked of the gate first (a
    step's explanation is `risico`, shared under the groepsaanpak covenant), then checked
    against the steps on record; a step out of order stores nothing."""
    group = gate.session.get(Jeugdgroep, group_id)
    gate.authorize(
        Access("create", "groepsstap", group_id),
        {**_resource(gate, gate.principal.org, None), "categories": ["risico"]},
    )
    if group is None:
        raise _not_found("jeugdgroep")
    previous = stappen.current(gate.session, group_id)
    expected = volgende(Stap(previous.stap) if previous else None)
    if expected is None or body.stap is not expected:
        raise stappen.conflict(previous, expected)
    if previous is not None and body.datum < previous.datum:
        raise stappen.before_previous(previous)
    step = Groepsstap(
        id=new_id(),
        jeugdgroep_id=group_id,
        nummer=expected.nummer,
        stap=expected.value,
        datum=body.datum,
        vastgelegd_door=gate.principal.org,
    )
    if body.toelichting is not None:
        gate.seal(step, "toelichting", body.toelichting)
    try:
        # One row per step number: a concurrent recording of the same step loses here.
        with gate.session.begin_nested():
            gate.session.add(step)
            gate.session.flush()
    except IntegrityError:
        now = stappen.current(gate.session, group_id)
        raise stappen.conflict(now, volgende(Stap(now.stap) if now else None)) from None
    return read(gate, group_id)


def present(
    permit: Permit,
    group: Jeugdgroep,
    members: list[Groepslid] | None,
    youths: dict[str, Jongere],
    *,
    steps: list[Groepsstap] | None = None,
    current_step: Groepsstap | None = None,
) -> schemas.Jeugdgroep:
    """A group as the permit shows it: with its members when given, with its steps (the
    history when given, else the current step)."""
    fields: dict[str, Any] = stappen.fields(permit, steps, current_step)
    visible, text = permit.reveal(group, "omschrijving")
    if visible and text is not None:
        fields["omschrijving"] = text
    if members is not None and permit.may_see("risico"):
        fields["leden"] = [_member(permit, m, youths.get(m.jongere_id)) for m in members]
    return schemas.Jeugdgroep(
        id=group.id,
        naam=group.naam,
        aangemaakt_door=group.aangemaakt_door,
        aangemaakt_op=group.aangemaakt_op,
        **fields,
    )


def _member(permit: Permit, member: Groepslid, youth: Jongere | None) -> schemas.Lid:
    identity = jongeren.identity_fields(permit, youth) if youth is not None else {}
    identity.pop("geboortedatum", None)  # a name is enough to know whom the group is about
    return schemas.Lid(
        jongere_id=member.jongere_id,
        toegevoegd_door=member.toegevoegd_door,
        toegevoegd_op=member.toegevoegd_op,
        **identity,
    )


def _not_found(what: str) -> Problem:
    return Problem(404, "Niet gevonden", f"Er is geen {what} met dit id.", type_="niet-gevonden")
