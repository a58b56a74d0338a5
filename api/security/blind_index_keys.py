"""The blind-index key as running processes hold it: the current key, and during a re-index
the previous one too.

`KEYS_DIR/blind-index-key` makes every new blind index (a youth's BSN, a closed premises).
`aanwas keys blind-index-rotate` (api/security/reindex.py) first keeps the key in use as
`KEYS_DIR/blind-index-key-previous`, then puts a new key in place, recomputes every stored
index and removes the previous key at the end. While the previous key is there, a lookup asks
for a value's index under both keys, so it finds rows re-indexed and rows not yet re-indexed.
Every process reads the files again when the key file changes (a stat per use).

The audit log's youth pseudonyms, the BSN pseudonyms of refusals and the request digests are
not blind indexes: they come from the pseudonym key (`KEYS_DIR/pseudonym-key`), which never
changes with the blind-index key (the chained log cannot be rewritten). It was split off the
blind-index key with the same bytes, so pseudonyms from before the split stay the same.
"""

from __future__ import annotations

import logging
from pathlib import Path

from api.security.crypto import BlindIndex, KeyMaterialMissing, b64d
from api.security.watched_file import WatchedFile
from api.settings import Settings

logger = logging.getLogger(__name__)

KEY_FILE = "blind-index-key"
PREVIOUS_FILE = "blind-index-key-previous"
PSEUDONYM_FILE = "pseudonym-key"

BSN = "jongere.bsn"
PAND = "maatregel.pand"

Keys = tuple[bytes, bytes | None]  # (current, previous during a re-index)


def read_key(path: Path) -> bytes:
    raw = b64d(path.read_text().strip())
    if len(raw) != 32:
        raise KeyMaterialMissing(f"{path.name}: expected 32 bytes, base64url-encoded")
    return raw


class RotatingIndex:
    """One purpose's blind index (BSN, premises) under the current key, and the values a
    lookup must ask for: the index under the current key, and under the previous one while
    a re-index runs."""

    def __init__(self, keys: BlindIndexKeys, purpose: str) -> None:
        self._keys, self._purpose = keys, purpose

    def digest(self, value: str) -> str:
        index = self._keys.index(self._purpose, previous=False)
        assert index is not None  # there is always a current key
        return index.digest(value)

    def candidates(self, value: str) -> list[str]:
        found = [self.digest(value)]
        previous = self._keys.index(self._purpose, previous=True)
        if previous is not None:
            found.append(previous.digest(value))
        return found


class BlindIndexKeys(WatchedFile[Keys]):
    """The blind-index keys of a process: from AANWAS_BLIND_INDEX_KEY (never changes while it
    runs), or the key file, read again when it changes."""

    def __init__(self, settings: Settings, current: bytes) -> None:
        self._keys_dir = settings.keys_dir
        path = None if settings.blind_index_key else settings.keys_dir / KEY_FILE
        previous_path = settings.keys_dir / PREVIOUS_FILE
        previous = read_key(previous_path) if path and previous_path.exists() else None
        super().__init__(path, (current, previous))
        self._derived: dict[tuple[bytes, str], BlindIndex] = {}

    def index(self, purpose: str, *, previous: bool) -> BlindIndex | None:
        """The purpose's index under the current key, or the previous one (None: none)."""
        current, before = self._current()
        key = before if previous else current
        if key is None:
            return None
        found = self._derived.get((key, purpose))
        if found is None:  # a few keys and purposes in a process's life
            found = self._derived[(key, purpose)] = BlindIndex(key, purpose)
        return found

    def rotating(self, purpose: str) -> RotatingIndex:
        return RotatingIndex(self, purpose)

    def _gone(self) -> None:
        logger.warning("blind-index key file is gone; going on with the key held")

    def _reload(self, held: Keys) -> Keys:
        try:
            current = read_key(self._keys_dir / KEY_FILE)
            previous_path = self._keys_dir / PREVIOUS_FILE
            previous = read_key(previous_path) if previous_path.exists() else None
        except (OSError, ValueError, KeyMaterialMissing) as exc:
            logger.warning(
                "blind-index key unusable (%s); going on with the key held", type(exc).__name__
            )
            return held
        return (current, previous)
