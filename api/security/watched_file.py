"""A key file that running processes read again when it changes (a rotation from the CLI),
without a restart: a stat per use, the file only when it changed. A file gone or spoiled leaves
what was held so far, and the operator is told once per change."""

from __future__ import annotations

import os
import threading
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Generic, TypeVar

Held = TypeVar("Held")
Stamp = tuple[int, int, int, int]


class WatchedFile(ABC, Generic[Held]):
    def __init__(self, path: Path | None, held: Held) -> None:
        """`path` None: nothing to watch (the key came from the environment)."""
        self._path = path
        self._held = held
        self._lock = threading.Lock()
        self._seen = self._stamp()

    def _stamp(self) -> Stamp | None:
        if self._path is None:
            return None
        try:
            found = os.stat(self._path)
        except OSError:
            return None
        # ctime too: a file made readable again (chmod) is read again.
        return (found.st_ino, found.st_mtime_ns, found.st_ctime_ns, found.st_size)

    def _current(self) -> Held:
        stamp = self._stamp()
        if stamp != self._seen:
            with self._lock:
                if stamp != self._seen:
                    self._seen = stamp
                    if stamp is None:
                        self._gone()
                    else:
                        self._held = self._reload(self._held)
        return self._held

    @abstractmethod
    def _gone(self) -> None:
        """Tell the operator the file is gone (what was held stays)."""

    @abstractmethod
    def _reload(self, held: Held) -> Held:
        """What the changed file holds, or `held` when it holds nothing usable."""
