"""The request path against the bare floor: push and read a signal, full stack beside bare.

    python bench/request_path.py [--rounds 5] [--seconds 10] [--connections 16,64]
        [--databases sqlite,postgresql] [--cases read,list,push] [--processes 1]
        [--scale 2] [--json bench/results/request_path.json] [--profile DIR]

`make bench` runs it (PostgreSQL from tools/postgres.sh, AANWAS_TEST_POSTGRES_URL). Per database
it starts a real OPA, the API (`aanwas serve`, uvicorn) and the bare floor (bench/floor.py,
uvicorn with the same settings and the same number of processes) on databases of their own,
and loads each with wrk from a process of its own: alternating rounds, the same connections,
the same length. The cases:

- push: POST /v1/signalen as the police's partner system (purpose signalering), a body about
  one of 2,000 youths at random (the first push about a youth registers them);
  the floor validates the same body with Pydantic and does one INSERT;
- read: GET /v1/signalen/{id} as youth work (a covenant partner, purpose signalering) of one of
  the police's signals; the floor reads one row by id;
- list: GET /v1/signalen?paginaGrootte=50 as youth work: a page of 50 signals about several
  youths (one audit line per youth); the floor reads 50 rows.

Per case and connections it prints req/s, p50 and p99 (ms), socket errors, non-2xx answers and
the ratio full/bare (medians over rounds), and writes them as JSON. After the rounds it checks
that nothing was lost: stored signals against the 201 answers, audit records against the
answered requests, `aanwas audit verify`, and CLI commands run while the load ran. With
--scale N (PostgreSQL) it also pushes with N API processes against one process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api.db import make_engine, migrate, session_factory
from api.opa_process import find_opa_binary, start_opa, stop_opa
from api.security.clients import register_client
from api.settings import CHECKOUT, Settings
from bench import wrk
from tests.conftest import VALID_BSNS, free_port

PYTHON = sys.executable
CATEGORIES = ["meerdere_telefoons", "pakketjes", "op_de_uitkijk", "schoolverzuim", "wapenbezit"]
YOUTHS = 2000  # the push bodies' youths
READ_YOUTHS = 60  # youths with signals to read, several each
READ_SIGNALS = 300


# --- the servers ----------------------------------------------------------------------------


@dataclass
class Server:
    name: str
    url: str
    process: subprocess.Popen[bytes]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _wait_for(
    url: str, process: subprocess.Popen[bytes], path: str, log: Path | None = None
) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            # What the server said before it died: the one clue a CI log would otherwise lack.
            said = log.read_text(errors="replace")[-3000:] if log else ""
            raise RuntimeError(f"{url} exited with {process.returncode}\n{said}")
        try:
            if httpx.get(url + path, timeout=2).status_code < 500:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not start")


def start_api(env: dict[str, str], processes: int) -> Server:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = Path(env["AANWAS_KEYS_DIR"]).parent / f"api-{port}.log"
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            [PYTHON, "-m", "api.cli", "serve", "--no-migrate", "--workers", str(processes)],
            env={**env, "AANWAS_PORT": str(port), "AANWAS_ISSUER": url},
            cwd=CHECKOUT,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    _wait_for(url, process, "/v1/health", log)
    return Server("full", url, process)


def start_floor(database_url: str, processes: int) -> Server:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    # The same uvicorn settings `aanwas serve` uses (api/cli.py).
    process = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "uvicorn",
            "bench.floor:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--proxy-headers",
            "--workers",
            str(processes),
        ],
        env={**os.environ, "AANWAS_FLOOR_DATABASE_URL": database_url},
        cwd=CHECKOUT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _wait_for(url, process, "/v1/signalen")
    return Server("bare", url, process)


# --- databases ------------------------------------------------------------------------------


@contextmanager
def databases(kind: str, folder: Path) -> Iterator[tuple[str, str]]:
    """(the API's database, the floor's), fresh and migrated, dropped afterwards."""
    from bench.floor import create_tables

    if kind == "sqlite":
        api_url = f"sqlite:///{folder / 'aanwas.db'}"
        floor_url = f"sqlite:///{folder / 'floor.db'}"
        migrate(api_url)
        create_tables(floor_url)
        yield api_url, floor_url
        return
    from tests.conftest import _postgres_database

    for api_url in _postgres_database():
        for floor_url in _postgres_database():
            migrate(api_url)
            create_tables(floor_url)
            yield api_url, floor_url
            make_engine(floor_url).dispose()
        make_engine(api_url).dispose()


# --- what the load sends --------------------------------------------------------------------


def signal_body(bsn: str, chance: random.Random) -> dict[str, Any]:
    return {
        "jongere": {
            "bsn": bsn,
            "voornamen": "Sem",
            "achternaam": "de Vries",
            "geboortedatum": (
                date(2008, 1, 1) + timedelta(days=chance.randrange(1500))
            ).isoformat(),
        },
        "categorie": chance.choice(CATEGORIES),
        "omschrijving": "Gezien bij het winkelcentrum met een onbekende oudere jongen.",
        "waargenomenOp": (date(2026, 6, 1) + timedelta(days=chance.randrange(150))).isoformat(),
        "wijk": "Hoofddorp-Centrum",
    }


def push_requests(chance: random.Random) -> list[wrk.Request]:
    youths = VALID_BSNS[:YOUTHS]
    return [
        wrk.Request(
            "POST",
            "/v1/signalen",
            json.dumps(signal_body(chance.choice(youths), chance)),
            {"Doelbinding": "signalering"},
        )
        for _ in range(4000)
    ]


def seed_reads(url: str, token: str | None) -> list[str]:
    """Signals to read: READ_SIGNALS about READ_YOUTHS youths, pushed as a partner would."""
    chance = random.Random(7)
    youths = VALID_BSNS[-READ_YOUTHS:]
    headers = {"Doelbinding": "signalering"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    ids = []
    with httpx.Client(base_url=url, headers=headers, timeout=30) as client:
        for n in range(READ_SIGNALS):
            answer = client.post("/v1/signalen", json=signal_body(youths[n % READ_YOUTHS], chance))
            answer.raise_for_status()
            ids.append(answer.json()["id"])
    return ids


# --- clients and tokens ---------------------------------------------------------------------


@dataclass
class Client:
    client_id: str
    secret: str

    def token(self, url: str) -> str:
        answer = httpx.post(
            f"{url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self.client_id, self.secret),
            timeout=30,
        )
        answer.raise_for_status()
        return str(answer.json()["access_token"])


def register(database_url: str, org: str, role: str) -> Client:
    with session_factory(make_engine(database_url))() as session:
        client_id, secret = register_client(session, org=org, roles=[role])
        session.commit()
    return Client(client_id, secret)


# --- rounds ---------------------------------------------------------------------------------


@dataclass
class CaseResult:
    case: str
    connections: int
    full: list[wrk.Figures] = field(default_factory=list)
    bare: list[wrk.Figures] = field(default_factory=list)

    def median(self, which: str, name: str) -> float:
        return statistics.median(getattr(f, name) for f in getattr(self, which))

    def summary(self) -> dict[str, Any]:
        full_rps, bare_rps = self.median("full", "rps"), self.median("bare", "rps")
        full_p99, bare_p99 = self.median("full", "p99"), self.median("bare", "p99")
        return {
            "case": self.case,
            "connections": self.connections,
            "full": {
                "rps": full_rps,
                "p50": self.median("full", "p50"),
                "p99": full_p99,
                "socketErrors": sum(f.socket_errors for f in self.full),
                "non2xx": sum(f.non_2xx for f in self.full),
            },
            "bare": {
                "rps": bare_rps,
                "p50": self.median("bare", "p50"),
                "p99": bare_p99,
                "socketErrors": sum(f.socket_errors for f in self.bare),
                "non2xx": sum(f.non_2xx for f in self.bare),
            },
            "ratio": full_rps / bare_rps if bare_rps else 0.0,
            "p99Ratio": full_p99 / bare_p99 if bare_p99 else 0.0,
            "rounds": {
                "full": [f.as_json() for f in self.full],
                "bare": [f.as_json() for f in self.bare],
            },
        }


class Profiler:
    """py-spy beside the full stack's server for one round of each case (--profile)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.done: set[str] = set()

    @contextmanager
    def around(self, name: str, pid: int) -> Iterator[None]:
        spy = shutil.which("py-spy") or str(Path(PYTHON).parent / "py-spy")
        if self.folder is None or name in self.done or not Path(spy).exists():
            yield
            return
        self.done.add(name)
        self.folder.mkdir(parents=True, exist_ok=True)
        process = subprocess.Popen(
            [
                spy,
                "record",
                "--pid",
                str(pid),
                "--subprocesses",
                # Only the thread holding the interpreter lock: what a request costs the
                # process, not the time it waits for the database or OPA.
                "--gil",
                "--format",
                "raw",
                "--output",
                str(self.folder / f"{name}.folded"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            yield
        finally:
            process.send_signal(2)
            process.wait(timeout=60)


def run_case(
    result: CaseResult,
    rounds: int,
    seconds: float,
    scripts: dict[str, str],
    servers: dict[str, Server],
    workdir: Path,
    profiler: Profiler,
    label: str,
) -> None:
    for round_ in range(rounds):
        order = ["full", "bare"] if round_ % 2 == 0 else ["bare", "full"]
        for which in order:
            server = servers[which]
            name = f"{label}-{result.case}-{result.connections}"
            with profiler.around(name, server.process.pid) if which == "full" else _nothing():
                figures = wrk.run(
                    server.url,
                    scripts[which],
                    connections=result.connections,
                    seconds=seconds,
                    workdir=workdir,
                )
            getattr(result, which).append(figures)
            print(
                f"  {label} {result.case:5} c={result.connections:<3} {which:4} "
                f"round {round_ + 1}: "
                f"{figures.rps:7.1f} req/s p50 {figures.p50:7.1f} p99 {figures.p99:7.1f} ms "
                f"errors {figures.socket_errors} non-2xx {figures.non_2xx}",
                flush=True,
            )


@contextmanager
def _nothing() -> Iterator[None]:
    yield


# --- while the load runs: the CLI, and afterwards what was stored ---------------------------


class CliDuringLoad:
    """Runs CLI commands against the API's database while a round runs; each must succeed."""

    COMMANDS = (
        ["clients", "add", "--org", "halt", "--role", "halt_medewerker"],
        ["audit", "tail", "-n", "5"],
        ["audit", "verify"],
    )

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.outcomes: list[dict[str, Any]] = []
        self._thread: threading.Thread | None = None

    def start(self, delay: float) -> None:
        def work() -> None:
            time.sleep(delay)
            for command in self.COMMANDS:
                began = time.monotonic()
                done = subprocess.run(
                    [PYTHON, "-m", "api.cli", *command],
                    env=self.env,
                    cwd=CHECKOUT,
                    capture_output=True,
                    text=True,
                    timeout=120,
                    check=False,
                )
                self.outcomes.append(
                    {
                        "command": " ".join(command[:2]),
                        "exit": done.returncode,
                        "seconds": round(time.monotonic() - began, 2),
                        "error": done.stderr.strip().splitlines()[-1:] if done.returncode else [],
                    }
                )

        self._thread = threading.Thread(target=work, daemon=True)
        self._thread.start()

    def join(self) -> None:
        if self._thread is not None:
            self._thread.join()


def what_was_stored(env: dict[str, str], database_url: str) -> dict[str, Any]:
    """Counts in the API's database after the load, and `aanwas audit verify`."""
    from sqlalchemy import func, select

    from api.security.models import AuditRecord
    from api.signalen.models import Signaal

    with session_factory(make_engine(database_url))() as session:
        signals = session.scalar(select(func.count()).select_from(Signaal))
        pushes_on_record = session.scalar(
            select(func.count())
            .select_from(AuditRecord)
            .where(
                AuditRecord.action == "create",
                AuditRecord.resource_type == "signaal",
                AuditRecord.http_status == 201,
            )
        )
        reads_on_record = session.scalar(
            select(func.count())
            .select_from(AuditRecord)
            .where(
                AuditRecord.action == "read",
                AuditRecord.resource_type == "signaal",
                AuditRecord.http_status == 200,
            )
        )
    deadline = time.monotonic() + 60
    while True:
        verified = subprocess.run(
            [PYTHON, "-m", "api.cli", "audit", "verify"],
            env=env,
            cwd=CHECKOUT,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        verdict = json.loads(verified.stdout) if verified.stdout.strip() else {}
        # Records are chained moments after their commit: wait for the last ones.
        if verdict.get("nogTeVerzegelen", 0) == 0 or time.monotonic() > deadline:
            break
        time.sleep(1)
    return {
        "signals": signals,
        "pushesOnRecord": pushes_on_record,
        "readsOnRecord": reads_on_record,
        "verifyExit": verified.returncode,
        "verify": {k: verdict.get(k) for k in ("intact", "records", "nogTeVerzegelen")},
    }


# --- one database ---------------------------------------------------------------------------


def api_environment(api_url: str, opa_url: str, workdir: Path) -> dict[str, str]:
    """How `aanwas serve` and the CLI find the API's database, OPA and keys in a run."""
    return {
        **os.environ,
        "AANWAS_DATABASE_URL": api_url,
        "AANWAS_OPA_URL": opa_url,
        "AANWAS_MANAGE_OPA": "false",
        "AANWAS_KEYS_DIR": str(workdir / "keys"),
        "AANWAS_TOKEN_LIFETIME_SECONDS": "600",
    }


def bench_database(kind: str, args: argparse.Namespace, opa_url: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"bench-{kind}-") as folder:
        workdir = Path(folder)
        with databases(kind, workdir) as (api_url, floor_url):
            env = api_environment(api_url, opa_url, workdir)
            police = register(api_url, "politie", "partner_system")
            youth_work = register(api_url, "jongerenwerk", "jongerenwerker")
            full = start_api(env, args.processes)
            bare = start_floor(floor_url, args.processes)
            servers = {"full": full, "bare": bare}
            try:
                read_ids = seed_reads(full.url, police.token(full.url))
                floor_ids = seed_reads(bare.url, None)
                return _run_cases(
                    kind, args, env, api_url, servers, workdir, read_ids, floor_ids,
                    police, youth_work,
                )  # fmt: skip
            finally:
                full.stop()
                bare.stop()


def _run_cases(
    kind: str,
    args: argparse.Namespace,
    env: dict[str, str],
    api_url: str,
    servers: dict[str, Server],
    workdir: Path,
    read_ids: list[str],
    floor_ids: list[str],
    police: Client,
    youth_work: Client,
) -> dict[str, Any]:
    chance = random.Random(11)
    pushes = push_requests(chance)
    purpose = {"Doelbinding": "signalering"}
    requests = {
        "push": (pushes, pushes),
        "read": (
            [wrk.Request("GET", f"/v1/signalen/{i}", "", purpose) for i in read_ids],
            [wrk.Request("GET", f"/v1/signalen/{i}") for i in floor_ids],
        ),
        "list": (
            [wrk.Request("GET", "/v1/signalen?paginaGrootte=50", "", purpose)],
            [wrk.Request("GET", "/v1/signalen")],
        ),
    }
    results: list[CaseResult] = []
    profiler = Profiler(Path(args.profile) if args.profile else None)
    cli = CliDuringLoad(env)
    answered = {"push": 0, "read": 0}
    for case in args.cases:
        for connections in args.connections:
            who = police if case == "push" else youth_work
            scripts = {
                "full": wrk.script(requests[case][0], who.token(servers["full"].url)),
                "bare": wrk.script(requests[case][1], None),
            }
            if case == "push" and connections == args.connections[0]:
                cli.start(delay=args.seconds / 3)
            result = CaseResult(case, connections)
            run_case(result, args.rounds, args.seconds, scripts, servers, workdir, profiler, kind)
            results.append(result)
            if case in answered:
                status = 201 if case == "push" else 200
                answered[case] += sum(f.statuses.get(status, 0) for f in result.full)
    cli.join()
    stored = what_was_stored(env, api_url)
    # wrk ends a round with requests in flight: those may be stored without their answer
    # having been counted, at most one a connection a round.
    in_flight = args.rounds * sum(args.connections)
    stored.update(
        answered201=answered["push"],
        # The seeding pushes were answered too (READ_SIGNALS of them).
        signalsBeyondAnswers=stored["signals"] - answered["push"] - READ_SIGNALS,
        inFlightAtMost=in_flight,
        answered200Reads=answered["read"],
        cli=cli.outcomes,
    )
    return {"database": kind, "cases": [r.summary() for r in results], "afterwards": stored}


def scale_out(args: argparse.Namespace, opa_url: str) -> dict[str, Any]:
    """PostgreSQL: pushes from 1 API process against N, one chain."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as folder:
        workdir = Path(folder)
        with databases("postgresql", workdir) as (api_url, _floor_url):
            env = api_environment(api_url, opa_url, workdir)
            police = register(api_url, "politie", "partner_system")
            pushes = push_requests(random.Random(13))
            for processes in (1, args.scale):
                server = start_api(env, processes)
                try:
                    lua = wrk.script(pushes, police.token(server.url))
                    runs = [
                        wrk.run(
                            server.url,
                            lua,
                            connections=args.connections[0],
                            seconds=args.seconds,
                            workdir=workdir,
                        )
                        for _ in range(args.rounds)
                    ]
                finally:
                    server.stop()
                rps = statistics.median(r.rps for r in runs)
                rows.append(
                    {"processes": processes, "rps": rps, "runs": [r.as_json() for r in runs]}
                )
                print(f"  scale-out: {processes} process(es): {rps:.1f} req/s", flush=True)
            stored = what_was_stored(env, api_url)
    return {"pushes": rows, "afterwards": stored}


# --- the table ------------------------------------------------------------------------------


def print_table(report: dict[str, Any]) -> None:
    print()
    print(
        f"{'database':10} {'case':5} {'conn':>4} {'full req/s':>10} {'bare req/s':>10} "
        f"{'ratio':>6} {'p50 full/bare':>15} {'p99 full/bare':>17} {'p99x':>5} {'err':>4} "
        f"{'non2xx':>6}"
    )
    for database in report["databases"]:
        for case in database["cases"]:
            full, bare = case["full"], case["bare"]
            print(
                f"{database['database']:10} {case['case']:5} {case['connections']:>4} "
                f"{full['rps']:10.1f} {bare['rps']:10.1f} {case['ratio']:6.2f} "
                f"{full['p50']:7.1f}/{bare['p50']:<7.1f} {full['p99']:8.1f}/{bare['p99']:<8.1f} "
                f"{case['p99Ratio']:5.1f} {full['socketErrors'] + bare['socketErrors']:>4} "
                f"{full['non2xx'] + bare['non2xx']:>6}"
            )
        print(f"{database['database']:10} afterwards: {json.dumps(database['afterwards'])}")
    if report.get("scaleOut"):
        print("scale-out (PostgreSQL):", json.dumps(
            [(row["processes"], round(row["rps"], 1)) for row in report["scaleOut"]["pushes"]]
        ), json.dumps(report["scaleOut"]["afterwards"]))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--connections", default="16,64")
    parser.add_argument("--databases", default="sqlite,postgresql")
    # Reads first: pushes add tens of thousands of rows to both stacks' tables, and a list's
    # cost grows with the table it pages through.
    parser.add_argument("--cases", default="read,list,push")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--scale", type=int, default=0, help="PostgreSQL: also N processes")
    parser.add_argument("--json", default=str(CHECKOUT / "bench" / "results" / "request_path.json"))
    parser.add_argument("--profile", help="a folder for py-spy profiles of the full stack")
    args = parser.parse_args()
    args.connections = [int(c) for c in args.connections.split(",")]
    args.cases = args.cases.split(",")
    kinds = args.databases.split(",")
    if "postgresql" in kinds and not os.environ.get("AANWAS_TEST_POSTGRES_URL"):
        sys.exit("PostgreSQL needs AANWAS_TEST_POSTGRES_URL (make bench starts it)")

    opa_settings = Settings(
        opa_url=f"http://127.0.0.1:{free_port()}", opa_binary=os.environ.get("AANWAS_OPA_BINARY")
    )
    with tempfile.TemporaryDirectory(prefix="bench-opa-") as opa_folder:
        opa = start_opa(opa_settings, find_opa_binary(opa_settings), Path(opa_folder) / "opa.log")
        try:
            report: dict[str, Any] = {
                "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "rounds": args.rounds,
                "seconds": args.seconds,
                "processes": args.processes,
                "cores": os.cpu_count(),
                "databases": [bench_database(kind, args, opa_settings.opa_url) for kind in kinds],
            }
            if args.scale and "postgresql" in kinds:
                report["scaleOut"] = scale_out(args, opa_settings.opa_url)
        finally:
            stop_opa(opa)
    print_table(report)
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2))
    print(f"written to {out}")


if __name__ == "__main__":
    main()
