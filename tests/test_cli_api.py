"""The `aanwas` commands find the running API where it serves and say in one line when they
cannot use it; `audit export --periode` and `audit verify --sleutel` take what the README and
`GET /v1/audit/sleutel` give them."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from api.cli_audit import period
from api.db import make_engine, migrate, session_factory
from api.main import create_app
from api.security.models import OAuthClient
from api.settings import Settings
from tests.conftest import BASE_URL, _postgres_database, free_port, register, run_cli


def _demo_clients(settings: Settings) -> list[str]:
    with session_factory(make_engine(settings.database_url))() as session:
        return list(
            session.scalars(select(OAuthClient.client_id).where(OAuthClient.name.like("demo %")))
        )


def test_demo_seed_without_a_running_api_says_so_in_one_line_and_registers_nothing(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _demo_clients(settings)
    port = free_port()  # nothing listens there
    monkeypatch.setenv("AANWAS_PORT", str(port))
    refused = run_cli(settings, "demo", "seed", "--jongeren", "2")
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    [line] = refused.stderr.splitlines()
    assert f"http://127.0.0.1:{port} is not reachable" in line
    assert _demo_clients(settings) == before

    monkeypatch.setenv("AANWAS_API_URL", f"http://127.0.0.1:{free_port()}/")
    assert "is not reachable" in run_cli(settings, "demo", "seed").stderr


def test_demo_seed_says_in_one_line_what_the_api_answered(
    server: str, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AANWAS_API_URL", f"{server}/elders")  # a server, not the API's paths
    refused = run_cli(settings, "demo", "seed", "--jongeren", "2")
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    [line] = refused.stderr.splitlines()
    assert f"the API at {server}/elders answered 404 to GET /elders/v1/health" in line


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2026", datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)),
        ("2026-H1", datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 7, 1, tzinfo=UTC)),
        ("2026-h2", datetime(2026, 7, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)),
        ("2026-Q3", datetime(2026, 7, 1, tzinfo=UTC), datetime(2026, 10, 1, tzinfo=UTC)),
        ("2026-Q4", datetime(2026, 10, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)),
        ("2026-05", datetime(2026, 5, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC)),
        ("2026-12", datetime(2026, 12, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)),
        ("2026-05-14", datetime(2026, 5, 14, tzinfo=UTC), datetime(2026, 5, 15, tzinfo=UTC)),
        (
            "2026-01-01/2026-04-01T12:00:00+02:00",
            datetime(2026, 1, 1, tzinfo=UTC),
            datetime(2026, 4, 1, 10, tzinfo=UTC),
        ),
        ("2026-11-01/", datetime(2026, 11, 1, tzinfo=UTC), None),
        ("/2026-11-01", None, datetime(2026, 11, 1, tzinfo=UTC)),
    ],
)
def test_a_period_is_the_span_it_names(
    text: str, start: datetime | None, end: datetime | None
) -> None:
    assert period(text) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "26",
        "2026-Q5",
        "2026-H3",
        "2026-13",
        "2026-00",
        "2026-5",
        "mei",
        "2026-04-01/2026-01-01",
    ],
)
def test_what_is_not_a_period_is_refused(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="not a period"):
        period(text)


@pytest.fixture
def own_log(settings: Settings, tmp_path: Path) -> Iterator[Settings]:
    """A database and keys folder of this test's own, so an export holds only its records."""
    if settings.database_url.startswith("sqlite"):
        urls: Iterator[str] = iter([f"sqlite:///{tmp_path / 'own.db'}"])
    else:
        urls = _postgres_database()
    for url in urls:
        migrate(url)
        yield settings.model_copy(update={"database_url": url, "keys_dir": tmp_path / "keys"})


def _records(export: str) -> list[dict[str, object]]:
    return [line for line in map(json.loads, export.splitlines()) if "seq" in line]


def test_audit_export_takes_a_period(own_log: Settings) -> None:
    assert run_cli(own_log, "audit", "tail", "-n", "1").returncode == 0  # one record, now
    this_year = datetime.now(UTC).year
    now = run_cli(own_log, "audit", "export", "--periode", str(this_year))
    assert now.returncode == 0, now.stderr
    assert _records(now.stdout)
    long_ago = run_cli(own_log, "audit", "export", "--periode", "1999-Q1")
    assert long_ago.returncode == 0, long_ago.stderr
    assert _records(long_ago.stdout) == []

    both = run_cli(own_log, "audit", "export", "--periode", "2026", "--vanaf", "2026-01-01")
    assert both.returncode == 2 and "not both" in both.stderr
    wrong = run_cli(own_log, "audit", "export", "--periode", "2026-Q5")
    assert wrong.returncode == 2 and "not a period" in wrong.stderr


def test_audit_verify_takes_the_keys_as_get_audit_sleutel_answers_them(
    own_log: Settings, tmp_path: Path
) -> None:
    client_id, secret = register(own_log, "privacy", "privacy_officer")
    with TestClient(create_app(own_log), base_url=BASE_URL) as api:
        token = api.post(
            "/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret)
        ).json()["access_token"]
        answer = api.get(
            "/v1/audit/sleutel",
            headers={"Authorization": f"Bearer {token}", "Doelbinding": "toezicht"},
        )
    assert answer.status_code == 200, answer.text
    assert run_cli(own_log, "audit", "checkpoint").returncode == 0
    log = tmp_path / "log.ndjson"
    log.write_text(run_cli(own_log, "audit", "export").stdout)

    def verify(keys: str) -> tuple[int, str]:
        key_file = tmp_path / "sleutel.json"
        key_file.write_text(keys)
        done = run_cli(
            own_log, "audit", "verify", "--bestand", str(log), "--sleutel", str(key_file)
        )
        return done.returncode, done.stdout + done.stderr

    code, said = verify(answer.text)
    assert code == 0, said
    assert json.loads(said)["intact"] is True
    # Only the list of verification keys, as someone may cut the answer down: still the key.
    code, said = verify(json.dumps({"verificationKeys": answer.json()["verificationKeys"]}))
    assert code == 0, said
    # The PEM alone still works, as before.
    code, said = verify(answer.json()["publicKey"])
    assert code == 0, said
    # JSON that holds no usable key is a file to point out (exit 2), not a broken log.
    for unusable in ('{"publicKey": 5}', "{}", '{"publicKey": "-----BEGIN'):
        code, said = verify(unusable)
        assert code == 2 and "not usable" in said, said
