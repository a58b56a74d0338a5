"""The contract fuzz: schemathesis (its CLI, every check) against a live server, once per role.

The business rules a schema cannot express are in `regels.toml` beside this file; each entry
becomes a schemathesis `[[operations]]` section that switches one check off for one operation.
The run's failures come back as (role, operation, check) rows so a report can list them all."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REGELS = Path(__file__).with_name("regels.toml")
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


@dataclass(frozen=True)
class Regel:
    operation: str
    check: str
    regel: str
    reden: str


@dataclass(frozen=True)
class Fout:
    rol: str
    operation: str
    check: str
    voorbeeld: str

    def __str__(self) -> str:
        return f"{self.rol:<28} {self.operation:<55} {self.check}: {self.voorbeeld}"


def regels(path: Path = REGELS) -> list[Regel]:
    entries = tomllib.loads(path.read_text())["regel"]
    found = [Regel(**entry) for entry in entries]
    for regel in found:
        if not regel.reden.strip() or not regel.regel.strip():
            raise ValueError(f"{path}: every entry needs a rule and a reason: {regel}")
    return found


def schemathesis_config(found: list[Regel]) -> str:
    """The schemathesis.toml for these rules (its own format has no room for a reason)."""
    sections = []
    for regel in found:
        sections.append(
            f"# {regel.regel}: {regel.reden}\n"
            f"[[operations]]\ninclude-name = {json.dumps(regel.operation)}\n"
            f"checks.{regel.check}.enabled = false\n"
        )
    return "\n".join(sections)


def run(
    base_url: str,
    token: Callable[[], str],
    rol: str,
    doel: str,
    workdir: Path,
    *,
    max_examples: int,
    batches: list[str | None] | None = None,
    seed: int | None = None,
) -> list[Fout]:
    """Runs schemathesis for one role with its purpose (Doelbinding); each batch (an OpenAPI
    tag; "" for the operations without one; None for all) with a fresh token, so a long run
    outlives no token. Returns every failing operation x check."""
    config = workdir / "schemathesis.toml"
    config.write_text(schemathesis_config(regels()))
    fouten: list[Fout] = []
    for index, tag in enumerate(batches or [None]):
        report = workdir / f"{rol}-{index}.ndjson"
        command = [
            str(SCHEMATHESIS),
            "--config-file",
            str(config),
            "run",
            f"{base_url}/v1/openapi.json",
            "--url",
            f"{base_url}/v1",
            "--checks",
            "all",
            "--max-examples",
            str(max_examples),
            "--header",
            f"Authorization: Bearer {token()}",
            "--header",
            f"Doelbinding: {doel}",
            "--report",
            "ndjson",
            "--report-ndjson-path",
            str(report),
            "--no-color",
            "--workers",
            "1",
        ]
        if tag:
            command += ["--include-tag", tag]
        elif tag == "":
            for other in batches or []:
                if other:
                    command += ["--exclude-tag", other]
        if seed is not None:
            command += ["--seed", str(seed)]
        completed = subprocess.run(
            command, capture_output=True, text=True, check=False, cwd=workdir
        )
        (workdir / f"{rol}-{index}.log").write_text(completed.stdout + completed.stderr)
        found = fouten_in(report, rol)
        if completed.returncode not in (0, 1) or (completed.returncode == 1 and not found):
            raise RuntimeError(
                f"schemathesis did not run for {rol} ({tag}): exit {completed.returncode}\n"
                + (completed.stdout + completed.stderr)[-3000:]
            )
        fouten += found
    return fouten


def fouten_in(report: Path, rol: str) -> list[Fout]:
    """Every distinct (operation, check) failure in a schemathesis NDJSON report."""
    if not report.exists():
        return []
    seen: dict[tuple[str, str], Fout] = {}
    for line in report.read_text().splitlines():
        for failure in _failures(json.loads(line)):
            operation = str(failure.get("operation") or "?")
            check = str(failure.get("_check") or failure.get("title") or "?")
            title = str(failure.get("title") or "").replace("\n", " ")[:120]
            seen.setdefault((operation, check), Fout(rol, operation, check, title))
    return sorted(seen.values(), key=lambda f: (f.operation, f.check))


def _failures(node: object) -> list[dict[str, object]]:
    """Failures anywhere in an event (a check result with status "failure" carries its
    failure in `failure_info`), each marked with the check that reported it."""
    found: list[dict[str, object]] = []
    if isinstance(node, dict):
        info = node.get("failure_info")
        if node.get("status") == "failure" and isinstance(info, dict):
            found.append({**info.get("failure", {}), "_check": node.get("name")})
        for value in node.values():
            found += _failures(value)
    elif isinstance(node, list):
        for value in node:
            found += _failures(value)
    return found
