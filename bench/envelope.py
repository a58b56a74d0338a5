"""What envelope encryption costs, against the single legacy key, and how fast a rewrap goes.

Run with `make bench`, or `python bench/envelope.py [--rounds R] [--pushes P] [--deks N]
[--postgresql] [--json PATH]`. In one process, on a temporary database:

1. **Seal and open, per push.** A push seals a push-sized set of fields (a youth's BSN, first
   names, surname and birth date, and the signal's description: 5 fields) and a read opens
   them. Timed per push for the single legacy key (`FieldCipher`, the path before the data
   keys), and for the envelope with the youth's DEK cached in the process (the common case: a
   known youth), and with a cold DEK (push: a new youth, whose DEK is made, wrapped by the KEK
   and inserted; read: a process that has not seen the youth, so the DEK is read from the
   database and unwrapped). Rounds alternate the order, so drift hits all alike; the ratio is
   legacy time over envelope time (throughput of the envelope against the legacy key).
2. **Rewrap.** N DEKs (default 100,000) are made in bulk, wrapped by a KEK; the KEK is rotated
   and `rewrap` (api/security/rewrap.py, with the CLI's progress bar) moves them all to the new
   primary in batches of 500. Prints DEKs per second and, as the bar showed it at 10%, the
   expected time left against the time it then took.

Asserts only that everything opens and that every DEK was rewrapped; nothing about time.
"""

from __future__ import annotations

import argparse
import json
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert
from sqlalchemy.orm import Session, sessionmaker

from api.cli_kek import ProgressBar
from api.db import make_engine, migrate, new_id, session_factory, utcnow
from api.security.crypto import FieldCipher, FieldPlace
from api.security.data_keys import DataKey, data_key_binding
from api.security.envelope import Envelope
from api.security.kek import KeyEncryptionKeys
from api.security.kek_file import FileKeyEncryptionKeys
from api.security.rewrap import rewrap, still_to_rewrap
from api.settings import Settings

# A push about a new youth seals these (api/jongeren/models.py, api/signalen/models.py).
PUSH_FIELDS = (
    ("jongeren", "bsn", "111222333"),
    ("jongeren", "voornamen", "Sem Johannes"),
    ("jongeren", "achternaam", "de Vries"),
    ("jongeren", "geboortedatum", "2009-03-14"),
    ("signalen", "omschrijving", "Gezien bij de ingang van het winkelcentrum, met twee anderen"),
)


def places(youth: str) -> list[tuple[FieldPlace, str]]:
    signal = new_id()
    return [
        (FieldPlace(table, column, youth if table == "jongeren" else signal), value)
        for table, column, value in PUSH_FIELDS
    ]


@contextmanager
def database(on_postgresql: bool) -> Iterator[str]:
    if on_postgresql:
        from tests.conftest import _postgres_database

        yield from _postgres_database()
        return
    with tempfile.TemporaryDirectory() as folder:
        yield f"sqlite:///{Path(folder) / 'envelope.db'}"


def timed(work: Callable[[], None], pushes: int) -> float:
    """Microseconds per push."""
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) / pushes * 1e6


def cases(
    sessions: sessionmaker[Session],
    keks: KeyEncryptionKeys,
    envelope: Envelope,
    known: list[str],
    pushes: int,
) -> list[tuple[str, Callable[[], None]]]:
    """One round's work: seals, then the opens of what they sealed."""
    legacy = envelope.legacy
    batch = [(known[i % len(known)], places(known[i % len(known)])) for i in range(pushes)]
    legacy_sealed: list[list[tuple[FieldPlace, str]]] = []
    sealed: list[tuple[str, list[tuple[FieldPlace, str]]]] = []
    cold_sealed: list[tuple[str, list[tuple[FieldPlace, str]]]] = []

    def legacy_seal() -> None:
        for _, fields in batch:
            legacy_sealed.append([(p, legacy.seal(v, p)) for p, v in fields])

    def legacy_open() -> None:
        for fields in legacy_sealed:
            for place, token in fields:
                legacy.open(token, place)

    def envelope_seal() -> None:
        with sessions() as session:
            for youth, fields in batch:
                keys = envelope.keys_for(session)  # a request each
                sealed.append(
                    (youth, [(p, keys.seal(v, p, ("jongere", youth))) for p, v in fields])
                )

    def envelope_open() -> None:
        with sessions() as session:
            for _, fields in sealed:
                keys = envelope.keys_for(session)
                for place, token in fields:
                    keys.open(token, place)

    def cold_seal() -> None:  # a new youth each: a DEK made, wrapped and inserted
        with sessions() as session:  # (in the push's transaction, whose commit is shared)
            for _ in range(pushes):
                youth = new_id()
                keys = envelope.keys_for(session)
                fields = [(p, keys.seal(v, p, ("jongere", youth))) for p, v in places(youth)]
                keys.write_new()
                cold_sealed.append((youth, fields))
            session.commit()

    def cold_open() -> None:  # a process that has not seen the youth: read and unwrap
        with sessions() as session:
            for _, fields in cold_sealed:
                keys = Envelope(keks, legacy).keys_for(session)
                for place, token in fields:
                    keys.open(token, place)

    return [
        ("legacy seal", legacy_seal),
        ("envelope seal, cached DEK", envelope_seal),
        ("envelope seal, cold DEK", cold_seal),
        ("legacy open", legacy_open),
        ("envelope open, cached DEK", envelope_open),
        ("envelope open, cold DEK", cold_open),
    ]


def seal_and_open(
    sessions: sessionmaker[Session], keks: KeyEncryptionKeys, rounds: int, pushes: int
) -> dict[str, Any]:
    legacy = FieldCipher(secrets.token_bytes(32))
    envelope = Envelope(keks, legacy)
    known = [new_id() for _ in range(50)]  # youths whose DEKs the process has cached
    with sessions() as session:
        keys = envelope.keys_for(session)
        for youth in known:
            keys.seal("-", FieldPlace("jongeren", "bsn", youth), ("jongere", youth))
        keys.write_new()
        session.commit()
        keys.committed()
    samples: dict[str, list[float]] = {}
    for round_ in range(rounds + 1):  # the first warms up and is not counted
        work_of_round = cases(sessions, keks, envelope, known, pushes)
        if round_ % 2:  # the other order, seals before their opens
            work_of_round = work_of_round[2::-1] + work_of_round[:2:-1]
        for name, work in work_of_round:
            took = timed(work, pushes)
            if round_:
                samples.setdefault(name, []).append(took)
    medians = {name: statistics.median(values) for name, values in samples.items()}
    ratios = {
        f"{what} {case}": medians[f"legacy {what}"] / medians[f"envelope {what}, {case}"]
        for what in ("seal", "open")
        for case in ("cached DEK", "cold DEK")
    }
    return {"microsecondsPerPush": medians, "ratioToLegacy": ratios}


def make_deks(sessions: sessionmaker[Session], keks: KeyEncryptionKeys, count: int) -> float:
    """`count` DEKs wrapped by the primary KEK, inserted in bulk; returns the seconds it took."""
    started = time.perf_counter()
    rows: list[dict[str, Any]] = []
    with sessions() as session:
        for _ in range(count):
            dek_id, youth = new_id(), new_id()
            kek_id, wrapped = keks.wrap(
                secrets.token_bytes(32), data_key_binding(dek_id, "jongere", youth)
            )
            rows.append(
                {
                    "id": dek_id,
                    "onderwerp_soort": "jongere",
                    "onderwerp_id": youth,
                    "kek_id": kek_id,
                    "verpakt": wrapped,
                    "aangemaakt_op": utcnow(),
                }
            )
            if len(rows) == 10_000:
                session.execute(insert(DataKey), rows)
                rows = []
        if rows:
            session.execute(insert(DataKey), rows)
        session.commit()
    return time.perf_counter() - started


def rewrap_speed(
    sessions: sessionmaker[Session], keks: KeyEncryptionKeys, count: int
) -> dict[str, Any]:
    made = make_deks(sessions, keks, count)
    keks.rotate()
    with sessions() as session:  # and the DEKs the seal-and-open part made
        count = still_to_rewrap(session, keks.primary())
    shown: dict[str, float] = {}
    with ProgressBar(count) as bar:
        settled = [0]

        def progress(done: int) -> None:
            bar(done)
            settled[0] += done
            if "expected" not in shown and settled[0] >= count // 10:
                left = bar.expected_seconds_left()
                if left is not None:
                    shown["expected"], shown["at"] = left, time.monotonic()

        done = rewrap(sessions, keks, batch=500, progress=progress)
    ended = time.monotonic()
    assert done.rewrapped == count and not done.damaged, done
    with sessions() as session:
        assert still_to_rewrap(session, keks.primary()) == 0
    return {
        "deks": count,
        "madeInSeconds": made,
        "seconds": done.seconds,
        "deksPerSecond": done.per_second(),
        "expectedLeftAt10Percent": shown.get("expected"),
        "tookFrom10Percent": ended - shown["at"] if shown else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--pushes", type=int, default=500)
    parser.add_argument("--deks", type=int, default=100_000)
    parser.add_argument("--postgresql", action="store_true", help="AANWAS_TEST_POSTGRES_URL")
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args()
    with database(args.postgresql) as url, tempfile.TemporaryDirectory() as keys_dir:
        migrate(url)
        sessions = session_factory(make_engine(url))
        keks = FileKeyEncryptionKeys(Settings(keys_dir=Path(keys_dir)))
        report = {
            "database": "postgresql" if args.postgresql else "sqlite",
            "sealOpen": seal_and_open(sessions, keks, args.rounds, args.pushes),
            "rewrap": rewrap_speed(sessions, keks, args.deks),
        }
        make_engine(url).dispose()
    print(f"envelope on {report['database']}, medians over {args.rounds} rounds of {args.pushes}")
    for name, micros in report["sealOpen"]["microsecondsPerPush"].items():
        print(f"  {name:<28} {micros:9.1f} us per push (5 fields)")
    for name, ratio in report["sealOpen"]["ratioToLegacy"].items():
        print(f"  ratio envelope/legacy, {name:<18} {ratio:5.2f}  (target >= 0.9)")
    speed = report["rewrap"]
    expected = speed["expectedLeftAt10Percent"]
    took = speed["tookFrom10Percent"]
    print(
        f"rewrap: {speed['deks']:,} DEKs in {speed['seconds']:.1f} s, "
        f"{speed['deksPerSecond']:,.0f} DEKs/s; at 10% the bar expected "
        f"{'-' if expected is None else round(expected, 1)} s left, "
        f"it took {'-' if took is None else round(took, 1)} s"
    )
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
