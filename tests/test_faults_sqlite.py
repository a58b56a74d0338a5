"""The embedded SQLite default meets a full disk (docs/faults.md): its database file lives on a
small tmpfs that the pushes fill. While it is full, pushes get 503 problem+json (SQLITE_FULL),
never a 500 and never a 201 for what was not stored; once the operator makes room, pushes flow
again without a restart, every acknowledged push is there and the audit log verifies.

A real filesystem running out of space, not a stand-in: the tmpfs is mounted by the test, which
needs root (as CI runs; `chmod` would not stop root, a full filesystem does)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from api.settings import CHECKOUT
from tests.fault_rig import (
    Server,
    Traffic,
    assert_audit_log_intact,
    assert_faults_answered_well,
    assert_nothing_lost,
    register,
    token,
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small tmpfs needs root (CI is)"),
]

# Room for the migrated schema and a few hundred pushes with their audit records and outbox
# jobs: the disk is full within seconds of traffic.
HEADROOM = 768 * 1024


def _mount(path: Path, size: int, *, remount: bool = False) -> None:
    options = f"{'remount,' if remount else ''}size={size}"
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], check=True)


def _used(path: Path) -> int:
    stats = os.statvfs(path)
    return (stats.f_blocks - stats.f_bfree) * stats.f_frsize


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "disk"
    disk.mkdir()
    _mount(disk, 64 * 1024 * 1024)
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def _wait_for(condition: Callable[[], bool], seconds: float, what: str) -> None:
    started = time.monotonic()
    while not condition():
        assert time.monotonic() - started < seconds, f"not within {seconds:.0f}s: {what}"
        time.sleep(0.05)


def test_a_full_disk_answers_503_and_after_room_is_made_pushes_flow_and_nothing_is_lost(
    small_disk: Path, tmp_path: Path, opa_url: str
) -> None:
    database_url = f"sqlite:///{small_disk / 'aanwas.db'}"
    server = Server(database_url, tmp_path / "keys", opa_url, manage_opa=False)
    migrated = subprocess.run(
        [sys.executable, "-m", "api.cli", "db", "upgrade"],
        cwd=CHECKOUT,
        env=server.env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert migrated.returncode == 0, migrated.stderr[-2000:]
    client_id, secret = register(database_url, "politie", "partner_system")
    server.start()
    try:
        with Traffic(server.base_url, token(server.base_url, client_id, secret)) as traffic:
            _wait_for(lambda: traffic.count("push", 201) >= 5, 20, "pushes flow")
            # Shrink the filesystem to what is used plus a little: the pushes fill it.
            _mount(small_disk, _used(small_disk) + HEADROOM, remount=True)
            _wait_for(lambda: traffic.count("push", 503) >= 5, 60, "pushes meet a full disk")
            stored_while_full = traffic.count("push", 201)
            time.sleep(1)
            assert traffic.count("push", 201) - stored_while_full < 5, "the disk is really full"
            # The operator makes room: no restart, the service takes pushes again.
            _mount(small_disk, 64 * 1024 * 1024, remount=True)
            resumed = traffic.count("push", 201)
            _wait_for(lambda: traffic.count("push", 201) >= resumed + 5, 30, "pushes flow again")
        assert_faults_answered_well(traffic.answers)
        full = [a for a in traffic.answers if a.status == 503]
        # The write that meets the full disk is the request's own or its audit record's: either
        # way nothing was stored or shared, and the problem says which could not be written.
        kinds = {a.body["type"].rsplit("/", 1)[-1] for a in full}
        assert kinds and kinds <= {"database-niet-beschikbaar", "audit-niet-beschikbaar"}, kinds
        assert_nothing_lost(database_url, traffic)
    finally:
        server.stop()
    assert_audit_log_intact(server)
