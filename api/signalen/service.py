"""Signals: push one about a youth (found or registered by BSN), read them back.

Every function takes the request's Gate: it holds the session, asks the policy, seals and
reveals fields. Nothing here opens a ciphertext by any other way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Select, bindparam, select
from sqlalchemy.exc import SQLAlchemyError

from api.beoordeling import doelgroeptoets
from api.db import new_id
from api.jongeren import service as jongeren
from api.jongeren.facts import (
    Facts,
    as_facts,
    case_facts_none,
    fact_columns,
    youth_by_bsn_index,
    youth_with_facts,
)
from api.jongeren.models import Jongere
from api.pagination import paginate
from api.problems import Problem, invalid_input, validation_params
from api.security.audit import Access
from api.security.gate import Gate
from api.security.permit import Permit
from api.signalen import schemas
from api.signalen.models import Signaal

# The data categories a signal touches: the youth's identity and the signal itself.
SIGNAL_CATEGORIES = ["identiteit", "signaal"]


def resource(*, provided_by: str | None, facts: Facts) -> dict[str, Any]:
    """The facts about signals the policy decides on (`facts`: the youth's case)."""
    return {
        "main_category": "signaal",
        "categories": SIGNAL_CATEGORIES,
        "provided_by": provided_by,
        # What the provider supplies in a signal: the signal, not who the youth is.
        "provided_categories": ["signaal"],
        "jongere": facts,
    }


def push(gate: Gate, body: schemas.SignaalNieuw) -> tuple[Signaal, Permit]:
    """One query finds the youth and their case, one decision, and the writes at the end. Should
    a concurrent push register the same youth first, this one goes on with that youth (decided
    again: the decision names the youth)."""
    indexes = gate.blind_indexes_bsn(body.jongere.bsn)
    for last_try in (False, True):
        jongere_id, facts = youth_by_bsn_index(gate.session, indexes)
        access = _create_access(jongere_id)
        permit = gate.authorize(access, resource(provided_by=gate.principal.org, facts=facts))
        try:
            signaal = _store(gate, body, access, known=jongere_id is not None)
        except jongeren.ConcurrentRegistration:
            if last_try:
                raise
            gate.came_to_nothing(access, 409)
            continue
        doelgroeptoets.schedule(gate, signaal.jongere_id, "nieuw signaal")
        return signaal, permit
    raise AssertionError("unreachable")


def _create_access(jongere_id: str | None) -> Access:
    # Ids are chosen before the decision, so its audit record names what is about to exist.
    return Access("create", "signaal", new_id(), jongere_id or new_id())


def _store(gate: Gate, body: schemas.SignaalNieuw, access: Access, *, known: bool) -> Signaal:
    """The signal, about the youth the access names: `known`, or registered now."""
    assert access.resource_id is not None and access.jongere_id is not None
    if not known:
        identity = body.jongere
        jongeren.add_youth(
            gate,
            access.jongere_id,
            jongeren.Identity(
                identity.bsn, identity.voornamen, identity.achternaam, identity.geboortedatum
            ),
        )
    signaal = Signaal(
        id=access.resource_id,
        jongere_id=access.jongere_id,
        categorie=body.categorie,
        waargenomen_op=body.waargenomen_op,
        wijk=body.wijk,
        bron_org=gate.principal.org,
        aangeleverd_door=gate.principal.client_id,
    )
    if body.omschrijving is not None:
        gate.seal(signaal, "omschrijving", body.omschrijving)
    gate.store(signaal)
    return signaal


def push_many(gate: Gate, items: list[dict[str, Any]]) -> schemas.BulkResultaat:
    """Each item on its own: validated, decided, audited and stored all-or-nothing. The request
    as a whole is refused, and on record, without a purpose (403) or without one valid item
    (400): there is then nothing an item could be decided on."""
    if gate.purpose is None:
        # The policy says why, as for every other route; its denial raises 403.
        gate.authorize(
            Access("create", "signaal"),
            resource(provided_by=gate.principal.org, facts=case_facts_none()),
        )
    results: list[schemas.BulkItemResultaat] = []
    valid: list[tuple[int, schemas.SignaalNieuw]] = []
    invalid_params: list[dict[str, str]] = []
    for index, raw in enumerate(items):
        try:
            valid.append((index, schemas.SignaalNieuw.model_validate(raw)))
        except ValidationError as invalid:
            params = validation_params(invalid.errors())
            problem = invalid_input(params)
            results.append(
                schemas.BulkItemResultaat(index=index, status=400, probleem=problem.body())
            )
            invalid_params += [{**p, "name": f"signalen.{index}.{p['name']}"} for p in params]
    if not valid:
        gate.refuse_before_deciding(
            Access("create", "signaal"), "geen geldig signaal in de bulk", 400
        )
        raise invalid_input(invalid_params)
    # New youths are registered in the order of their blind index, so two bulks about the same
    # youths lock the same rows in the same order and cannot deadlock each other.
    valid.sort(key=lambda item: gate.blind_index_bsn(item[1].jongere.bsn))
    for index, body in valid:
        jongere_id, facts = youth_by_bsn_index(
            gate.session, gate.blind_indexes_bsn(body.jongere.bsn)
        )
        access = _create_access(jongere_id)
        outcome = gate.authorize_item(access, resource(provided_by=gate.principal.org, facts=facts))
        if isinstance(outcome, Problem):
            results.append(
                schemas.BulkItemResultaat(index=index, status=403, probleem=outcome.body())
            )
            continue
        try:
            with gate.session.begin_nested():
                signaal = _store(gate, body, access, known=jongere_id is not None)
                gate.write_stored()  # in this item's savepoint: a failure is this item's
        except Problem as conflict:
            gate.record_item_failure(access, outcome, conflict.status)
            results.append(
                schemas.BulkItemResultaat(
                    index=index, status=conflict.status, probleem=conflict.body()
                )
            )
            continue
        except SQLAlchemyError:
            # This item's savepoint is rolled back; the others stand. Nothing of the database's
            # message is passed on: it may quote the item.
            gate.record_item_failure(access, outcome, 500)
            failed = Problem(
                500,
                "Opslaan mislukt",
                "Dit signaal kon niet worden opgeslagen.",
                type_="opslaan-mislukt",
            )
            results.append(
                schemas.BulkItemResultaat(index=index, status=500, probleem=failed.body())
            )
            continue
        results.append(
            schemas.BulkItemResultaat(
                index=index, status=201, id=signaal.id, jongere_id=signaal.jongere_id
            )
        )
    # Once per youth, after all of its signals: a bulk of a thousand is not a thousand toetsen.
    for jongere_id in sorted({r.jongere_id for r in results if r.status == 201 and r.jongere_id}):
        doelgroeptoets.schedule(gate, jongere_id, "nieuwe signalen")
    results.sort(key=lambda result: result.index)
    return schemas.BulkResultaat(
        resultaten=results,
        aangemaakt=sum(r.status == 201 for r in results),
        geweigerd=sum(r.status != 201 for r in results),
    )


def replay_many(gate: Gate, answer: str) -> schemas.BulkResultaat:
    """The answer to a repeated bulk: the first answer, which names only what this caller pushed
    (ids, and the problems of items not stored). Decided and audited again, as the push it
    repeats: may this caller push signals under this purpose."""
    gate.authorize(
        Access("create", "signaal"),
        resource(provided_by=gate.principal.org, facts=case_facts_none()),
    )
    return schemas.BulkResultaat.model_validate_json(answer)


def replay(gate: Gate, signaal_id: str) -> schemas.Signaal:
    """The answer to a repeated push: the signal as the first push returned it (decided and
    audited again, as a read of what the caller provided)."""
    shown = read(gate, signaal_id)
    return schemas.Signaal(**shown.model_dump(exclude={"jongere"}, exclude_unset=True))


# Built once (building a statement and its cache key for every request cost more than running it).
_SIGNAL_WITH_YOUTH = (
    select(Signaal, Jongere, *fact_columns(Signaal.jongere_id))
    .join(Jongere, Jongere.id == Signaal.jongere_id)
    .where(Signaal.id == bindparam("signaal_id"))
)


def read(gate: Gate, signaal_id: str) -> schemas.Signaal:
    # The signal, its youth and the youth's case in one query.
    found = gate.session.execute(_SIGNAL_WITH_YOUTH, {"signaal_id": signaal_id}).first()
    signaal, jongere = (found[0], found[1]) if found else (None, None)
    permit = gate.authorize(
        Access("read", "signaal", signaal_id, signaal.jongere_id if signaal else None),
        resource(
            provided_by=signaal.bron_org if signaal else None,
            facts=as_facts(found) if found else case_facts_none(),
        ),
    )
    if signaal is None:
        # Only a caller who may read signals at all learns that this one does not exist.
        raise Problem(404, "Niet gevonden", "Er is geen signaal met dit id.", type_="niet-gevonden")
    return present(permit, signaal, jongere)


@dataclass(frozen=True)
class SignalFilter:
    """What a caller asks of a list; the policy then narrows it to what they may see."""

    categorie: str | None = None
    vanaf: date | None = None
    tot_en_met: date | None = None
    page: int = 1
    page_size: int = 20


def list_for_youth(gate: Gate, jongere_id: str, wanted: SignalFilter) -> schemas.SignaalLijst:
    jongere, facts = youth_with_facts(gate.session, jongere_id)
    # One decision for the whole list, never one per row.
    permit = gate.authorize(
        Access("list", "signaal", None, jongere_id), resource(provided_by=None, facts=facts)
    )
    if permit.only_provided_by is None and jongere is None:
        raise Problem(404, "Niet gevonden", "Er is geen jongere met dit id.", type_="niet-gevonden")
    # Without a covenant a party sees only what it provided itself; whether the youth exists is
    # then none of its business: an unknown youth is simply an empty list.
    query = select(Signaal).where(Signaal.jongere_id == jongere_id)
    return _page(gate, permit, query, wanted, {jongere_id: jongere} if jongere else {})


def list_all(gate: Gate, wanted: SignalFilter) -> schemas.SignaalLijst:
    """Signals across youths (per category, per period): one decision for the whole list."""
    permit = gate.authorize(
        Access("list", "signaal", None, None),
        resource(provided_by=None, facts=case_facts_none()),
    )
    return _page(gate, permit, select(Signaal), wanted, None)


def _page(
    gate: Gate,
    permit: Permit,
    query: Select[Signaal],
    wanted: SignalFilter,
    youths: dict[str, Jongere] | None,
) -> schemas.SignaalLijst:
    if permit.only_provided_by is not None:
        query = query.where(Signaal.bron_org == permit.only_provided_by)
    if wanted.categorie is not None:
        query = query.where(Signaal.categorie == wanted.categorie)
    if wanted.vanaf is not None:
        query = query.where(Signaal.waargenomen_op >= wanted.vanaf)
    if wanted.tot_en_met is not None:
        query = query.where(Signaal.waargenomen_op <= wanted.tot_en_met)
    # Counted after the policy's row filter: the total reveals nothing about hidden rows.
    rows, total = paginate(
        gate.session,
        query,
        Signaal.waargenomen_op.desc(),
        Signaal.id,
        page=wanted.page,
        size=wanted.page_size,
    )
    if youths is None:
        ids = {row.jongere_id for row in rows}
        found = (
            gate.session.scalars(select(Jongere).where(Jongere.id.in_(ids))).all() if ids else []
        )
        youths = {j.id: j for j in found}
    return schemas.SignaalLijst(
        items=[present(permit, row, youths.get(row.jongere_id)) for row in rows],
        pagina=wanted.page,
        pagina_grootte=wanted.page_size,
        totaal=total,
    )


def present(permit: Permit, signaal: Signaal, jongere: Jongere | None) -> schemas.Signaal:
    fields: dict[str, Any] = {
        "id": signaal.id,
        "jongere_id": signaal.jongere_id,
        "bron_organisatie": signaal.bron_org,
        "geregistreerd_op": signaal.geregistreerd_op,
    }
    for column in ("categorie", "omschrijving", "waargenomen_op", "wijk"):
        visible, value = permit.reveal(signaal, column)
        if visible:
            fields[column] = value
    if jongere is not None and permit.may_see("identiteit"):
        identity = jongeren.identity_fields(permit, jongere)
        fields["jongere"] = schemas.JongereWeergave(id=jongere.id, **identity)
    return schemas.Signaal(**fields)
