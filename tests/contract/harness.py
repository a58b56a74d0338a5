"""The contract fuzz: schemathesis (its CLI, every check) against a live server, once per role.

The business rules a schema cannot express are in `regels.toml` beside this file; each entry
excuses one check on one operation, and only when the server's answer names that rule. The
run's other failures come back as (role, operation, check) rows so a report can list them all."""

from __future__ import annotations

import base64
import json
import re
import subprocess
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REGELS = Path(__file__).with_name("regels.toml")
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


@dataclass(frozen=True)
class Regel:
    operations: tuple[str, ...]
    check: str
    regel: str
    kenmerk: str
    reden: str

    def verklaart(self, operation: str, check: str, body: str) -> bool:
        """Whether this rule explains a failure: its operation and check, and the server's
        answer names the rule."""
        return (
            (operation in self.operations or "*" in self.operations)
            and check == self.check
            and re.search(self.kenmerk, body) is not None
        )


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
    found = [Regel(**{**entry, "operations": tuple(entry["operations"])}) for entry in entries]
    for regel in found:
        if not all(part.strip() for part in (regel.regel, regel.kenmerk, regel.reden)):
            raise ValueError(f"{path}: every entry needs a rule, its mark and a reason: {regel}")
        re.compile(regel.kenmerk)
    return found


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
    found_regels = regels()
    fouten: list[Fout] = []
    for index, tag in enumerate(batches or [None]):
        report = workdir / f"{rol}-{index}.ndjson"
        command = [
            str(SCHEMATHESIS),
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
        found = fouten_in(report, rol, found_regels)
        # Exit 1 means "checks failed": then the report must hold failures (perhaps all of them
        # excused by a rule); anything else is schemathesis not running at all.
        if completed.returncode not in (0, 1) or (
            completed.returncode == 1 and not fouten_in(report, rol, [])
        ):
            raise RuntimeError(
                f"schemathesis did not run for {rol} ({tag}): exit {completed.returncode}\n"
                + (completed.stdout + completed.stderr)[-3000:]
            )
        fouten += found
    return fouten


def fouten_in(report: Path, rol: str, found: list[Regel] | None = None) -> list[Fout]:
    """Every distinct (operation, check) failure in a schemathesis NDJSON report, except those
    a business rule explains: same operation and check, and the server's answer names the rule
    (its `kenmerk`, a regular expression on the response body)."""
    if not report.exists():
        return []
    uitzonderingen = regels() if found is None else found
    seen: dict[tuple[str, str], Fout] = {}
    for line in report.read_text().splitlines():
        scenario = json.loads(line).get("ScenarioFinished")
        if not scenario:
            continue
        recorder = scenario["recorder"]
        for case_id, checks in (recorder.get("checks") or {}).items():
            for check in checks:
                if check.get("status") != "failure":
                    continue
                failure = check.get("failure_info", {}).get("failure", {})
                operation = str(failure.get("operation") or recorder.get("label") or "?")
                body = _response_body(recorder, case_id)
                if any(r.verklaart(operation, check["name"], body) for r in uitzonderingen):
                    continue
                title = str(failure.get("title") or "").replace("\n", " ")
                seen.setdefault(
                    (operation, check["name"]), Fout(rol, operation, check["name"], title)
                )
    return sorted(seen.values(), key=lambda f: (f.operation, f.check))


def _response_body(recorder: dict[str, Any], case_id: str) -> str:
    interaction = (recorder.get("interactions") or {}).get(case_id) or {}
    content = (interaction.get("response") or {}).get("content") or {}
    encoded = content.get("$base64")
    return base64.b64decode(encoded).decode("utf-8", "replace") if encoded else ""
