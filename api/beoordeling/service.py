"""Risk and protective factors, Opiumwet antecedents and the doelgroeptoets of a youth.

Factors are `risico` data, shared under the group approach; antecedents are `politie` data: the
police record them as their own, and they are shared only under pga (kind and number only), the
ZVH and the RIEC covenants. Every change recomputes the youth's doelgroeptoets.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, TypeVar

from sqlalchemy import Select, select

from api.beoordeling import doelgroeptoets, oordelen, schemas
from api.beoordeling.models import Antecedent, Doelgroeptoets, Factor, ProfessioneelOordeel
from api.db import new_id
from api.jongeren import service as jongeren
from api.jongeren.facts import case_facts, youth_resource
from api.jongeren.models import Jongere
from api.pagination import paginate
from api.problems import Problem
from api.security.audit import Access
from api.security.gate import Gate
from api.security.permit import Permit


def _youth_resource(
    gate: Gate, category: str, provided_by: str | None, jongere_id: str | None
) -> dict[str, Any]:
    return youth_resource(gate.session, category, provided_by, jongere_id)


def _existing_youth(gate: Gate, jongere_id: str) -> Jongere:
    jongere = gate.session.get(Jongere, jongere_id)
    if jongere is None:
        raise jongeren.not_found()
    return jongere


# --- factors ------------------------------------------------------------------------------------


def add_factor(gate: Gate, jongere_id: str, body: schemas.FactorNieuw) -> schemas.Factor:
    fields = body.model_dump(exclude={"omschrijving"})
    factor, permit = _add(
        gate, Factor(jongere_id=jongere_id, **fields), "risico", body.omschrijving
    )
    doelgroeptoets.schedule(gate, jongere_id, "nieuwe factor")
    return present_factor(permit, factor)


def list_factors(gate: Gate, jongere_id: str, page: int, size: int) -> schemas.FactorLijst:
    permit, query = _list(gate, "factor", "risico", jongere_id, select(Factor), Factor)
    rows, total = paginate(
        gate.session, query, Factor.vastgesteld_op.desc(), Factor.id, page=page, size=size
    )
    return schemas.FactorLijst(
        items=[present_factor(permit, row) for row in rows],
        pagina=page,
        pagina_grootte=size,
        totaal=total,
    )


def present_factor(permit: Permit, factor: Factor) -> schemas.Factor:
    fields = _revealed(permit, factor, ("soort", "domein", "indicator", "omschrijving"))
    visible, when = permit.reveal(factor, "vastgesteld_op")
    if visible:
        fields["vastgesteld_op"] = when
    return schemas.Factor(
        id=factor.id,
        jongere_id=factor.jongere_id,
        bron_organisatie=factor.bron_org,
        geregistreerd_op=factor.geregistreerd_op,
        **fields,
    )


# --- antecedents --------------------------------------------------------------------------------


def add_antecedent(
    gate: Gate, jongere_id: str, body: schemas.AntecedentNieuw
) -> schemas.Antecedent:
    fields = body.model_dump(exclude={"omschrijving"})
    antecedent, permit = _add(
        gate, Antecedent(jongere_id=jongere_id, **fields), "politie", body.omschrijving
    )
    doelgroeptoets.schedule(gate, jongere_id, "nieuw antecedent")
    return present_antecedent(permit, antecedent)


def change_antecedent(
    gate: Gate, antecedent_id: str, body: schemas.AntecedentWijziging
) -> schemas.Antecedent:
    antecedent = gate.session.get(Antecedent, antecedent_id)
    jongere_id = antecedent.jongere_id if antecedent else None
    permit = gate.authorize(
        Access("update", "antecedent", antecedent_id, jongere_id),
        _youth_resource(gate, "politie", antecedent.bron_org if antecedent else None, jongere_id),
    )
    if antecedent is None:
        raise Problem(
            404, "Niet gevonden", "Er is geen antecedent met dit id.", type_="niet-gevonden"
        )
    antecedent.status = body.status
    gate.session.flush()
    doelgroeptoets.schedule(gate, antecedent.jongere_id, "antecedent gewijzigd")
    return present_antecedent(permit, antecedent)


def list_antecedents(gate: Gate, jongere_id: str, page: int, size: int) -> schemas.AntecedentLijst:
    permit, query = _list(gate, "antecedent", "politie", jongere_id, select(Antecedent), Antecedent)
    narrowing = permit.decision.restrictions.get("politie")
    if narrowing is not None:
        # The covenant shares police data only as kind and number: no dates, no descriptions.
        counted = Counter(
            row.soort
            for row in gate.session.scalars(query)
            if row.status in doelgroeptoets.COUNTED_STATUSES
        )
        summary = schemas.AntecedentenSamenvatting(
            aantal=sum(counted.values()),
            per_soort=dict(sorted(counted.items())),
            beperking=narrowing,
        )
        return schemas.AntecedentLijst(
            samenvatting=summary, pagina=1, pagina_grootte=size, totaal=summary.aantal
        )
    rows, total = paginate(
        gate.session, query, Antecedent.feitdatum.desc(), Antecedent.id, page=page, size=size
    )
    return schemas.AntecedentLijst(
        items=[present_antecedent(permit, row) for row in rows],
        pagina=page,
        pagina_grootte=size,
        totaal=total,
    )


def present_antecedent(permit: Permit, antecedent: Antecedent) -> schemas.Antecedent:
    fields = _revealed(permit, antecedent, ("soort", "status", "feitdatum", "omschrijving"))
    return schemas.Antecedent(
        id=antecedent.id,
        jongere_id=antecedent.jongere_id,
        bron_organisatie=antecedent.bron_org,
        geregistreerd_op=antecedent.geregistreerd_op,
        **fields,
    )


# --- the doelgroeptoets -------------------------------------------------------------------------

ASSESSMENT_CATEGORIES = ["identiteit", "risico", "politie"]

# What a cause of recomputation reveals (the rest is meta).
AANLEIDING_CATEGORIE = {"nieuw antecedent": "politie", "antecedent gewijzigd": "politie"}


def _assessment_resource(gate: Gate, jongere_id: str, categories: list[str]) -> dict[str, Any]:
    # Derived by the system, provided by no party: only a covenant shares it.
    return {
        "main_category": "risico",
        "categories": categories,
        "provided_by": None,
        "jongere": case_facts(gate.session, jongere_id),
    }


def assess_on_request(gate: Gate, jongere_id: str) -> schemas.Doelgroeptoets:
    """Computes and stores the assessment now, even when nothing changed (a fresh date)."""
    toets_id = new_id()
    permit = gate.authorize(
        Access("create", "doelgroeptoets", toets_id, jongere_id),
        _assessment_resource(gate, jongere_id, ["risico"]),
    )
    jongere = _existing_youth(gate, jongere_id)
    outcome = doelgroeptoets.compute(gate, jongere)
    toets = doelgroeptoets.store(gate, jongere, outcome, "op verzoek")
    return present_assessment(gate, permit, toets)


def read_assessment(gate: Gate, jongere_id: str) -> schemas.Doelgroeptoets:
    toets = doelgroeptoets.latest(gate, jongere_id)
    permit = gate.authorize(
        Access("read", "doelgroeptoets", toets.id if toets else None, jongere_id),
        _assessment_resource(gate, jongere_id, ASSESSMENT_CATEGORIES),
    )
    pending = doelgroeptoets.pending(gate, jongere_id)
    if toets is None and pending:
        raise Problem(
            404,
            "Nog niet berekend",
            "De eerste doelgroeptoets van deze jongere wordt zojuist berekend; vraag hem zo "
            "opnieuw op.",
            type_="doelgroeptoets-wordt-berekend",
            headers={"Retry-After": "1"},
        )
    if toets is None:
        raise Problem(
            404,
            "Niet gevonden",
            "Voor deze jongere is (nog) geen doelgroeptoets gedaan.",
            type_="niet-gevonden",
        )
    shown = present_assessment(gate, permit, toets)
    shown.actueel = not pending
    return shown


def present_assessment(gate: Gate, permit: Permit, toets: Doelgroeptoets) -> schemas.Doelgroeptoets:
    fields = _revealed(
        permit,
        toets,
        (
            "uitkomst",
            "leeftijd",
            "aantal_antecedenten",
            "antecedenten_per_soort",
            "risico_indicatoren",
            "route",
        ),
    )
    reasons = [
        schemas.Reden(**reason) for reason in toets.redenen if permit.may_see(reason["categorie"])
    ]
    # "zwaardere_aanpak" means "more than two Opiumwet antecedents": police data. Who may not
    # see that learns only whether the youth is proposed for the approach.
    hide_why = not permit.may_see("politie")
    if hide_why and fields.get("uitkomst", "criminele_aanwas") != "criminele_aanwas":
        fields["uitkomst"] = "geen_voorstel_pga"
    if toets.professioneel_oordeel_id is not None and permit.may_see("risico"):
        # The judgement that admitted the youth, with its reasons (sealed in its own row).
        oordeel = gate.session.get(ProfessioneelOordeel, toets.professioneel_oordeel_id)
        if oordeel is not None:
            fields["professioneel_oordeel"] = oordelen.present(permit, oordeel)
    aanleiding = toets.aanleiding
    if not permit.may_see(AANLEIDING_CATEGORIE.get(aanleiding, "meta")):
        aanleiding = "invoer gewijzigd"  # that the police registered something is police data
    return schemas.Doelgroeptoets(
        id=toets.id,
        jongere_id=toets.jongere_id,
        peildatum=toets.peildatum,
        redenen=reasons,
        aanleiding=aanleiding,
        berekend_op=toets.berekend_op,
        **fields,
    )


# --- shared -------------------------------------------------------------------------------------

Row = TypeVar("Row", Factor, Antecedent)


def _add(gate: Gate, row: Row, category: str, omschrijving: str | None) -> tuple[Row, Permit]:
    """Stores a party's record about a youth, as that party's: decided, sealed, flushed."""
    row.id = new_id()
    row.bron_org = gate.principal.org
    permit = gate.authorize(
        Access("create", type(row).__name__.lower(), row.id, row.jongere_id),
        _youth_resource(gate, category, gate.principal.org, row.jongere_id),
    )
    _existing_youth(gate, row.jongere_id)
    if omschrijving is not None:
        gate.seal(row, "omschrijving", omschrijving)
    gate.session.add(row)
    gate.session.flush()
    return row, permit


def _list(
    gate: Gate,
    resource_type: str,
    category: str,
    jongere_id: str,
    query: Select[Any],
    model: type[Factor] | type[Antecedent],
) -> tuple[Permit, Select[Any]]:
    """One decision for a youth's list; without a covenant only the caller's own rows."""
    permit = gate.authorize(
        Access("list", resource_type, None, jongere_id),
        _youth_resource(gate, category, None, jongere_id),
    )
    if permit.only_provided_by is None:
        _existing_youth(gate, jongere_id)
    query = query.where(model.jongere_id == jongere_id)
    if permit.only_provided_by is not None:
        query = query.where(model.bron_org == permit.only_provided_by)
    return permit, query


def _revealed(permit: Permit, row: Any, columns: tuple[str, ...]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for column in columns:
        visible, value = permit.reveal(row, column)
        if visible:
            fields[column] = value
    return fields
