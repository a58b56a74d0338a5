"""The managed OPA's log stays bounded: past AANWAS_OPA_LOG_MAX_BYTES it is copied aside and
emptied in place, while OPA goes on deciding and writing to it (api/opa_log.py)."""

from __future__ import annotations

import time
from pathlib import Path

from api.opa_log import rotate_if_large
from api.opa_process import OpaSupervisor, find_opa_binary
from api.security.policy import PolicyEngine
from api.settings import Settings
from tests.conftest import free_port


def test_a_log_past_its_size_is_kept_aside_and_the_oldest_dropped(tmp_path: Path) -> None:
    log = tmp_path / "opa.log"
    assert not rotate_if_large(log, 10, keep=2)  # no log yet: nothing to do
    log.write_bytes(b"a" * 10)
    assert not rotate_if_large(log, 10, keep=2)  # at the limit, not past it
    for content in (b"first" * 5, b"second" * 5, b"third" * 5):
        log.write_bytes(content)
        assert rotate_if_large(log, 10, keep=2)
        assert log.read_bytes() == b""
    assert (tmp_path / "opa.log.1").read_bytes() == b"third" * 5
    assert (tmp_path / "opa.log.2").read_bytes() == b"second" * 5
    assert not (tmp_path / "opa.log.3").exists()  # keep=2: the first is gone
    assert (tmp_path / "opa.log.1").stat().st_mode & 0o077 == 0


def test_a_busy_managed_opa_keeps_its_log_bounded_and_keeps_deciding(tmp_path: Path) -> None:
    settings = Settings(
        opa_url=f"http://127.0.0.1:{free_port()}", opa_log_max_bytes=4096, opa_log_keep=2
    )
    log = tmp_path / "opa.log"
    supervisor = OpaSupervisor(settings, find_opa_binary(settings), log)
    supervisor.start()
    try:
        engine = PolicyEngine(
            settings.opa_url, decision_path=settings.opa_decision_path, timeout_seconds=5
        )
        question = {
            "subject": {"org": "politie", "roles": ["partner_system"], "client_id": "c"},
            "action": "read",
            "purpose": "signalering",
            "resource": {"type": "signaal", "categories": ["signaal"], "main_category": "signaal"},
        }
        pid = supervisor.pid
        deadline = time.monotonic() + 30
        while not (tmp_path / "opa.log.1").exists():
            assert time.monotonic() < deadline, "the log was never rotated"
            assert engine.decide(question).decision_id  # each decision is a line in the log
        # Rotated in place: the same OPA, still deciding, and its next lines land in the file
        # it holds (appended at the new end, no hole of zeros where the old content was).
        later = engine.decide(question).decision_id
        assert later

        def logged() -> bytes:
            return b"".join(
                path.read_bytes() for path in (log, *tmp_path.glob("opa.log.*")) if path.exists()
            )

        while later.encode() not in logged():
            assert time.monotonic() < deadline, "a decision after the rotation was not logged"
            time.sleep(0.05)
        assert b"\0" not in logged()
        assert supervisor.pid == pid
        kept = {path.name for path in tmp_path.glob("opa.log*")}
        assert kept <= {"opa.log", "opa.log.1", "opa.log.2"}, kept  # keep=2
    finally:
        supervisor.stop()
