"""Youths whose data is destroyed (crypto-shredding, docs/retentie.md): their tombstone, the 410
Gone a read of them or of anything about them answers, and the filter that keeps them out of
lists.

Part of the kernel, so that the gate answers 410 for every route in one place: after an allow
decision about a youth, whatever the route (the youth, their signals, factors, case, ...).
Written against the table, not the model, so the kernel imports no slice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Column, String, bindparam, column, or_, select, table
from sqlalchemy.orm import Session

from api.db import Base, UtcDateTime
from api.problems import Problem

# The grounds of a destruction, and how the 410 says them.
BEWAARTERMIJN = "bewaartermijn"
VERZOEK_BETROKKENE = "verzoek_betrokkene"
GRONDEN = {
    BEWAARTERMIJN: "de bewaartermijn van alle convenanten waaronder ze zijn gedeeld is verstreken",
    VERZOEK_BETROKKENE: "de betrokkene heeft om wissing gevraagd (AVG art. 17)",
}

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

_JONGEREN = table(
    "jongeren",
    column("id", String(36)),
    Column("vernietigd_op", UtcDateTime),
    column("vernietigingsgrond", String(40)),
)
_TOMBSTONE = select(_JONGEREN.c.vernietigd_op, _JONGEREN.c.vernietigingsgrond).where(
    _JONGEREN.c.id == bindparam("id"), _JONGEREN.c.vernietigd_op.is_not(None)
)
DESTROYED_IDS = select(_JONGEREN.c.id).where(_JONGEREN.c.vernietigd_op.is_not(None))


@dataclass(frozen=True)
class Tombstone:
    vernietigd_op: datetime
    grond: str


def tombstone(session: Session, jongere_id: str | None) -> Tombstone | None:
    """The tombstone of a youth whose data is destroyed; None for any other id. A youth the
    request loaded already is answered without a query."""
    if jongere_id is None:
        return None
    loaded = _loaded_youth(session, jongere_id)
    if loaded is not None:
        moment, grond = loaded.vernietigd_op, loaded.vernietigingsgrond
        return Tombstone(moment, str(grond)) if moment is not None else None
    row = session.execute(_TOMBSTONE, {"id": jongere_id}).first()
    if row is None:
        return None
    return Tombstone(row.vernietigd_op, str(row.vernietigingsgrond))


def _loaded_youth(session: Session, jongere_id: str) -> Any:
    """The youth's row in this session's identity map, or None."""
    mapper = _youth_mapper()
    if mapper is None:
        return None
    return session.identity_map.get(mapper.identity_key_from_primary_key((jongere_id,)))


@cache
def _youth_mapper() -> Any:
    """The youth model's mapper, found by its table name, so that the kernel imports no slice
    (None until the model is imported, which is always before a request)."""
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == "jongeren":
            return mapper
    return None


class Vernietigd(Problem):
    """410 Gone: the youth's data was destroyed, why and on which day (Amsterdam). It names
    neither the youth nor anything about them: only whoever may read the youth gets here."""

    def __init__(self, grave: Tombstone) -> None:
        day = grave.vernietigd_op.astimezone(AMSTERDAM).date()
        why = GRONDEN.get(grave.grond, "de gegevens mochten niet langer worden bewaard")
        super().__init__(
            410,
            "Gegevens vernietigd",
            f"De gegevens over deze jongere zijn op {day.isoformat()} vernietigd: {why}. "
            "Ze zijn niet meer te lezen; de audit-log bewaart wie ze eerder verwerkte.",
            type_="vernietigd",
            extra={"vernietigdOp": day.isoformat(), "grond": grave.grond},
        )


def refuse_if_destroyed(session: Session, jongere_id: str | None) -> None:
    """Raises 410 Gone when the youth's data is destroyed."""
    grave = tombstone(session, jongere_id)
    if grave is not None:
        raise Vernietigd(grave)


def without_destroyed(youth_column: Any) -> Any:
    """A list's condition: rows about a youth whose data is destroyed are left out (rows about
    no youth, such as a closure of premises, stay)."""
    return or_(youth_column.is_(None), youth_column.not_in(DESTROYED_IDS))
