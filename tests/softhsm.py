"""A real SoftHSM2 for the tests: its own token folder (never the system's), tokens made with
`softhsm2-util` as an operator would. Missing SoftHSM2 fails the run, on every machine."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

MODULES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
)
# SoftHSM2 sees the tokens that exist when a process loads it, so every token the tests use is
# made at the start of the session, before the first test loads the library.
TOKENS = 32


@dataclass(frozen=True)
class SoftHsm:
    module: str
    conf: Path
    fresh: list[tuple[str, str]] = field(default_factory=list, repr=False)

    def env(self) -> dict[str, str]:
        return {**os.environ, "SOFTHSM2_CONF": str(self.conf)}

    def new_token(self) -> tuple[str, str]:
        """A fresh, empty token: (label, user PIN)."""
        if not self.fresh:
            raise AssertionError(f"more than {TOKENS} tokens wanted: raise TOKENS")
        return self.fresh.pop()

    def _init_token(self) -> tuple[str, str]:
        label = f"aanwas-test-{secrets.token_hex(4)}"
        pin = secrets.token_hex(8)
        subprocess.run(
            ["softhsm2-util", "--init-token", "--free", "--label", label, "--pin", pin,
             "--so-pin", secrets.token_hex(8)],
            env=self.env(), check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        return label, pin


_STARTED: list[SoftHsm] = []


def start_softhsm(folder: Path) -> SoftHsm:
    """The session's SoftHSM2 (one per process: the library reads its folder once)."""
    if _STARTED:
        return _STARTED[0]
    module = next((m for m in MODULES if Path(m).exists()), None)
    if module is None or shutil.which("softhsm2-util") is None:
        # Never a skip: the PKCS#11 KEK provider untested would pass for tested.
        pytest.fail("SoftHSM2 is not installed: apt-get install softhsm2 (.ci/run does)")
    (folder / "tokens").mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n"
        "log.level = ERROR\nslots.removable = false\n"
    )
    # The library reads this once, when this process first loads it: one folder per session.
    os.environ["SOFTHSM2_CONF"] = str(conf)
    softhsm = SoftHsm(module, conf)
    softhsm.fresh.extend(softhsm._init_token() for _ in range(TOKENS))
    _STARTED.append(softhsm)
    return softhsm
