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


def test_the_soak_runs_briefly_and_its_verdict_follows_its_figures(tmp_path: Path) -> None:
    """A few seconds at a tiny size, so bench/soak.py cannot rot. Memory and p99 at this size
    say nothing, so the test checks that each verdict is the rule applied to the figures, and
    holds the run to what must hold at any size: no errors, nothing lost."""
    report_path = tmp_path / "soak.json"
    result = subprocess.run(
        [
            sys.executable, str(CHECKOUT / "bench" / "soak.py"),
            "--seconds", "3", "--slice", "1", "--warmup", "1", "--connections", "4",
            "--json", str(report_path),
        ],
        capture_output=True, text=True, timeout=600, check=False, env=os.environ,
    )  # fmt: skip
    report = json.loads(report_path.read_text())
    assert result.returncode == (0 if report["passed"] else 1), result.stderr[-2000:]
    slices = report["slices"]
    assert [(s["slice"], s["warmup"]) for s in slices] == [
        (1, True), (2, False), (3, False), (4, False),
    ]  # fmt: skip
    for s in slices:
        assert s["push"]["rps"] > 0 and s["read"]["rps"] > 0
        # The API and its worker at least, each with memory of its own.
        assert s["apiProcesses"] >= 2 and s["rssMb"]["api"] > 0 and s["rssMb"]["opa"] > 0
    checks = report["checks"]
    for part in ("api", "opa"):
        rss = checks[f"rss-{part}"]
        assert rss["afterWarmupMb"] == slices[0]["rssMb"][part]
        assert rss["lastMb"] == slices[-1]["rssMb"][part]
        assert abs(rss["growth"] - (rss["lastMb"] / rss["afterWarmupMb"] - 1)) < 0.01
        assert rss["passed"] is (rss["growth"] < 0.10)
    for kind in ("push", "read"):
        p99 = checks[f"p99-{kind}"]
        assert p99["firstThirdMs"] == slices[1][kind]["p99"]
        assert p99["lastThirdMs"] == slices[-1][kind]["p99"]
        assert p99["passed"] is (p99["lastThirdMs"] <= 2 * p99["firstThirdMs"])
    assert checks["errors"] == {
        "passed": True,
        "socketErrors": 0,
        "non2xx": 0,
        "statuses": checks["errors"]["statuses"],
    }
    assert set(checks["errors"]["statuses"]) == {"200", "201"}
    lost = checks["nothing-lost"]
    assert lost["passed"] is True and lost["verify"]["intact"] is True
    assert 0 <= lost["signalsBeyondAnswers"] <= lost["inFlightAtMost"]
    assert report["passed"] is all(c["passed"] for c in checks.values())


def test_the_envelope_benchmark_runs_and_rewraps_every_data_key(tmp_path: Path) -> None:
    """bench/envelope.py at a tiny size (the full run, 100,000 DEKs, is `make bench`)."""
    for database in ("sqlite", "postgresql"):
        report_path = tmp_path / f"envelope-{database}.json"
        flags = ["--postgresql"] if database == "postgresql" else []
        out = run_bench(
            "envelope.py",
            "--rounds", "1",
            "--pushes", "20",
            "--deks", "300",
            "--json", str(report_path),
            *flags,
        )  # fmt: skip
        report = json.loads(report_path.read_text())
        assert report["database"] == database
        timings = report["sealOpen"]["microsecondsPerPush"]
        assert set(timings) == {
            f"{who} {what}{case}"
            for what in ("seal", "open")
            for who, case in (
                ("legacy", ""),
                ("envelope", ", cached DEK"),
                ("envelope", ", cold DEK"),
            )
        }
        assert all(micros > 0 for micros in timings.values())
        rewrap = report["rewrap"]
        # The DEKs made in bulk and those the seal-and-open part made: all moved.
        assert rewrap["deks"] > 300 and rewrap["deksPerSecond"] > 0
        assert f"rewrap: {rewrap['deks']:,} DEKs" in out
