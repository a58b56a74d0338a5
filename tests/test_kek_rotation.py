"""KEK rotation without downtime: `aanwas keys rotate` makes a new primary that running servers
wrap new data keys under at once, `rewrap` moves the older data keys to it in batches that can be
interrupted and resumed (every value stays readable), `kek-retire` removes a KEK only when
nothing uses it, and every key event is on record. The operator acts through `aanwas keys` (a
process of its own), as in production."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select, text

from api.db import make_engine, migrate, new_id, session_factory
from api.security.crypto import FieldPlace, load_keyring
from api.security.data_keys import DataKey
from api.security.envelope import Envelope
from api.security.kek import load_kek_provider
from api.security.kek_file import KEK_FILE
from api.settings import Settings
from tests.conftest import (
    _postgres_database,
    _unused_bsns,
    audit_rows,
    register,
    run_cli,
    serving,
    signaal_body,
)


@pytest.fixture
def fresh(settings: Settings, tmp_path: Path) -> Iterator[Settings]:
    """A database and keys folder of this test's own: a rewrap touches every data key, a
    retirement the keyset, and neither may reach the other tests'."""
    if settings.database_url.startswith("sqlite"):
        urls: Iterator[str] = iter([f"sqlite:///{tmp_path / 'kek.db'}"])
    else:
        urls = _postgres_database()
    url = next(urls)
    migrate(url)
    yield settings.model_copy(update={"database_url": url, "keys_dir": tmp_path / "keys"})
    for _ in urls:  # drops the PostgreSQL database
        pass


def envelope(settings: Settings) -> Envelope:
    """What a process that starts now holds: the provider read from the keys folder."""
    return Envelope(load_kek_provider(settings), load_keyring(settings).cipher())


def seal_youths(settings: Settings, count: int) -> list[tuple[FieldPlace, str, str]]:
    """`count` youths with a first name sealed under a data key of their own, through the
    envelope as the API seals (place, stored value, plain value)."""
    sealed = []
    with session_factory(make_engine(settings.database_url))() as session:
        keys = envelope(settings).keys_for(session)
        for number in range(count):
            youth = new_id()
            place = FieldPlace("jongeren", "voornamen", youth)
            plain = f"Sem {number}"
            sealed.append((place, keys.seal(plain, place, ("jongere", youth)), plain))
        keys.write_new()
        session.commit()
    return sealed


def all_open(settings: Settings, sealed: list[tuple[FieldPlace, str, str]]) -> None:
    """Every value opens in a process that unwraps every data key afresh, and every data key
    unwraps under the KEK it names."""
    fresh_envelope = envelope(settings)
    with session_factory(make_engine(settings.database_url))() as session:
        keys = fresh_envelope.keys_for(session)
        assert [keys.open(value, place) for place, value, _ in sealed] == [
            plain for _, _, plain in sealed
        ]
        for row in session.scalars(select(DataKey)):
            fresh_envelope.keks.unwrap(row.kek_id, row.verpakt, row.associated_data())


def per_kek(settings: Settings) -> dict[str, int]:
    with make_engine(settings.database_url).connect() as connection:
        rows = connection.execute(text("SELECT kek_id, COUNT(*) FROM datasleutels GROUP BY kek_id"))
        return {str(kid): int(n) for kid, n in rows}


def key_records(settings: Settings) -> list[dict[str, Any]]:
    return audit_rows(settings, resource_type="kek")


def cli_env(settings: Settings) -> dict[str, str]:
    return {
        **os.environ,
        "AANWAS_DATABASE_URL": settings.database_url,
        "AANWAS_KEYS_DIR": str(settings.keys_dir),
        "AANWAS_ENVIRONMENT": settings.environment,
    }


def listed(settings: Settings) -> list[tuple[str, bool, int]]:
    shown = run_cli(settings, "keys", "list", "--json")
    assert shown.returncode == 0, shown.stderr
    return [(k["kid"], k["primair"], k["datasleutels"]) for k in json.loads(shown.stdout)["keks"]]


def test_a_running_server_wraps_new_data_keys_under_the_new_kek_without_a_restart(
    fresh: Settings,
) -> None:
    """Real HTTP against `aanwas serve`: rotate, push, rewrap, retire, while it serves."""
    first = load_kek_provider(fresh).primary()  # the keyset as first start makes it
    with serving(fresh, "--no-worker") as url:
        client_id, secret = register(fresh, "politie", "partner_system")
        token = httpx.post(
            f"{url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(client_id, secret),
        ).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}", "Doelbinding": "signalering"}

        def push(omschrijving: str) -> dict[str, Any]:
            body = signaal_body(_unused_bsns.pop(), omschrijving=omschrijving)
            created = httpx.post(f"{url}/v1/signalen", json=body, headers=headers)
            assert created.status_code == 201, created.text
            result: dict[str, Any] = created.json()
            return result

        before = push("Van voor de rotatie")
        assert per_kek(fresh) == {first: 1}

        rotated = run_cli(fresh, "keys", "rotate")
        assert rotated.returncode == 0, rotated.stderr
        second = rotated.stdout.strip()
        assert second.startswith("kek-") and second != first
        assert "1 data keys still wrapped by" in rotated.stderr

        after = push("Na de rotatie")  # the same server process, not restarted
        assert per_kek(fresh) == {first: 1, second: 1}
        assert listed(fresh) == [(second, True, 1), (first, False, 1)]

        # The old KEK still wraps a data key: it cannot go yet, and neither can the primary.
        in_use = run_cli(fresh, "keys", "kek-retire", first)
        assert in_use.returncode == 1 and "run `aanwas keys rewrap` first" in in_use.stderr
        primary = run_cli(fresh, "keys", "kek-retire", second)
        assert primary.returncode == 1 and "rotate first" in primary.stderr

        dry = run_cli(fresh, "keys", "rewrap", "--dry-run")
        assert dry.returncode == 0, dry.stderr
        assert json.loads(dry.stdout) == {
            "primair": second,
            "datasleutelsPerKek": {first: 1, second: 1},
            "teHerverpakken": 1,
        }
        assert per_kek(fresh) == {first: 1, second: 1}, "a dry run changes nothing"

        rewrapped = run_cli(fresh, "keys", "rewrap")
        assert rewrapped.returncode == 0, rewrapped.stderr
        assert "rewrapped: 1 data keys" in rewrapped.stderr and "0 left" in rewrapped.stderr
        assert per_kek(fresh) == {second: 2}

        retired = run_cli(fresh, "keys", "kek-retire", first)
        assert retired.returncode == 0, retired.stderr
        assert [kid for kid, _, _ in listed(fresh)] == [second]
        assert first not in (fresh.keys_dir / KEK_FILE).read_text()

        # Both youths still read, by the server and by a process that starts now.
        for signal_, text_ in ((before, "Van voor de rotatie"), (after, "Na de rotatie")):
            shown = httpx.get(f"{url}/v1/signalen/{signal_['id']}", headers=headers)
            assert shown.status_code == 200 and shown.json()["omschrijving"] == text_
    with session_factory(make_engine(fresh.database_url))() as session:
        for row in session.scalars(select(DataKey)):
            assert row.kek_id == second
            envelope(fresh).keks.unwrap(row.kek_id, row.verpakt, row.associated_data())

    records = key_records(fresh)
    assert [(r["action"], r["resource_id"], r["decision"]) for r in records] == [
        ("kek_vervangen", second, "allow"),
        ("kek_ingetrokken", first, "deny"),
        ("kek_ingetrokken", second, "deny"),
        ("herverpakken_gestart", second, "allow"),
        ("herverpakt", second, "allow"),
        ("kek_ingetrokken", first, "allow"),
    ]
    assert first in (records[0]["reason"] or "")
    assert "1 datasleutels herverpakt" in (records[4]["reason"] or "")
    assert all(r["user"].startswith("cli:") and r["seq"] is not None for r in records)
    # No key material on record: no KEK's bytes in any reason.
    material = [k["key"] for k in json.loads((fresh.keys_dir / KEK_FILE).read_text())["keys"]]
    assert all(m not in (r["reason"] or "") for r in records for m in material)


def _rewrap_until(
    settings: Settings, kid: str, at_least: int, stop: signal.Signals
) -> subprocess.CompletedProcess[str]:
    """Starts `aanwas keys rewrap` in small, slow batches; once at least `at_least` data keys
    are under `kid`, sends it `stop`."""
    process = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "keys", "rewrap", "--batch", "5", "--pause", "0.1"],
        env=cli_env(settings),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while per_kek(settings).get(kid, 0) < at_least:
        assert process.poll() is None, "it finished before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    process.send_signal(stop)
    out, err = process.communicate(timeout=60)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def test_an_interrupted_rewrap_leaves_every_value_readable_and_a_second_run_finishes(
    fresh: Settings,
) -> None:
    sealed = seal_youths(fresh, 200)
    first = load_kek_provider(fresh).primary()
    second = run_cli(fresh, "keys", "rotate").stdout.strip()
    assert per_kek(fresh) == {first: 200}

    # SIGTERM (as a service manager stops it): the batch in hand is finished, then it stops.
    stopped = _rewrap_until(fresh, second, 10, signal.SIGTERM)
    assert stopped.returncode == 130, stopped.stderr
    assert "interrupted: run `aanwas keys rewrap` again" in stopped.stderr
    moved = per_kek(fresh)[second]
    assert 10 <= moved < 200 and moved % 5 == 0, "whole batches only"
    assert per_kek(fresh) == {first: 200 - moved, second: moved}
    all_open(fresh, sealed)

    # SIGKILL mid-batch: the batch in hand is undone by the database, nothing half done.
    _rewrap_until(fresh, second, moved + 10, signal.SIGKILL)
    killed_at = per_kek(fresh)[second]
    assert moved + 10 <= killed_at < 200 and killed_at % 5 == 0
    all_open(fresh, sealed)

    finished = run_cli(fresh, "keys", "rewrap", "--batch", "50")
    assert finished.returncode == 0, finished.stderr
    assert f"rewrapped: {200 - killed_at} data keys" in finished.stderr
    assert "0 left" in finished.stderr
    assert per_kek(fresh) == {second: 200}
    all_open(fresh, sealed)
    again = run_cli(fresh, "keys", "rewrap")
    assert again.returncode == 0 and "nothing to rewrap" in again.stderr

    records = [(r["action"], r["decision"]) for r in key_records(fresh)]
    assert records == [
        ("kek_vervangen", "allow"),
        ("herverpakken_gestart", "allow"),
        ("herverpakken_onderbroken", "allow"),
        ("herverpakken_gestart", "allow"),  # the killed run: its start only
        ("herverpakken_gestart", "allow"),
        ("herverpakt", "allow"),
    ]
    interrupted = key_records(fresh)[2]["reason"] or ""
    assert f"{moved} datasleutels herverpakt" in interrupted
    assert f"{200 - moved} nog te doen" in interrupted


def test_key_changes_that_cannot_be_made_change_nothing_and_name_the_fix(
    fresh: Settings,
) -> None:
    sealed = seal_youths(fresh, 3)
    first = load_kek_provider(fresh).primary()
    second = run_cli(fresh, "keys", "rotate").stdout.strip()
    keyset = (fresh.keys_dir / KEK_FILE).read_text()

    unknown = run_cli(fresh, "keys", "kek-retire", "kek-onbekend")
    assert unknown.returncode == 1 and "`aanwas keys list` shows the KEKs" in unknown.stderr
    not_a_kid = run_cli(fresh, "keys", "kek-retire", "x; rm -rf /")
    assert not_a_kid.returncode == 2 and "rm -rf" not in not_a_kid.stderr
    in_use = run_cli(fresh, "keys", "kek-retire", first)
    assert in_use.returncode == 1 and "still wraps 3 data keys" in in_use.stderr
    bad_batch = run_cli(fresh, "keys", "rewrap", "--batch", "0")
    assert bad_batch.returncode == 2 and "--batch" in bad_batch.stderr
    assert (fresh.keys_dir / KEK_FILE).read_text() == keyset

    # A keyset that lost the KEK the data keys name (a wrong file restored): rewrap stops and
    # says what to restore; `keys list` shows the KEK as missing.
    lost = json.loads(keyset)
    lost["keys"] = [k for k in lost["keys"] if k["kid"] != first]
    (fresh.keys_dir / KEK_FILE).write_text(json.dumps(lost))
    missing = run_cli(fresh, "keys", "rewrap")
    assert missing.returncode == 1, missing.stderr
    assert f"KEK {first} is not in {KEK_FILE}: restore the keyset" in missing.stderr
    assert "Traceback" not in missing.stderr
    assert listed(fresh) == [(second, True, 0), (first, False, 3)]
    shown = run_cli(fresh, "keys", "list")
    assert f"{first}\tMISSING: restore the keyset that held it" in shown.stdout
    assert per_kek(fresh) == {first: 3}

    (fresh.keys_dir / KEK_FILE).write_text(keyset)  # restored: the rewrap goes on
    assert run_cli(fresh, "keys", "rewrap").returncode == 0
    all_open(fresh, sealed)

    records = [(r["action"], r["resource_id"], r["decision"]) for r in key_records(fresh)]
    assert records == [
        ("kek_vervangen", second, "allow"),
        ("kek_ingetrokken", "kek-onbekend", "deny"),
        ("kek_ingetrokken", first, "deny"),
        ("herverpakken_gestart", second, "allow"),
        ("herverpakt", None, "error"),
        ("herverpakken_gestart", second, "allow"),
        ("herverpakt", second, "allow"),
    ]


class _Meanwhile:
    """The provider as it is, except that the first wrap of the rewrap lets other processes
    act between the batch's read and its write: the API destroys a youth's data keys (their
    retention ended), and a second rewrap run moves the rest of the batch first."""

    def __init__(self, keks: Any, meanwhile: Any) -> None:
        self._keks, self._meanwhile = keks, meanwhile
        self.provider = keks.provider

    def __getattr__(self, name: str) -> Any:
        return getattr(self._keks, name)

    def wrap(self, dek: bytes, associated_data: bytes) -> tuple[str, bytes]:
        if self._meanwhile is not None:
            meanwhile, self._meanwhile = self._meanwhile, None
            meanwhile()
        wrapped: tuple[str, bytes] = self._keks.wrap(dek, associated_data)
        return wrapped


def test_a_rewrap_loses_no_change_another_process_made_meanwhile(fresh: Settings) -> None:
    from api.security.data_keys import destroy_data_keys
    from api.security.rewrap import rewrap

    sealed = seal_youths(fresh, 6)
    keks = load_kek_provider(fresh)
    keks.rotate()
    sessions = session_factory(make_engine(fresh.database_url))
    with sessions() as session:
        first_six = list(session.scalars(select(DataKey).order_by(DataKey.id)))
    gone = first_six[0]

    def meanwhile() -> None:
        with sessions() as session:
            destroy_data_keys(session, gone.onderwerp_soort, gone.onderwerp_id)
            session.commit()
        other = rewrap(sessions, load_kek_provider(fresh), batch=100)
        assert other.rewrapped == 5  # the rest, before the first run writes its batch

    done = rewrap(sessions, _Meanwhile(keks, meanwhile), batch=100)  # type: ignore[arg-type]
    assert (done.rewrapped, done.changed_meanwhile, done.damaged) == (0, 6, [])
    assert per_kek(fresh) == {keks.primary(): 5}, "the destroyed key did not come back"
    all_open(fresh, [s for s in sealed if s[0].row_id != gone.onderwerp_id])
