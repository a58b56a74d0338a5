"""The benchmarks still run, briefly, and what they assert still holds (nothing here is timed):
a 100-row list costs one policy decision, generated and concurrently appended logs verify, and
a real API request's audit record is written only in the rounds that measure it."""

from __future__ import annotations

import subprocess
import sys

from api.settings import CHECKOUT


def run_bench(script: str, *arguments: str) -> str:
    result = subprocess.run(
        [sys.executable, str(CHECKOUT / "bench" / script), *arguments],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_the_benchmark_runs_and_a_list_makes_one_decision() -> None:
    assert "decisions per request: list 1, single 1" in run_bench("policy_overhead.py", "5")


def test_the_audit_benchmarks_run_and_their_logs_verify() -> None:
    # Each script asserts that its log verifies (after 16 concurrent clients, for the second).
    assert "verified 2,000 records" in run_bench("audit_verify.py", "2000")
    appended = run_bench("audit_append.py", "2", "1", "0.1,0.5")
    assert "16 concurrent clients" in appended
    # The loads asked for, each a row of the table, and no other.
    table = appended.splitlines()[-5:-1]
    assert [line.split()[0] for line in table] == ["load", "saturated", "10%", "50%"]
    # Where a paced transaction's time goes; asserts its log verifies too.
    assert "paced clients in one process" in run_bench("audit_phases.py", "2")


def test_the_audited_request_benchmark_runs_and_its_reads_are_on_record() -> None:
    # The script asserts every read was answered 200, and that the audited ones, and only
    # those, are sealed into a chain that verifies.
    assert "16 concurrent clients reading a signal" in run_bench("audit_request.py", "1")
