"""Which youths' data may go: every purpose for keeping it has lapsed.

A youth's data lapses when no duty keeps it (an open case, a RIEC-melding not yet answered, a
measure still in force) and every record about them is past the day it is kept until: the day
it was registered (Amsterdam) plus the longest retention period of the covenants under which its
supplier shares it (api/retentie/bewaartermijn.py, as the inzage shows it per item).

Found in the database, never by opening a sealed field: per kind of record (the inzage's list,
api/inzage/soorten.py), per youth and supplier, the newest registration.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, func, null, or_, select
from sqlalchemy.orm import Session

from api.casussen.models import Casus
from api.inzage.soorten import SOORTEN, Soort
from api.jongeren.facts import fact_columns
from api.jongeren.models import Jongere
from api.maatregelen.models import Maatregel
from api.retentie.bewaartermijn import add_period, period_of, registered_day, sharing

# The duties that keep a youth's data whatever the retention periods say (also against an
# erasure request: AVG art. 17(3)(b), the task the covenants serve), in the words a 409 uses.
OPEN_CASE = "er loopt een persoonsgerichte aanpak (een open casus)"
OPEN_RIEC = "een RIEC-melding is nog niet beantwoord"
MEASURE_IN_FORCE = "een maatregel is nog van kracht"
MEASURE_STATUSES_IN_FORCE = ("voorgenomen", "opgelegd")


@dataclass
class Lapse:
    """A youth whose data may go: the newest registration that counted, and the day the
    longest retention that applied to it ended, under which covenants."""

    jongere_id: str
    laatste_gebeurtenis: date | None = None
    bewaren_tot: date | None = None
    convenanten: set[str] = field(default_factory=set)

    def extend(self, day: date, until: date, codes: Iterable[str]) -> None:
        if self.bewaren_tot is None or until > self.bewaren_tot:
            self.bewaren_tot = until
            self.laatste_gebeurtenis = day
            self.convenanten = set(codes)
        elif until == self.bewaren_tot:
            self.convenanten |= set(codes)
            if self.laatste_gebeurtenis is None or day > self.laatste_gebeurtenis:
                self.laatste_gebeurtenis = day


def duties(session: Session, jongere_id: str, today: date) -> list[str]:
    """What keeps this youth's data whatever the retention periods say (empty: nothing)."""
    facts = session.execute(select(*fact_columns(jongere_id))).one()
    found = []
    if facts.pga_actief:
        found.append(OPEN_CASE)
    if facts.riec_melding:
        found.append(OPEN_RIEC)
    if session.scalar(_measure_in_force(today).where(Maatregel.jongere_id == jongere_id)):
        found.append(MEASURE_IN_FORCE)
    return found


def _measure_in_force(today: date) -> Select[Any]:
    return select(func.count()).where(
        Maatregel.status.in_(MEASURE_STATUSES_IN_FORCE),
        or_(Maatregel.einddatum.is_(None), Maatregel.einddatum >= today),
    )


def lapsed(
    session: Session, covenants: dict[str, Any], today: date, only: str | None = None
) -> list[Lapse]:
    """The youths whose data may go today (of `only` that youth), oldest retention end first."""
    candidates = _without_duties(session, today, only)
    if not candidates:
        return []
    found = {jongere_id: Lapse(jongere_id) for jongere_id in candidates}
    longest = _longest_end_fn(covenants)
    for soort in SOORTEN:
        if soort.moment is None:
            continue  # (an agenda item has no moment of its own; its meeting's outcome does)
        for jongere_id, provider, newest in session.execute(_newest_per_supplier(soort, only)):
            lapse = found.get(jongere_id)
            if lapse is None or newest is None:
                continue
            day = registered_day(_aware(newest))
            until, codes = longest(day, provider, soort)
            lapse.extend(day, until, codes)
    gone = [
        lapse
        for lapse in found.values()
        if lapse.bewaren_tot is not None and lapse.bewaren_tot < today
    ]
    return sorted(gone, key=lambda lapse: (lapse.bewaren_tot or today, lapse.jongere_id))


def _without_duties(session: Session, today: date, only: str | None) -> set[str]:
    """Youths not destroyed yet, without an open case, an open RIEC-melding or a measure in
    force."""
    facts = {f.name: f for f in fact_columns(Jongere.id)}
    in_force = (
        _measure_in_force(today).where(Maatregel.jongere_id == Jongere.id).scalar_subquery() > 0
    )
    query = select(Jongere.id).where(
        Jongere.vernietigd_op.is_(None),
        ~facts["pga_actief"].element,
        ~facts["riec_melding"].element,
        ~in_force,
    )
    if only is not None:
        query = query.where(Jongere.id == only)
    return set(session.scalars(query).all())


def _newest_per_supplier(soort: Soort, only: str | None) -> Select[Any]:
    """Per youth and supplier, the newest registration of this kind of record."""
    table: Any = soort.model.__table__.c
    youth: Any
    if soort.model is Jongere:
        youth = table.id
    elif soort.through_case:
        youth = Casus.jongere_id
    else:
        youth = table.jongere_id
    provider: ColumnElement[Any] = table[soort.provider] if soort.provider else null()
    query = select(youth, provider, func.max(table[soort.moment]))
    if soort.through_case:
        query = query.join(Casus, Casus.id == table.casus_id)
    query = query.where(youth.is_not(None) if only is None else youth == only).group_by(youth)
    return query.group_by(provider) if soort.provider else query


def _longest_end_fn(covenants: dict[str, Any]) -> Any:
    """(day, supplier, kind) -> (the day a record registered that day is kept until, the
    covenants that say so). A record whose kind decides its category row by row (a measure, an
    outcome, an escalation), or that no covenant shares, is kept as long as the longest
    retention of any covenant its supplier is party to (of any covenant at all, for none):
    never shorter than it should be."""
    all_codes = [code for code in covenants if period_of(covenants, code)]

    def longest(day: date, provider: str | None, soort: Soort) -> tuple[date, list[str]]:
        if soort.category_of is None:
            codes = [code for code, _ in sharing(covenants, provider, soort.category)]
        else:
            codes = [c for c in all_codes if provider in covenants[c].get("partijen", [])]
        codes = [c for c in codes if period_of(covenants, c)] or all_codes
        ends = {c: add_period(day, period_of(covenants, c) or "") for c in codes}
        known = {c: end for c, end in ends.items() if end is not None}
        if not known:
            return date.max, []  # a period this cannot read: kept, never guessed away
        until = max(known.values())
        return until, sorted(c for c, end in known.items() if end == until)

    return longest


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
