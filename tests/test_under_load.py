"""Under load nothing is lost: concurrent partners push and read over real HTTP while an
operator uses the CLI, on SQLite and PostgreSQL. Every push answered 201 is stored, every
answered access has its audit record and no more, the chain verifies, and the CLI works while
the load runs (on SQLite too: one writer at a time by design)."""

from __future__ import annotations

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from api.db import make_engine, session_factory
from api.security.models import AuditRecord
from api.settings import Settings
from api.signalen.models import Signaal
from tests.conftest import VALID_BSNS, register, run_cli, serving, signaal_body

CONNECTIONS = 16
# Youths no other test uses; each new youth is pushed about by several partners at once, so
# that concurrent registrations of one youth happen too.
YOUTHS = VALID_BSNS[400:440]
PUSHES = 320


def token(server: str, client_id: str, secret: str) -> str:
    answer = httpx.post(
        f"{server}/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(client_id, secret),
        timeout=30,
    )
    answer.raise_for_status()
    return str(answer.json()["access_token"])


def test_concurrent_pushes_reads_and_the_cli_lose_nothing(server: str, settings: Settings) -> None:
    police_id, police_secret = register(settings, "politie", "partner_system")
    reader_id, reader_secret = register(settings, "jongerenwerk", "jongerenwerker")
    police = {"Authorization": f"Bearer {token(server, police_id, police_secret)}"}
    reader = {"Authorization": f"Bearer {token(server, reader_id, reader_secret)}"}
    purpose = {"Doelbinding": "signalering"}
    local = threading.local()

    def client() -> httpx.Client:
        if not hasattr(local, "client"):
            local.client = httpx.Client(base_url=server, timeout=60)
        return local.client  # type: ignore[no-any-return]

    def push(n: int) -> tuple[int, Any]:
        # Eight pushes in a row about one youth: the first ones about a new youth race to
        # register them.
        body = signaal_body(YOUTHS[(n // 8) % len(YOUTHS)], categorie="pakketjes")
        answer = client().post("/v1/signalen", json=body, headers={**police, **purpose})
        return answer.status_code, answer.json().get("id")

    def read(signaal_id: str) -> int:
        answer = client().get(f"/v1/signalen/{signaal_id}", headers={**reader, **purpose})
        return answer.status_code

    cli: list[tuple[str, int, str]] = []

    def operator() -> None:
        time.sleep(0.5)  # while the load runs
        for command in (
            ("clients", "add", "--org", "halt", "--role", "halt_medewerker"),
            ("audit", "tail", "-n", "3"),
            ("audit", "verify"),
        ):
            done = run_cli(settings, *command)
            cli.append((" ".join(command[:2]), done.returncode, done.stderr[-500:]))

    at_the_cli = threading.Thread(target=operator)
    at_the_cli.start()
    with ThreadPoolExecutor(CONNECTIONS) as pool:
        pushed = list(pool.map(push, range(PUSHES)))
        created = [signaal_id for status, signaal_id in pushed if status == 201]
        reads = list(pool.map(read, created))
    at_the_cli.join()

    # Every push and read answered, none refused or failed: a concurrent registration of
    # the same youth goes on with that youth, it is not a 409.
    assert [status for status, _ in pushed] == [201] * PUSHES
    assert reads == [200] * PUSHES
    assert [(command, code) for command, code, _ in cli] == [
        ("clients add", 0),
        ("audit tail", 0),
        ("audit verify", 0),
    ], cli

    with session_factory(make_engine(settings.database_url))() as session:
        stored = set(
            session.scalars(select(Signaal.id).where(Signaal.aangeleverd_door == police_id))
        )
        youths = session.scalar(
            select(func.count(func.distinct(Signaal.jongere_id))).where(
                Signaal.aangeleverd_door == police_id
            )
        )

        def records(client_id: str, action: str) -> list[AuditRecord]:
            return list(
                session.scalars(
                    select(AuditRecord).where(
                        AuditRecord.client_id == client_id,
                        AuditRecord.action == action,
                        AuditRecord.resource_type == "signaal",
                    )
                )
            )

        pushes_on_record = records(police_id, "create")
        reads_on_record = records(reader_id, "read")
    # Every answered push is stored, once, and no other; one youth per BSN.
    assert stored == set(created) and len(created) == PUSHES
    assert youths == len(YOUTHS)
    # Every access has its record and no more: one 201 record per stored signal (a push that
    # lost a concurrent registration has, besides, the record of its first try, 409), and one
    # record per read, naming the youth and the fields shown.
    answered = [r for r in pushes_on_record if r.http_status == 201]
    assert sorted(r.resource_id for r in answered) == sorted(created)
    assert all(r.http_status == 409 for r in pushes_on_record if r.http_status != 201)
    assert len(reads_on_record) == PUSHES
    assert all(r.http_status == 200 and r.fields for r in reads_on_record)

    # The worker beside the server seals everything within moments; the chain verifies.
    deadline = time.monotonic() + 60
    while True:
        verified = run_cli(settings, "audit", "verify")
        verdict = json.loads(verified.stdout)
        if verdict["nogTeVerzegelen"] == 0 or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert verified.returncode == 0 and verdict["intact"] is True, verdict
    assert verdict["nogTeVerzegelen"] == 0


# Scaling out is PostgreSQL's: SQLite is the embedded default for one server.
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_servers_side_by_side_keep_one_chain(server: str, settings: Settings) -> None:
    # A second `aanwas serve` (two API processes of its own, and a worker of its own) beside
    # the first, on one database. Pushes to all of them are stored and on record, and their
    # records form one chain.
    assert make_engine(settings.database_url).dialect.name == "postgresql"
    police_id, police_secret = register(settings, "politie", "partner_system")
    with serving(settings, "--workers", "2") as second:
        servers = [server, second]
        tokens = [token(url, police_id, police_secret) for url in servers]

        def push(n: int) -> tuple[int, Any]:
            url, bearer = servers[n % 2], tokens[n % 2]
            answer = httpx.post(
                f"{url}/v1/signalen",
                json=signaal_body(YOUTHS[n % len(YOUTHS)], categorie="op_de_uitkijk"),
                headers={"Authorization": f"Bearer {bearer}", "Doelbinding": "signalering"},
                timeout=60,
            )
            return answer.status_code, answer.json().get("id")

        with ThreadPoolExecutor(CONNECTIONS) as pool:
            pushed = list(pool.map(push, range(200)))
    assert [status for status, _ in pushed] == [201] * 200
    with session_factory(make_engine(settings.database_url))() as session:
        stored = set(
            session.scalars(select(Signaal.id).where(Signaal.aangeleverd_door == police_id))
        )
    assert stored == {signaal_id for _, signaal_id in pushed}
    deadline = time.monotonic() + 60
    while True:
        verdict = json.loads(run_cli(settings, "audit", "verify").stdout)
        if verdict["nogTeVerzegelen"] == 0 or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert verdict["intact"] is True and verdict["nogTeVerzegelen"] == 0, verdict
