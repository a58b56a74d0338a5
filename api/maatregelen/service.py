"""Measures: administrative ones the municipality imposes (APV, Opiumwet 13b) and prosecution by
the OM. Who may impose which kind is the policy's to say (data.referentie.maatregelen)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from api.casussen import statussen
from api.casussen.models import Casus, Planactie
from api.db import new_id, utcnow
from api.jongeren import service as jongeren
from api.jongeren.facts import case_facts
from api.jongeren.models import Jongere
from api.maatregelen import schemas
from api.maatregelen.models import PROSECUTION, Maatregel, category_of
from api.pagination import paginate
from api.problems import Problem, invalid_input
from api.security.audit import Access
from api.security.gate import Gate
from api.security.permit import Permit


def _resource(
    gate: Gate,
    jongere_id: str | None,
    provided_by: str | None,
    soort: str | None,
    *,
    pand: bool = False,
) -> dict[str, Any]:
    # One measure: its own category. A list (no kind): both, shown as far as permitted.
    categories = [category_of(soort)] if soort else ["maatregel", "justitie"]
    return {
        "main_category": "maatregel",
        "categories": categories,
        "provided_by": provided_by,
        "provided_categories": categories,
        "soort": soort,
        # A closure of a premises alone concerns no youth: the covenants that share closures of
        # premises apply to it by themselves (policies/aanwas/gate.rego, condition_met).
        "pand": pand,
        "jongere": case_facts(gate.session, jongere_id),
    }


def impose(gate: Gate, jongere_id: str, body: schemas.MaatregelNieuw) -> schemas.Maatregel:
    measure_id = new_id()
    permit = gate.authorize(
        Access("create", "maatregel", measure_id, jongere_id),
        _resource(gate, jongere_id, gate.principal.org, body.soort),
    )
    if gate.session.get(Jongere, jongere_id) is None:
        raise jongeren.not_found()
    _check_links(gate, jongere_id, body)
    measure = Maatregel(
        id=measure_id,
        jongere_id=jongere_id,
        casus_id=body.casus_id,
        planactie_id=body.planactie_id,
        soort=body.soort,
        status=body.status,
        ingangsdatum=body.ingangsdatum,
        einddatum=body.einddatum,
        opgelegd_door=gate.principal.org,
    )
    if body.pand is not None:
        place(gate, measure, body.pand)
    if body.toelichting is not None:
        gate.seal(measure, "toelichting", body.toelichting, category_of(body.soort))
    gate.session.add(measure)
    gate.session.flush()
    return present(permit, measure)


PAND_FIELDS = ("straat", "huisnummer", "postcode", "plaats")


def place(gate: Gate, measure: Maatregel, pand: schemas.Pand) -> None:
    """The premises a closure concerns: each field sealed, postcode and house number also as
    the blind index that finds the premises' closures again."""
    for field in PAND_FIELDS:
        gate.seal(measure, f"pand_{field}", getattr(pand, field))
    measure.pand_index = gate.blind_index_pand(pand.postcode, pand.huisnummer)


def _check_links(gate: Gate, jongere_id: str, body: schemas.MaatregelNieuw) -> None:
    """The case a measure serves is this youth's, and its plan item that case's: else 400 (the
    answer does not say whether the case exists for another youth). A closed case is history:
    nothing new serves it (409)."""
    if body.casus_id is None:
        return
    casus = gate.session.get(Casus, body.casus_id)
    if casus is None or casus.jongere_id != jongere_id:
        raise invalid_input([{"name": "casusId", "reason": "geen casus van deze jongere"}])
    if body.planactie_id is not None:
        item = gate.session.get(Planactie, body.planactie_id)
        if item is None or item.casus_id != casus.id:
            raise invalid_input(
                [{"name": "planactieId", "reason": "geen planactie van deze casus"}]
            )
    if casus.status == statussen.AFGESLOTEN:
        raise Problem(
            409,
            "Casus afgesloten",
            "Een maatregel dient geen afgesloten casus; koppel hem aan de lopende casus.",
            type_="casus-conflict",
        )


def change(gate: Gate, measure_id: str, body: schemas.MaatregelWijziging) -> schemas.Maatregel:
    measure = gate.session.get(Maatregel, measure_id)
    permit = gate.authorize(
        Access("update", "maatregel", measure_id, measure.jongere_id if measure else None),
        _resource(
            gate,
            measure.jongere_id if measure else None,
            measure.opgelegd_door if measure else None,
            measure.soort if measure else None,
            pand=measure is not None and measure.jongere_id is None,
        ),
    )
    if measure is None:
        raise Problem(
            404, "Niet gevonden", "Er is geen maatregel met dit id.", type_="niet-gevonden"
        )
    if body.einddatum is not None and body.einddatum < measure.ingangsdatum:
        raise invalid_input(
            [{"name": "einddatum", "reason": "einddatum ligt voor de ingangsdatum"}]
        )
    for column in sorted(body.model_fields_set):
        value = getattr(body, column)
        if column == "toelichting" and value is not None:
            gate.seal(measure, column, value, category_of(measure.soort))
        else:
            setattr(measure, column, value)
    measure.gewijzigd_op = utcnow()
    gate.session.flush()
    return present(permit, measure)


def list_for_youth(gate: Gate, jongere_id: str, page: int, size: int) -> schemas.MaatregelLijst:
    permit = gate.authorize(
        Access("list", "maatregel", None, jongere_id), _resource(gate, jongere_id, None, None)
    )
    if permit.only_provided_by is None and gate.session.get(Jongere, jongere_id) is None:
        raise jongeren.not_found()
    query = select(Maatregel).where(Maatregel.jongere_id == jongere_id)
    if not permit.may_see("justitie"):
        query = query.where(Maatregel.soort != PROSECUTION)
    if permit.only_provided_by is not None:
        query = query.where(Maatregel.opgelegd_door == permit.only_provided_by)
    rows, total = paginate(
        gate.session, query, Maatregel.ingangsdatum.desc(), Maatregel.id, page=page, size=size
    )
    return schemas.MaatregelLijst(
        items=[present(permit, row) for row in rows], pagina=page, pagina_grootte=size, totaal=total
    )


def present(permit: Permit, measure: Maatregel, *, links: bool = True) -> schemas.Maatregel:
    """A measure as the caller may see it. Without `links` (closures found by their premises,
    for a party that did not impose them) it does not say which youth, case or plan item, nor,
    for a closure that serves a youth, its explanation (free text that may be about the youth:
    the premises was decided on, not the youth)."""
    fields: dict[str, Any] = {}
    category = category_of(measure.soort)
    columns = ["soort", "status", "ingangsdatum", "einddatum"]
    if links or measure.jongere_id is None:
        columns.append("toelichting")
    for column in columns:
        visible, value = permit.reveal(measure, column, category)
        if visible:
            fields[column] = value
    if "soort" in fields:
        fields["grondslag"] = schemas.GRONDSLAG[measure.soort]
    if measure.pand_index is not None and permit.may_see(category):
        fields["pand"] = schemas.PandWeergave(
            **{field: permit.reveal(measure, f"pand_{field}")[1] for field in PAND_FIELDS}
        )
    if links:
        fields |= {
            "jongere_id": measure.jongere_id,
            "casus_id": measure.casus_id,
            "planactie_id": measure.planactie_id,
        }
    return schemas.Maatregel(
        id=measure.id,
        opgelegd_door=measure.opgelegd_door,
        geregistreerd_op=measure.geregistreerd_op,
        gewijzigd_op=measure.gewijzigd_op,
        **fields,
    )
