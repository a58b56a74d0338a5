"""The worker: derived work after commit, from the outbox, with nothing lost and no job holding
up another; `aanwas worker` in the foreground, as a deployment runs it apart from the API."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from api import outbox
from api.db import make_engine, session_factory
from api.jongeren.models import Jongere
from api.outbox import OutboxJob
from api.security import audit
from api.security.models import AuditRecord
from api.settings import CHECKOUT, Settings
from tests.conftest import VALID_BSNS, audit_rows, run_cli, sample_record, settle, signaal_body


def _jobs(settings: Settings, jongere_id: str) -> list[OutboxJob]:
    with session_factory(make_engine(settings.database_url))() as session:
        return list(
            session.scalars(
                select(OutboxJob).where(
                    OutboxJob.soort == outbox.DOELGROEPTOETS, OutboxJob.sleutel == jongere_id
                )
            )
        )


def test_a_job_that_keeps_failing_holds_up_no_other(
    app_client: TestClient, caller, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    politie = caller("politie", "partner_system")
    gemeente = caller("gemeente", "casusregisseur")
    spoiled, sound = (
        app_client.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers()).json()[
            "jongereId"
        ]
        for bsn in VALID_BSNS[500:502]
    )
    # One youth's sealed birth date is swapped for the other's: it no longer opens for its own
    # row, so assessing that youth fails, every time.
    engine = make_engine(settings.database_url)
    with engine.begin() as connection:
        other = connection.execute(
            select(Jongere.geboortedatum).where(Jongere.id == sound)
        ).scalar_one()
        own = connection.execute(
            select(Jongere.geboortedatum).where(Jongere.id == spoiled)
        ).scalar_one()
        connection.execute(update(Jongere).where(Jongere.id == spoiled).values(geboortedatum=other))
    settle(settings)
    # The other youth's assessment was made; the spoiled one's job was tried, counted and
    # left for an operator once it failed MAX_ATTEMPTS times (no worker loops on it forever).
    made = app_client.get(f"/v1/jongeren/{sound}/doelgroeptoets", headers=gemeente.headers())
    assert made.status_code == 200 and made.json()["actueel"] is True
    (stuck,) = _jobs(settings, spoiled)
    assert stuck.pogingen == outbox.MAX_ATTEMPTS
    pending = app_client.get(f"/v1/jongeren/{spoiled}/doelgroeptoets", headers=gemeente.headers())
    assert pending.status_code == 404
    assert pending.json()["type"].endswith("/doelgroeptoets-wordt-berekend")
    # The operator's log says which kind of job failed and why, never what the field holds.
    failures = [r.getMessage() for r in caplog.records if r.name == "api.worker.jobs"]
    assert "outbox job doelgroeptoets failed: FieldIntegrityError" in failures
    assert not [m for m in failures if other in m or spoiled in m]

    # The operator sees the stuck job, mends the cause and hands the job back, on record.
    listed = run_cli(settings, "outbox", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    stuck_rows = [row for row in json.loads(listed.stdout) if row["sleutel"] == spoiled]
    assert [(r["id"], r["soort"], r["vastgelopen"]) for r in stuck_rows] == [
        (stuck.id, "doelgroeptoets", True)
    ]
    not_stuck = run_cli(settings, "outbox", "opnieuw", str(stuck.id + 10_000))
    assert not_stuck.returncode == 1 and "geen vastgelopen taak" in not_stuck.stderr
    with engine.begin() as connection:
        connection.execute(update(Jongere).where(Jongere.id == spoiled).values(geboortedatum=own))
    retried = run_cli(settings, "outbox", "opnieuw", str(stuck.id))
    assert retried.returncode == 0, retried.stderr
    (handed_back,) = audit_rows(settings, resource_type="outbox", resource_id=str(stuck.id))
    assert handed_back["action"] == "retry" and handed_back["user"].startswith("cli:")
    settle(settings)
    assert _jobs(settings, spoiled) == []
    made = app_client.get(f"/v1/jongeren/{spoiled}/doelgroeptoets", headers=gemeente.headers())
    assert made.status_code == 200, made.text
    everything = run_cli(settings, "outbox", "list", "--alle", "--json")
    assert spoiled not in [row["sleutel"] for row in json.loads(everything.stdout)]


def test_aanwas_worker_seals_in_the_foreground_and_stops_on_sigterm(
    settings: Settings, tmp_path
) -> None:
    url = f"sqlite:///{tmp_path / 'worker.db'}"
    own = settings.model_copy(update={"database_url": url, "keys_dir": tmp_path / "keys"})
    assert run_cli(own, "db", "upgrade").returncode == 0
    engine = make_engine(url)
    with session_factory(engine)() as session:
        audit.append(session, [sample_record() for _ in range(3)])
        session.commit()
    worker = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "worker"],
        cwd=CHECKOUT,
        env={**os.environ, "AANWAS_DATABASE_URL": url, "AANWAS_KEYS_DIR": str(own.keys_dir)},
        stderr=subprocess.PIPE,
        text=True,
    )

    def unsealed() -> int:
        # Read directly: the CLI's own commands seal what they find (they write records too).
        with session_factory(engine)() as session:
            return len(
                session.scalars(select(AuditRecord.id).where(AuditRecord.seq.is_(None))).all()
            )

    try:
        deadline = time.monotonic() + 30
        while unsealed() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert unsealed() == 0
        verdict = json.loads(run_cli(own, "audit", "verify").stdout)
        assert verdict["intact"] is True and verdict["records"] >= 3, verdict
    finally:
        worker.send_signal(signal.SIGTERM)
        assert worker.wait(timeout=30) == 0
    assert worker.stderr is not None
    assert "worker: outbox jobs, audit sealing and checkpoints" in worker.stderr.read()


def test_sigterm_stops_the_server_with_its_opa_and_its_worker(settings: Settings, tmp_path) -> None:
    # `docker stop` and systemd send SIGTERM: what serve started must go with it, or the next
    # start finds OPA's port taken.
    from tests.conftest import free_port

    api_port, opa_port = free_port(), free_port()
    env = {
        **os.environ,
        "AANWAS_DATABASE_URL": f"sqlite:///{tmp_path / 'serve.db'}",
        "AANWAS_KEYS_DIR": str(tmp_path / "keys"),
        "AANWAS_PORT": str(api_port),
        "AANWAS_OPA_URL": f"http://127.0.0.1:{opa_port}",
    }
    serve = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "serve"],
        cwd=CHECKOUT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    children: list[int] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(children) < 2:
        listed = subprocess.run(
            ["pgrep", "-P", str(serve.pid)], capture_output=True, text=True, check=False
        )
        children = [int(pid) for pid in listed.stdout.split()]
        time.sleep(0.2)
    assert len(children) >= 2, "OPA and the worker run beside the server"
    time.sleep(1)
    serve.send_signal(signal.SIGTERM)
    serve.wait(timeout=60)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(os.path.exists(f"/proc/{p}") for p in children):
        time.sleep(0.2)
    alive = [p for p in children if os.path.exists(f"/proc/{p}")]
    assert alive == [], "nothing serve started outlives it"
