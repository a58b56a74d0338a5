"""`aanwas-partner push signals.csv --progress`: a partner system's signals from a CSV file,
pushed in bulk batches, each with an Idempotency-Key of its own, and a journal of the batches the
API acknowledged, so that a run interrupted (Ctrl-C, a lost connection) is resumed by running it
again: the acknowledged batches are skipped, none is pushed twice. docs/partner-cli.md has the
columns and the journal's format.

The credentials come from AANWAS_CLIENT_ID and AANWAS_CLIENT_SECRET (never from the command
line, where other users of the machine see them); the API from --url or AANWAS_API_URL.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import signal
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from aanwas_client.generated import BULK_PATH, BulkResultaat, SignalenBulk
from aanwas_client.sdk import connect

REQUIRED = ("bsn", "voornamen", "achternaam", "geboortedatum", "categorie", "waargenomenOp")
OPTIONAL = ("omschrijving", "wijk")
# Each batch's key derives from the file and the batch, so a batch sent again after an answer
# that never arrived carries the same key, and the API stores it once.
KEY_NAMESPACE = uuid.UUID("5d0f3a52-8b1e-4c43-9a55-2f6f2b0e4a11")


class Unusable(Exception):
    """A file or setting this command cannot work with: one line, exit 2."""


def read_signals(path: Path) -> list[dict[str, Any]]:
    """The CSV's rows as signals (the API's JSON shape); empty optional cells are left out."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        columns = reader.fieldnames or []
        absent = [column for column in REQUIRED if column not in columns]
        unknown = [column for column in columns if column not in REQUIRED + OPTIONAL]
        if absent or unknown:
            raise Unusable(
                f"{path}: columns missing: {', '.join(absent) or '-'}; unknown: "
                f"{', '.join(unknown) or '-'} (see docs/partner-cli.md)"
            )
        signals = []
        for row in reader:
            signal_body: dict[str, Any] = {
                "jongere": {key: row[key] for key in ("bsn", "voornamen", "achternaam")}
                | {"geboortedatum": row["geboortedatum"]},
                "categorie": row["categorie"],
                "waargenomenOp": row["waargenomenOp"],
            }
            signal_body |= {key: row[key] for key in OPTIONAL if row.get(key)}
            signals.append(signal_body)
    if not signals:
        raise Unusable(f"{path}: no signals")
    return signals


class Journal:
    """JSON lines beside the CSV: first what it is the journal of (the file's SHA-256 and the
    batch size), then one line per batch the API acknowledged, written and synced before the
    next batch is sent."""

    def __init__(self, path: Path, digest: str, size: int) -> None:
        self.path = path
        self.done: dict[int, dict[str, Any]] = {}
        head = {"bestand": digest, "batchGrootte": size}
        if path.exists():
            lines = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
            if not lines or lines[0] != head:
                raise Unusable(
                    f"{path}: the journal of another file or batch size; move it aside to "
                    "push this file afresh"
                )
            self.done = {line["batch"]: line for line in lines[1:]}
        else:
            self._append(head)

    def _append(self, line: dict[str, Any]) -> None:
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(line) + "\n")
            handle.flush()
            os.fsync(handle.fileno())

    def acknowledge(self, batch: int, key: str, answer: BulkResultaat, first_row: int) -> None:
        refused = [
            {"regel": first_row + item.index, "status": item.status}
            for item in answer.resultaten
            if item.status != 201
        ]
        line = {
            "batch": batch,
            "idempotencyKey": key,
            "aangemaakt": answer.aangemaakt,
            "geweigerd": answer.geweigerd,
            "geweigerdeRegels": refused,
        }
        self._append(line)
        self.done[batch] = line


def batches(signals: list[dict[str, Any]], size: int) -> Iterator[tuple[int, list[Any]]]:
    for start in range(0, len(signals), size):
        yield start // size, signals[start : start + size]


class StopAfterBatch:
    """The first Ctrl-C (or SIGTERM) lets the batch in flight finish and be journaled, then
    stops; a second one stops at once."""

    def __init__(self) -> None:
        self.asked = False
        for caught in (signal.SIGINT, signal.SIGTERM):
            signal.signal(caught, self._ask)

    def _ask(self, number: int, _frame: Any) -> None:
        if self.asked:
            raise KeyboardInterrupt
        self.asked = True


def push(args: argparse.Namespace) -> int:
    url = args.url or os.environ.get("AANWAS_API_URL")
    client_id = os.environ.get("AANWAS_CLIENT_ID")
    secret = os.environ.get("AANWAS_CLIENT_SECRET")
    key_file = os.environ.get("AANWAS_CLIENT_KEY_FILE")
    if not (url and client_id and (secret or key_file)) or (secret and key_file):
        raise Unusable(
            "set AANWAS_CLIENT_ID, AANWAS_CLIENT_SECRET or AANWAS_CLIENT_KEY_FILE (not both) "
            "and AANWAS_API_URL (or --url)"
        )
    private_key = None
    if key_file:
        try:
            private_key = Path(key_file).read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise Unusable(f"AANWAS_CLIENT_KEY_FILE: not readable ({type(exc).__name__})") from None
    if not 1 <= args.batch <= 1000:
        raise Unusable("--batch: from 1 to 1000 signals (the API's bulk limit)")
    path = Path(args.bestand)
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        signals = read_signals(path)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise Unusable(f"{path}: not readable ({type(exc).__name__})") from None
    journal = Journal(Path(args.journal or f"{path}.journal"), digest, args.batch)
    stop = StopAfterBatch()
    todo = [(n, batch) for n, batch in batches(signals, args.batch) if n not in journal.done]
    progress = _progress(args.progress, len(signals), len(signals) - sum(len(b) for _, b in todo))
    api = connect(url, client_id, secret or None, private_key=private_key, purpose="signalering")
    with api:
        http = api.get_httpx_client()
        for n, batch in todo:
            if stop.asked:
                progress.close()
                print(
                    f"interrupted: {len(journal.done)} of {-(-len(signals) // args.batch)} "
                    f"batches acknowledged, in {journal.path}; run again to resume",
                    file=sys.stderr,
                )
                return 130
            key = str(uuid.uuid5(KEY_NAMESPACE, f"{digest}:{args.batch}:{n}"))
            body = SignalenBulk.from_dict({"signalen": batch}).to_dict()
            answer = http.post(BULK_PATH, json=body, headers={"Idempotency-Key": key})
            answer.raise_for_status()
            journal.acknowledge(n, key, BulkResultaat.from_dict(answer.json()), n * args.batch + 2)
            progress.update(len(batch))
    progress.close()
    return _summary(journal)


def _progress(shown: bool, total: int, done: int) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, initial=done, unit="signaal", disable=not shown, file=sys.stderr)


def _summary(journal: Journal) -> int:
    """What was stored and which rows were refused (by CSV line and status, never content)."""
    created = sum(line["aangemaakt"] for line in journal.done.values())
    refused = [r for line in journal.done.values() for r in line["geweigerdeRegels"]]
    summary = {"aangemaakt": created, "geweigerd": len(refused), "geweigerdeRegels": refused}
    print(json.dumps(summary))
    return 1 if refused else 0


def _say(problem: httpx.HTTPError) -> str:
    if isinstance(problem, httpx.HTTPStatusError):
        answer = problem.response
        try:
            title = answer.json().get("title", "")
        except ValueError:
            title = ""
        return f"the API answered {answer.status_code} {title}".rstrip()
    return f"the API is not reachable ({type(problem).__name__})"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aanwas-partner", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    push_cmd = commands.add_parser("push", help="push a CSV of signals in bulk batches")
    push_cmd.add_argument("bestand", help="the CSV file (columns: docs/partner-cli.md)")
    push_cmd.add_argument("--progress", action="store_true", help="show a progress bar")
    push_cmd.add_argument("--batch", type=int, default=500, help="signals per batch (max 1000)")
    push_cmd.add_argument("--journal", help="the journal file (default: BESTAND.journal)")
    push_cmd.add_argument("--url", help="the API (default: AANWAS_API_URL)")
    push_cmd.set_defaults(handler=push)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        result: int = args.handler(args)
    except Unusable as unusable:
        print(f"aanwas-partner: {unusable}", file=sys.stderr)
        return 2
    except httpx.HTTPError as failed:
        print(f"aanwas-partner: {_say(failed)}; run again to resume", file=sys.stderr)
        return 3
    return result


if __name__ == "__main__":
    sys.exit(main())
