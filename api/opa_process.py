"""Runs OPA as a managed child process on loopback, for development (`make run`).

In production the app points AANWAS_OPA_URL at an OPA sidecar instead.
"""

from __future__ import annotations

import ctypes
import logging
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from api.opa_log import rotate_if_large
from api.settings import CHECKOUT, Settings

logger = logging.getLogger("aanwas")

_PR_SET_PDEATHSIG = 1
# Looked up once, here: between fork and exec the child may only call what needs no lock a
# thread of the parent could hold (loading a library takes the loader's).
_prctl = ctypes.CDLL(None, use_errno=True).prctl


def _die_with_parent() -> None:
    """In the OPA child before exec: the kernel sends it SIGTERM when the server dies, SIGKILL
    included, so no orphan keeps OPA's port and the next start finds it free. (Linux's
    prctl; the signal follows the thread that started the child: the supervisor's, which
    lives as long as the server.)"""
    _prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() == 1:  # the server died before prctl took effect
        os._exit(1)


def find_opa_binary(settings: Settings) -> str:
    if settings.opa_binary:
        return settings.opa_binary
    built = subprocess.run(  # noqa: S603  (our own build script, no user input)
        [str(CHECKOUT / "tools" / "opa" / "build.sh")], capture_output=True, text=True, check=False
    )
    if built.returncode == 0 and Path(built.stdout.strip()).exists():
        return built.stdout.strip()
    found = shutil.which("opa")
    if found:
        return found
    raise RuntimeError(f"OPA is not built and not on PATH: {built.stderr.strip()[-500:]}")


def start_opa(settings: Settings, binary: str, log_path: Path) -> subprocess.Popen[bytes]:
    """Starts OPA; its log (with the decision log, ids and inputs, no personal content) goes to
    log_path. Never to an unread pipe: once a pipe's buffer fills, OPA blocks mid-decision."""
    parts = urlsplit(settings.opa_url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 8181
    if _listening(host, port):
        # Another process (another checkout's OPA, say) would answer our health check and then
        # decide with its own policies. Refuse rather than trust it.
        raise RuntimeError(
            f"{host}:{port} is already in use; stop what listens there or set AANWAS_OPA_URL"
        )
    log_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    rotate_if_large(log_path, settings.opa_log_max_bytes, settings.opa_log_keep)
    log = os.fdopen(os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "ab")
    process = subprocess.Popen(  # noqa: S603
        [
            binary,
            "run",
            "--server",
            f"--addr={host}:{port}",
            "--watch",  # changed policy or covenant data is picked up without a restart
            "--log-level=error",
            "--set=decision_logs.console=true",  # gives every decision an id we audit
            # The covenants are read on every decision and change rarely: kept as OPA's own
            # values rather than converted on each read (about a fifth of a decision's time).
            "--optimize-store-for-read-speed",
            # policies/system/authz.rego decides who may use OPA's REST API: only our questions.
            "--authorization=basic",
            # As a bundle, the covenant data cannot be overwritten through OPA's REST API.
            "--bundle",
            str(settings.policies_dir),
        ],
        stdout=log,
        stderr=log,
        preexec_fn=_die_with_parent,  # prctl only: no locks, no imports
        # A group of its own: a terminal's Ctrl-C reaches the server, which stops OPA itself
        # after the requests in flight, rather than OPA at once (and then its supervisor).
        start_new_session=True,
    )
    log.close()  # the child holds its own descriptor
    wait_until_healthy(settings.opa_url, process, log_path)
    return process


def wait_until_healthy(
    url: str, process: subprocess.Popen[bytes], log_path: Path, timeout: float = 20
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log_path.read_text(errors="replace")[-1000:]
            raise RuntimeError(f"OPA exited with {process.returncode}: {tail}")
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=1) as response:  # noqa: S310
                if response.status == 200 and process.poll() is None:
                    return
        except OSError:
            time.sleep(0.1)
    process.terminate()
    raise RuntimeError(f"OPA did not become healthy at {url} within {timeout:.0f}s")


def _listening(host: str, port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex((host, port)) == 0


def stop_opa(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()


class OpaSupervisor:
    """The managed OPA, started again whenever it dies (a crash, the OOM killer, an operator's
    kill): with a growing pause between attempts (logged), so a binary that cannot start does
    not spin. Until it answers again, decisions fail and requests get 503 (fail closed)."""

    FIRST_PAUSE_SECONDS = 0.2
    LONGEST_PAUSE_SECONDS = 10.0
    WATCH_EVERY_SECONDS = 0.2

    def __init__(self, settings: Settings, binary: str, log_path: Path) -> None:
        self._settings = settings
        self._binary = binary
        self._log_path = log_path
        self._process: subprocess.Popen[bytes] | None = None
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._failure: BaseException | None = None

    def start(self) -> None:
        """Starts OPA and watches it; raises if the first start fails (a wrong binary or a port
        in use is an operator's error, not a fault to wait out). The watching thread starts
        OPA itself, so the parent-death signal follows a thread that lives until stop()."""
        self._thread = threading.Thread(target=self._run, name="opa-supervisor", daemon=True)
        self._thread.start()
        self._started.wait()
        if self._failure is not None:
            raise self._failure

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def _run(self) -> None:
        try:
            self._process = start_opa(self._settings, self._binary, self._log_path)
        except BaseException as exc:
            self._failure = exc
            return
        finally:
            self._started.set()
        pause = self.FIRST_PAUSE_SECONDS
        while not self._stopping.wait(self.WATCH_EVERY_SECONDS):
            process = self._process
            if process is None or process.poll() is None:
                self._keep_log_bounded()
                continue
            logger.warning(
                "OPA stopped (exit %s); starting it again in %.1fs", process.returncode, pause
            )
            if self._stopping.wait(pause):
                return
            try:
                self._process = start_opa(self._settings, self._binary, self._log_path)
                logger.warning("OPA runs again (pid %s)", self._process.pid)
                pause = self.FIRST_PAUSE_SECONDS
            except RuntimeError as exc:
                logger.error("OPA did not start again: %s", str(exc)[:200])
                pause = min(pause * 2, self.LONGEST_PAUSE_SECONDS)

    def _keep_log_bounded(self) -> None:
        try:
            rotate_if_large(
                self._log_path, self._settings.opa_log_max_bytes, self._settings.opa_log_keep
            )
        except OSError as exc:  # a full disk, say: OPA goes on deciding; the next tick tries again
            logger.error("OPA log not rotated: %s", type(exc).__name__)

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join()
        if self._process is not None:
            stop_opa(self._process)
