"""Soak: the full stack under a steady mixed load for minutes, watched for leaks and drift.

    python bench/soak.py [--seconds 600] [--slice 30] [--warmup 60] [--connections 64]
        [--database sqlite|postgresql] [--json bench/results/soak-sqlite.json]

`make soak` runs it for ten minutes on each database (not in CI). It starts a real OPA and the
API (`aanwas serve`, uvicorn, with its worker beside it) on a fresh database, as
bench/request_path.py does, and loads it with two wrk processes at once, half the connections
each: pushes (POST /v1/signalen as the police's partner system, about 2,000 youths) and reads
(GET /v1/signalen/{id} as youth work, 300 seeded signals). The load runs in slices; after each
it samples the resident memory (RSS, from /proc) of the API's process tree (the API and its
worker) and of OPA, and keeps each slice's req/s, p50, p99, socket errors and non-2xx answers.
Tokens are fetched again for every slice, so a run may outlast a token's lifetime.

The first --warmup seconds are warm-up: their memory is the baseline, their latency is not
judged. It exits non-zero when any of these fails (the verdict is printed and in the JSON):

- memory: the RSS of the API's tree, and of OPA, after the last slice is less than 10% above
  the RSS after warm-up;
- errors: no socket error and no non-2xx answer in any slice, warm-up included;
- stable p99: per kind (push, read), the median of the per-slice p99 over the last third of the
  slices after warm-up is at most twice that over the first third;
- nothing lost: every answered push stored and on record, and `aanwas audit verify` intact.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api.db import make_engine, migrate, session_factory
from api.opa_process import find_opa_binary, start_opa, stop_opa
from api.settings import CHECKOUT, Settings
from bench import wrk
from bench.request_path import (
    READ_SIGNALS,
    api_environment,
    push_requests,
    register,
    seed_reads,
    start_api,
    what_was_stored,
)
from tests.conftest import free_port

GROWTH_LIMIT = 0.10  # RSS after the last slice against after warm-up
P99_LIMIT = 2.0  # the last third's p99 against the first third's
KINDS = ("push", "read")


# --- memory, from /proc ---------------------------------------------------------------------


def _children() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # it ended while we looked
            continue
        # The command name is in parentheses and may hold spaces: the fields after it are fixed.
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    return children


def tree(pid: int) -> list[int]:
    """The process and all its descendants."""
    children = _children()
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def rss_mb(pids: list[int]) -> float:
    total_kb = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
                    break
        except OSError:
            continue
    return total_kb / 1024


# --- slices ---------------------------------------------------------------------------------


@dataclass
class Slice:
    number: int
    warmup: bool
    ended: float  # seconds since the load began
    figures: dict[str, wrk.Figures]
    rss: dict[str, float]  # MB: "api" (its process tree), "opa"
    processes: int  # in the API's tree

    def as_json(self) -> dict[str, Any]:
        return {
            "slice": self.number,
            "warmup": self.warmup,
            "ended": round(self.ended, 1),
            "rssMb": {k: round(v, 1) for k, v in self.rss.items()},
            "apiProcesses": self.processes,
            **{kind: f.as_json() for kind, f in self.figures.items()},
        }


def run_slice(
    url: str, scripts: dict[str, str], connections: int, seconds: float, workdir: Path
) -> dict[str, wrk.Figures]:
    """Both kinds at once, each from a wrk process of its own with half the connections."""
    figures: dict[str, wrk.Figures] = {}
    failures: list[BaseException] = []

    def load(kind: str) -> None:
        folder = workdir / kind  # wrk.run writes its script as load.lua in the folder
        folder.mkdir(exist_ok=True)
        try:
            figures[kind] = wrk.run(
                url, scripts[kind], connections=connections, seconds=seconds, workdir=folder
            )
        except BaseException as failure:  # raised again below, in the caller
            failures.append(failure)

    threads = [threading.Thread(target=load, args=(kind,)) for kind in KINDS]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]
    return figures


# --- the verdict ----------------------------------------------------------------------------


@dataclass
class Verdict:
    checks: dict[str, dict[str, Any]] = field(default_factory=dict)

    def check(self, name: str, passed: bool, **details: Any) -> None:
        self.checks[name] = {"passed": passed, **details}

    @property
    def passed(self) -> bool:
        return all(c["passed"] for c in self.checks.values())


def judge(slices: list[Slice], afterwards: dict[str, Any]) -> Verdict:
    verdict = Verdict()
    warmup = [s for s in slices if s.warmup]
    measured = [s for s in slices if not s.warmup]
    baseline = warmup[-1] if warmup else slices[0]
    last = slices[-1]
    for part in ("api", "opa"):
        growth = last.rss[part] / baseline.rss[part] - 1
        verdict.check(
            f"rss-{part}",
            growth < GROWTH_LIMIT,
            afterWarmupMb=round(baseline.rss[part], 1),
            lastMb=round(last.rss[part], 1),
            peakMb=round(max(s.rss[part] for s in measured or slices), 1),
            growth=round(growth, 4),
            limit=GROWTH_LIMIT,
        )
    errors = sum(f.socket_errors for s in slices for f in s.figures.values())
    non_2xx = sum(f.non_2xx for s in slices for f in s.figures.values())
    statuses: dict[str, int] = {}
    for s in slices:
        for f in s.figures.values():
            for status, count in f.statuses.items():
                statuses[str(status)] = statuses.get(str(status), 0) + count
    verdict.check(
        "errors", errors == 0 and non_2xx == 0, socketErrors=errors, non2xx=non_2xx,
        statuses=statuses,
    )  # fmt: skip
    third = max(1, len(measured) // 3)
    for kind in KINDS:
        first = statistics.median(s.figures[kind].p99 for s in measured[:third])
        final = statistics.median(s.figures[kind].p99 for s in measured[-third:])
        verdict.check(
            f"p99-{kind}",
            final <= P99_LIMIT * first,
            firstThirdMs=first,
            lastThirdMs=final,
            ratio=round(final / first, 3) if first else None,
            limit=P99_LIMIT,
        )
    verdict.check(
        "nothing-lost",
        afterwards["verifyExit"] == 0
        and afterwards["verify"]["intact"] is True
        and 0 <= afterwards["signalsBeyondAnswers"] <= afterwards["inFlightAtMost"]
        and afterwards["pushesOnRecord"] == afterwards["signals"],
        **afterwards,
    )
    return verdict


# --- a run ----------------------------------------------------------------------------------


def failures_on_record(database_url: str) -> dict[str, int]:
    """Why requests failed, from the audit log: a 503 leaves a record with its reason
    ("beleidsengine niet beschikbaar (ReadTimeout)", say); no personal data is in a reason."""
    from sqlalchemy import func, select

    from api.security.models import AuditRecord

    with session_factory(make_engine(database_url))() as session:
        rows = session.execute(
            select(AuditRecord.http_status, AuditRecord.reason, func.count())
            .where(AuditRecord.decision == "error")
            .group_by(AuditRecord.http_status, AuditRecord.reason)
        ).all()
    return {f"{status} {reason}": count for status, reason, count in rows}


@contextmanager
def database(kind: str, folder: Path) -> Iterator[str]:
    if kind == "sqlite":
        url = f"sqlite:///{folder / 'aanwas.db'}"
        migrate(url)
        yield url
        return
    from tests.conftest import _postgres_database

    for url in _postgres_database():
        migrate(url)
        yield url
        make_engine(url).dispose()


def soak(args: argparse.Namespace, opa_url: str, opa_pid: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"soak-{args.database}-") as folder:
        workdir = Path(folder)
        with database(args.database, workdir) as api_url:
            env = api_environment(api_url, opa_url, workdir)
            police = register(api_url, "politie", "partner_system")
            youth_work = register(api_url, "jongerenwerk", "jongerenwerker")
            server = start_api(env, 1)
            try:
                read_ids = seed_reads(server.url, police.token(server.url))
                purpose = {"Doelbinding": "signalering"}
                requests = {
                    "push": push_requests(random.Random(17)),
                    "read": [
                        wrk.Request("GET", f"/v1/signalen/{i}", "", purpose) for i in read_ids
                    ],
                }
                who = {"push": police, "read": youth_work}
                slices: list[Slice] = []
                warmup_slices = round(args.warmup / args.slice)
                count = warmup_slices + max(1, round(args.seconds / args.slice))
                began = time.monotonic()
                for number in range(1, count + 1):
                    scripts = {k: wrk.script(requests[k], who[k].token(server.url)) for k in KINDS}
                    figures = run_slice(
                        server.url, scripts, args.connections // 2, args.slice, workdir
                    )
                    pids = tree(server.process.pid)
                    current = Slice(
                        number=number,
                        warmup=number <= warmup_slices,
                        ended=time.monotonic() - began,
                        figures=figures,
                        rss={"api": rss_mb(pids), "opa": rss_mb([opa_pid])},
                        processes=len(pids),
                    )
                    slices.append(current)
                    print_slice(current)
            finally:
                server.stop()
            answered = sum(s.figures["push"].statuses.get(201, 0) for s in slices)
            stored = what_was_stored(env, api_url)
            stored["failuresOnRecord"] = failures_on_record(api_url)
    # wrk ends a slice with requests in flight: stored, not counted; at most one a connection.
    stored.update(
        answered201=answered,
        signalsBeyondAnswers=stored["signals"] - answered - READ_SIGNALS,
        inFlightAtMost=len(slices) * (args.connections // 2),
    )
    verdict = judge(slices, stored)
    return {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "database": args.database,
        "connections": args.connections,
        "seconds": args.seconds,
        "warmup": args.warmup,
        "slice": args.slice,
        "cores": os.cpu_count(),
        "load": os.getloadavg(),
        "passed": verdict.passed,
        "checks": verdict.checks,
        "slices": [s.as_json() for s in slices],
    }


def print_slice(s: Slice) -> None:
    push, read = s.figures["push"], s.figures["read"]
    print(
        f"{s.number:>5} {'warm' if s.warmup else '':4} {s.ended:7.0f} "
        f"{push.rps:8.1f} {push.p50:7.1f} {push.p99:7.1f} "
        f"{read.rps:8.1f} {read.p50:7.1f} {read.p99:7.1f} "
        f"{push.socket_errors + read.socket_errors:>4} {push.non_2xx + read.non_2xx:>6} "
        f"{s.rss['api']:8.1f} {s.rss['opa']:7.1f}",
        flush=True,
    )


HEADER = (
    f"{'slice':>5} {'':4} {'end s':>7} {'push/s':>8} {'p50':>7} {'p99':>7} "
    f"{'read/s':>8} {'p50':>7} {'p99':>7} {'err':>4} {'non2xx':>6} {'API MB':>8} {'OPA MB':>7}"
)


def print_verdict(report: dict[str, Any]) -> None:
    print()
    for name, check in report["checks"].items():
        details = {k: v for k, v in check.items() if k != "passed"}
        print(f"{'ok  ' if check['passed'] else 'FAIL'} {name}: {json.dumps(details)}")
    print("soak passed" if report["passed"] else "soak FAILED")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=600, help="load after warm-up")
    parser.add_argument("--slice", type=float, default=30, help="seconds a slice")
    parser.add_argument("--warmup", type=float, default=60, help="seconds of warm-up")
    parser.add_argument("--connections", type=int, default=64, help="half push, half read")
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--json", help="default bench/results/soak-<database>.json")
    args = parser.parse_args()
    if args.connections < 2:
        sys.exit("--connections: at least 2, half push and half read")
    if args.database == "postgresql" and not os.environ.get("AANWAS_TEST_POSTGRES_URL"):
        sys.exit("PostgreSQL needs AANWAS_TEST_POSTGRES_URL (make soak starts it)")

    opa_settings = Settings(
        opa_url=f"http://127.0.0.1:{free_port()}", opa_binary=os.environ.get("AANWAS_OPA_BINARY")
    )
    print(
        f"soak: {args.database}, {args.connections} connections (half push, half read), "
        f"{args.warmup:.0f} s warm-up + {args.seconds:.0f} s in slices of {args.slice:.0f} s",
        flush=True,
    )
    print(HEADER, flush=True)
    with tempfile.TemporaryDirectory(prefix="soak-opa-") as opa_folder:
        opa = start_opa(opa_settings, find_opa_binary(opa_settings), Path(opa_folder) / "opa.log")
        try:
            report = soak(args, opa_settings.opa_url, opa.pid)
        finally:
            stop_opa(opa)
    print_verdict(report)
    out = Path(args.json or CHECKOUT / "bench" / "results" / f"soak-{args.database}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2))
    print(f"written to {out}")
    sys.exit(0 if report["passed"] else 1)


if __name__ == "__main__":
    main()
