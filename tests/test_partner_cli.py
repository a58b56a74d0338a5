"""`aanwas-partner push`: a CSV of signals pushed in batches against a live server; a run
interrupted by Ctrl-C is resumed by running it again, and nothing is pushed twice."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from api.db import make_engine, session_factory
from api.settings import Settings
from api.signalen.models import Signaal
from tests.conftest import _unused_bsns, free_port, register

COLUMNS = ["bsn", "voornamen", "achternaam", "geboortedatum", "categorie", "waargenomenOp", "wijk"]


def write_csv(path: Path, count: int, **overrides: str) -> Path:
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for n in range(count):
            row = {
                "bsn": _unused_bsns.pop(),
                "voornamen": "Sem",
                "achternaam": f"de Vries {n}",
                "geboortedatum": "2009-04-17",
                "categorie": "meerdere_telefoons",
                "waargenomenOp": "2026-11-02",
                "wijk": "" if n % 2 else "Hoofddorp-Centrum",
            }
            writer.writerow(row | (overrides if n == 1 else {}))
    return path


def stored(settings: Settings) -> int:
    with session_factory(make_engine(settings.database_url))() as session:
        return session.scalar(select(func.count()).select_from(Signaal)) or 0


def partner(server: str, settings: Settings, *args: str) -> subprocess.Popen[str]:
    client_id, secret = register(settings, "politie", "partner_system")
    env = {
        **os.environ,
        "AANWAS_API_URL": server,
        "AANWAS_CLIENT_ID": client_id,
        "AANWAS_CLIENT_SECRET": secret,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "aanwas_client.partner", "push", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finished(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=300)
    return process.returncode, out, err


def journal_batches(journal: Path) -> int:
    return len(journal.read_text().splitlines()) - 1 if journal.exists() else 0


def test_an_interrupted_push_resumes_without_pushing_anything_twice(
    server: str, settings: Settings, tmp_path: Path
) -> None:
    signals = write_csv(tmp_path / "signalen.csv", 30)
    journal = tmp_path / "signalen.csv.journal"
    before = stored(settings)

    first = partner(server, settings, str(signals), "--batch", "2", "--progress")
    deadline = time.monotonic() + 120
    while journal_batches(journal) < 2 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    first.send_signal(signal.SIGINT)
    code, _, said = finished(first)
    assert code == 130, said
    assert "run again to resume" in said and "Traceback" not in said
    acknowledged = journal_batches(journal)
    assert 2 <= acknowledged < 15
    # The batch in flight at the interrupt was finished and journaled: stored is journaled.
    assert stored(settings) - before == 2 * acknowledged

    code, out, said = finished(partner(server, settings, str(signals), "--batch", "2"))
    assert code == 0, said
    assert json.loads(out) == {"aangemaakt": 30, "geweigerd": 0, "geweigerdeRegels": []}
    assert stored(settings) - before == 30
    assert journal_batches(journal) == 15
    keys = [json.loads(line)["idempotencyKey"] for line in journal.read_text().splitlines()[1:]]
    assert len(set(keys)) == 15

    # Once more: everything is acknowledged, nothing is sent.
    code, out, said = finished(partner(server, settings, str(signals), "--batch", "2"))
    assert code == 0, said
    assert stored(settings) - before == 30


def test_refused_rows_are_named_by_line_and_status_never_by_content(
    server: str, settings: Settings, tmp_path: Path
) -> None:
    signals = write_csv(tmp_path / "een-fout.csv", 3, categorie="geen_categorie")
    before = stored(settings)
    code, out, said = finished(partner(server, settings, str(signals)))
    assert code == 1, said
    assert json.loads(out) == {
        "aangemaakt": 2,
        "geweigerd": 1,
        "geweigerdeRegels": [{"regel": 3, "status": 400}],  # the header is line 1
    }
    assert "geen_categorie" not in out + said
    assert stored(settings) - before == 2


def test_what_cannot_be_pushed_is_said_in_one_line(
    server: str, settings: Settings, tmp_path: Path
) -> None:
    missing = tmp_path / "kolommen.csv"
    missing.write_text("bsn,voornamen,kleur\n999990019,Sem,rood\n")
    code, out, said = finished(partner(server, settings, str(missing)))
    assert code == 2 and out == ""
    assert said.count("\n") == 1 and "unknown: kleur" in said and "999990019" not in said

    signals = write_csv(tmp_path / "signalen.csv", 2)
    (tmp_path / "signalen.csv.journal").write_text('{"bestand": "ander", "batchGrootte": 500}\n')
    code, _, said = finished(partner(server, settings, str(signals)))
    assert code == 2 and "journal of another file" in said

    before = stored(settings)
    down = write_csv(tmp_path / "down.csv", 2)
    code, _, said = finished(partner(f"http://127.0.0.1:{free_port()}", settings, str(down)))
    assert code == 3 and "not reachable" in said and "Traceback" not in said
    assert stored(settings) == before
