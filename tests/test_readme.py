"""The README tells the truth: every ```sh block of it runs, in order, in one bash session
against a live server (uvicorn on a free port, the real OPA, a database of its own), and prints
what its `#>` lines show."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from api.db import migrate
from api.settings import CHECKOUT, Settings
from tests.conftest import BASE_URL, serving

_SH_BLOCK = re.compile(r"^```sh\n(.*?)^```$", re.MULTILINE | re.DOTALL)
_MARK = "@@ README block {} @@"


def sh_blocks(markdown: str) -> list[str]:
    return _SH_BLOCK.findall(markdown)


def shown(block: str) -> list[str]:
    """The output a block promises: its `#>` lines, in order."""
    return [line[3:] for line in block.splitlines() if line.startswith("#> ")]


def _line_pattern(promised: str) -> re.Pattern[str]:
    return re.compile(".*".join(re.escape(part) for part in promised.split("...")))


def missing(promised: list[str], printed: list[str]) -> list[str]:
    """The promised lines not printed in that order (`...` in a promise stands for anything)."""
    lines = iter(printed)
    return [
        line
        for line in promised
        if not any(_line_pattern(line).fullmatch(out) for out in lines)  # consumes up to a match
    ]


def test_the_output_check_itself_can_fail() -> None:
    assert missing(["a", "b ... d"], ["x", "a", "b c d"]) == []
    assert missing(["b", "a"], ["a", "b"]) == ["a"]
    assert missing(["403 ..."], ["200 {}"]) == ["403 ..."]


def jq_folder() -> str:
    """jq as tools/jq.sh provides it (installed from Debian's packages when missing)."""
    found = subprocess.run(
        [str(CHECKOUT / "tools" / "jq.sh")], capture_output=True, text=True, check=True
    )
    return str(Path(found.stdout.strip()).parent)


# Each document with the ones it continues (the walkthrough uses the README's token and clients).
DOCUMENTS = {"README.md": [], "docs/walkthrough.md": ["README.md"]}


@pytest.mark.parametrize("document", list(DOCUMENTS))
def test_the_quick_start_runs_as_written(document: str, opa_url: str, tmp_path: Path) -> None:
    before = [
        b for earlier in DOCUMENTS[document] for b in sh_blocks((CHECKOUT / earlier).read_text())
    ]
    own = sh_blocks((CHECKOUT / document).read_text())
    assert len(own) >= 4, "the examples are in ```sh blocks"
    blocks = before + own
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'readme.db'}",
        opa_url=opa_url,
        keys_dir=tmp_path / "keys",
        issuer=BASE_URL,
        manage_opa=False,
    )
    migrate(settings.database_url)
    # Run where a reader would, but with nothing written into the checkout: a folder of its
    # own in which .venv is the checkout's.
    workdir = tmp_path / "work"
    workdir.mkdir()
    (workdir / ".venv").symlink_to(CHECKOUT / ".venv")
    script = workdir / "quickstart.sh"
    script.write_text(
        "set -euo pipefail\n"
        + "".join(f"echo '{_MARK.format(n)}'\n{block}" for n, block in enumerate(blocks))
    )
    with serving(settings) as base_url:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith("AANWAS_") and key not in {"API", "BASE"}
        }
        env |= {
            "PATH": jq_folder() + os.pathsep + env.get("PATH", ""),
            "AANWAS_PORT": base_url.rsplit(":", 1)[1],
            "AANWAS_DATABASE_URL": settings.database_url,
            "AANWAS_KEYS_DIR": str(settings.keys_dir),
            "AANWAS_OPA_URL": settings.opa_url,
        }
        ran = subprocess.run(
            ["bash", str(script)],
            cwd=workdir,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    printed: dict[int, list[str]] = {}
    current = -1
    for line in ran.stdout.splitlines():
        if line.startswith("@@ README block "):
            current = int(line.split()[3])
            printed[current] = []
        else:
            printed[current].append(line)
    assert ran.returncode == 0, (
        f"{document}: block {current} failed (exit {ran.returncode}):\n{blocks[current]}\n"
        f"stderr: {ran.stderr[-2000:]}"
    )
    assert len(printed) == len(blocks)
    wrong = [
        f"block {n} printed {printed[n]}, not what it shows:\n{block}"
        for n, block in enumerate(blocks)
        if missing(shown(block), printed[n])
    ]
    assert not wrong, f"{document}: " + "\n".join(wrong)
