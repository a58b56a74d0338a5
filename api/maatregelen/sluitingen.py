"""Opiumwet art. 13b closures of a premises (DOMAIN.md: "an Opiumwet 13b closure concerns a
premises (address), not a youth"). A closure may name no youth at all; the premises is found
again through the blind index of its postcode and house number, never by its address in clear.
Who may record or find closures of a premises is the policy's to say: the covenants listed in
data.referentie.maatregelen.sluiting.panden_gedeeld_onder apply to a premises by themselves,
and the municipality that imposed a closure sees its own."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from api.db import new_id
from api.jongeren.facts import case_facts_none
from api.maatregelen import schemas
from api.maatregelen.models import Maatregel
from api.maatregelen.service import place, present
from api.pagination import paginate
from api.security.audit import Access
from api.security.gate import Gate

SLUITING = schemas.SLUITING


def _resource(provided_by: str | None) -> dict[str, Any]:
    return {
        "main_category": "maatregel",
        "categories": ["maatregel"],
        "provided_by": provided_by,
        "provided_categories": ["maatregel"],
        "soort": SLUITING,
        "pand": True,
        "jongere": case_facts_none(),
    }


def close(gate: Gate, body: schemas.SluitingNieuw) -> schemas.Maatregel:
    """Records the closure of a premises that names no youth."""
    measure_id = new_id()
    permit = gate.authorize(
        Access("create", "maatregel", measure_id, None), _resource(gate.principal.org)
    )
    measure = Maatregel(
        id=measure_id,
        jongere_id=None,
        soort=SLUITING,
        status=body.status,
        ingangsdatum=body.ingangsdatum,
        einddatum=body.einddatum,
        opgelegd_door=gate.principal.org,
    )
    place(gate, measure, body.pand)
    if body.toelichting is not None:
        gate.seal(measure, "toelichting", body.toelichting)
    gate.session.add(measure)
    gate.session.flush()
    return present(permit, measure)


def of_premises(
    gate: Gate, adres: schemas.PandAdres, page: int, size: int
) -> schemas.MaatregelLijst:
    """Every closure of one premises (with or without a youth), newest first. Who did not impose
    a closure does not learn which youth, case or plan item it serves."""
    permit = gate.authorize(Access("list", "maatregel", None, None), _resource(None))
    query = select(Maatregel).where(
        Maatregel.pand_index.in_(gate.blind_indexes_pand(adres.postcode, adres.huisnummer)),
        Maatregel.soort == SLUITING,
    )
    if permit.only_provided_by is not None:
        query = query.where(Maatregel.opgelegd_door == permit.only_provided_by)
    rows, total = paginate(
        gate.session, query, Maatregel.ingangsdatum.desc(), Maatregel.id, page=page, size=size
    )
    return schemas.MaatregelLijst(
        items=[present(permit, row, links=row.opgelegd_door == gate.principal.org) for row in rows],
        pagina=page,
        pagina_grootte=size,
        totaal=total,
    )
