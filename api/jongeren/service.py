"""Youths: register (one per BSN, or by name and birth date), find by BSN, read, correct.

Every function takes the request's Gate; identity fields are sealed and revealed only there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError

from api import outbox
from api.db import insert_rows, new_id
from api.jongeren import schemas
from api.jongeren.facts import case_facts
from api.jongeren.models import Jongere
from api.problems import Problem
from api.security.audit import Access
from api.security.gate import Gate
from api.security.permit import Permit

IDENTITY = ["identiteit"]


def resource(gate: Gate, jongere: Jongere | None, jongere_id: str | None) -> dict[str, Any]:
    """The facts about a youth's record the policy decides on."""
    return {
        "main_category": "identiteit",
        "categories": IDENTITY,
        "provided_by": jongere.geregistreerd_door if jongere else None,
        "provided_categories": IDENTITY,
        "jongere": case_facts(gate.session, jongere_id),
    }


@dataclass(frozen=True)
class Identity:
    bsn: str | None
    voornamen: str
    achternaam: str
    geboortedatum: date


_BY_BSN_INDEX = select(Jongere).where(Jongere.bsn_index.in_(bindparam("indexes", expanding=True)))


def find_by_bsn(gate: Gate, bsn: str) -> Jongere | None:
    return gate.session.scalars(_BY_BSN_INDEX, {"indexes": gate.blind_indexes_bsn(bsn)}).first()


def add_youth(gate: Gate, jongere_id: str, identity: Identity) -> Jongere:
    """Stores a new youth with sealed identity fields. The caller has been authorized to write
    identity data; a concurrent registration of the same BSN undoes the whole request (409)."""
    jongere = Jongere(
        id=jongere_id,
        bsn_index=gate.blind_index_bsn(identity.bsn) if identity.bsn else None,
        geregistreerd_door=gate.principal.org,
    )
    if identity.bsn:
        gate.seal(jongere, "bsn", identity.bsn)
    gate.seal(jongere, "voornamen", identity.voornamen)
    gate.seal(jongere, "achternaam", identity.achternaam)
    gate.seal(jongere, "geboortedatum", identity.geboortedatum.isoformat())
    try:
        # Written at once, in a savepoint: a concurrent registration of the same BSN is found
        # here, and the request can go on with that youth (ConcurrentRegistration).
        with gate.session.begin_nested():
            insert_rows(gate.session.connection(), [jongere])
    except IntegrityError:
        raise ConcurrentRegistration() from None
    return jongere


class ConcurrentRegistration(Problem):
    """A concurrent request registered the same BSN a moment before. Our audit record names the
    id we would have given; a caller that cannot go on with the other youth answers 409."""

    def __init__(self) -> None:
        super().__init__(
            409,
            "Gelijktijdige registratie",
            "Deze jongere werd zojuist door een ander verzoek geregistreerd; stuur het opnieuw.",
            type_="gelijktijdige-registratie",
            headers={"Retry-After": "1"},
        )


def register(gate: Gate, body: schemas.JongereNieuw) -> tuple[Jongere, Permit]:
    existing = find_by_bsn(gate, body.bsn) if body.bsn else None
    jongere_id = existing.id if existing else new_id()
    permit = gate.authorize(
        Access("create", "jongere", jongere_id, jongere_id),
        {
            **resource(gate, None, existing.id if existing else None),
            "provided_by": gate.principal.org,
        },
    )
    if existing is not None:
        # Only a caller who may register youths learns this, and it already knows the BSN.
        raise Problem(
            409,
            "Jongere bestaat al",
            "Er is al een jongere met dit BSN; gebruik die.",
            type_="jongere-bestaat-al",
            headers={"Location": f"/v1/jongeren/{existing.id}"},
            extra={"jongereId": existing.id},
        )
    identity = Identity(body.bsn, body.voornamen, body.achternaam, body.geboortedatum)
    return add_youth(gate, jongere_id, identity), permit


def search(gate: Gate, bsn: str) -> schemas.Jongere:
    jongere = find_by_bsn(gate, bsn)
    permit = gate.authorize(
        Access("read", "jongere", jongere.id if jongere else None, jongere.id if jongere else None),
        resource(gate, jongere, jongere.id if jongere else None),
    )
    if jongere is None:
        raise not_found()
    return present(permit, jongere)


def read(gate: Gate, jongere_id: str) -> schemas.Jongere:
    jongere = gate.session.get(Jongere, jongere_id)
    permit = gate.authorize(
        Access("read", "jongere", jongere_id, jongere_id), resource(gate, jongere, jongere_id)
    )
    if jongere is None:
        raise not_found()
    return present(permit, jongere)


def correct(gate: Gate, jongere_id: str, body: schemas.JongereCorrectie) -> schemas.Jongere:
    jongere = gate.session.get(Jongere, jongere_id)
    permit = gate.authorize(
        Access("update", "jongere", jongere_id, jongere_id), resource(gate, jongere, jongere_id)
    )
    if jongere is None:
        raise not_found()
    for field in sorted(body.model_fields_set):
        value = getattr(body, field)
        gate.seal(jongere, field, value.isoformat() if isinstance(value, date) else value)
    gate.session.flush()
    if "geboortedatum" in body.model_fields_set:
        # The assessment reads the birth date: the worker recomputes it after the commit.
        gate.store(
            outbox.job(
                outbox.DOELGROEPTOETS, jongere_id, "geboortedatum gecorrigeerd", gate.cause()
            )
        )
    return present(permit, jongere)


def not_found() -> Problem:
    # Only callers who may read youths at all get this far: others were refused (403) first.
    return Problem(404, "Niet gevonden", "Er is geen jongere met dit id.", type_="niet-gevonden")


def identity_fields(permit: Permit, jongere: Jongere) -> dict[str, Any]:
    """The youth's identity as this permit may show it ({} without identiteit)."""
    if not permit.may_see("identiteit"):
        return {}
    fields: dict[str, Any] = {}
    for column in ("voornamen", "achternaam", "geboortedatum"):
        visible, value = permit.reveal(jongere, column)
        if visible:
            fields[column] = value
    return fields


def present(permit: Permit, jongere: Jongere) -> schemas.Jongere:
    fields = identity_fields(permit, jongere)
    if permit.may_see("identiteit"):
        fields["heeft_bsn"] = jongere.bsn_index is not None
    if jongere.samengevoegd_in:
        fields["samengevoegd_in"] = jongere.samengevoegd_in
    return schemas.Jongere(
        id=jongere.id,
        geregistreerd_door=jongere.geregistreerd_door,
        geregistreerd_op=jongere.geregistreerd_op,
        **fields,
    )
