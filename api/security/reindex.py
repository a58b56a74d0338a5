"""`aanwas keys blind-index-rotate`: a new blind-index key, and every stored blind index
recomputed under it from the sealed value it indexes (a youth's BSN; a closed premises'
postcode and house number).

The key in use is first kept as `blind-index-key-previous`, then the new key takes its place:
from then on every process makes new indexes under the new key and looks values up under
both (api/security/blind_index_keys.py). The stored indexes are recomputed table by table in
id order, in batches that each commit on their own; a row's UPDATE applies only while it still
holds the index it was read with. An interrupted run is run again and goes on with the same new
key; at the end the previous key is removed. The pseudonym key is never touched.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from api.security.blind_index_keys import (
    BSN,
    KEY_FILE,
    PAND,
    PREVIOUS_FILE,
    PSEUDONYM_FILE,
    read_key,
)
from api.security.crypto import (
    BlindIndex,
    FieldIntegrityError,
    FieldPlace,
    b64e,
    locked_keys,
    replace_secret_file,
    write_secret_file,
)
from api.security.envelope import Envelope
from api.security.gate import premises
from api.security.rewrap import apply_batch


def keep_pseudonym_key(keys_dir: Path) -> bool:
    """Splits the pseudonym key off (a copy of the blind-index key the pseudonyms were made
    with) unless it is there; True when it was made now."""
    path = keys_dir / PSEUDONYM_FILE
    if path.exists():
        return False
    previous = keys_dir / PREVIOUS_FILE  # an interrupted rotation: the older key is the one
    source = previous if previous.exists() else keys_dir / KEY_FILE
    write_secret_file(path, b64e(read_key(source)))
    return True


def begin(keys_dir: Path) -> bool:
    """Keeps the key in use as the previous key and puts a new one in its place; False when a
    rotation was already under way (its new key is kept, the run goes on)."""
    with locked_keys(keys_dir, KEY_FILE):
        if (keys_dir / PREVIOUS_FILE).exists():
            return False
        write_secret_file(keys_dir / PREVIOUS_FILE, b64e(read_key(keys_dir / KEY_FILE)))
        replace_secret_file(keys_dir / KEY_FILE, b64e(secrets.token_bytes(32)))
    return True


def finish(keys_dir: Path) -> None:
    """Every index is under the new key: the previous key goes. The key file is written again
    (the same key) so that running processes notice and stop asking under the old one."""
    with locked_keys(keys_dir, KEY_FILE):
        current = read_key(keys_dir / KEY_FILE)
        (keys_dir / PREVIOUS_FILE).unlink(missing_ok=True)
        replace_secret_file(keys_dir / KEY_FILE, b64e(current))


@dataclass
class Reindexed:
    changed: dict[str, int] = field(default_factory=dict)  # table: rows re-indexed
    not_intact: dict[str, int] = field(default_factory=dict)  # table: values that do not open
    interrupted: bool = False
    seconds: float = 0.0


@dataclass(frozen=True)
class _Indexed:
    """A table with a blind index, and how to compute it from the row's sealed values."""

    table: str
    index_column: str
    sealed: tuple[str, ...]
    purpose: str
    value: Callable[..., str]


INDEXED = (
    _Indexed("jongeren", "bsn_index", ("bsn",), BSN, lambda bsn: bsn),
    _Indexed("maatregelen", "pand_index", ("pand_postcode", "pand_huisnummer"), PAND, premises),
)


def to_reindex(session: Session) -> int:
    """How many stored blind indexes there are (all are recomputed)."""
    import api.models  # noqa: F401  (every table)
    from api.db import Base

    total = 0
    for indexed in INDEXED:
        table = Base.metadata.tables[indexed.table]
        found = session.scalar(
            select(func.count()).where(table.c[indexed.index_column].is_not(None))
        )
        total += int(found or 0)
    return total


def reindex(
    sessions: sessionmaker[Session],
    envelope: Envelope,
    key: bytes,
    *,
    batch: int = 500,
    pause: float = 0.0,
    stop: Callable[[], bool] = lambda: False,
    progress: Callable[[int], None] = lambda done: None,
) -> Reindexed:
    """Recomputes every stored blind index under `key`."""
    import api.models  # noqa: F401  (every table)

    done = Reindexed()
    started = time.monotonic()
    for indexed in INDEXED:
        _reindex_table(
            sessions,
            envelope,
            BlindIndex(key, indexed.purpose),
            indexed,
            batch,
            pause,
            stop,
            progress,
            done,
        )
        if done.interrupted:
            break
    done.seconds = time.monotonic() - started
    return done


def _reindex_table(
    sessions: sessionmaker[Session],
    envelope: Envelope,
    index: BlindIndex,
    indexed: _Indexed,
    batch: int,
    pause: float,
    stop: Callable[[], bool],
    progress: Callable[[int], None],
    done: Reindexed,
) -> None:
    from api.db import Base

    table = Base.metadata.tables[indexed.table]
    column = table.c[indexed.index_column]
    statement = (
        update(table)
        .where(table.c.id == bindparam("b_id"), column == bindparam("b_old"))
        .values({indexed.index_column: bindparam("b_new")})
    )
    after = ""
    while True:
        if stop():
            done.interrupted = True
            return
        with sessions() as session:
            rows = session.execute(
                select(table.c.id, column, *(table.c[name] for name in indexed.sealed))
                .where(column.is_not(None), table.c.id > after)
                .order_by(table.c.id)
                .limit(batch)
            ).all()
            if not rows:
                return
            keys = envelope.keys_for(session)
            changes: list[dict[str, Any]] = []
            for row in rows:
                try:
                    plain = [
                        keys.open(str(row[2 + n]), FieldPlace(indexed.table, name, row.id))
                        for n, name in enumerate(indexed.sealed)
                    ]
                except FieldIntegrityError:  # a destroyed data key, or a damaged value
                    done.not_intact[indexed.table] = done.not_intact.get(indexed.table, 0) + 1
                    continue
                new = index.digest(indexed.value(*plain))
                if new != row[1]:
                    changes.append({"b_id": row.id, "b_old": row[1], "b_new": new})
            applied = apply_batch(session, statement, changes)
            session.commit()
        done.changed[indexed.table] = done.changed.get(indexed.table, 0) + applied
        after = rows[-1].id
        progress(len(rows))
        if pause:
            time.sleep(pause)
