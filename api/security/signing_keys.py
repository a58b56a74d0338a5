"""The token-signing keyset: a primary EC P-256 key that signs access tokens (its `kid` in the
JWT header) and older keys that still verify until they are withdrawn (NL GOV Assurance profile
for OAuth 2.0: signed JWT access tokens with `kid`; Tink's keysets with a primary key).

The keyset lives in the keys folder as `token-signing-keys.jwks`: a JWKS of private keys with a
`primary` member naming the signing key. An install from before the keyset has one key in
`token-signing-key.jwk`; it becomes the primary of a new keyset file on first start (the same
key and kid, so tokens signed before keep verifying), and the old file goes. Rotation and
withdrawal (`aanwas keys signing-rotate`, `signing-withdraw`) replace the file in one rename;
every process reads it again when it changed (KeysetFile), at its next request.
"""

from __future__ import annotations

import json
import logging
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from joserfc.jwk import ECKey, KeySet

from api.security.crypto import KeyMaterialMissing, locked_keys, replace_secret_file
from api.security.watched_file import WatchedFile
from api.settings import Settings

logger = logging.getLogger(__name__)

SIGNING_ALG = "ES256"
KEYSET_FILE = "token-signing-keys.jwks"
LEGACY_KEY_FILE = "token-signing-key.jwk"  # one key, before the keyset


class KeysetRefused(ValueError):
    """A change to the keyset that is not made; the message is ours (it names the fix and never
    quotes key material), fit to show the operator."""


def generate_key() -> ECKey:
    key = ECKey.generate_key("P-256", parameters={"use": "sig", "alg": SIGNING_ALG})
    key.ensure_kid()
    return key


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _private_key(data: Any) -> ECKey:
    try:
        key = ECKey.import_key(data)
    except Exception:  # whatever the JWK holds: our words, never its content
        raise KeyMaterialMissing("a token signing key is not an EC P-256 JWK") from None
    if not key.is_private or key.as_dict().get("crv") != "P-256":
        raise KeyMaterialMissing("a token signing key must be a private EC P-256 JWK")
    key.ensure_kid()
    return key


@dataclass(frozen=True)
class SigningKeyset:
    """The primary key (signs) and every key that verifies (the primary included, newest
    first), with when each was made."""

    primary: ECKey
    keys: tuple[ECKey, ...]
    created: dict[str, str] = field(default_factory=dict)

    @property
    def primary_kid(self) -> str:
        return str(self.primary.kid)

    @property
    def kids(self) -> list[str]:
        return [str(key.kid) for key in self.keys]

    @cached_property
    def signing(self) -> KeySet:
        return KeySet([self.primary])

    @cached_property
    def verifying(self) -> KeySet:
        """The public keys, by kid: a token signed by any of them verifies."""
        return KeySet([ECKey.import_key(key.as_dict(private=False)) for key in self.keys])

    @cached_property
    def public_jwks(self) -> dict[str, Any]:
        return dict(self.verifying.as_dict())

    def as_file(self) -> dict[str, Any]:
        return {
            "primary": self.primary_kid,
            "keys": [key.as_dict(private=True) for key in self.keys],
            "created": {kid: self.created[kid] for kid in self.kids if kid in self.created},
        }

    @classmethod
    def parse(cls, data: Any) -> SigningKeyset:
        """A keyset file's content, or a single private JWK (the keyset of one key)."""
        if not isinstance(data, dict):
            raise KeyMaterialMissing("the token signing keys are not a JWK or JWKS object")
        if "keys" not in data:
            key = _private_key(data)
            return cls(key, (key,))
        if not isinstance(data["keys"], list) or not data["keys"]:
            raise KeyMaterialMissing("the token signing keyset holds no keys")
        keys = tuple(_private_key(item) for item in data["keys"])
        by_kid = {str(key.kid): key for key in keys}
        if len(by_kid) != len(keys):
            raise KeyMaterialMissing("the token signing keyset names a kid twice")
        primary = by_kid.get(str(data.get("primary")))
        if primary is None:
            raise KeyMaterialMissing("the token signing keyset's primary is not one of its keys")
        created = data.get("created")
        created = (
            {str(k): str(v) for k, v in created.items() if k in by_kid}
            if isinstance(created, dict)
            else {}
        )
        return cls(primary, keys, created)

    def rotated(self) -> SigningKeyset:
        new = generate_key()
        return SigningKeyset(new, (new, *self.keys), {**self.created, str(new.kid): _now()})

    def without(self, kid: str) -> SigningKeyset:
        if kid == self.primary_kid:
            raise KeysetRefused(
                f"{kid} is the primary key, which signs every new token: rotate first "
                "(aanwas keys signing-rotate), then withdraw it"
            )
        if kid not in self.kids:
            raise KeysetRefused(f"no signing key {kid}; `aanwas keys signing-list` shows them")
        kept = tuple(key for key in self.keys if key.kid != kid)
        return SigningKeyset(
            self.primary, kept, {k: v for k, v in self.created.items() if k != kid}
        )


def load_keyset(settings: Settings) -> SigningKeyset:
    """The keyset from AANWAS_TOKEN_SIGNING_KEY (a JWK or a keyset), else from the keys folder
    (an old single-key file is migrated in place), else, in development only, a new one."""
    if settings.token_signing_key:
        try:
            data = json.loads(settings.token_signing_key)
        except ValueError:
            raise KeyMaterialMissing("AANWAS_TOKEN_SIGNING_KEY is not JSON") from None
        return SigningKeyset.parse(data)
    keys_dir = settings.keys_dir
    path = keys_dir / KEYSET_FILE
    if path.exists():
        return read_keyset_file(path)
    legacy = keys_dir / LEGACY_KEY_FILE
    if legacy.exists():
        return _migrate(keys_dir)
    if settings.environment == "production":
        raise KeyMaterialMissing(
            f"No token signing key: provide AANWAS_TOKEN_SIGNING_KEY or mount {path}"
        )
    with _locked(keys_dir):
        if path.exists():  # another process made it first: use theirs
            return read_keyset_file(path)
        key = generate_key()
        fresh = SigningKeyset(key, (key,), {str(key.kid): _now()})
        _replace(keys_dir, fresh)  # whole or not at all, for a process starting beside this one
    return fresh


def read_keyset_file(path: Path) -> SigningKeyset:
    try:
        data = json.loads(path.read_text())
    except ValueError:
        raise KeyMaterialMissing(f"{path} is not JSON") from None
    return SigningKeyset.parse(data)


def _migrate(keys_dir: Path) -> SigningKeyset:
    """The single key of an install from before the keyset becomes the primary of a keyset
    file, the same kid; the old file goes once the new one is in place. Where the folder is
    read-only (a mounted secret) the key is used as it is, and migrated by the first `aanwas
    keys` command run where it is writable."""
    legacy = keys_dir / LEGACY_KEY_FILE
    key = _private_key(json.loads(legacy.read_text()))
    keyset = SigningKeyset(key, (key,))
    try:
        with _locked(keys_dir):
            path = keys_dir / KEYSET_FILE
            if path.exists():  # another process migrated it first
                return read_keyset_file(path)
            _replace(keys_dir, keyset)
            legacy.unlink()
    except OSError as unwritable:
        logger.info(
            "token signing key %s used from %s, not migrated (%s)",
            key.kid,
            LEGACY_KEY_FILE,
            type(unwritable).__name__,
        )
        return keyset
    logger.info("token signing key %s moved into %s", key.kid, KEYSET_FILE)
    return keyset


def _locked(keys_dir: Path) -> AbstractContextManager[None]:
    return locked_keys(keys_dir, "token-signing-keys")


def _replace(keys_dir: Path, keyset: SigningKeyset) -> None:
    """The new keyset replaces the file in one rename: a reader finds one whole keyset or the
    other, never half of one."""
    replace_secret_file(keys_dir / KEYSET_FILE, json.dumps(keyset.as_file()))


def change_keyset(settings: Settings, change: str, kid: str | None = None) -> SigningKeyset:
    """`rotate` (a new primary; the old keeps verifying) or `withdraw` kid (no longer verifies);
    returns the keyset as it is now. Raises KeysetRefused, or OSError for a read-only folder."""
    if settings.token_signing_key:
        raise KeysetRefused(
            "the signing keys come from AANWAS_TOKEN_SIGNING_KEY: change that variable, or "
            f"unset it to keep them in {settings.keys_dir / KEYSET_FILE}"
        )
    load_keyset(settings)  # made (development) or migrated first
    with _locked(settings.keys_dir):
        current = read_keyset_file(settings.keys_dir / KEYSET_FILE)
        changed = current.rotated() if change == "rotate" else current.without(str(kid))
        _replace(settings.keys_dir, changed)
    return changed


class KeysetFile(WatchedFile[SigningKeyset]):
    """The keyset as the keys folder holds it now, for a running process: a stat per use, the
    file read again only when it changed (a rotation or withdrawal from the CLI takes effect at
    the next request). A file gone or spoiled leaves the keys held so far, and the operator is
    told once per change. From AANWAS_TOKEN_SIGNING_KEY the keyset never changes."""

    def __init__(self, settings: Settings) -> None:
        keyset = load_keyset(settings)
        path = None if settings.token_signing_key else settings.keys_dir / KEYSET_FILE
        super().__init__(path, keyset)

    def current(self) -> SigningKeyset:
        return self._current()

    def _gone(self) -> None:
        logger.warning("token signing keyset is gone; going on with the keys held")

    def _reload(self, held: SigningKeyset) -> SigningKeyset:
        assert self._path is not None  # a keyset from the environment is never read again
        try:
            return read_keyset_file(self._path)
        except Exception as exc:  # OSError, KeyMaterialMissing: keep what verifies now
            logger.warning(
                "token signing keyset unusable (%s); going on with the keys held",
                type(exc).__name__,
            )
            return held
