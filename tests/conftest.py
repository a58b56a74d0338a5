"""Real components: an OPA server started once per session, SQLite and PostgreSQL databases
migrated by Alembic, the app with real keys. Nothing here is a mock."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from api.db import make_engine, migrate, session_factory
from api.jongeren.models import Jongere
from api.main import create_app
from api.opa_process import find_opa_binary, start_opa, stop_opa
from api.security.clients import register_client
from api.security.models import AuditRecord
from api.settings import CHECKOUT, Settings

BASE_URL = "http://127.0.0.1"  # loopback: Authlib accepts OAuth over plain HTTP only there

SIGNAAL = {
    "jongere": {
        "bsn": "111222333",
        "voornamen": "Sem",
        "achternaam": "de Vries",
        "geboortedatum": "2009-04-17",
    },
    "categorie": "meerdere_telefoons",
    "omschrijving": "Heeft bij staandehouding drie telefoons op zak.",
    "waargenomenOp": "2026-11-02",
    "wijk": "Hoofddorp-Centrum",
}

# BSNs that pass the eleven-test, one per test that needs a youth of its own.
VALID_BSNS = [
    f"{n:08d}{check}"
    for n in range(10_000_000, 10_002_000)
    for check in [(sum(int(d) * w for d, w in zip(f"{n:08d}", range(9, 1, -1), strict=True))) % 11]
    if check < 10
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def opa_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"http://127.0.0.1:{free_port()}"
    settings = Settings(opa_url=url, opa_binary=os.environ.get("AANWAS_OPA_BINARY"))
    log_path = tmp_path_factory.mktemp("opa") / "opa.log"
    process = start_opa(settings, find_opa_binary(settings), log_path)
    yield url
    stop_opa(process)


def _postgres_database() -> Iterator[str]:
    base = os.environ.get("AANWAS_TEST_POSTGRES_URL")
    if not base:
        raise RuntimeError(
            "AANWAS_TEST_POSTGRES_URL is not set: run the tests with `make test`, which starts "
            "PostgreSQL (tools/postgres.sh)."
        )
    name = f"aanwas_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        make_engine(url).dispose()
        _drop_database(admin, name)
        admin.dispose()


def _drop_database(admin: Engine, name: str) -> None:
    """FORCE ends the test's leftover sessions, but PostgreSQL refuses it to a non-superuser
    while an autovacuum worker is busy in the database; a plain DROP stops that worker itself."""
    for attempt in range(10):
        force = " WITH (FORCE)" if attempt % 2 == 0 else ""
        try:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"{force}'))
            return
        except DBAPIError:
            if attempt == 9:
                raise
            time.sleep(0.5)


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def database_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('sqlite') / 'aanwas.db'}"
        migrate(url)
        yield url
        make_engine(url).dispose()
    else:
        for url in _postgres_database():
            migrate(url)
            yield url


@pytest.fixture(scope="session")
def settings(database_url: str, opa_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        database_url=database_url,
        opa_url=opa_url,
        keys_dir=tmp_path_factory.mktemp("keys"),
        issuer=BASE_URL,
        manage_opa=False,
    )


@pytest.fixture(scope="session")
def app_client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings), base_url=BASE_URL) as client:
        yield client


@dataclass
class Caller:
    client_id: str
    client_secret: str
    org: str
    token: str

    def headers(self, purpose: str | None = "signalering") -> dict[str, str]:
        headers = {"Authorization": f"Bearer {self.token}"}
        if purpose is not None:
            headers["Doelbinding"] = purpose
        return headers


def register(settings: Settings, org: str, role: str) -> tuple[str, str]:
    with session_factory(make_engine(settings.database_url))() as session:
        client_id, secret = register_client(session, org=org, roles=[role])
        session.commit()
    return client_id, secret


@pytest.fixture
def caller(settings: Settings, app_client: TestClient) -> Callable[[str, str], Caller]:
    def make(org: str, role: str) -> Caller:
        client_id, secret = register(settings, org, role)
        response = app_client.post(
            "/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret)
        )
        assert response.status_code == 200, response.text
        return Caller(client_id, secret, org, response.json()["access_token"])

    return make


_unused_bsns = list(VALID_BSNS)


@pytest.fixture
def bsn() -> str:
    """A valid BSN no other test in this run uses."""
    return _unused_bsns.pop()


def signaal_body(bsn: str, **overrides: Any) -> dict[str, Any]:
    body = {**SIGNAAL, "jongere": {**SIGNAAL["jongere"], "bsn": bsn}}
    body.update(overrides)
    return body


def audit_rows(settings: Settings, **where: str) -> list[dict[str, Any]]:
    """The audit records of accesses to data matching simple column equalities, oldest first,
    read directly. Records the system derived itself (a recomputed doelgroeptoets) are left out
    unless asked for with decision="derived"; tokens, client registrations and policy revisions
    unless asked for by resource_type. Each row also gets the `jongere_id` its pseudonym stands
    for (the test holds the key the API uses)."""
    query = select(AuditRecord).filter_by(**where).order_by(AuditRecord.id)
    if where.get("decision") != "derived":
        query = query.where(AuditRecord.decision != "derived")
    if "resource_type" not in where:
        query = query.where(AuditRecord.resource_type.not_in(NOT_DATA_ACCESS))
    with Session(make_engine(settings.database_url)) as session:
        youths = {pseudonym(settings, id_): id_ for id_ in session.scalars(select(Jongere.id))}
        return [
            {
                **{c.key: getattr(row, c.key) for c in AuditRecord.__table__.columns},
                "jongere_id": youths.get(row.jongere_pseudoniem or ""),
            }
            for row in session.scalars(query)
        ]


NOT_DATA_ACCESS = ("token", "client", "beleidsrevisie", "verzoek", "outbox")


def pseudonym(settings: Settings, jongere_id: str) -> str:
    from api.security.crypto import load_keyring

    return load_keyring(settings).pseudonyms().digest(jongere_id)


def policies_dir() -> Path:
    return CHECKOUT / "policies"


def run_cli(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "AANWAS_DATABASE_URL": settings.database_url,
        "AANWAS_KEYS_DIR": str(settings.keys_dir),
        "AANWAS_ENVIRONMENT": settings.environment,
    }
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )


@contextmanager
def app_on(
    settings: Settings, url: str, keys_dir: Path
) -> Iterator[tuple[TestClient, Callable[[str, str], Caller], Settings]]:
    """The app on a database of its own (migrated to the newest revision), for tests that walk
    a migration: its client, a maker of callers with a token, and its settings."""
    migrate(url)
    fresh = settings.model_copy(update={"database_url": url, "keys_dir": keys_dir})
    with TestClient(create_app(fresh), base_url=BASE_URL) as client:

        def make(org: str, role: str) -> Caller:
            client_id, secret = register(fresh, org, role)
            token = client.post(
                "/oauth/token",
                data={"grant_type": "client_credentials"},
                auth=(client_id, secret),
            ).json()["access_token"]
            return Caller(client_id, secret, org, token)

        yield client, make, fresh


@contextmanager
def serving(settings: Settings, *extra: str, token_lifetime: int = 63) -> Iterator[str]:
    """The API served by `aanwas serve` (uvicorn, with its worker) on a free port, real HTTP,
    against the session's OPA; `extra` arguments for serve (e.g. --workers 2). A long run (the
    contract fuzz) asks for tokens that outlive it with `token_lifetime`."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "AANWAS_DATABASE_URL": settings.database_url,
        "AANWAS_OPA_URL": settings.opa_url,
        "AANWAS_KEYS_DIR": str(settings.keys_dir),
        "AANWAS_ISSUER": base_url,
        "AANWAS_MANAGE_OPA": "false",
        "AANWAS_PORT": str(port),
        # The client renews a token 60 s before it expires, so a 63 s token is reused for about
        # 3 s and then renewed: short enough for a test to see both.
        "AANWAS_TOKEN_LIFETIME_SECONDS": str(token_lifetime),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "serve", "--no-migrate", *extra],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base_url}/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the API server did not start")
            time.sleep(0.1)
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def server(settings: Settings) -> Iterator[str]:
    with serving(settings) as base_url:
        yield base_url


@contextmanager
def database_fault(settings: Settings, *, create: list[str], drop: list[str]) -> Iterator[None]:
    """Installs triggers (or tables) that make the real database fail in a chosen way, and
    removes them afterwards; `create` and `drop` are the statements for this test's backend."""
    engine = make_engine(settings.database_url)
    with engine.begin() as connection:
        for statement in create:
            connection.execute(text(statement))
    try:
        yield
    finally:
        with engine.begin() as connection:
            for statement in drop:
                connection.execute(text(statement))


def settle(settings: Settings) -> None:
    """Runs the worker (api/worker) until it has nothing left to do, as `aanwas serve` runs it
    beside the server: the outbox's jobs (doelgroeptoetsen) are done and every record is
    sealed. The app under TestClient starts no worker, so tests say when it has run."""
    from api.worker.context import WorkerContext
    from api.worker.rounds import Worker

    Worker(WorkerContext.build(settings)).run_until_idle()


def on_postgresql(settings: Settings) -> bool:
    return make_engine(settings.database_url).dialect.name == "postgresql"


def write_audit_records(settings: Settings, entries: list[dict[str, Any]]) -> None:
    """Records written straight into the app's log (as if requests had made them), committed
    and sealed as the worker would."""
    from api.security import audit

    engine = make_engine(settings.database_url)
    with session_factory(engine)() as session:
        audit.append(session, entries)
        session.commit()
        audit.seal_all(session)
    engine.dispose()


def sample_record(**fields: Any) -> dict[str, Any]:
    """An audit record as a request writes one (a partner's allowed read of a signal), with
    `fields` (column names) set as given."""
    from api.security import audit

    values = audit.record_values(
        request_id=str(uuid.uuid4()),
        principal=None,
        client_id="politie-000000000001",
        org="politie",
        purpose="signalering",
        access=audit.Access("read", "signaal", str(uuid.uuid4())),
        outcome="allow",
        reason="toegestaan onder convenant",
        pseudonym="ab" * 32,
        activity_id="va-aanwas-01-vroegsignalering",
    )
    values.update(fields)
    return values


def refusal_on_record(settings: Settings, request_id: str) -> dict[str, Any]:
    """The record a refused request is on: its row in audit_refusals must list its request id,
    and the row's first refusal is in the chained log; that chained record is returned."""
    from api.security.models import AuditRefusal

    with session_factory(make_engine(settings.database_url))() as session:
        rows = [
            row for row in session.scalars(select(AuditRefusal)) if request_id in row.request_ids
        ]
    assert len(rows) == 1, f"request {request_id} not counted in one refusal row"
    kind = "token" if rows[0].http_status == 401 else "verzoek"
    (first,) = audit_rows(settings, resource_type=kind, request_id=rows[0].request_ids[0])
    return first
