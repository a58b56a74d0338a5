"""The sociaal perspectiefplan of a case: its protective factors (linked to the factors registered
for the youth), its coach (an organisation and a person; the organisation assigned gets access
under the pga covenant while the case is open, see api/jongeren/facts.py) and its steunfiguren
(parents and other important adults, as contacts of the plan)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from api.beoordeling.models import Factor
from api.casussen import schemas
from api.casussen.models import Casus, Perspectiefplan
from api.db import new_id, utcnow
from api.problems import invalid_input
from api.security.gate import Gate
from api.security.permit import Permit

# The plan's free-text fields, each sealed in its own column.
TEXT_FIELDS = ("beschermende_factoren", "dagbesteding", "talentontwikkeling")


def write(
    gate: Gate, permit: Permit, casus: Casus, body: schemas.PerspectiefplanInhoud
) -> schemas.Perspectiefplan:
    """Replaces the case's perspective plan with the body (a field left out is emptied). Every
    protective factor named must be one registered for this youth; else nothing is stored."""
    factor_ids = list(dict.fromkeys(body.beschermende_factor_ids))
    _check_protective_factors(gate, casus, body.beschermende_factor_ids)
    plan = gate.session.scalars(
        select(Perspectiefplan).where(Perspectiefplan.casus_id == casus.id)
    ).first()
    if plan is None:
        plan = Perspectiefplan(id=new_id(), casus_id=casus.id)
        gate.session.add(plan)
    for column in TEXT_FIELDS:
        _seal_or_clear(gate, plan, column, getattr(body, column))
    plan.beschermende_factor_ids = factor_ids
    coach = body.coach
    plan.coach_organisatie = coach.organisatie if coach else None
    _seal_or_clear(gate, plan, "coach", coach.naam if coach else None)
    _seal_or_clear(gate, plan, "coach_contact", coach.contact if coach else None)
    steunfiguren = [s.model_dump(exclude_none=True) for s in body.steunfiguren]
    _seal_or_clear(gate, plan, "steunfiguren", json.dumps(steunfiguren) if steunfiguren else None)
    plan.gewijzigd_op = utcnow()
    gate.session.flush()
    return present(permit, plan)


def _seal_or_clear(gate: Gate, plan: Perspectiefplan, column: str, value: str | None) -> None:
    if value is None:
        setattr(plan, column, None)
    else:
        gate.seal(plan, column, value)


def _check_protective_factors(gate: Gate, casus: Casus, factor_ids: list[str]) -> None:
    """Every id names a protective factor registered for the case's youth: an unknown id, a
    factor of another youth or a risk factor is a 400 that lists them all (without saying which
    of these it is: whether an id exists for another youth is not the caller's to learn)."""
    if not factor_ids:
        return
    protective = set(
        gate.session.scalars(
            select(Factor.id).where(
                Factor.id.in_(factor_ids),
                Factor.jongere_id == casus.jongere_id,
                Factor.soort == "beschermend",
            )
        )
    )
    wrong = [
        {
            "name": f"beschermendeFactorIds[{index}]",
            "reason": "geen vastgelegde beschermende factor van deze jongere",
        }
        for index, factor_id in enumerate(factor_ids)
        if factor_id not in protective
    ]
    if wrong:
        raise invalid_input(wrong)


def present(permit: Permit, plan: Perspectiefplan) -> schemas.Perspectiefplan:
    fields: dict[str, Any] = {column: permit.reveal(plan, column)[1] for column in TEXT_FIELDS}
    fields["beschermende_factor_ids"] = permit.reveal(plan, "beschermende_factor_ids")[1] or []
    coach = {
        "organisatie": permit.reveal(plan, "coach_organisatie")[1],
        "naam": permit.reveal(plan, "coach")[1],
        "contact": permit.reveal(plan, "coach_contact")[1],
    }
    if any(value is not None for value in coach.values()):
        fields["coach"] = schemas.CoachGegevens(**coach)
    fields["steunfiguren"] = _steunfiguren(permit.reveal(plan, "steunfiguren")[1])
    return schemas.Perspectiefplan(gewijzigd_op=plan.gewijzigd_op, **fields)


def _steunfiguren(stored: str | None) -> list[schemas.SteunfiguurGegevens]:
    """The stored list; the free text of a plan written before 0018 as one steunfiguur."""
    if not stored:
        return []
    try:
        entries = json.loads(stored)
    except ValueError:
        entries = None
    if not isinstance(entries, list):
        return [schemas.SteunfiguurGegevens(naam=stored)]
    return [schemas.SteunfiguurGegevens.model_validate(entry) for entry in entries]
