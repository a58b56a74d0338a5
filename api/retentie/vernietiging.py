"""Crypto-shredding one youth: what goes and what stays, in the caller's transaction.

Goes: the youth's data keys (their sealed fields can no longer be opened, wherever a copy of
them is), the BSN's blind index entry (a later push with that BSN registers a new youth, and no
partner is told any longer that others know this one: the match notice is gone), and derived
work still waiting for them. Stays: the row as a tombstone (when, and on which ground), so that
reads answer 410 Gone (api/security/vernietigd.py) and lists leave the youth out; and the audit
log, which holds no content, with the whole history under the youth's pseudonym.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from api import outbox
from api.jongeren.models import Jongere
from api.outbox import OutboxJob


def destroy(session: Session, jongere_id: str, grond: str, moment: datetime) -> bool:
    """Destroys the youth's data on this ground; False when it was destroyed already."""
    done = session.execute(
        update(Jongere)
        .where(Jongere.id == jongere_id, Jongere.vernietigd_op.is_(None))
        .values(vernietigd_op=moment, vernietigingsgrond=grond, bsn_index=None)
        .execution_options(synchronize_session=False)
    )
    if not done.rowcount:  # type: ignore[attr-defined]
        return False
    # An assessment still to be made would open the youth's date of birth: there is none now.
    session.execute(
        delete(OutboxJob).where(
            OutboxJob.soort == outbox.DOELGROEPTOETS, OutboxJob.sleutel == jongere_id
        )
    )
    return True
