"""The blind-index key rotates by a re-index while the API serves: `aanwas keys
blind-index-rotate` makes a new key, recomputes every stored index (youths' BSNs, closed
premises) in batches, and lookups find every youth and premises during and after, also when the
run is interrupted and run again. The audit log's pseudonyms come from the pseudonym key, split
off the old blind-index key, and do not change."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from api.db import make_engine
from api.security.blind_index_keys import (
    BSN,
    KEY_FILE,
    PAND,
    PREVIOUS_FILE,
    PSEUDONYM_FILE,
    read_key,
)
from api.security.crypto import BlindIndex
from api.security.gate import premises
from api.settings import Settings
from tests import test_signing_keys
from tests.conftest import (
    _unused_bsns,
    app_on,
    audit_rows,
    run_cli,
    signaal_body,
)
from tests.test_maatregelen import CLOSURE
from tests.test_maatregelen import PAND as PREMISES

own_database = test_signing_keys.own_database  # a database of the test's own (a fixture)


def rows(settings: Settings, query: str) -> list[Any]:
    with make_engine(settings.database_url).connect() as connection:
        return list(connection.execute(text(query)))


def under(settings: Settings, key: bytes, bsns: list[str]) -> int:
    """How many of these youths' stored BSN index is under `key`."""
    index = BlindIndex(key, BSN)
    stored = {row[0] for row in rows(settings, "SELECT bsn_index FROM jongeren")}
    return sum(index.digest(bsn) in stored for bsn in bsns)


def test_lookups_find_every_youth_and_premises_during_and_after_a_re_index(
    own_database: str, settings: Settings, tmp_path: Path
) -> None:
    with app_on(settings, own_database, tmp_path / "keys") as (client, make, fresh):
        politie, riec = make("politie", "partner_system"), make("gemeente", "casusregisseur")

        def push(bsn: str) -> dict[str, Any]:
            pushed = client.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers())
            assert pushed.status_code == 201, pushed.text
            result: dict[str, Any] = pushed.json()
            return result

        def closures() -> list[str]:
            found = client.post(
                "/v1/sluitingen/zoeken",
                json={"postcode": "2132ab", "huisnummer": "12 a"},
                headers=riec.headers("ondermijning"),
            )
            assert found.status_code == 200, found.text
            return [item["id"] for item in found.json()["items"]]

        bsns = [_unused_bsns.pop() for _ in range(12)]
        youths = {bsn: push(bsn)["jongereId"] for bsn in bsns}
        closed = client.post("/v1/sluitingen", json=CLOSURE, headers=riec.headers("ondermijning"))
        assert closed.status_code == 201, closed.text
        closure = closed.json()["id"]
        assert closures() == [closure]
        keys_dir = fresh.keys_dir
        old = read_key(keys_dir / KEY_FILE)
        pseudonym = audit_rows(fresh, resource_id=push(bsns[0])["id"])[0]["jongere_pseudoniem"]

        # Interrupted part-way (small, slow batches; SIGTERM ends it after a whole batch).
        process = subprocess.Popen(
            [sys.executable, "-m", "api.cli", "keys", "blind-index-rotate", "--batch", "2",
             "--pause", "0.3"],
            env={
                **os.environ,
                "AANWAS_DATABASE_URL": fresh.database_url,
                "AANWAS_KEYS_DIR": str(keys_dir),
            },
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while (
            read_key(keys_dir / KEY_FILE) == old
            or under(fresh, read_key(keys_dir / KEY_FILE), bsns) < 2
        ):
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
        assert process.returncode == 130, err
        assert "run `aanwas keys blind-index-rotate` again" in err
        new = read_key(keys_dir / KEY_FILE)
        assert new != old and read_key(keys_dir / PREVIOUS_FILE) == old
        assert 2 <= under(fresh, new, bsns) < 12 and under(fresh, old, bsns) > 0

        # Meanwhile every youth is found again (none registered twice), and the premises too.
        assert {bsn: push(bsn)["jongereId"] for bsn in bsns} == youths
        assert closures() == [closure]
        new_youth = _unused_bsns.pop()
        registered = push(new_youth)["jongereId"]  # indexed under the new key at once
        assert under(fresh, new, [new_youth]) == 1

        finished = run_cli(fresh, "keys", "blind-index-rotate")
        assert finished.returncode == 0, finished.stderr
        assert not (keys_dir / PREVIOUS_FILE).exists()
        assert read_key(keys_dir / KEY_FILE) == new, "the run went on with the same new key"
        assert under(fresh, new, [*bsns, new_youth]) == 13
        stored = {row[0] for row in rows(fresh, "SELECT pand_index FROM maatregelen")}
        assert stored == {
            BlindIndex(new, PAND).digest(premises(PREMISES["postcode"], PREMISES["huisnummer"]))
        }
        assert {bsn: push(bsn)["jongereId"] for bsn in bsns} == youths
        assert push(new_youth)["jongereId"] == registered
        assert closures() == [closure]

        # The pseudonym key is the old blind-index key, and the log's pseudonyms stay.
        assert read_key(keys_dir / PSEUDONYM_FILE) == old
        after = audit_rows(fresh, resource_id=push(bsns[0])["id"])[0]["jongere_pseudoniem"]
        assert after == pseudonym

    records = audit_rows(fresh, resource_type="blindeindexsleutel")
    assert [(r["action"], r["decision"]) for r in records] == [
        ("blindeindexsleutel_vervangen", "allow"),
        ("herindexeren_onderbroken", "allow"),
        ("herindexeren_hervat", "allow"),
        ("geherindexeerd", "allow"),
    ]
    assert all(r["user"].startswith("cli:") for r in records)


def test_a_key_from_the_environment_is_not_rotated_and_the_error_says_what_to_do(
    own_database: str, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from api.db import migrate

    migrate(own_database)
    fresh = settings.model_copy(update={"database_url": own_database, "keys_dir": tmp_path / "k"})
    monkeypatch.setenv("AANWAS_BLIND_INDEX_KEY", "A" * 43)
    refused = run_cli(fresh, "keys", "blind-index-rotate")
    assert refused.returncode == 1
    assert "AANWAS_BLIND_INDEX_KEY" in refused.stderr and KEY_FILE in refused.stderr
    assert not (fresh.keys_dir / KEY_FILE).exists()
    assert not (fresh.keys_dir / PREVIOUS_FILE).exists()
    [record] = audit_rows(fresh, resource_type="blindeindexsleutel")
    assert (record["action"], record["decision"]) == ("blindeindexsleutel_vervangen", "deny")


def test_an_install_from_before_the_split_keeps_its_pseudonyms(tmp_path: Path) -> None:
    """Pseudonyms came from the blind-index key: after the split they are the same."""
    from api.security.crypto import b64e, load_keyring, write_secret_file

    old = b"b" * 32
    before = BlindIndex(old, "audit.jongere").digest("jongere-1")
    for environment in ("development", "production"):
        keys_dir = tmp_path / environment
        write_secret_file(keys_dir / KEY_FILE, b64e(old))
        write_secret_file(keys_dir / "field-encryption-key", b64e(b"f" * 32))
        keyring = load_keyring(Settings(keys_dir=keys_dir, environment=environment))
        assert keyring.pseudonyms().digest("jongere-1") == before
        assert keyring.bsn_pseudonyms().digest("111222333") == BlindIndex(old, BSN).digest(
            "111222333"
        )
        # Development keeps it as a file of its own; production does not write in its keys.
        assert (keys_dir / PSEUDONYM_FILE).exists() == (environment == "development")
