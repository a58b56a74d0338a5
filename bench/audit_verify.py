"""How fast `aanwas audit verify` checks a log: records per second over a generated log.

Run with `make bench` (or `python bench/audit_verify.py [RECORDS]`, default 1,000,000). Builds
a chained, checkpointed log in a temporary SQLite database through the same hashing code the
API uses (inserted in bulk, so generating is quick), then times the full verification from the
database, and the hashing alone as the baseline in the same run. Prints rates and their ratio;
asserts only that the generated log verifies.
"""

from __future__ import annotations

import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert

from api.db import make_engine, migrate, session_factory
from api.security import audit, auditchain
from api.security.auditchain import load_or_create_signing_key
from api.security.models import AuditHead, AuditRecord

RECORDS = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
# `postgresql` as second argument: in a PostgreSQL database of its own (AANWAS_TEST_POSTGRES_URL).
ON_POSTGRESQL = len(sys.argv) > 2 and sys.argv[2] == "postgresql"
BATCH = 20_000


def generate(url: str, count: int, keys_dir: Path) -> None:
    key = load_or_create_signing_key(keys_dir, production=False)
    engine = make_engine(url)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    prev = auditchain.GENESIS
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
            digest = auditchain.chain_hash(prev, audit.hashable(values))
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
    encoded = audit.postgresql_encoded_records if ON_POSTGRESQL else audit.sqlite_encoded_records
    with session_factory(make_engine(url))() as session:
        began = time.perf_counter()
        result = audit.verify_database(session, keys)
        verify_seconds = time.perf_counter() - began
        assert result.intact and result.records == RECORDS, result.as_json()
        # Baselines in the same run: only reading what verification reads (no hashing, no
        # checks), and every record encoded in Python instead (the fallback path).
        began = time.perf_counter()
        read = sum(1 for _ in encoded(session))
        read_seconds = time.perf_counter() - began
        began = time.perf_counter()
        portable = auditchain.verify(audit.stored_records(session), [], keys)
        portable_seconds = time.perf_counter() - began
        assert portable.intact
    make_engine(url).dispose()
    print(f"verified {RECORDS:,} records:   {RECORDS / verify_seconds:,.0f} records/s")
    print(f"reading alone:                {read / read_seconds:,.0f} records/s")
    print(f"verification / reading:       {verify_seconds / read_seconds:.2f}x")
    print(f"encoding in Python instead:   {RECORDS / portable_seconds:,.0f} records/s")


if __name__ == "__main__":
    main()
