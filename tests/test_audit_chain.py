"""The audit log is tamper-evident: every kind of tampering made directly in the database (as a
database administrator could) is found by verification, and named at the first broken record.

Each test gets a database of its own (SQLite and PostgreSQL), fills it through the API's own
append path, signs checkpoints with a real Ed25519 key, then tampers with triggers disabled.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from api.db import make_engine, migrate, session_factory
from api.security import audit
from api.security.audit import Access
from api.security.audit.keys import SigningKey, load_or_create_signing_key
from api.security.models import AuditCheckpoint, AuditRecord
from api.settings import CHECKOUT
from api.worker.process import WorkerProcess
from tests.conftest import _postgres_database, sample_record

GOOD = {"intact": True}


@dataclass
class Log:
    engine: Engine
    key: SigningKey
    keys: dict[str, object]
    workers: int = 1

    def session(self) -> Session:
        return session_factory(self.engine)()

    def append(self, count: int, start: datetime | None = None, **fields: object) -> None:
        with self.session() as session:
            entries = []
            for n in range(count):
                values = audit.record_values(
                    request_id=str(uuid.uuid4()),
                    principal=None,
                    client_id=f"politie-{n:012x}",
                    org="politie",
                    purpose="signalering",
                    access=Access("read", "signaal", str(uuid.uuid4())),
                    outcome="allow",
                    reason="toegestaan onder convenant",
                    pseudonym=f"{n:064x}",
                    activity_id="va-aanwas-01-vroegsignalering",
                )
                if start is not None:
                    values["occurred_at"] = start + timedelta(minutes=n)
                values.update(fields)
                entries.append(values)
            audit.append(session, entries)
            session.commit()
            audit.seal_all(session)

    def checkpoint(self) -> audit.chain.Checkpoint:
        with self.session() as session:
            audit.seal_all(session)
            mark = audit.checkpoint(session, self.key)
            session.commit()
            return audit.as_checkpoint(mark)

    def verify(self, trusted: audit.chain.Checkpoint | None = None) -> dict[str, object]:
        with self.session() as session:
            return audit.verify_database(  # type: ignore[arg-type]
                session, self.keys, trusted, workers=self.workers
            ).as_json()

    @contextmanager
    def tampering(self) -> Iterator[Session]:
        """A session as a database administrator: the append-only triggers are off."""
        postgresql = self.engine.dialect.name == "postgresql"
        with self.engine.begin() as connection:
            if postgresql:
                connection.execute(text("ALTER TABLE audit_records DISABLE TRIGGER USER"))
                triggers = []
            else:
                triggers = connection.execute(
                    text(
                        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                        "AND tbl_name = 'audit_records'"
                    )
                ).all()
                for name, _sql in triggers:
                    connection.execute(text(f"DROP TRIGGER {name}"))
        try:
            with self.session() as session:
                yield session
                session.commit()
        finally:
            with self.engine.begin() as connection:
                if postgresql:
                    connection.execute(text("ALTER TABLE audit_records ENABLE TRIGGER USER"))
                for _name, sql in triggers:
                    connection.execute(text(sql))


@pytest.fixture(params=["sqlite", "sqlite-in-stretches", "postgresql"])
def log(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Log]:
    key = load_or_create_signing_key(tmp_path / "keys", production=False)
    keys = {key.key_id: key.public}
    if request.param.startswith("sqlite"):
        url = f"sqlite:///{tmp_path / 'audit.db'}"
        migrate(url)
        if request.param == "sqlite-in-stretches":
            # The chain cut into three stretches checked by processes of their own and joined:
            # every tampering must be named exactly as one walk over the chain names it.
            monkeypatch.setattr(audit.verify, "PARALLEL_FROM", 1)
            yield Log(make_engine(url), key, keys, workers=3)
        else:
            yield Log(make_engine(url), key, keys)
    else:
        for url in _postgres_database():
            migrate(url)
            yield Log(make_engine(url), key, keys)


def first_break(result: dict[str, object]) -> tuple[object, object]:
    assert result["intact"] is False, result
    broken = result["eersteBreuk"]
    assert isinstance(broken, dict)
    return broken["seq"], broken["soort"]


def test_an_untouched_log_verifies_with_its_checkpoints(log: Log) -> None:
    log.append(20)
    log.checkpoint()
    log.append(5)
    result = log.verify()
    assert result["intact"] is True
    assert (result["records"], result["eersteSeq"], result["laatsteSeq"]) == (25, 1, 25)
    assert result["checkpoints"] == 1


def test_a_modified_field_is_found(log: Log) -> None:
    log.append(20)
    with log.tampering() as session:
        session.execute(text("UPDATE audit_records SET decision = 'deny' WHERE seq = 7"))
    assert first_break(log.verify()) == (7, "inhoud")


def test_a_deleted_record_is_found(log: Log) -> None:
    log.append(20)
    with log.tampering() as session:
        session.execute(text("DELETE FROM audit_records WHERE seq = 12"))
    assert first_break(log.verify()) == (12, "ontbreekt")


def test_an_inserted_record_is_found(log: Log) -> None:
    log.append(20)
    with log.tampering() as session:
        # Make room after record 10 and insert a well-formed record there, hashed correctly
        # onto record 10: the record after it no longer links.
        session.execute(text("UPDATE audit_records SET seq = seq + 1000 WHERE seq > 10"))
        session.execute(text("UPDATE audit_records SET seq = seq - 999 WHERE seq > 1000"))
        tenth = session.execute(
            text("SELECT record_hash FROM audit_records WHERE seq = 10")
        ).scalar_one()
        forged = audit.record_values(
            request_id=str(uuid.uuid4()),
            principal=None,
            purpose="signalering",
            access=Access("read", "signaal"),
            outcome="allow",
            reason="ingevoegd",
            pseudonym=None,
            activity_id=None,
        )
        forged["seq"] = 11
        digest = audit.chain.chain_hash(tenth, audit.hashable(forged))
        session.add(AuditRecord(**forged, prev_hash=tenth, record_hash=digest))
    assert first_break(log.verify()) == (12, "schakel")


def test_two_swapped_records_are_found(log: Log) -> None:
    log.append(20)
    with log.tampering() as session:
        session.execute(text("UPDATE audit_records SET seq = -5 WHERE seq = 5"))
        session.execute(text("UPDATE audit_records SET seq = 5 WHERE seq = 6"))
        session.execute(text("UPDATE audit_records SET seq = 6 WHERE seq = -5"))
    assert first_break(log.verify()) == (5, "schakel")


def test_a_truncated_tail_is_found_by_the_signed_checkpoint(log: Log) -> None:
    log.append(20)
    log.checkpoint()
    with log.tampering() as session:
        session.execute(text("DELETE FROM audit_records WHERE seq > 15"))
    assert first_break(log.verify()) == (20, "afgekapt")


def test_a_chain_rewritten_without_the_signing_key_is_found(log: Log) -> None:
    log.append(20)
    log.checkpoint()
    with log.tampering() as session:
        # The administrator knows the algorithm: changes record 8 and recomputes every hash
        # after it, so the chain itself is consistent again. Only the signature can tell.
        session.execute(text("UPDATE audit_records SET reason = 'niets gebeurd' WHERE seq = 8"))
        rows = session.scalars(select(AuditRecord).order_by(AuditRecord.seq)).all()
        prev = audit.chain.GENESIS
        for row in rows:
            session.refresh(row)
            values = audit.row_values(row)
            digest = audit.chain.chain_hash(prev, values)
            session.execute(
                text("UPDATE audit_records SET prev_hash = :p, record_hash = :h WHERE seq = :s"),
                {"p": prev, "h": digest, "s": row.seq},
            )
            prev = digest
    assert first_break(log.verify()) == (20, "herschreven")


def test_a_forged_checkpoint_is_found(log: Log) -> None:
    log.append(5)
    mark = log.checkpoint()
    with log.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO audit_checkpoints (soort, seq, hash, made_at, key_id, signature) "
                "VALUES ('checkpoint', :seq, :hash, :made, :key, :sig)"
            ),
            {
                "seq": 5,
                "hash": mark.hash,
                "made": mark.made_at,
                "key": mark.key_id,
                "sig": mark.signature[:-4] + "AAA=",
            },
        )
    assert first_break(log.verify()) == (5, "handtekening")


def test_an_earlier_checkpoint_proves_the_log_was_only_appended_to(log: Log) -> None:
    log.append(10)
    kept = log.checkpoint()  # the privacy officer keeps this
    log.append(10)
    assert log.verify(trusted=kept)["intact"] is True
    # Rewriting before the kept checkpoint (even consistently, and with the stored checkpoint
    # removed) is caught: the kept one no longer matches.
    with log.engine.begin() as connection:
        if log.engine.dialect.name == "postgresql":
            connection.execute(text("ALTER TABLE audit_checkpoints DISABLE TRIGGER USER"))
            connection.execute(text("DELETE FROM audit_checkpoints"))
            connection.execute(text("ALTER TABLE audit_checkpoints ENABLE TRIGGER USER"))
        else:
            connection.execute(text("DROP TRIGGER audit_checkpoints_no_delete"))
            connection.execute(text("DELETE FROM audit_checkpoints"))
    with log.tampering() as session:
        session.execute(text("DELETE FROM audit_records WHERE seq > 5"))
        session.execute(
            text(
                "UPDATE audit_kop SET seq = 5, hash = "
                "(SELECT record_hash FROM audit_records WHERE seq = 5)"
            )
        )
    log.append(15)  # the log grows again past 10, on a different history
    assert log.verify()["intact"] is True  # nothing in the database can tell...
    assert first_break(log.verify(trusted=kept)) == (10, "herschreven")  # ...the kept one can


def test_records_cannot_be_changed_or_removed_through_sql(log: Log) -> None:
    log.append(3)
    for statement in (
        "UPDATE audit_records SET reason = 'x' WHERE seq = 1",
        "DELETE FROM audit_records WHERE seq = 1",
        "UPDATE audit_checkpoints SET seq = 1",
        "DELETE FROM audit_checkpoints",
    ):
        log.checkpoint()
        with pytest.raises(DBAPIError, match="append-only"), log.engine.begin() as connection:
            connection.execute(text(statement))
    if log.engine.dialect.name == "postgresql":
        with pytest.raises(DBAPIError, match="append-only"), log.engine.begin() as connection:
            connection.execute(text("TRUNCATE audit_records"))
    assert log.verify()["intact"] is True


def test_retention_removes_old_records_under_a_signed_cut_over(log: Log) -> None:
    long_ago = datetime.now(UTC) - timedelta(days=3000)
    log.append(10, start=long_ago)
    log.append(5)
    with log.session() as session:
        mark = audit.cut_over(session, log.key, datetime.now(UTC) - timedelta(days=2555))
        session.commit()
    assert mark is not None and mark.seq == 10
    result = log.verify()
    assert result["intact"] is True
    assert (result["eersteSeq"], result["records"]) == (11, 5)
    # Records after the cut-over stay protected.
    with pytest.raises(DBAPIError, match="append-only"), log.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_records WHERE seq = 11"))


def test_an_export_verifies_offline_with_only_the_public_key(log: Log, tmp_path: Path) -> None:
    log.append(12)
    log.checkpoint()
    with log.session() as session:
        lines = [json.dumps(line) for line in audit.export_lines(session)]
    records, marks = audit.read_export(iter(lines))
    public_only = {log.key.key_id: audit.keys.load_public_key(log.key.public_pem())}
    assert audit.chain.verify(records, marks, public_only).intact
    records[3]["reason"] = "anders"
    broken = audit.chain.verify(records, marks, public_only)
    assert broken.problems[0]["seq"] == 4


def test_unusual_access_is_reported(log: Log) -> None:
    saturday_night = datetime(2026, 11, 21, 22, 30, tzinfo=UTC)  # 23:30 in Amsterdam
    # One person reads 30 youths within the hour, on a Saturday night.
    log.append(
        30,
        start=saturday_night.replace(minute=0),
        client_id="gemeente-00000000abcd",
        org="gemeente",
        roles=["casusregisseur"],
        covenants=["groepsaanpak"],
    )
    # A burst of denials.
    log.append(
        6,
        start=saturday_night,
        client_id="halt-00000000beef",
        org="halt",
        roles=["halt_medewerker"],
        decision="deny",
        jongere_pseudoniem=None,
    )
    # Later, the same client's expired token refused: a record that names no organisation.
    log.append(
        1,
        start=saturday_night + timedelta(hours=1),
        client_id="gemeente-00000000abcd",
        org=None,
        roles=[],
        decision="deny",
        resource_type="token",
        jongere_pseudoniem=None,
    )
    with log.session() as session:
        found = audit_report(session, saturday_night - timedelta(days=1))
    assert found["veelJongeren"][0]["clientId"] == "gemeente-00000000abcd"
    assert found["veelJongeren"][0]["jongeren"] == 30
    assert found["veelJongeren"][0]["organisatie"] == "gemeente"  # not blanked by the refusal
    assert [f["clientId"] for f in found["buitenKantoortijd"]] == ["gemeente-00000000abcd"]
    (burst,) = [f for f in found["reeksWeigeringen"] if f["clientId"] == "halt-00000000beef"]
    assert burst["weigeringen"] == 6 and burst["organisatie"] == "halt"
    assert found["verlopenConvenant"][0]["convenant"] == "groepsaanpak"


def audit_report(session: Session, since: datetime) -> dict[str, list[dict[str, object]]]:
    from api.toezicht.service import Thresholds, unusual_access

    return unusual_access(
        session,
        since,
        since + timedelta(days=3),
        {"groepsaanpak": "2026-01-01"},
        Thresholds(youths_per_hour=20, denials_per_10_minutes=5),
    )


def test_a_burst_of_denials_is_found_across_the_turn_of_the_clock_and_told_once() -> None:
    from api.toezicht.service import bursts

    start = datetime(2026, 11, 28, 10, 7, tzinfo=UTC)

    def at(*minutes: int) -> list[datetime]:
        return [start + timedelta(minutes=m) for m in minutes]

    ten = timedelta(minutes=10)
    # 10:07 to 10:11: in no single clock-aligned ten minutes, still a burst.
    assert bursts(at(0, 1, 2, 3, 4), 5, ten) == [
        {"vanaf": "2026-11-28T10:07:00+00:00", "tot": "2026-11-28T10:11:00+00:00", "weigeringen": 5}
    ]
    assert bursts(at(0, 1, 2, 3, 10), 5, ten) == []  # the fifth comes ten minutes on
    # A long run is one burst, not one per window; a later run is another.
    found = bursts(at(0, 2, 4, 6, 8, 10, 12, 14, 40, 41, 42, 43, 44), 5, ten)
    assert [(f["vanaf"][11:16], f["tot"][11:16], f["weigeringen"]) for f in found] == [
        ("10:07", "10:21", 8),
        ("10:47", "10:51", 5),
    ]


def test_records_with_unusual_characters_verify_and_tampering_with_them_is_found(log: Log) -> None:
    # The database writes the canonical encoding on the fast path; quotes, backslashes, control
    # characters, accents and a line separator must come out as Python writes them.
    log.append(5, reason='redén "x" \\ y\n\tz \u2028 \x01', resource_id="é/ü")
    # Codes in lists that the database's encoding gets wrong: Python encodes those records.
    log.append(2, roles=['medewerker, "é"'], categories=['a", "b'])
    assert log.verify()["intact"] is True
    with log.tampering() as session:
        session.execute(text("UPDATE audit_records SET reason = 'redén' WHERE seq = 3"))
    assert first_break(log.verify()) == (3, "inhoud")


def test_the_fields_a_record_names_are_covered_by_its_hash(log: Log) -> None:
    # Records from before the column existed (no fields) and records naming the fields shown
    # of a youth, in one chain: both verify, in the database and offline from an export.
    log.append(3)
    log.append(3, fields=["jongeren.voornamen", "signalen.omschrijving"])
    log.append(1, fields=['a", "b', "é"])  # what the database's own encoding gets wrong
    assert log.verify()["intact"] is True
    with log.session() as session:
        lines = [json.dumps(line, default=str) for line in audit.export_lines(session)]
    records, marks = audit.read_export(iter(lines))
    assert [r["fields"] for r in records][3:5] == [
        ["jongeren.voornamen", "signalen.omschrijving"]
    ] * 2
    assert audit.chain.verify(records, marks, log.keys).intact  # type: ignore[arg-type]
    for statement, seq in (
        ("UPDATE audit_records SET fields = '[\"jongeren.bsn\"]' WHERE seq = 5", 5),
        ("UPDATE audit_records SET fields = NULL WHERE seq = 4", 4),
        ("UPDATE audit_records SET fields = '[]' WHERE seq = 2", 2),
    ):
        with log.tampering() as session:
            session.execute(text(statement))
        assert first_break(log.verify()) == (seq, "inhoud"), statement
    # And the triggers refuse the change to begin with.
    with pytest.raises(DBAPIError, match="append-only"), log.engine.begin() as connection:
        connection.execute(text("UPDATE audit_records SET fields = NULL WHERE seq = 7"))


def test_a_record_is_sealed_once_and_never_changed_after(log: Log) -> None:
    log.append(2)
    for statement in (
        "UPDATE audit_records SET seq = 99 WHERE seq = 1",
        "UPDATE audit_records SET record_hash = prev_hash WHERE seq = 2",
    ):
        with pytest.raises(DBAPIError, match="append-only"), log.engine.begin() as connection:
            connection.execute(text(statement))
    with log.session() as session:
        audit.append(session, [_entry()])
        session.commit()
    # Sealing may not change the content at the same time.
    with pytest.raises(DBAPIError, match="append-only"), log.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE audit_records SET seq = 3, prev_hash = 'a', record_hash = 'b', "
                "reason = 'anders' WHERE seq IS NULL"
            )
        )
    with log.session() as session:
        assert audit.seal_pending(session) == 1
        session.commit()
    assert log.verify()["intact"] is True


@pytest.mark.parametrize("pending", [6, 7])
def test_sealing_takes_every_committed_record_a_batch_at_a_time(
    log: Log, pending: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A full last batch (6 in batches of 3) and a short one (7) both leave nothing behind.
    _commit_unsealed(log, pending)
    asked: list[int] = []

    def seal_pending(session: Session, limit: int = audit.SEAL_BATCH) -> int:
        asked.append(sealed := real_seal_pending(session, limit))
        return sealed

    real_seal_pending = audit.sealing.seal_pending
    monkeypatch.setattr(audit.sealing, "seal_pending", seal_pending)
    with log.session() as session:
        audit.seal_all(session, batch=3)
    assert _unsealed(log) == 0
    assert log.verify()["records"] == pending
    # Only a full batch is followed by another read.
    assert asked == {6: [3, 3, 0], 7: [3, 3, 1]}[pending]
    with log.session() as session, pytest.raises(ValueError):
        audit.seal_all(session, batch=0)


def test_a_record_left_unsealed_is_reported_fresh_ones_are_counted(log: Log) -> None:
    log.append(3)
    with log.session() as session:
        audit.append(session, [_entry()])
        session.commit()
    fresh = log.verify()
    assert fresh["intact"] is True and fresh["nogTeVerzegelen"] == 1
    with log.session() as session:
        old = _entry()
        old["occurred_at"] = datetime.now(UTC) - timedelta(hours=1)
        audit.append(session, [old])
        session.commit()
    stale = log.verify()
    assert stale["intact"] is False
    assert stale["eersteBreuk"]["soort"] == "niet verzegeld"


def _entry() -> dict[str, object]:
    return audit.record_values(
        request_id=str(uuid.uuid4()),
        principal=None,
        purpose=None,
        access=Access("read", "signaal"),
        outcome="allow",
        reason="toegestaan",
        pseudonym=None,
        activity_id=None,
    )


def test_one_backdated_record_cannot_take_newer_ones_with_it(log: Log) -> None:
    long_ago = datetime.now(UTC) - timedelta(days=3000)
    log.append(4, start=long_ago)
    log.append(10)
    log.append(1, start=long_ago)  # a wrong clock, or an insert with an early time
    log.append(5)
    with log.session() as session:
        mark = audit.cut_over(session, log.key, datetime.now(UTC) - timedelta(days=2555))
        session.commit()
    assert mark is not None and mark.seq == 4  # only the unbroken run of old records
    result = log.verify()
    assert result["intact"] is True and result["records"] == 16


def test_retention_refuses_to_remove_evidence_of_tampering(log: Log) -> None:
    long_ago = datetime.now(UTC) - timedelta(days=3000)
    log.append(6, start=long_ago)
    log.append(3)
    with log.tampering() as session:
        session.execute(text("UPDATE audit_records SET reason = 'weg' WHERE seq = 4"))
    with log.session() as session, pytest.raises(audit.CutOverRefused):
        audit.cut_over(session, log.key, datetime.now(UTC) - timedelta(days=2555))
    assert first_break(log.verify()) == (4, "inhoud")


def test_forged_checkpoints_do_not_stop_the_signing(log: Log) -> None:
    log.append(3)
    log.checkpoint()
    log.append(1)
    # More forgeries (a junk signature) than the sealer reads at once: far ahead, and at the
    # genuine checkpoint's own seq, written after it.
    forged_seqs = [1000000000000 + n for n in range(2 * audit.CHECKPOINTS_AT_ONCE + 5)]
    forged_seqs += [3] * (2 * audit.CHECKPOINTS_AT_ONCE + 5)
    with log.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO audit_checkpoints (soort, seq, hash, made_at, key_id, signature) "
                "VALUES ('checkpoint', :seq, :h, 'x', :k, 'AAAA')"
            ),
            [{"seq": seq, "h": "0" * 64, "k": log.key.key_id} for seq in forged_seqs],
        )
    with log.session() as session:
        assert not audit.checkpoint_due(session, every_records=2, every_seconds=60, key=log.key)
    log.append(1)
    with log.session() as session:
        assert audit.checkpoint_due(session, every_records=2, every_seconds=60, key=log.key)


def test_the_sealer_reads_only_the_newest_checkpoints(log: Log) -> None:
    # A log gains a checkpoint a minute for as long as it is kept; the sealer asks every round.
    for _ in range(3 * audit.CHECKPOINTS_AT_ONCE):
        log.append(1)
        log.checkpoint()
    log.append(1)
    read: list[int] = []

    def count(checkpoint: AuditCheckpoint, _context: object) -> None:
        read.append(checkpoint.seq)

    event.listen(AuditCheckpoint, "load", count)
    try:
        with log.session() as session:
            due = audit.checkpoint_due(session, every_records=2, every_seconds=60, key=log.key)
    finally:
        event.remove(AuditCheckpoint, "load", count)
    assert not due
    assert 0 < len(read) <= audit.CHECKPOINTS_AT_ONCE and max(read) == 3 * audit.CHECKPOINTS_AT_ONCE


def test_a_period_exported_verifies_on_its_own(log: Log) -> None:
    start = datetime.now(UTC) - timedelta(days=10)
    log.append(5, start=start)
    log.append(5, start=start + timedelta(days=1))
    log.checkpoint()
    log.append(5, start=start + timedelta(days=2))
    log.checkpoint()
    with log.session() as session:
        lines = [
            json.dumps(line)
            for line in audit.export_lines(
                session, start + timedelta(hours=12), start + timedelta(days=1, hours=12)
            )
        ]
    records, marks = audit.read_export(iter(lines))
    assert [r["seq"] for r in records] == [6, 7, 8, 9, 10]
    assert [m.seq for m in marks] == [10]
    assert audit.chain.verify(records, marks, log.keys, partial=True).intact  # type: ignore[arg-type]


# With 25 records in three stretches, the stretches begin at records 1, 10 and 19.
@pytest.mark.parametrize(
    ("tampering", "expected", "last_intact"),
    [
        ("DELETE FROM audit_records WHERE seq = 10", (10, "ontbreekt"), 9),
        ("DELETE FROM audit_records WHERE seq BETWEEN 10 AND 18", (10, "ontbreekt"), 9),
        ("UPDATE audit_records SET prev_hash = record_hash WHERE seq = 19", (19, "schakel"), 18),
        ("UPDATE audit_records SET prev_hash = NULL WHERE seq = 19", (19, "schakel"), 18),
        ("UPDATE audit_records SET prev_hash = NULL WHERE seq = 1", (1, "schakel"), None),
        ("UPDATE audit_records SET decision = 'deny' WHERE seq = 18", (18, "inhoud"), 17),
        ("UPDATE audit_records SET decision = 'deny' WHERE seq = 23", (23, "inhoud"), 22),
    ],
)
def test_a_break_where_two_stretches_meet_is_found(
    log: Log, tampering: str, expected: tuple[int, str], last_intact: int | None
) -> None:
    log.append(25)
    log.checkpoint()
    with log.tampering() as session:
        session.execute(text(tampering))
    result = log.verify()
    assert first_break(result) == expected
    # The last record that held, as one walk over the chain names it.
    assert result["laatsteSeq"] == last_intact


def test_a_time_moved_out_of_range_or_an_escaped_list_value_is_found(log: Log) -> None:
    log.append(6, categories=['x",'])
    assert log.verify()["intact"] is True
    with log.tampering() as session:
        # The same list text after the database's compaction of '", "': a different value.
        session.execute(
            text("""UPDATE audit_records SET categories = '["x\\", "]' WHERE seq = 3""")
        )
    assert first_break(log.verify()) == (3, "inhoud")
    if log.engine.dialect.name == "postgresql":
        # The same moment in the year 2026 BC (to_char leaves the era out): found before 3.
        with log.tampering() as session:
            session.execute(
                text(
                    "UPDATE audit_records SET occurred_at = "
                    "(to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') "
                    "|| ' BC')::timestamp AT TIME ZONE 'UTC' WHERE seq = 2"
                )
            )
        assert first_break(log.verify()) == (2, "inhoud")


def test_many_records_the_database_cannot_vouch_for_are_walked_one_by_one(
    log: Log, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On PostgreSQL: past this many records it finds off (here: any), verification walks
    # every record of the range in Python instead of summarising runs between them.
    monkeypatch.setattr(audit.verify, "OFF_AT_MOST", 0)
    log.append(12, roles=['medewerker, "é"'])
    assert log.verify()["intact"] is True
    with log.tampering() as session:
        session.execute(text("UPDATE audit_records SET org = 'om' WHERE seq = 9"))
    assert first_break(log.verify()) == (9, "inhoud")


def test_records_and_what_they_describe_are_committed_together_or_not_at_all(log: Log) -> None:
    # Written with bound parameters in the transaction of what they describe: every value must
    # arrive exactly as given, whatever it holds.
    with log.engine.begin() as connection:
        connection.execute(text("CREATE TABLE werk (id integer PRIMARY KEY)"))
    awkward = "x'); DROP TABLE werk; -- \" \\ \\' '' \\\\ é \n\t\r \x01 \u2028 \U0001f600"
    written = [
        sample_record(reason=awkward, user=awkward[:60], http_status=HTTPStatus.FORBIDDEN),
        sample_record(
            resource_id="E'\\x27' || '",
            roles=['medewerker, "é"', "a'b\\c"],
            categories=[],
            occurred_at=datetime(2026, 11, 28, 23, 59, 59, 999999, tzinfo=UTC),
            http_status=None,
        ),
    ]
    with log.session() as session:
        session.execute(text("INSERT INTO werk VALUES (1)"))
        audit.append(session, [dict(values) for values in written])
        session.commit()
    with log.session() as session:
        session.execute(text("INSERT INTO werk VALUES (2)"))
        # A record that cannot be written (decision is required): nothing of the transaction
        # stands.
        with pytest.raises(DBAPIError):
            audit.append(session, [sample_record(), sample_record(decision=None)])
            session.commit()
        session.rollback()
    with log.session() as session:
        assert session.scalars(text("SELECT id FROM werk")).all() == [1]
        stored = session.scalars(select(AuditRecord).order_by(AuditRecord.id)).all()
        assert [audit.hashable(audit.row_values(row)) for row in stored] == [
            audit.hashable({**values, "seq": None, "prev_hash": None, "record_hash": None})
            for values in written
        ]
        assert stored[0].reason == awkward
        assert stored[0].http_status == 403
        audit.seal_all(session)
    assert log.verify()["intact"] is True


def test_a_record_holding_a_nul_character_is_refused_with_what_it_describes(log: Log) -> None:
    # PostgreSQL's text cannot hold NUL; SQLite refuses it too, so the log is the same on both.
    with log.engine.begin() as connection:
        connection.execute(text("CREATE TABLE werk (id integer PRIMARY KEY)"))
    with log.session() as session:
        session.execute(text("INSERT INTO werk VALUES (1)"))
        with pytest.raises(ValueError, match="NUL"):
            audit.append(session, [sample_record(reason="voor\x00na; COMMIT")])
        session.rollback()
    with log.session() as session:
        assert session.scalars(text("SELECT count(*) FROM werk")).one() == 0
        assert session.scalars(select(AuditRecord.id)).all() == []


def _unsealed(log: Log) -> int:
    with log.session() as session:
        return len(session.scalars(select(AuditRecord.id).where(AuditRecord.seq.is_(None))).all())


def _commit_unsealed(log: Log, count: int) -> None:
    with log.session() as session:
        audit.append(session, [_entry() for _ in range(count)])
        session.commit()


def _within(seconds: float, condition: Callable[[], bool]) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@contextmanager
def _worker_beside(
    log: Log, keys_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[WorkerProcess]:
    """The worker as `aanwas serve` starts it (a child process that reads its settings from the
    environment), on this log, signing a checkpoint every 5 records; stopped after."""
    monkeypatch.setenv("AANWAS_DATABASE_URL", log.engine.url.render_as_string(hide_password=False))
    monkeypatch.setenv("AANWAS_KEYS_DIR", str(keys_dir))
    monkeypatch.setenv("AANWAS_AUDIT_CHECKPOINT_RECORDS", "5")
    worker = WorkerProcess()
    worker.start()
    try:
        yield worker
    finally:
        worker.stop()


def test_the_worker_seals_what_is_committed_and_finishes_when_stopped(
    log: Log, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with _worker_beside(log, tmp_path / "keys", monkeypatch) as worker:
        _commit_unsealed(log, 7)
        assert _within(15, lambda: _unsealed(log) == 0)
        _commit_unsealed(log, 3)  # stopping right after must still seal these
    assert not worker.running
    assert _unsealed(log) == 0
    result = log.verify()
    assert result["intact"] is True and result["records"] == 10
    # Every 5 records a checkpoint, signed in the worker's process with the key from keys_dir.
    assert result["checkpoints"] >= 1


def test_a_worker_that_died_is_started_again(
    log: Log, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WorkerProcess, "RESTART_AFTER_SECONDS", 0.2)
    with _worker_beside(log, tmp_path / "keys", monkeypatch) as worker:
        first = worker.pid
        assert first is not None
        os.kill(first, signal.SIGKILL)
        _commit_unsealed(log, 2)  # committed while no worker runs: they wait, nothing is lost
        assert _within(15, lambda: worker.running and worker.pid != first)
        assert _within(15, lambda: _unsealed(log) == 0)
    assert log.verify()["intact"] is True


def test_two_workers_seal_one_chain(
    log: Log, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two `aanwas serve` (or `aanwas worker` beside API processes) against one database: the
    # chain's head row decides who seals, so the chain neither forks nor skips a number.
    with (
        _worker_beside(log, tmp_path / "keys", monkeypatch),
        _worker_beside(log, tmp_path / "keys", monkeypatch),
    ):
        for _ in range(40):
            _commit_unsealed(log, 5)
            time.sleep(0.01)
        assert _within(20, lambda: _unsealed(log) == 0)
    result = log.verify()
    assert result["intact"] is True and result["records"] == 200


def test_the_worker_ends_when_its_server_process_dies(log: Log, tmp_path: Path) -> None:
    server = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time\n"
            "from api.worker.process import WorkerProcess\n"
            "worker = WorkerProcess()\n"
            "worker.start()\n"
            "print(worker.pid, flush=True)\n"
            "time.sleep(120)\n",
        ],
        cwd=CHECKOUT,
        env={
            **os.environ,
            "AANWAS_DATABASE_URL": log.engine.url.render_as_string(hide_password=False),
            "AANWAS_KEYS_DIR": str(tmp_path / "keys"),
        },
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        worker_pid = int(server.stdout.readline())
        assert _alive(worker_pid)
    finally:
        server.kill()
        server.wait(10)
    assert _within(15, lambda: not _alive(worker_pid))


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state not in ("Z", "X")


def test_a_changed_chain_end_stops_the_sealing_rather_than_misplace_records(log: Log) -> None:
    log.append(2)
    with log.engine.begin() as connection:
        connection.execute(text("UPDATE audit_kop SET hash = '1,2' WHERE id = 1"))
    _commit_unsealed(log, 2)
    with log.session() as session, pytest.raises(RuntimeError, match="audit_kop"):
        audit.seal_pending(session)
    assert _unsealed(log) == 2
