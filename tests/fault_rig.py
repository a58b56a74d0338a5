"""The fault suite's rig (docs/faults.md): a PostgreSQL cluster of its own (the suite restarts
it, so never the shared one of tools/postgres.sh), `aanwas serve` as a process, and partners
that push and read over real HTTP from threads while a fault happens, recording every answer."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select, text

from api.db import make_engine, migrate, session_factory
from api.security.clients import register_client
from api.settings import CHECKOUT
from tests.conftest import VALID_BSNS, free_port, signaal_body

# The size of a run: the normal test run (CI) keeps it small, `make faults` raises it.
SCALE = int(os.environ.get("AANWAS_FAULTS_SCALE", "1"))


def _pg_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    if not found:  # tools/postgres.sh installs Debian's packages when they are missing
        subprocess.run([str(CHECKOUT / "tools" / "postgres.sh")], check=True, capture_output=True)
        found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    return found[-1].parent


class OwnPostgres:
    """A throwaway cluster on a free port, made by tools/postgres.sh in a folder of its own."""

    def __init__(self) -> None:
        self.port = free_port()
        self.datadir = Path(f"/tmp/aanwas-faults-pg-{uuid.uuid4().hex[:8]}")  # noqa: S108
        self.url = ""

    def start(self) -> str:
        env = {
            **os.environ,
            "AANWAS_TEST_PG_PORT": str(self.port),
            "AANWAS_TEST_PG_DIR": str(self.datadir),
        }
        done = subprocess.run(
            [str(CHECKOUT / "tools" / "postgres.sh")],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        self.url = done.stdout.strip()
        return self.url

    def _pg_ctl(self, *args: str) -> None:
        command = [str(_pg_bin() / "pg_ctl"), "-D", str(self.datadir), *args]
        if os.getuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=60)

    def restart(self, down_seconds: float) -> None:
        """Stops the cluster (fast: open sessions are ended, as a failover or `systemctl
        restart` ends them), keeps it down for a while, and starts it again."""
        self._pg_ctl("-w", "-m", "fast", "stop")
        time.sleep(down_seconds)
        self._pg_ctl("-w", "-l", str(self.datadir / "server.log"), "-o", self._options(), "start")

    def _options(self) -> str:
        # As tools/postgres.sh starts it.
        return f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.datadir} -c fsync=off"

    def stop(self) -> None:
        with suppress(subprocess.CalledProcessError, subprocess.TimeoutExpired):
            self._pg_ctl("-w", "-m", "immediate", "stop")
        shutil.rmtree(self.datadir, ignore_errors=True)

    def set_read_only(self, read_only: bool) -> None:
        """The disk-full stand-in: the database refuses every write from new transactions."""
        engine = make_engine(self.url).execution_options(isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            # This session must write even once the database is read-only: it undoes that.
            connection.execute(text("SET default_transaction_read_only = off"))
            name = connection.execute(text("SELECT current_database()")).scalar_one()
            setting = "on" if read_only else "off"
            quoted = engine.dialect.identifier_preparer.quote(name)
            connection.execute(
                text(f"ALTER DATABASE {quoted} SET default_transaction_read_only = {setting}")
            )
            # Sessions keep the setting they started with: end the server's (its pool
            # reconnects, and its new sessions get the new setting).
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )


@contextmanager
def own_postgres() -> Iterator[OwnPostgres]:
    cluster = OwnPostgres()
    try:
        cluster.start()
        migrate(cluster.url)
        yield cluster
    finally:
        make_engine(cluster.url).dispose()
        cluster.stop()


@dataclass
class Server:
    """`aanwas serve` as a deployment runs it, on free ports."""

    database_url: str
    keys_dir: Path
    opa_url: str
    manage_opa: bool
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "AANWAS_DATABASE_URL": self.database_url,
            "AANWAS_OPA_URL": self.opa_url,
            "AANWAS_KEYS_DIR": str(self.keys_dir),
            "AANWAS_ISSUER": self.base_url,
            "AANWAS_MANAGE_OPA": "true" if self.manage_opa else "false",
            "AANWAS_PORT": str(self.port),
        }

    def start(self, timeout: float = 60) -> None:
        self.log_path = self.keys_dir.parent / f"serve-{self.port}.log"
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "api.cli", "serve", "--no-migrate"],
                cwd=CHECKOUT,
                env=self.env(),
                stdout=log,
                stderr=log,
            )
        self.wait_healthy(timeout)

    def wait_healthy(self, timeout: float) -> float:
        """Seconds until /v1/health answers 200."""
        started = time.monotonic()
        while True:
            with suppress(httpx.TransportError):
                if httpx.get(f"{self.base_url}/v1/health", timeout=1).status_code == 200:
                    return time.monotonic() - started
            if self.process is None or self.process.poll() is not None:
                raise RuntimeError(f"aanwas serve exited: {self.log_tail()}")
            if time.monotonic() - started > timeout:
                raise RuntimeError(f"aanwas serve not healthy in {timeout:.0f}s: {self.log_tail()}")
            time.sleep(0.1)

    def log_tail(self) -> str:
        return self.log_path.read_text(errors="replace")[-2000:] if self.log_path else ""

    def children(self) -> list[int]:
        assert self.process is not None
        listed = subprocess.run(
            ["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True, check=False
        )
        return [int(pid) for pid in listed.stdout.split()]

    def opa_pid(self) -> int:
        """The managed OPA's process: the child of serve that runs the OPA binary."""
        for pid in self.children():
            with suppress(OSError):
                if b"--server" in Path(f"/proc/{pid}/cmdline").read_bytes():
                    return pid
        raise AssertionError("serve runs no OPA")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def register(database_url: str, org: str, role: str) -> tuple[str, str]:
    engine = make_engine(database_url)
    with session_factory(engine)() as session:
        client_id, secret = register_client(session, org=org, roles=[role])
        session.commit()
    return client_id, secret


def token(base_url: str, client_id: str, secret: str) -> str:
    response = httpx.post(
        f"{base_url}/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(client_id, secret),
        timeout=10,
    )
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


@dataclass
class Answer:
    kind: str  # "push" or "read"
    status: int  # 0: no answer (connection refused or broken)
    media_type: str
    body: dict[str, Any]
    retry_after: str | None
    request_id: str = ""


@dataclass
class Traffic:
    """Partners pushing signals and reading them back, from threads, until stopped."""

    base_url: str
    bearer: str
    threads: int = 4
    answers: list[Answer] = field(default_factory=list)
    acknowledged: list[str] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _workers: list[threading.Thread] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __enter__(self) -> Traffic:
        for number in range(self.threads):
            worker = threading.Thread(target=self._run, args=(number,), daemon=True)
            worker.start()
            self._workers.append(worker)
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        for worker in self._workers:
            worker.join(timeout=60)

    def _run(self, number: int) -> None:
        headers = {"Authorization": f"Bearer {self.bearer}", "Doelbinding": "signalering"}
        bsns = VALID_BSNS[number * 200 : (number + 1) * 200]
        with httpx.Client(base_url=self.base_url, headers=headers, timeout=10) as client:
            turn = 0
            while not self._stop.is_set():
                turn += 1
                self._call(client, "push", "POST", "/v1/signalen", signaal_body(bsns[turn % 200]))
                with self._lock:
                    last = self.acknowledged[-1] if self.acknowledged else None
                if last is not None:
                    self._call(client, "read", "GET", f"/v1/signalen/{last}", None)

    def _call(self, client: httpx.Client, kind: str, method: str, path: str, body: Any) -> None:
        try:
            response = client.request(method, path, json=body)
        except httpx.TransportError:
            # No answer at all (a server being stopped or restarted): nothing acknowledged.
            self._record(Answer(kind, 0, "", {}, None))
            time.sleep(0.05)
            return
        media_type = response.headers.get("content-type", "")
        parsed = response.json() if "json" in media_type else {}
        answer = Answer(
            kind,
            response.status_code,
            media_type,
            parsed,
            response.headers.get("retry-after"),
            response.headers.get("x-request-id", ""),
        )
        self._record(answer)
        if kind == "push" and response.status_code == 201:
            with self._lock:
                self.acknowledged.append(parsed["id"])
        if response.status_code == 503:
            time.sleep(0.05)

    def _record(self, answer: Answer) -> None:
        with self._lock:
            self.answers.append(answer)

    def count(self, kind: str, status: int) -> int:
        with self._lock:
            return sum(1 for a in self.answers if a.kind == kind and a.status == status)


def assert_faults_answered_well(answers: list[Answer]) -> None:
    """During a fault: 503 problem+json with Retry-After, never a 500 (or another surprise)."""
    for answer in answers:
        assert answer.status in (0, 200, 201, 503), (answer.status, answer.body)
        if answer.status == 503:
            assert answer.media_type == "application/problem+json", answer
            assert answer.body["status"] == 503
            assert answer.retry_after is not None, answer


def stored_signal_ids(database_url: str, ids: list[str]) -> set[str]:
    from api.signalen.models import Signaal

    engine = make_engine(database_url)
    with session_factory(engine)() as session:
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found.update(session.scalars(select(Signaal.id).where(Signaal.id.in_(chunk))))
    return found


def alive(pid: int) -> bool:
    """Whether a process runs (a zombie, dead but not yet reaped, counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def audited_request_ids(database_url: str, request_ids: list[str]) -> set[str]:
    from api.security.models import AuditRecord

    engine = make_engine(database_url)
    with session_factory(engine)() as session:
        found: set[str] = set()
        for start in range(0, len(request_ids), 500):
            chunk = request_ids[start : start + 500]
            found.update(
                session.scalars(
                    select(AuditRecord.request_id).where(
                        AuditRecord.request_id.in_(chunk), AuditRecord.decision == "allow"
                    )
                )
            )
    return found


def assert_nothing_lost(database_url: str, traffic: Traffic) -> None:
    """Every acknowledged push is stored, and every answered access has its audit record."""
    acknowledged = traffic.acknowledged
    lost = set(acknowledged) - stored_signal_ids(database_url, acknowledged)
    assert not lost, f"{len(lost)} of {len(acknowledged)} acknowledged pushes are not stored"
    served = [a.request_id for a in traffic.answers if a.status in (200, 201)]
    unaudited = set(served) - audited_request_ids(database_url, served)
    unaudited_kinds = sorted(
        (a.kind, a.status) for a in traffic.answers if a.request_id in unaudited
    )
    assert not unaudited, (
        f"{len(unaudited)} of {len(served)} have no audit record: {unaudited_kinds}"
    )


def assert_audit_log_intact(server: Server) -> None:
    """`aanwas audit verify` on what the faults left: once the worker has sealed every record
    (as a restarted server's worker would), the chain is whole."""
    from api.settings import Settings
    from tests.conftest import settle

    settle(
        Settings(
            database_url=server.database_url,
            keys_dir=server.keys_dir,
            opa_url=server.opa_url,
            manage_opa=False,
        )
    )
    verified = subprocess.run(
        [sys.executable, "-m", "api.cli", "audit", "verify"],
        cwd=CHECKOUT,
        env=server.env(),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert verified.returncode == 0, (verified.stdout[-1000:], verified.stderr[-1000:])
    assert json.loads(verified.stdout)["intact"] is True, verified.stdout


class OpaSidecar:
    """An OPA of the test's own on a fixed free port, as an orchestrator would run a sidecar."""

    def __init__(self, log_path: Path) -> None:
        from api.opa_process import find_opa_binary
        from api.settings import Settings

        self.url = f"http://127.0.0.1:{free_port()}"
        self._settings = Settings(opa_url=self.url, opa_binary=os.environ.get("AANWAS_OPA_BINARY"))
        self._binary = find_opa_binary(self._settings)
        self._log_path = log_path
        self._process: subprocess.Popen[bytes] | None = None
        self.start()

    def start(self) -> None:
        from api.opa_process import start_opa

        self._process = start_opa(self._settings, self._binary, self._log_path)

    def kill(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait()
