"""What the policy needs to know of a youth's case, which switches covenants on: pga while a
case is open, zvh while it is escalated to the ZVH, riec while it has an open RIEC-melding (one
that is not answered yet: it outlives the case's closure until it is answered); who directs the
open case (`regisseur`), which narrows a casusregisseur to its own cases; and the organisation
assigned as coach in the open case's perspective plan (`coach`), which the pga covenant gives
access while assigned.

Asked as three EXISTS and two scalar subqueries beside whatever else a request reads about the
youth, so that finding a youth (by BSN, or through one of their signals) and their case's state
is one query."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Label, bindparam, exists, select
from sqlalchemy.orm import Session

from api.casussen import statussen
from api.casussen.models import Casus, Opschaling, Perspectiefplan
from api.jongeren.models import Jongere

FACTS = ("pga_actief", "opgeschaald_zvh", "riec_melding")

# The facts the policy gets about a youth's case: the three above, `regisseur` (the identity
# directing the open case, or None) and `coach` (the organisation coaching in it, or None).
Facts = dict[str, bool | str | None]


def fact_columns(jongere_id: ColumnElement[Any] | Any) -> list[Label[Any]]:
    """The case facts of the youth `jongere_id` names, as columns of a query."""
    open_case = (Casus.jongere_id == jongere_id) & Casus.status.in_(statussen.OPEN_STATUSSEN)
    return [
        exists().where(open_case).label("pga_actief"),
        exists()
        .where(Casus.jongere_id == jongere_id, Casus.status == statussen.OPGESCHAALD_ZVH)
        .label("opgeschaald_zvh"),
        exists()
        .where(
            Casus.jongere_id == jongere_id,
            Opschaling.casus_id == Casus.id,
            Opschaling.soort == "riec",
            Opschaling.beeindigd_op.is_(None),
        )
        .label("riec_melding"),
        # At most one open case per youth (a unique index keeps it so).
        select(Casus.casusregisseur_id).where(open_case).scalar_subquery().label("regisseur"),
        select(Perspectiefplan.coach_organisatie)
        .where(open_case, Perspectiefplan.casus_id == Casus.id)
        .scalar_subquery()
        .label("coach"),
    ]


def as_facts(values: Any) -> Facts:
    """The facts from a row that holds the fact columns (by their labels)."""
    facts: Facts = {name: bool(getattr(values, name)) for name in FACTS}
    facts["regisseur"] = values.regisseur
    facts["coach"] = values.coach
    return facts


# Built once: building these (and their cache keys) for every request cost more than running them.
_FACTS_OF = select(*fact_columns(bindparam("jongere_id")))
_YOUTH_BY_INDEX = select(Jongere.id, *fact_columns(Jongere.id)).where(
    Jongere.bsn_index.in_(bindparam("indexes", expanding=True))
)
_YOUTH_BY_ID = select(Jongere, *fact_columns(Jongere.id)).where(Jongere.id == bindparam("id"))


def case_facts(session: Session, jongere_id: str | None) -> Facts:
    if jongere_id is None:
        return case_facts_none()
    return as_facts(session.execute(_FACTS_OF, {"jongere_id": jongere_id}).one())


def youth_resource(
    session: Session, category: str, provided_by: str | None, jongere_id: str | None
) -> dict[str, Any]:
    """A record of one category about a youth, as the policy decides on it: its provider
    supplied that category, and the youth's case facts switch covenants on."""
    return {
        "main_category": category,
        "categories": [category],
        "provided_by": provided_by,
        "provided_categories": [category],
        "jongere": case_facts(session, jongere_id),
    }


def case_facts_none() -> Facts:
    """The facts of a youth without a case (or of no youth in particular)."""
    facts: Facts = dict.fromkeys(FACTS, False)
    facts["regisseur"] = None
    facts["coach"] = None
    return facts


def youth_by_bsn_index(session: Session, indexes: list[str]) -> tuple[str | None, Facts]:
    """The id of the youth a BSN's blind index finds (under the current key, and during a
    re-index the previous one: `Gate.blind_indexes_bsn`), with their case facts, in one query."""
    row = session.connection().execute(_YOUTH_BY_INDEX, {"indexes": indexes}).first()
    if row is None:
        return None, case_facts_none()
    return row.id, as_facts(row)


def youth_with_facts(session: Session, jongere_id: str) -> tuple[Jongere | None, Facts]:
    """A youth by id with their case facts, in one query (None: no such youth, and no case)."""
    row = session.execute(_YOUTH_BY_ID, {"id": jongere_id}).first()
    if row is None:
        return None, case_facts_none()
    return row[0], as_facts(row)
