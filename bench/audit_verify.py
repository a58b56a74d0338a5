"""How fast `aanwas audit verify` checks a log: records per second over a generated log.

Run with `make bench` (or `python bench/audit_verify.py [RECORDS] [postgresql]`, default
1,000,000 records on SQLite). Builds a chained, checkpointed log in a temporary database
through the same hashing code the API uses (inserted in bulk, so generating is quick), then
times the full verification as `aanwas audit verify` runs it, the same in one process, and, as
the baseline in the same run, every record encoded and hashed in Python. Prints rates and
their ratio; asserts only that the generated log verifies.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert

from api.db import make_engine, migrate, session_factory
from api.security import audit
from api.security.audit.keys import load_or_create_signing_key
from api.security.models import AuditHead, AuditRecord

RECORDS = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
# `postgresql` as second argument: in a PostgreSQL database of its own (AANWAS_TEST_POSTGRES_URL).
ON_POSTGRESQL = len(sys.argv) > 2 and sys.argv[2] == "postgresql"
BATCH = 20_000


def generate(url: str, count: int, keys_dir: Path) -> None:
    key = load_or_create_signing_key(keys_dir, production=False)
    engine = make_engine(url)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    prev = audit.chain.GENESIS
    with session_factory(engine)() as session:
        rows = []
        for seq in range(1, count + 1):
            values = {
                "seq": seq,
                "occurred_at": start + timedelta(milliseconds=seq),
                "request_id": str(uuid.UUID(int=seq)),
                "client_id": f"politie-{seq % 50:012x}",
                "org": "politie",
                "roles": ["partner_system"],
                "user": None,
                "action": "read",
                "resource_type": "signaal",
                "resource_id": str(uuid.UUID(int=seq * 7)),
                "jongere_pseudoniem": f"{seq % 5000:064x}",
                "purpose": "signalering",
                "activity_id": "va-aanwas-01-vroegsignalering",
                "decision": "allow",
                "reason": "toegestaan onder convenant",
                "categories": ["identiteit", "signaal"],
                "covenants": ["groepsaanpak"],
                "decision_id": str(uuid.UUID(int=seq * 13)),
                "policy_revision": "4/0123456789abcdef",
                "basis": "convenant",
                "http_status": None,
                "trace_id": f"{seq:032x}",
                "span_id": f"{seq:016x}",
            }
            digest = audit.chain.chain_hash(prev, audit.hashable(values))
            rows.append({**values, "prev_hash": prev, "record_hash": digest})
            prev = digest
            if len(rows) == BATCH:
                session.execute(insert(AuditRecord), rows)
                rows = []
        if rows:
            session.execute(insert(AuditRecord), rows)
        head = session.get(AuditHead, 1)
        assert head is not None
        head.seq, head.hash = count, prev
        session.flush()
        audit.checkpoint(session, key)
        session.commit()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        if ON_POSTGRESQL:
            from tests.conftest import _postgres_database

            for url in _postgres_database():
                measure(url, Path(folder))
        else:
            measure(f"sqlite:///{Path(folder) / 'audit.db'}", Path(folder))


def measure(url: str, folder: Path) -> None:
    migrate(url)
    began = time.perf_counter()
    generate(url, RECORDS, folder / "keys")
    print(f"generated {RECORDS:,} records in {time.perf_counter() - began:.1f} s")
    key = load_or_create_signing_key(folder / "keys", production=False)
    keys = {key.key_id: key.public}
    workers = os.cpu_count() or 1
    rates = {}
    # In one process with the CLI's default (a process per core on SQLite; PostgreSQL's own
    # parallel workers), then in one process alone, then every record encoded in Python (the
    # portable path an export is checked with): the baseline.
    for name, processes in (("verify", workers), ("verify, one process", 1)):
        with session_factory(make_engine(url))() as session:
            began = time.perf_counter()
            result = audit.verify_database(session, keys, workers=processes)
            rates[name] = RECORDS / (time.perf_counter() - began)
            assert result.intact and result.records == RECORDS, result.as_json()
    with session_factory(make_engine(url))() as session:
        began = time.perf_counter()
        portable = audit.chain.verify(audit.stored_records(session), [], keys)
        rates["encoding in Python"] = RECORDS / (time.perf_counter() - began)
        assert portable.intact
    make_engine(url).dispose()
    print(f"verified {RECORDS:,} records on {'PostgreSQL' if ON_POSTGRESQL else 'SQLite'}:")
    for name, rate in rates.items():
        print(f"  {name:22} {rate:>10,.0f} records/s")
    print(
        f"  verify / encoding in Python: {rates['verify'] / rates['encoding in Python']:.1f}x "
        f"({workers} cores)"
    )


if __name__ == "__main__":
    main()
