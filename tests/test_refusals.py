"""Refused requests (400s, refused tokens) are on record in bounded form: one row per caller,
route, reason, status and minute with a count and at most 20 request ids and pseudonyms; the
first of a row in the chained log; a BSN only as its pseudonym; counts only go up."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError

from api.db import make_engine, migrate, session_factory
from api.security.crypto import load_keyring
from api.security.models import AuditRecord, AuditRefusal, TokenFailure
from api.settings import Settings
from tests.conftest import _postgres_database, refusal_on_record, run_cli, signaal_body


def _rows_with(settings: Settings, request_id: str) -> list[AuditRefusal]:
    with session_factory(make_engine(settings.database_url))() as session:
        return [r for r in session.scalars(select(AuditRefusal)) if request_id in r.request_ids]


def test_a_partners_400_carrying_a_bsn_is_on_record_with_its_pseudonym_only(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    politie = caller("politie", "partner_system")
    request_id = str(uuid.uuid4())
    body = signaal_body(bsn)
    body["jongere"]["geboortedatum"] = "geen datum"
    response = app_client.post(
        "/v1/signalen", json=body, headers={**politie.headers(), "X-Request-ID": request_id}
    )
    assert response.status_code == 400
    (row,) = _rows_with(settings, request_id)
    assert (row.caller, row.route, row.reason, row.http_status) == (
        politie.client_id,
        "POST /v1/signalen",
        "ongeldige invoer",
        400,
    )
    assert row.pseudoniemen == [load_keyring(settings).bsn_index().digest(bsn)]
    chained = refusal_on_record(settings, request_id)
    assert chained["request_id"] == request_id  # the client's first refusal of its minute
    assert (chained["client_id"], chained["decision"], chained["http_status"]) == (
        politie.client_id,
        "deny",
        400,
    )
    written = json.dumps([row.request_ids, row.pseudoniemen, row.reason, chained], default=str)
    assert bsn not in written and "Vries" not in written


def test_a_flood_of_bad_requests_leaves_one_bounded_row_and_one_chained_record(
    app_client: TestClient, caller, settings: Settings
) -> None:
    halt = caller("halt", "halt_medewerker")
    ids = [str(uuid.uuid4()) for _ in range(50)]
    for request_id in ids:
        response = app_client.post(
            "/v1/signalen",
            json={"signalen": "geen"},
            headers={**halt.headers(), "X-Request-ID": request_id},
        )
        assert response.status_code == 400
    with session_factory(make_engine(settings.database_url))() as session:
        rows = list(session.scalars(select(AuditRefusal).filter_by(caller=halt.client_id)))
        chained = session.scalars(
            select(AuditRecord).where(
                AuditRecord.client_id == halt.client_id, AuditRecord.http_status == 400
            )
        ).all()
    # Normally one row; two when the minute turned during the flood.
    assert 1 <= len(rows) <= 2
    assert sum(row.aantal for row in rows) == 50
    assert all(len(row.request_ids) <= 20 for row in rows)
    assert len(chained) == len(rows)
    assert {record.request_id for record in chained} == {row.request_ids[0] for row in rows}


@pytest.mark.parametrize(
    "change",
    [
        {"aantal": 0},
        {"request_ids": []},
        {"reason": "iets anders"},
    ],
)
def test_a_refusal_row_only_grows(
    app_client: TestClient, settings: Settings, change: dict[str, object]
) -> None:
    request_id = str(uuid.uuid4())
    assert app_client.get("/v1/signalen", headers={"X-Request-ID": request_id}).status_code == 401
    (row,) = _rows_with(settings, request_id)
    engine = make_engine(settings.database_url)
    with pytest.raises(DBAPIError, match="only grow"), engine.begin() as connection:
        connection.execute(update(AuditRefusal).where(AuditRefusal.id == row.id).values(change))
    with engine.begin() as connection:  # growing is allowed
        connection.execute(
            text("UPDATE audit_refusals SET aantal = aantal + 1 WHERE id = :id"), {"id": row.id}
        )


@pytest.fixture
def own_db(settings: Settings, tmp_path: Path) -> Iterator[Settings]:
    """A database of this test's own: retention must not cut the other tests' log."""
    if settings.database_url.startswith("sqlite"):
        urls: Iterator[str] = iter([f"sqlite:///{tmp_path / 'refusals.db'}"])
    else:
        urls = _postgres_database()
    for url in urls:
        migrate(url)
        yield settings.model_copy(update={"database_url": url, "keys_dir": tmp_path / "keys"})


def _refusal_row(minute: datetime, caller: str) -> AuditRefusal:
    return AuditRefusal(
        minute=minute,
        caller=caller,
        route="GET /v1/signalen",
        reason="toegangstoken geweigerd: geen toegangstoken",
        http_status=401,
        aantal=3,
        request_ids=[str(uuid.uuid4())],
        pseudoniemen=[],
    )


def test_the_cli_lists_refusals_and_retention_cuts_old_rows(own_db: Settings) -> None:
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    with session_factory(make_engine(own_db.database_url))() as session:
        session.add(_refusal_row(now - timedelta(days=600), "politie-000000000001"))
        session.add(_refusal_row(now, "politie-000000000002"))
        session.add(
            TokenFailure(adres="a" * 64, client_id="-", mislukt_op=now - timedelta(days=600))
        )
        session.commit()
    listed = run_cli(own_db, "audit", "weigeringen")
    assert listed.returncode == 0, listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [row["aanroeper"] for row in rows] == ["politie-000000000002", "politie-000000000001"]
    assert rows[0]["aantal"] == 3 and rows[0]["status"] == 401
    recent = run_cli(
        own_db, "audit", "weigeringen", "--vanaf", (now - timedelta(days=1)).isoformat()
    )
    assert [json.loads(line)["aanroeper"] for line in recent.stdout.splitlines()] == [
        "politie-000000000002"
    ]

    cut = run_cli(own_db, "audit", "afkappen", "--dagen", "500")
    assert cut.returncode == 0, cut.stderr
    with session_factory(make_engine(own_db.database_url))() as session:
        left = [row.caller for row in session.scalars(select(AuditRefusal))]
        failures = session.scalars(select(TokenFailure)).all()
    assert left == ["politie-000000000002"]
    assert failures == []
