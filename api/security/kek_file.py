"""The file KEK provider (the development default): a keyset in the keys folder.

`kek-keyset.json` (0600) holds a primary AES-256 KEK and older ones that still unwrap, each with
when it was made. Wrapping is AES-256-GCM with a random nonce and the data key's associated data.
Outside production the file is made on first start; production without it refuses to start.
A rotation or retirement replaces the file in one rename, and every process reads it again at
its next use (a stat per use, the file only when it changed).
"""

from __future__ import annotations

import json
import logging
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from api.security.crypto import KeyMaterialMissing, b64d, b64e, locked_keys, replace_secret_file
from api.security.kek import KekInfo, KekRefused, KekUnavailable, WrappedKeyDamaged
from api.security.watched_file import WatchedFile
from api.settings import Settings

logger = logging.getLogger(__name__)

KEK_FILE = "kek-keyset.json"
_NONCE_BYTES = 12


@dataclass(frozen=True)
class _Kek:
    kid: str
    key: bytes
    created: str


@dataclass(frozen=True)
class KekKeyset:
    """The KEKs of the file, the primary first, then newest first."""

    primary: str
    keks: tuple[_Kek, ...]

    def find(self, kid: str) -> _Kek:
        for kek in self.keks:
            if kek.kid == kid:
                return kek
        raise KekUnavailable(
            f"KEK {kid} is not in {KEK_FILE}: restore the keyset that held it "
            "(a retired KEK no longer unwraps)"
        )

    def ordered(self) -> tuple[_Kek, ...]:
        first = self.find(self.primary)
        rest = sorted((k for k in self.keks if k.kid != self.primary), key=lambda k: k.created)
        return (first, *reversed(rest))

    def as_file(self) -> dict[str, Any]:
        return {
            "primary": self.primary,
            "keys": [{"kid": k.kid, "key": b64e(k.key), "created": k.created} for k in self.keks],
        }

    @classmethod
    def parse(cls, data: Any) -> KekKeyset:
        try:
            keks = tuple(
                _Kek(str(item["kid"]), b64d(str(item["key"])), str(item["created"]))
                for item in data["keys"]
            )
            primary = str(data["primary"])
        except (KeyError, TypeError, ValueError):
            raise KeyMaterialMissing(f"{KEK_FILE} is not a KEK keyset") from None
        if not keks or any(len(k.key) != 32 for k in keks):
            raise KeyMaterialMissing(f"{KEK_FILE}: every KEK must be 32 bytes (AES-256)")
        if len({k.kid for k in keks}) != len(keks) or primary not in {k.kid for k in keks}:
            raise KeyMaterialMissing(f"{KEK_FILE}: a kid twice, or a primary it does not hold")
        return cls(primary, keks)

    @classmethod
    def fresh(cls) -> KekKeyset:
        kek = _new_kek()
        return cls(kek.kid, (kek,))

    def rotated(self) -> KekKeyset:
        kek = _new_kek()
        return KekKeyset(kek.kid, (kek, *self.keks))

    def without(self, kid: str) -> KekKeyset:
        self.find(kid)  # KekUnavailable for an unknown id
        if kid == self.primary:
            raise KekRefused(
                f"KEK {kid} is the primary, which wraps every new data key: rotate first, "
                "re-wrap the data keys (aanwas keys rewrap), then retire it"
            )
        return KekKeyset(self.primary, tuple(k for k in self.keks if k.kid != kid))


def _new_kek() -> _Kek:
    return _Kek(
        "kek-" + secrets.token_hex(4),
        secrets.token_bytes(32),
        datetime.now(UTC).isoformat(timespec="microseconds"),
    )


def _read(path: Path) -> KekKeyset:
    try:
        data = json.loads(path.read_text())
    except ValueError:
        raise KeyMaterialMissing(f"{path} is not JSON") from None
    return KekKeyset.parse(data)


def load_kek_keyset(settings: Settings) -> KekKeyset:
    """The keyset in the keys folder; made there on first start outside production."""
    path = settings.keys_dir / KEK_FILE
    if path.exists():
        return _read(path)
    if settings.environment == "production":
        raise KeyMaterialMissing(
            f"No key-encryption keys: mount {path} (a KEK keyset), "
            "or set AANWAS_KEK_PROVIDER=pkcs11 to use an HSM"
        )
    with locked_keys(settings.keys_dir, KEK_FILE):
        if path.exists():  # another process made it first: use theirs
            return _read(path)
        fresh = KekKeyset.fresh()
        replace_secret_file(settings.keys_dir / KEK_FILE, json.dumps(fresh.as_file()))
    return fresh


class FileKeyEncryptionKeys(WatchedFile[KekKeyset]):
    """The file provider: speaks KeyEncryptionKeys (api/security/kek.py)."""

    provider = "file"

    def __init__(self, settings: Settings) -> None:
        self._keys_dir = settings.keys_dir
        super().__init__(settings.keys_dir / KEK_FILE, load_kek_keyset(settings))

    @classmethod
    def from_settings(cls, settings: Settings) -> FileKeyEncryptionKeys:
        return cls(settings)

    def primary(self) -> str:
        return self._current().primary

    def keys(self) -> list[KekInfo]:
        keyset = self._current()
        return [KekInfo(k.kid, k.created, k.kid == keyset.primary) for k in keyset.ordered()]

    def wrap(self, dek: bytes, associated_data: bytes) -> tuple[str, bytes]:
        keyset = self._current()
        kek = keyset.find(keyset.primary)
        nonce = os.urandom(_NONCE_BYTES)
        return kek.kid, nonce + AESGCM(kek.key).encrypt(nonce, dek, associated_data)

    def unwrap(self, kid: str, wrapped: bytes, associated_data: bytes) -> bytes:
        kek = self._current().find(kid)
        try:
            return AESGCM(kek.key).decrypt(
                wrapped[:_NONCE_BYTES], wrapped[_NONCE_BYTES:], associated_data
            )
        except (InvalidTag, ValueError):
            raise WrappedKeyDamaged(f"a data key wrapped by {kid} does not unwrap") from None

    def rotate(self) -> str:
        return self._change(lambda keyset: keyset.rotated()).primary

    def retire(self, kid: str) -> None:
        self._change(lambda keyset: keyset.without(kid))

    def _change(self, how: Any) -> KekKeyset:
        with locked_keys(self._keys_dir, KEK_FILE):
            changed: KekKeyset = how(_read(self._keys_dir / KEK_FILE))
            replace_secret_file(self._keys_dir / KEK_FILE, json.dumps(changed.as_file()))
        with self._lock:  # this process sees its own change at once
            self._held = changed
            self._seen = self._stamp()
        return changed

    def _gone(self) -> None:
        logger.warning("KEK keyset is gone; going on with the keys held")

    def _reload(self, held: KekKeyset) -> KekKeyset:
        assert self._path is not None
        try:
            return _read(self._path)
        except Exception as exc:  # OSError, KeyMaterialMissing: keep what unwraps now
            logger.warning(
                "KEK keyset unusable (%s); going on with the keys held", type(exc).__name__
            )
            return held
