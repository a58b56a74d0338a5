"""Field encryption and blind indexes.

Every personal field is sealed with AES-256-GCM. The associated data binds a ciphertext to its
table, column and row, so a ciphertext copied to another row or column fails to open. Exact-match
lookups (a youth by BSN) go through a keyed HMAC blind index whose key is separate from the
encryption key, so the index reveals nothing without that key and cannot decrypt anything.
"""

from __future__ import annotations

import base64
import fcntl
import hashlib
import hmac
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from api.settings import Settings

_FORMAT = "v1"
_NONCE_BYTES = 12


class KeyMaterialMissing(RuntimeError):
    """Production refuses to start without provisioned keys."""


class FieldIntegrityError(Exception):
    """A stored ciphertext does not open for the place it is read from.

    Raised when a ciphertext was moved between rows or columns, altered, or sealed with a key
    this process does not hold. The message never contains the ciphertext or any plaintext.
    """


def b64e(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def b64d(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def key_id(key: bytes) -> str:
    """A short, non-secret name for a key, so a later rotation can tell keys apart."""
    return hashlib.sha256(b"aanwas-key-id" + key).hexdigest()[:8]


@dataclass(frozen=True)
class FieldPlace:
    """Where a field value lives; sealed into the ciphertext as associated data."""

    table: str
    column: str
    row_id: str

    def associated_data(self) -> bytes:
        return f"{self.table}\x1f{self.column}\x1f{self.row_id}".encode()


class FieldCipher:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("field encryption key must be 32 bytes (AES-256)")
        self._aead = AESGCM(key)
        self._key_id = key_id(key)

    def seal(self, plaintext: str, place: FieldPlace) -> str:
        nonce = os.urandom(_NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, plaintext.encode("utf-8"), place.associated_data())
        return f"{_FORMAT}.{self._key_id}.{b64e(nonce + sealed)}"

    def open(self, token: str, place: FieldPlace) -> str:
        try:
            fmt, kid, body = token.split(".", 2)
        except ValueError:
            raise FieldIntegrityError(f"{place.table}.{place.column}: malformed") from None
        if fmt != _FORMAT or kid != self._key_id:
            raise FieldIntegrityError(f"{place.table}.{place.column}: unknown key or format")
        try:
            raw = b64d(body)
            plain = self._aead.decrypt(
                raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], place.associated_data()
            )
        except (InvalidTag, ValueError):  # binascii.Error is a ValueError
            raise FieldIntegrityError(
                f"{place.table}.{place.column}: does not belong to this row"
            ) from None
        return plain.decode("utf-8")


class BlindIndex:
    """Keyed HMAC-SHA256 over a normalised value, for exact-match lookups."""

    def __init__(self, key: bytes, purpose: str) -> None:
        if len(key) < 32:
            raise ValueError("blind index key must be at least 32 bytes")
        # One key per purpose, derived, so a BSN index and a future index never collide.
        self._key = hmac.new(key, purpose.encode(), hashlib.sha256).digest()

    def digest(self, value: str) -> str:
        normalised = "".join(value.split()).lower()
        return hmac.new(self._key, normalised.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Keyring:
    field_encryption_key: bytes
    blind_index_key: bytes
    # Audit pseudonyms and request digests: split off the blind-index key with its bytes, so
    # that rotating the blind index (a re-index) leaves the chained log's pseudonyms as they are.
    pseudonym_key: bytes

    def cipher(self) -> FieldCipher:
        return FieldCipher(self.field_encryption_key)

    def bsn_index(self) -> BlindIndex:
        return BlindIndex(self.blind_index_key, "jongere.bsn")

    def pand_index(self) -> BlindIndex:
        """A premises (postcode and house number) of an Opiumwet 13b closure."""
        return BlindIndex(self.blind_index_key, "maatregel.pand")

    def pseudonyms(self) -> BlindIndex:
        """The youth's pseudonym in the audit log (a keyed hash of their id)."""
        return BlindIndex(self.pseudonym_key, "audit.jongere")

    def bsn_pseudonyms(self) -> BlindIndex:
        """A BSN as a refusal's record names it: its blind index under the pseudonym key, so
        it stays the same when the blind-index key is rotated."""
        return BlindIndex(self.pseudonym_key, "jongere.bsn")

    def digests(self) -> BlindIndex:
        """Keyed digests of request data that is matched but never stored (idempotency)."""
        return BlindIndex(self.pseudonym_key, "request.digest")


def _secret_bytes(
    settings: Settings, env_value: str | None, filename: str, *, size: int = 32
) -> bytes:
    if env_value:
        raw = b64d(env_value.strip())
        if len(raw) != size:
            raise KeyMaterialMissing(f"{filename}: expected {size} bytes, base64url-encoded")
        return raw
    path = settings.keys_dir / filename
    if path.exists():
        raw = b64d(path.read_text().strip())
        if len(raw) != size:
            raise KeyMaterialMissing(f"{path}: expected {size} bytes, base64url-encoded")
        return raw
    if settings.environment == "production":
        raise KeyMaterialMissing(
            f"No {filename}: provide AANWAS_{filename.upper().replace('-', '_')} "
            f"or mount it in {settings.keys_dir}"
        )
    raw = secrets.token_bytes(size)
    try:
        write_secret_file(path, b64e(raw))
    except FileExistsError:  # another process generated it first: use theirs
        return b64d(path.read_text().strip())
    return raw


def write_secret_file(path: Path, content: str) -> None:
    """Writes a development key readable by its owner only; never overwrites one."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(content + "\n")


@contextmanager
def locked_keys(keys_dir: Path, name: str) -> Iterator[None]:
    """One change to a key file at a time (two operators rotating at once lose nothing)."""
    keys_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(keys_dir / f".{name}.lock", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def replace_secret_file(path: Path, content: str) -> None:
    """Replaces a key file in one rename: a reader finds the whole old or the whole new one."""
    staged = path.with_name(f".{path.name}-{os.getpid()}")
    staged.unlink(missing_ok=True)
    write_secret_file(staged, content)
    os.replace(staged, path)


def load_keyring(settings: Settings) -> Keyring:
    blind_index_key = _secret_bytes(settings, settings.blind_index_key, "blind-index-key")
    return Keyring(
        field_encryption_key=_secret_bytes(
            settings, settings.field_encryption_key, "field-encryption-key"
        ),
        blind_index_key=blind_index_key,
        pseudonym_key=_pseudonym_key(settings, blind_index_key),
    )


def _pseudonym_key(settings: Settings, blind_index_key: bytes) -> bytes:
    """AANWAS_PSEUDONYM_KEY, else `pseudonym-key`; an install from before the split has
    neither and goes on with the blind-index key's bytes (kept as `pseudonym-key` where the
    keys folder can be written; `aanwas keys blind-index-rotate` always keeps it first)."""
    if settings.pseudonym_key:
        return _secret_bytes(settings, settings.pseudonym_key, "pseudonym-key")
    path = settings.keys_dir / "pseudonym-key"
    if path.exists():
        return _secret_bytes(settings, None, "pseudonym-key")
    if settings.environment != "production" and not settings.blind_index_key:
        try:
            write_secret_file(path, b64e(blind_index_key))
        except FileExistsError:  # another process split it first: the same bytes
            pass
        except OSError:  # a read-only keys folder: the same bytes, from memory
            pass
    return blind_index_key
