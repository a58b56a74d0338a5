"""The `aanwas` console script works on the server's database."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from api.db import make_engine, migrate, session_factory
from api.security.audit.keys import SigningKeyFile
from api.security.models import AuditCheckpoint, AuditRecord
from api.settings import Settings
from tests.conftest import (
    _postgres_database,
    run_cli,
    sample_record,
    settle,
    signaal_body,
    write_audit_records,
)


def test_clients_add_prints_credentials_that_get_a_token(
    app_client: TestClient, settings: Settings
) -> None:
    result = run_cli(
        settings, "clients", "add", "--org", "politie", "--role", "partner_system", "--name", "BVH"
    )
    assert result.returncode == 0, result.stderr
    credentials = json.loads(result.stdout)
    assert set(credentials) == {"clientId", "clientSecret"}
    token = app_client.post(
        "/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(credentials["clientId"], credentials["clientSecret"]),
    )
    assert token.status_code == 200


def test_clients_add_refuses_an_unknown_org(settings: Settings) -> None:
    result = run_cli(settings, "clients", "add", "--org", "maffia", "--role", "x")
    assert result.returncode == 2
    assert "unknown organisation 'maffia'" in result.stderr
    assert result.stdout == ""


def test_clients_add_refuses_a_role_the_org_does_not_have(settings: Settings) -> None:
    result = run_cli(
        settings, "clients", "add", "--org", "politie", "--role", "jeugdagent,officier"
    )
    assert result.returncode == 2
    assert "organisation 'politie' has no role officier" in result.stderr
    assert result.stdout == ""


def test_audit_tail_prints_records_without_personal_content(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    politie = caller("politie", "partner_system")
    om = caller("om", "officier")
    settle(settings)  # derived work of earlier tests is done: it would be in the tail too
    created = app_client.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers())
    settle(settings)  # the worker derives the youth's doelgroeptoets
    app_client.get(f"/v1/signalen/{created.json()['id']}", headers=om.headers())

    result = run_cli(settings, "audit", "tail", "-n", "4")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    # The push, the doelgroeptoets the system derived from it, the refused read, and this very
    # look at the log (a query of the log is on record too).
    assert [(r["org"], r["resourceType"], r["action"], r["decision"]) for r in lines] == [
        ("politie", "signaal", "create", "allow"),
        ("politie", "doelgroeptoets", "create", "derived"),
        ("om", "signaal", "read", "deny"),
        (None, "auditlog", "read", "allow"),
    ]
    assert lines[0]["httpStatus"] == 201
    denial = lines[2]
    assert denial["reason"].startswith("geen geldend convenant")
    assert denial["resourceId"] == created.json()["id"]
    assert denial["purpose"] == "signalering"
    assert denial["time"].endswith("+00:00")
    for secret in (bsn, "Sem", "de Vries", "telefoons"):
        assert secret not in result.stdout


def test_db_upgrade_creates_a_fresh_sqlite_database_and_is_idempotent(
    tmp_path, settings: Settings
) -> None:
    fresh = settings.model_copy(
        update={"database_url": f"sqlite:///{tmp_path / 'not' / 'yet' / 'there.db'}"}
    )
    for _ in range(2):
        result = run_cli(fresh, "db", "upgrade")
        assert result.returncode == 0, result.stderr
    added = run_cli(fresh, "clients", "add", "--org", "halt", "--role", "halt_medewerker")
    assert added.returncode == 0, added.stderr


def test_openapi_describes_the_api_without_a_migrated_database(
    tmp_path, settings: Settings
) -> None:
    # An integrator fetching the contract before anything is set up gets it, not a traceback.
    empty = settings.model_copy(update={"database_url": f"sqlite:///{tmp_path / 'empty.db'}"})
    described = run_cli(empty, "openapi")
    assert described.returncode == 0, described.stderr
    document = json.loads(described.stdout)
    assert document["openapi"].startswith("3.1") and "/signalen" in document["paths"]
    # Serving still refuses an unmigrated database: describing it is not running it.
    served = run_cli(empty, "clients", "add", "--org", "halt", "--role", "halt_medewerker")
    assert served.returncode != 0


@pytest.fixture
def own_log(settings: Settings, tmp_path: Path) -> Iterator[Settings]:
    """Settings with a database and keys folder of this test's own: a rotated key must not
    reach the other tests' log."""
    if settings.database_url.startswith("sqlite"):
        urls: Iterator[str] = iter([f"sqlite:///{tmp_path / 'rotation.db'}"])
    else:
        urls = _postgres_database()
    for url in urls:
        migrate(url)
        yield settings.model_copy(update={"database_url": url, "keys_dir": tmp_path / "keys"})


def test_an_admin_action_from_the_cli_names_the_person_who_ran_it(
    own_log: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOGNAME", "piet")  # the account's login, as getpass finds it
    monkeypatch.setenv("SUDO_USER", "jan.beheer")  # the login behind sudo
    added = run_cli(own_log, "clients", "add", "--org", "halt", "--role", "halt_medewerker")
    assert added.returncode == 0, added.stderr
    monkeypatch.setenv("LOGNAME", "jan; DROP TABLE")  # not a login: not stored
    monkeypatch.delenv("SUDO_USER")
    assert run_cli(own_log, "audit", "tail", "-n", "1").returncode == 0
    monkeypatch.setenv("LOGNAME", "piet")
    assert run_cli(own_log, "audit", "checkpoint").returncode == 0

    with session_factory(make_engine(own_log.database_url))() as session:
        records = session.scalars(select(AuditRecord).order_by(AuditRecord.id)).all()
    # SUDO_USER counts only for root: anyone else could set it to any name.
    registrar = "cli:jan.beheer" if os.geteuid() == 0 else "cli:piet"
    assert [(r.resource_type, r.action, r.user) for r in records] == [
        ("client", "register", registrar),
        ("auditlog", "read", "cli:onbekend"),
        ("auditlog", "checkpoint", "cli:piet"),
    ]


def test_a_login_with_anything_after_it_is_not_a_login(monkeypatch: pytest.MonkeyPatch) -> None:
    from api.cli_common import operator

    monkeypatch.delenv("SUDO_USER", raising=False)
    monkeypatch.setenv("LOGNAME", "piet")
    assert operator() == "cli:piet"
    monkeypatch.setenv("LOGNAME", "piet\n")  # `$` of re.match would let the line break through
    assert operator() == "cli:onbekend"


def test_a_checkpoint_that_cannot_be_made_is_on_record_as_failed(own_log: Settings) -> None:
    engine = make_engine(own_log.database_url)
    with engine.begin() as connection:  # the checkpoint table refuses every new row
        if engine.dialect.name == "postgresql":
            connection.exec_driver_sql(
                "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN"
                " RAISE EXCEPTION 'geweigerd'; END $$ LANGUAGE plpgsql"
            )
            connection.exec_driver_sql(
                "CREATE TRIGGER refuse BEFORE INSERT ON audit_checkpoints"
                " FOR EACH ROW EXECUTE FUNCTION refuse()"
            )
        else:
            connection.exec_driver_sql(
                "CREATE TRIGGER refuse BEFORE INSERT ON audit_checkpoints"
                " BEGIN SELECT RAISE(ABORT, 'geweigerd'); END"
            )
    made = run_cli(own_log, "audit", "checkpoint")
    assert made.returncode == 1 and made.stdout == ""
    assert "no checkpoint made" in made.stderr
    with session_factory(engine)() as session:
        tried = session.scalars(
            select(AuditRecord).where(AuditRecord.action == "checkpoint").order_by(AuditRecord.id)
        ).all()
    # Only the failure: the request and its checkpoint stand or fall together.
    assert [(r.decision, (r.reason or "").startswith("checkpoint mislukt")) for r in tried] == [
        ("error", True)
    ]


def test_a_checkpoint_from_the_cli_is_on_record_and_covers_its_own_record(
    own_log: Settings,
) -> None:
    made = run_cli(own_log, "audit", "checkpoint")
    assert made.returncode == 0, made.stderr
    printed = json.loads(made.stdout)
    with session_factory(make_engine(own_log.database_url))() as session:
        (record,) = session.scalars(
            select(AuditRecord).where(AuditRecord.action == "checkpoint")
        ).all()
    assert (record.resource_type, record.decision, record.org) == ("auditlog", "allow", None)
    assert record.resource_id == SigningKeyFile(own_log.keys_dir, production=False).current().key_id
    assert printed["seq"] == record.seq  # the log's end is signed, the request included


def _old_records(settings: Settings, days_ago: list[int]) -> None:
    """Records written as if long ago (a log that has run for years), sealed as the worker
    would."""
    from datetime import timedelta

    from api.db import utcnow

    write_audit_records(
        settings,
        [
            sample_record(
                occurred_at=utcnow() - timedelta(days=days), client_id="halt-00000000beef"
            )
            for days in days_ago
        ],
    )


def test_retention_from_the_cli_removes_only_records_past_the_period_and_says_so(
    own_log: Settings,
) -> None:
    _old_records(own_log, [800, 700, 400, 10])
    too_short = run_cli(own_log, "audit", "afkappen", "--dagen", "30")
    assert too_short.returncode == 2 and "at least a year" in too_short.stderr

    cut = run_cli(own_log, "audit", "afkappen", "--dagen", "500")
    assert cut.returncode == 0, cut.stderr
    assert "records tot en met 2 verwijderd" in cut.stderr
    with session_factory(make_engine(own_log.database_url))() as session:
        left = session.scalars(select(AuditRecord).order_by(AuditRecord.seq)).all()
        (mark,) = session.scalars(
            select(AuditCheckpoint).where(AuditCheckpoint.soort == "afkapping")
        ).all()
    assert mark.seq == 2
    assert [r.seq for r in left][:2] == [3, 4]  # the 400- and 10-day-old records stay
    assert (left[-1].action, left[-1].resource_id) == ("afkappen", "2")
    verified = run_cli(own_log, "audit", "verify")
    assert verified.returncode == 0 and json.loads(verified.stdout)["intact"] is True

    again = run_cli(own_log, "audit", "afkappen", "--dagen", "500")
    assert again.returncode == 0 and "niets te verwijderen" in again.stderr


def test_retention_from_the_cli_refuses_a_broken_log_and_removes_nothing(
    own_log: Settings,
) -> None:
    _old_records(own_log, [800, 700, 10])
    engine = make_engine(own_log.database_url)
    with engine.begin() as connection:  # behind the API's back, as an administrator could
        if engine.dialect.name == "postgresql":
            connection.exec_driver_sql("ALTER TABLE audit_records DISABLE TRIGGER USER")
        else:
            connection.exec_driver_sql("DROP TRIGGER audit_records_no_update")
        connection.exec_driver_sql("UPDATE audit_records SET reason = 'anders' WHERE seq = 3")
    refused = run_cli(own_log, "audit", "afkappen", "--dagen", "500")
    assert refused.returncode == 1
    assert "nothing removed" in refused.stderr
    with session_factory(engine)() as session:
        assert session.scalar(select(func.count()).select_from(AuditRecord)) >= 3
        assert session.scalar(select(func.min(AuditRecord.seq))) == 1


def test_a_running_server_keeps_its_audit_key_when_the_file_goes_or_is_spoiled(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    running = SigningKeyFile(tmp_path, production=False)
    held = running.current()
    key_file = tmp_path / "audit-signing-key.pem"
    pem = key_file.read_bytes()

    key_file.unlink()  # a keys folder unmounted under a running server
    assert running.current().key_id == held.key_id
    key_file.write_text("geen sleutel")
    assert running.current().key_id == held.key_id
    # Told once per change, not on every checkpoint; without the file's content.
    assert running.current().key_id == held.key_id
    warnings = [r.getMessage() for r in caplog.records if r.name == "api.security.audit.keys"]
    assert len(warnings) == 2 and "gone" in warnings[0] and "unusable" in warnings[1]
    assert not any("geen sleutel" in warning for warning in warnings)

    key_file.unlink()
    key_file.write_bytes(pem)  # put back: the same key again, and no complaint
    assert running.current().key_id == held.key_id
    assert len([r for r in caplog.records if r.name == "api.security.audit.keys"]) == 2


def test_a_rotated_audit_key_is_on_record_and_both_keys_verify(own_log: Settings) -> None:
    running = SigningKeyFile(own_log.keys_dir, production=False)  # as a running server holds it
    old = running.current()
    assert run_cli(own_log, "audit", "checkpoint").returncode == 0

    rotated = run_cli(own_log, "audit", "sleutel-vervangen")
    assert rotated.returncode == 0, rotated.stderr
    new = running.current()  # the server sees the new key without a restart
    assert new.key_id != old.key_id
    assert new.public_pem() == rotated.stdout
    kept = own_log.keys_dir / "audit-verify" / f"{old.key_id}.pem"
    assert kept.read_text() == old.public_pem()
    assert (own_log.keys_dir / "audit-signing-key.pem").stat().st_mode & 0o077 == 0
    assert not list(own_log.keys_dir.glob(".audit-signing-key-*"))

    with session_factory(make_engine(own_log.database_url))() as session:
        marks = session.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.id)).all()
        record = session.scalars(
            select(AuditRecord).where(AuditRecord.action == "sleutel_vervangen")
        ).one()
    # Before the rotation signed with the old key; the rotation itself with the new one.
    assert [m.key_id for m in marks] == [old.key_id, old.key_id, new.key_id]
    assert marks[-1].seq == record.seq
    assert record.resource_type == "auditsleutel" and record.resource_id == new.key_id
    assert old.key_id in (record.reason or "") and record.decision == "allow"

    verified = run_cli(own_log, "audit", "verify")
    assert verified.returncode == 0, verified.stdout
    assert json.loads(verified.stdout)["intact"] is True

    # Offline, an export spanning the rotation verifies with both public keys, which
    # `sleutel --alle` prints together (the current one first), and not with the new one alone.
    bundle = run_cli(own_log, "audit", "sleutel", "--alle")
    assert bundle.returncode == 0, bundle.stderr
    assert bundle.stdout == new.public_pem() + old.public_pem()
    folder = own_log.keys_dir.parent
    (folder / "alle.pem").write_text(bundle.stdout)
    (folder / "nieuw.pem").write_text(run_cli(own_log, "audit", "sleutel").stdout)
    (folder / "log.ndjson").write_text(run_cli(own_log, "audit", "export").stdout)

    def offline(key_file: str) -> subprocess.CompletedProcess[str]:
        log = str(folder / "log.ndjson")
        return run_cli(own_log, "audit", "verify", "--bestand", log, "--sleutel", key_file)

    both = offline(str(folder / "alle.pem"))
    assert both.returncode == 0, both.stdout
    assert json.loads(both.stdout)["checkpoints"] == 3
    new_only = offline(str(folder / "nieuw.pem"))
    assert new_only.returncode == 1
    assert json.loads(new_only.stdout)["eersteBreuk"]["soort"] == "handtekening"

    # Without the kept public key the old checkpoints no longer verify: it is what keeps them.
    kept.unlink()
    broken = run_cli(own_log, "audit", "verify")
    assert broken.returncode == 1
    assert json.loads(broken.stdout)["intact"] is False


def test_a_key_rotation_is_refused_when_the_key_file_holds_no_key(own_log: Settings) -> None:
    own_log.keys_dir.mkdir(mode=0o700)
    broken = own_log.keys_dir / "audit-signing-key.pem"
    broken.write_text("geen sleutel\n")
    refused = run_cli(own_log, "audit", "sleutel-vervangen")
    assert refused.returncode == 1
    assert refused.stderr.startswith("key not replaced: ") and "Traceback" not in refused.stderr
    assert refused.stdout == ""
    assert broken.read_text() == "geen sleutel\n"
    assert not (own_log.keys_dir / "audit-verify").exists()
    # The failed attempt is on record, as an admin action that ended in an error.
    with session_factory(make_engine(own_log.database_url))() as session:
        attempt = session.scalars(
            select(AuditRecord).where(AuditRecord.action == "sleutel_vervangen")
        ).one()
    assert attempt.decision == "error" and attempt.resource_type == "auditsleutel"
    assert (attempt.reason or "").startswith("auditsleutel niet vervangen: ")
    assert attempt.seq is not None  # sealed into the chain, not left for a worker


def test_verify_says_which_input_it_cannot_use_without_echoing_it(
    settings: Settings, tmp_path: Path
) -> None:
    key = tmp_path / "audit.pem"
    key.write_text(run_cli(settings, "audit", "sleutel").stdout)
    not_an_export = tmp_path / "log.ndjson"
    not_an_export.write_text("geen export\n")
    gone = str(tmp_path / "weg")
    # A checkpoint whose number is text: int() would quote it back.
    odd_checkpoint = tmp_path / "kept.json"
    odd_checkpoint.write_text(json.dumps({"soort": "checkpoint", "seq": "geen export"}))
    export, pem = str(not_an_export), str(key)
    cases = [
        (["--bestand", export, "--sleutel", gone], "--sleutel", "No such file"),
        (["--bestand", export, "--sleutel", export], "--sleutel", "no PEM public key"),
        (["--bestand", gone, "--sleutel", pem], "--bestand", "No such file"),
        (["--bestand", export, "--sleutel", pem], "--bestand", "Expecting value"),
        (["--bestand", export, "--sleutel", pem, "--checkpoint", export], "--checkpoint", ""),
        (["--checkpoint", str(odd_checkpoint)], "--checkpoint", "ValueError"),
    ]
    for arguments, option, reason in cases:
        refused = run_cli(settings, "audit", "verify", *arguments)
        # 2: the verifier was given something unusable; 1 would claim the log is broken.
        assert refused.returncode == 2, (arguments, refused.stderr)
        assert refused.stderr.startswith(f"{option} ") and reason in refused.stderr
        assert "Traceback" not in refused.stderr and "geen export" not in refused.stderr
        assert refused.stdout == ""
