"""The retention job (`aanwas retentie`, and the worker on a timer): finds the youths whose
every purpose has lapsed (api/retentie/verval.py) and destroys their data
(api/retentie/vernietiging.py), each with one audit record in the same transaction: action
`destroy`, resource `jongere`, the youth's pseudonym, the ground and the covenants whose
retention ended. A dry run lists what would go and changes nothing."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.db import utcnow
from api.jongeren.models import Jongere
from api.retentie.bewaartermijn import AMSTERDAM, period_of
from api.retentie.vernietiging import data_key_ids, destroy, subject
from api.retentie.verval import Lapse, lapsed
from api.security import audit
from api.security.audit import Access
from api.security.vernietigd import BEWAARTERMIJN

Forget = Callable[[tuple[str, str], list[str]], None]

# Youths destroyed per transaction: each with its record; a failure loses no more than a batch.
BATCH = 100


@dataclass(frozen=True)
class Uitkomst:
    """One youth that goes (or would go): no personal data, only the pseudonym of the log."""

    pseudoniem: str
    grond: str
    laatste_gebeurtenis: date | None
    bewaren_tot: date | None
    convenanten: tuple[str, ...]
    # Not printed: for the caller's cache to forget.
    jongere_id: str = field(default="", repr=False, compare=False)
    data_keys: list[str] = field(default_factory=list, repr=False, compare=False)

    def as_line(self) -> dict[str, Any]:
        return {
            "pseudoniem": self.pseudoniem,
            "grond": self.grond,
            "laatsteGebeurtenis": _iso(self.laatste_gebeurtenis),
            "bewarenTot": _iso(self.bewaren_tot),
            "convenanten": list(self.convenanten),
        }


def covenants_from(policies_dir: Path) -> dict[str, Any]:
    """The covenant texts as the policy engine loads them (policies/convenanten/<code>/)."""
    found: dict[str, Any] = {}
    for path in sorted((policies_dir / "convenanten").glob("*/data.json")):
        text = json.loads(path.read_text())
        if isinstance(text, dict):
            found[path.parent.name] = text
    return found


def today_in_amsterdam(moment: datetime | None = None) -> date:
    return (moment or utcnow()).astimezone(AMSTERDAM).date()


def run(
    sessions: Callable[[], Session],
    covenants: dict[str, Any],
    pseudonym: Callable[[str], str],
    *,
    today: date | None = None,
    dry_run: bool = False,
    operator: str | None = None,
    forget: Forget | None = None,
) -> list[Uitkomst]:
    """Destroys (or, dry, lists) every youth whose data lapsed by `today` (Amsterdam);
    `forget` drops their data keys from the calling process's cache (the worker's)."""
    today = today or today_in_amsterdam()
    with sessions() as session:
        lapses = lapsed(session, covenants, today)
    outcomes = []
    for start in range(0, len(lapses), BATCH):
        with sessions() as session:
            batch = [
                outcome
                for lapse in lapses[start : start + BATCH]
                if (outcome := _one(session, covenants, pseudonym, lapse, today, dry_run, operator))
            ]
            if not dry_run:
                session.commit()
                for outcome in batch:
                    if forget is not None:
                        forget(subject(outcome.jongere_id), outcome.data_keys)
        outcomes += batch
    return outcomes


def _one(
    session: Session,
    covenants: dict[str, Any],
    pseudonym: Callable[[str], str],
    lapse: Lapse,
    today: date,
    dry_run: bool,
    operator: str | None,
) -> Uitkomst | None:
    """One youth, checked again with its row locked (a push may have come in since)."""
    if not dry_run:  # (a dry run locks nothing)
        session.execute(select(Jongere.id).where(Jongere.id == lapse.jongere_id).with_for_update())
    current = lapsed(session, covenants, today, only=lapse.jongere_id)
    if not current:
        return None
    lapse = current[0]
    outcome = Uitkomst(
        pseudoniem=pseudonym(lapse.jongere_id),
        grond=BEWAARTERMIJN,
        laatste_gebeurtenis=lapse.laatste_gebeurtenis,
        bewaren_tot=lapse.bewaren_tot,
        convenanten=tuple(sorted(lapse.convenanten)),
        jongere_id=lapse.jongere_id,
    )
    if dry_run:
        return outcome
    outcome.data_keys.extend(data_key_ids(session, lapse.jongere_id))
    if not destroy(session, lapse.jongere_id, BEWAARTERMIJN, utcnow()):
        return None
    audit.append(session, [_record(outcome, covenants, lapse.jongere_id, operator)])
    return outcome


def _record(
    outcome: Uitkomst, covenants: dict[str, Any], jongere_id: str, operator: str | None
) -> dict[str, Any]:
    terms = ", ".join(f"{c} ({period_of(covenants, c)})" for c in outcome.convenanten)
    reason = (
        f"gegevens vernietigd: bewaartermijn verstreken (convenant {terms or 'onbekend'}); "
        f"laatste gebeurtenis {_iso(outcome.laatste_gebeurtenis)}, "
        f"bewaren tot {_iso(outcome.bewaren_tot)}"
    )
    return audit.record_values(
        request_id=str(uuid.uuid4()),
        principal=None,
        purpose=None,
        access=Access("destroy", "jongere", jongere_id, jongere_id),
        outcome="allow",
        reason=reason,
        pseudonym=outcome.pseudoniem,
        activity_id=None,
        user=operator or "systeem:retentie",
    )


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
