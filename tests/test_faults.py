"""Faults lose nothing (docs/faults.md): partners push and read over real HTTP while the
database or the policy engine fails; during the fault they get 503 problem+json, never a 500
and never a 2xx for what was not stored; afterwards the service recovers by itself, and every
acknowledged write is there. AANWAS_FAULTS_SCALE (make faults) repeats the restarts."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import free_port
from tests.fault_rig import (
    SCALE,
    OpaSidecar,
    OwnPostgres,
    Server,
    Traffic,
    alive,
    assert_audit_log_intact,
    assert_faults_answered_well,
    assert_nothing_lost,
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


@pytest.fixture(scope="module")
def keys_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One set of keys for every server on the module's database, as a deployment keeps its
    keys across restarts: audit verify checks every record with them."""
    return tmp_path_factory.mktemp("faults") / "keys"


@pytest.fixture
def served(cluster: OwnPostgres, opa_url: str, keys_dir: Path) -> Iterator[Server]:
    server = Server(cluster.url, keys_dir, opa_url, manage_opa=False)
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


@pytest.fixture
def managed(cluster: OwnPostgres, keys_dir: Path) -> Iterator[Server]:
    """`aanwas serve` with the OPA it starts and watches itself, on a free port."""
    server = Server(cluster.url, keys_dir, f"http://127.0.0.1:{free_port()}", True)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_a_killed_managed_opa_is_started_again_and_requests_meanwhile_get_503(
    cluster: OwnPostgres, managed: Server
) -> None:
    client_id, secret = register(cluster.url, "politie", "partner_system")
    with Traffic(managed.base_url, token(managed.base_url, client_id, secret)) as traffic:
        _pushes_flow(traffic)
        for _ in range(SCALE):
            killed = managed.opa_pid()
            os.kill(killed, signal.SIGKILL)
            _wait_for(lambda: traffic.count("push", 503) > 0, 10, "a push meets no OPA")
            _pushes_flow(traffic, seconds=20)
            assert managed.opa_pid() != killed
    assert_faults_answered_well(traffic.answers)
    assert_nothing_lost(cluster.url, traffic)
    assert managed.log_path is not None
    assert "OPA stopped" in managed.log_path.read_text(errors="replace"), "the restart is logged"


def test_a_stopped_opa_times_out_into_503_and_is_used_again_once_it_continues(
    cluster: OwnPostgres, managed: Server
) -> None:
    client_id, secret = register(cluster.url, "politie", "partner_system")
    with Traffic(managed.base_url, token(managed.base_url, client_id, secret)) as traffic:
        _pushes_flow(traffic)
        opa = managed.opa_pid()
        refused = traffic.count("push", 503)
        os.kill(opa, signal.SIGSTOP)
        try:
            _wait_for(lambda: traffic.count("push", 503) >= refused + 3, 15, "pushes time out")
        finally:
            os.kill(opa, signal.SIGCONT)
        _pushes_flow(traffic)
        assert managed.opa_pid() == opa, "a paused OPA is waited for, not replaced"
    assert_faults_answered_well(traffic.answers)
    assert_nothing_lost(cluster.url, traffic)


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_a_stopped_server_stops_its_opa_and_starts_again_at_once(
    cluster: OwnPostgres, managed: Server, stop: signal.Signals
) -> None:
    client_id, secret = register(cluster.url, "politie", "partner_system")
    with Traffic(managed.base_url, token(managed.base_url, client_id, secret)) as traffic:
        _pushes_flow(traffic)
        children = managed.children()
        assert managed.process is not None
        managed.process.send_signal(stop)
        # uvicorn finishes the requests in flight, then serve ends as the signal asks.
        assert managed.process.wait(timeout=30) in (0, 128 + stop, -stop)
    _wait_for(lambda: not any(alive(pid) for pid in children), 10, "serve's children stop")
    assert_faults_answered_well(traffic.answers)
    assert_nothing_lost(cluster.url, traffic)
    managed.start(timeout=30)  # the same ports: nothing holds them


def test_a_killed_server_leaves_no_opa_behind_and_loses_no_acknowledged_push(
    cluster: OwnPostgres, managed: Server
) -> None:
    client_id, secret = register(cluster.url, "politie", "partner_system")
    with Traffic(managed.base_url, token(managed.base_url, client_id, secret)) as traffic:
        _pushes_flow(traffic)
        children = managed.children()
        assert managed.process is not None
        managed.process.send_signal(signal.SIGKILL)  # mid-request: pushes are in flight
        managed.process.wait(timeout=10)
    _wait_for(lambda: not any(alive(pid) for pid in children), 15, "serve's children stop")
    assert_faults_answered_well(traffic.answers)
    assert_nothing_lost(cluster.url, traffic)
    assert_audit_log_intact(managed)
    managed.start(timeout=30)


def test_a_sidecar_opa_that_went_away_is_waited_for(
    cluster: OwnPostgres, keys_dir: Path, tmp_path: Path
) -> None:
    # AANWAS_MANAGE_OPA=false: OPA is someone else's process (a sidecar the orchestrator
    # restarts); the server keeps answering 503 until it is back, then decides again.
    sidecar = OpaSidecar(tmp_path / "opa.log")
    server = Server(cluster.url, keys_dir, sidecar.url, manage_opa=False)
    try:
        server.start()
        client_id, secret = register(cluster.url, "politie", "partner_system")
        with Traffic(server.base_url, token(server.base_url, client_id, secret)) as traffic:
            _pushes_flow(traffic)
            sidecar.kill()
            _wait_for(lambda: traffic.count("push", 503) > 0, 10, "a push meets no OPA")
            time.sleep(1)
            sidecar.start()
            _pushes_flow(traffic)
        assert_faults_answered_well(traffic.answers)
        assert_nothing_lost(cluster.url, traffic)
    finally:
        server.stop()
        sidecar.kill()
