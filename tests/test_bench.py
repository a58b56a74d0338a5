"""The benchmark still runs, and a 100-row list still costs one policy decision (not timed)."""

from __future__ import annotations

import subprocess
import sys

from api.settings import CHECKOUT


def test_the_benchmark_runs_and_a_list_makes_one_decision() -> None:
    result = subprocess.run(
        [sys.executable, str(CHECKOUT / "bench" / "policy_overhead.py"), "5"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "decisions per request: list 1, single 1" in result.stdout
