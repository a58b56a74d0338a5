"""Keeping the managed OPA's log (data/opa.log) bounded.

OPA writes its decision log to that file for as long as it runs (every decision, with its id and
input: ids and facts, no personal content), so a busy server fills a disk with it. OPA holds the
file open in append mode and cannot be told to reopen it; so the log is rotated the way
logrotate's `copytruncate` does: copied aside (opa.log.1, older ones shifted up to `keep`), then
emptied in place, where OPA's next append lands at the new end. A line written between the copy
and the truncation can be lost; the decision ids that matter are in the audit log anyway."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

logger = logging.getLogger("aanwas")


def rotate_if_large(log_path: Path, max_bytes: int, keep: int) -> bool:
    """Rotates log_path when it has grown past max_bytes; returns whether it did."""
    try:
        if log_path.stat().st_size <= max_bytes:
            return False
    except FileNotFoundError:
        return False
    for older in range(keep - 1, 0, -1):
        source = log_path.with_name(f"{log_path.name}.{older}")
        if source.exists():
            source.replace(log_path.with_name(f"{log_path.name}.{older + 1}"))
    aside = log_path.with_name(f"{log_path.name}.1")
    with log_path.open("rb") as current, aside.open("wb") as copy:
        shutil.copyfileobj(current, copy)
    os.chmod(aside, 0o600)
    os.truncate(log_path, 0)
    logger.info("OPA log rotated (%s)", aside.name)
    return True
