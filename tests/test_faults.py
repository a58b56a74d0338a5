"""Faults lose nothing (docs/faults.md): partners push and read over real HTTP while the
database or the policy engine fails; during the fault they get 503 problem+json, never a 500
and never a 2xx for what was not stored; afterwards the service recovers by itself, and every
acknowledged write is there. AANWAS_FAULTS_SCALE (make faults) makes each phase longer."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.fault_rig import (
    SCALE,
    OwnPostgres,
    Server,
    Traffic,
    assert_faults_answered_well,
    own_postgres,
    register,
    stored_signal_ids,
    token,
)

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def cluster() -> Iterator[OwnPostgres]:
    with own_postgres() as own:
        yield own


@pytest.fixture
def served(cluster: OwnPostgres, opa_url: str, tmp_path: Path) -> Iterator[Server]:
    server = Server(cluster.url, tmp_path / "keys", opa_url, manage_opa=False)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _wait_for(condition: Callable[[], bool], seconds: float, what: str) -> float:
    started = time.monotonic()
    while not condition():
        assert time.monotonic() - started < seconds, f"not within {seconds:.0f}s: {what}"
        time.sleep(0.05)
    return time.monotonic() - started


def _pushes_flow(traffic: Traffic, seconds: float = 15) -> float:
    """Waits until a few more pushes are acknowledged: the service works (again)."""
    before = traffic.count("push", 201)
    return _wait_for(lambda: traffic.count("push", 201) >= before + 5, seconds, "pushes flow")


def test_postgresql_restart_answers_503_and_loses_no_acknowledged_push(
    cluster: OwnPostgres, served: Server
) -> None:
    client_id, secret = register(cluster.url, "politie", "partner_system")
    with Traffic(served.base_url, token(served.base_url, client_id, secret)) as traffic:
        _pushes_flow(traffic)
        for _ in range(SCALE):
            unavailable = traffic.count("push", 503) + traffic.count("read", 503)
            cluster.restart(down_seconds=1.5)
            assert traffic.count("push", 503) + traffic.count("read", 503) > unavailable, (
                "requests met the database while it was down"
            )
            _pushes_flow(traffic)
    assert_faults_answered_well(traffic.answers)
    acknowledged = traffic.acknowledged
    assert stored_signal_ids(cluster.url, acknowledged) == set(acknowledged)


def test_a_read_only_database_answers_503_and_stores_nothing_it_acknowledged(
    cluster: OwnPostgres, served: Server
) -> None:
    # default_transaction_read_only: the stand-in for a full disk (writes fail, reads work).
    client_id, secret = register(cluster.url, "politie", "partner_system")
    with Traffic(served.base_url, token(served.base_url, client_id, secret)) as traffic:
        _pushes_flow(traffic)
        cluster.set_read_only(True)
        try:
            refused = traffic.count("push", 503)
            _wait_for(lambda: traffic.count("push", 503) >= refused + 5, 15, "pushes refused")
        finally:
            cluster.set_read_only(False)
        _pushes_flow(traffic)
    assert_faults_answered_well(traffic.answers)
    acknowledged = traffic.acknowledged
    assert stored_signal_ids(cluster.url, acknowledged) == set(acknowledged)
