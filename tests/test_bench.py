"""The benchmarks still run, briefly, and what they check still holds (nothing here is timed):
a 100-row list costs one policy decision, generated logs verify, and after a short load on the
full stack nothing is lost (every answered push stored and on record, the chain intact, the CLI
working while the load ran)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from api.settings import CHECKOUT


def run_bench(script: str, *arguments: str) -> str:
    result = subprocess.run(
        [sys.executable, str(CHECKOUT / "bench" / script), *arguments],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env=os.environ,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_the_benchmark_runs_and_a_list_makes_one_decision() -> None:
    assert "decisions per request: list 1, single 1" in run_bench("policy_overhead.py", "5")


def test_the_verification_benchmark_runs_and_its_log_verifies() -> None:
    assert "verified 2,000 records" in run_bench("audit_verify.py", "2000")


def test_the_request_path_benchmark_runs_against_the_floor_and_loses_nothing(
    tmp_path: Path,
) -> None:
    report_path = tmp_path / "request_path.json"
    run_bench(
        "request_path.py",
        "--rounds", "1",
        "--seconds", "2",
        "--connections", "4",
        "--scale", "2",
        "--json", str(report_path),
    )  # fmt: skip
    report = json.loads(report_path.read_text())
    assert [d["database"] for d in report["databases"]] == ["sqlite", "postgresql"]
    for database in report["databases"]:
        assert [(c["case"], c["connections"]) for c in database["cases"]] == [
            ("read", 4),
            ("list", 4),
            ("push", 4),
        ]
        for case in database["cases"]:
            assert case["full"]["rps"] > 0 and case["bare"]["rps"] > 0
            assert case["ratio"] == case["full"]["rps"] / case["bare"]["rps"]
        after = database["afterwards"]
        assert after["verifyExit"] == 0 and after["verify"]["intact"] is True
        assert after["verify"]["nogTeVerzegelen"] == 0
        # wrk stops with requests in flight: stored but not counted as answered, at most one
        # a connection a round; never an answered push that is not stored.
        assert 0 <= after["signalsBeyondAnswers"] <= after["inFlightAtMost"]
        assert after["pushesOnRecord"] == after["signals"]
        assert [(c["command"], c["exit"]) for c in after["cli"]] == [
            ("clients add", 0),
            ("audit tail", 0),
            ("audit verify", 0),
        ]
    scale = report["scaleOut"]
    assert [row["processes"] for row in scale["pushes"]] == [1, 2]
    assert scale["afterwards"]["verify"]["intact"] is True
