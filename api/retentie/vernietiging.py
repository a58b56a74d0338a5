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

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from api import outbox
from api.jongeren.models import Jongere
from api.outbox import OutboxJob
from api.security.data_keys import DataKey, destroy_data_keys

SUBJECT_KIND = "jongere"  # the data subject the envelope seals a youth's fields under


def subject(jongere_id: str) -> tuple[str, str]:
    return (SUBJECT_KIND, jongere_id)


def data_key_ids(session: Session, jongere_id: str) -> list[str]:
    """The ids of the youth's data keys (for the process caches to forget after destroying)."""
    return list(
        session.scalars(
            select(DataKey.id).where(
                DataKey.onderwerp_soort == SUBJECT_KIND, DataKey.onderwerp_id == jongere_id
            )
        ).all()
    )


def destroy(session: Session, jongere_id: str, grond: str, moment: datetime) -> bool:
    """Destroys the youth's data on this ground; False when it was destroyed already. Their
    data keys are deleted in this transaction: a process that has one cached opens their
    fields until the cache entry expires (api/security/envelope.py, 5 minutes)."""
    done = session.execute(
        update(Jongere)
        .where(Jongere.id == jongere_id, Jongere.vernietigd_op.is_(None))
        .values(vernietigd_op=moment, vernietigingsgrond=grond, bsn_index=None)
        .execution_options(synchronize_session=False)
    )
    if not done.rowcount:  # type: ignore[attr-defined]
        return False
    destroy_data_keys(session, SUBJECT_KIND, jongere_id)
    # An assessment still to be made would open the youth's date of birth: there is none now.
    session.execute(
        delete(OutboxJob).where(
            OutboxJob.soort == outbox.DOELGROEPTOETS, OutboxJob.sleutel == jongere_id
        )
    )
    return True
