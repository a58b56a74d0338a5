"""The checkpoint signing key: an Ed25519 key kept in the keys folder, never in the database;
its rotation, and the public keys that verify what earlier keys signed."""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from api.security.watched_file import WatchedFile

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SigningKey:
    private: Ed25519PrivateKey

    @property
    def public(self) -> Ed25519PublicKey:
        return self.private.public_key()

    @property
    def key_id(self) -> str:
        return key_id(self.public)

    def sign(self, message: bytes) -> str:
        return base64.b64encode(self.private.sign(message)).decode("ascii")

    def public_pem(self) -> str:
        return public_pem(self.public)


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def public_pem(public: Ed25519PublicKey) -> str:
    return public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


class UnusableInput(ValueError):
    """A file given to a verifier is not what it should be. The message is ours and never
    quotes the file, so it can be shown as it is."""


def load_public_key(pem: str) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(pem.encode("ascii"))
    except ValueError:
        raise UnusableInput("a PEM block that holds no public key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise UnusableInput("not an Ed25519 public key")
    return key


_PEM_BLOCK = re.compile(r"-----BEGIN PUBLIC KEY-----.+?-----END PUBLIC KEY-----", re.DOTALL)


def load_public_keys(pems: str) -> list[Ed25519PublicKey]:
    """Every public key in a text of PEM blocks: after a key rotation a log's checkpoints are
    signed with more than one key, and `aanwas audit sleutel --alle` prints them together."""
    blocks = _PEM_BLOCK.findall(pems)
    if not blocks:
        raise UnusableInput("no PEM public key")
    return [load_public_key(block + "\n") for block in blocks]


def load_or_create_signing_key(keys_dir: Path, *, production: bool) -> SigningKey:
    """The checkpoint signing key: a PEM file in the keys folder (never in the database);
    generated on first start in development, required in production."""
    path = keys_dir / "audit-signing-key.pem"
    if path.exists():
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError(f"{path}: not an Ed25519 private key")
        return SigningKey(key)
    if production:
        raise FileNotFoundError(f"No audit signing key: mount {path}")
    from api.security.crypto import write_secret_file

    key = Ed25519PrivateKey.generate()
    try:
        write_secret_file(path, _private_pem(key).strip())
    except FileExistsError:  # another process made it first
        return load_or_create_signing_key(keys_dir, production=production)
    return SigningKey(key)


def _private_pem(key: Ed25519PrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")


def rotate_signing_key(keys_dir: Path) -> tuple[SigningKey, SigningKey]:
    """Replaces the checkpoint signing key with a new one; returns (old, new). The old public
    key goes to keys_dir/audit-verify/ first, so checkpoints it signed keep verifying whatever
    happens next; the new private key replaces the old in one rename, so a reader finds one
    whole key or the other."""
    from api.security.crypto import write_secret_file

    path = keys_dir / "audit-signing-key.pem"
    old = load_or_create_signing_key(keys_dir, production=True)
    kept = keys_dir / "audit-verify" / f"{old.key_id}.pem"
    kept.parent.mkdir(mode=0o700, exist_ok=True)
    kept.write_text(old.public_pem())
    new = Ed25519PrivateKey.generate()
    staged = keys_dir / f".audit-signing-key-{os.getpid()}.pem"
    staged.unlink(missing_ok=True)
    write_secret_file(staged, _private_pem(new).strip())
    os.replace(staged, path)
    return old, SigningKey(new)


class SigningKeyFile(WatchedFile[SigningKey]):
    """The checkpoint signing key as the keys folder holds it now. Read again when the file
    changes (`aanwas audit sleutel-vervangen`), so that running processes sign and verify with
    the new key without a restart; a stat per use, the file only when it changed."""

    def __init__(self, keys_dir: Path, *, production: bool) -> None:
        self._keys_dir = keys_dir
        key = load_or_create_signing_key(keys_dir, production=production)
        super().__init__(keys_dir / "audit-signing-key.pem", key)

    def current(self) -> SigningKey:
        """The key the file holds now; the key held so far when the file is gone or holds no
        usable key (a folder unmounted, a file copied over by hand): signing goes on with the
        key whose public part is known, and the operator is told once per change."""
        return self._current()

    def _gone(self) -> None:
        logger.warning("audit signing key file is gone; going on with key %s", self._held.key_id)

    def _reload(self, held: SigningKey) -> SigningKey:
        try:
            return load_or_create_signing_key(self._keys_dir, production=True)
        except Exception as exc:  # whatever spoils it (OSError, ValueError, UnsupportedAlgorithm)
            logger.warning(
                "audit signing key file unusable (%s); going on with key %s",
                type(exc).__name__,
                held.key_id,
            )
            return held
