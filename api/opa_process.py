"""Runs OPA as a managed child process on loopback, for development (`make run`).

In production the app points AANWAS_OPA_URL at an OPA sidecar instead.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from api.settings import CHECKOUT, Settings


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
