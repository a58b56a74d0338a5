"""`aanwas keys rewrap`: data keys wrapped by an older KEK wrapped again by the primary.

Only the wrapping changes: a DEK's own key, and so every value sealed under it, stays as it
is. The run goes in id order through the DEKs whose KEK is not the primary, in batches that
each commit on their own; a batch's UPDATE applies to a row only while it still names the KEK
it was read with, so a running API (which makes DEKs under the primary and destroys them at the
end of their retention) and a second rewrap never lose a change. An interrupted run leaves
every DEK wrapped by one KEK or the other, each unwrapping; run it again to finish.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from api.security.data_keys import DataKey, data_key_binding
from api.security.kek import KeyEncryptionKeys, WrappedKeyDamaged


def deks_per_kek(session: Session) -> dict[str, int]:
    """How many DEKs each KEK wraps, by key id (a KEK that wraps none is absent)."""
    rows = session.execute(select(DataKey.kek_id, func.count()).group_by(DataKey.kek_id))
    return {str(kid): int(count) for kid, count in rows}


def still_to_rewrap(session: Session, primary: str) -> int:
    """How many DEKs are wrapped by a KEK other than the primary."""
    found = session.scalar(select(func.count()).where(DataKey.kek_id != primary))
    return int(found or 0)


@dataclass
class Rewrapped:
    """What one run did: DEKs wrapped again, DEKs another process changed first (destroyed,
    or rewrapped by a second run), DEKs that did not unwrap (left as they are), and whether it
    stopped before the end."""

    rewrapped: int = 0
    changed_meanwhile: int = 0
    damaged: list[str] = field(default_factory=list)  # DEK ids, never key material
    interrupted: bool = False
    seconds: float = 0.0

    def per_second(self) -> float:
        return self.rewrapped / self.seconds if self.seconds > 0 else 0.0


_STATEMENT = (
    update(DataKey.__table__)  # type: ignore[arg-type]
    .where(
        DataKey.__table__.c.id == bindparam("b_id"),
        DataKey.__table__.c.kek_id == bindparam("b_old"),
    )
    .values(kek_id=bindparam("b_kek"), verpakt=bindparam("b_wrapped"))
)


def rewrap(
    sessions: sessionmaker[Session],
    keks: KeyEncryptionKeys,
    *,
    batch: int = 500,
    pause: float = 0.0,
    stop: Callable[[], bool] = lambda: False,
    progress: Callable[[int], None] = lambda done: None,
) -> Rewrapped:
    """Wraps every DEK whose KEK is not the primary again with the primary. `stop` is asked
    between batches (a signal sets it); `progress` hears how many DEKs each batch settled;
    `pause` seconds between batches leave the database to the API. Raises KekUnavailable when
    a DEK names a KEK the provider does not hold (the batches before stay committed)."""
    done = Rewrapped()
    started = time.monotonic()
    after = ""
    while not stop():
        primary = keks.primary()  # a rotation during the run: the rest goes to the new one
        with sessions() as session:
            rows = session.execute(
                select(
                    DataKey.id,
                    DataKey.onderwerp_soort,
                    DataKey.onderwerp_id,
                    DataKey.kek_id,
                    DataKey.verpakt,
                )
                .where(DataKey.kek_id != primary, DataKey.id > after)
                .order_by(DataKey.id)
                .limit(batch)
            ).all()
            if not rows:
                break
            changes: list[dict[str, Any]] = []
            for dek_id, soort, onderwerp_id, old, wrapped in rows:
                binding = data_key_binding(dek_id, soort, onderwerp_id)
                try:
                    dek = keks.unwrap(old, wrapped, binding)
                except WrappedKeyDamaged:
                    done.damaged.append(dek_id)
                    continue
                kek_id, rewrapped = keks.wrap(dek, binding)
                changes.append(
                    {"b_id": dek_id, "b_old": old, "b_kek": kek_id, "b_wrapped": rewrapped}
                )
            applied = apply_batch(session, _STATEMENT, changes)
            session.commit()
        after = rows[-1].id
        done.rewrapped += applied
        done.changed_meanwhile += len(changes) - applied
        progress(len(rows))
        if pause:
            time.sleep(pause)
    else:
        done.interrupted = True
    done.seconds = time.monotonic() - started
    return done


def apply_batch(session: Session, statement: Any, changes: list[dict[str, Any]]) -> int:
    """Runs a conditional UPDATE for each change of a batch; how many rows it changed (a row
    another process changed first is left to that process)."""
    if not changes:
        return 0
    connection = session.connection()
    if connection.dialect.supports_sane_multi_rowcount:
        return int(connection.execute(statement, changes).rowcount)
    return sum(int(connection.execute(statement, change).rowcount) for change in changes)
