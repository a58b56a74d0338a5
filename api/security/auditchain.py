"""The tamper evidence of the audit log: a hash chain over a canonical encoding of each record,
and checkpoints signed with an Ed25519 key that is kept apart from the database.

Pure functions over plain values, so the same code verifies the log in the database and an
exported log on a privacy officer's laptop (`aanwas audit verify --bestand`).

record_hash(n) = SHA-256(prev_hash(n) || canonical(record n)), prev_hash(1) = GENESIS, and
sequence numbers run 1, 2, 3, ... without gaps. Changing, removing, inserting or reordering a
record breaks the chain at that point; rewriting the whole chain consistently is caught by the
signed checkpoints, which only the holder of the signing key can make.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import logging
import os
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

logger = logging.getLogger(__name__)

GENESIS = "0" * 64

# The fields a record's hash covers, in this order. Adding a field means a new chain version.
CHAINED_FIELDS = (
    "seq",
    "occurred_at",
    "request_id",
    "client_id",
    "org",
    "roles",
    "user",
    "action",
    "resource_type",
    "resource_id",
    "jongere_pseudoniem",
    "purpose",
    "activity_id",
    "decision",
    "reason",
    "categories",
    "covenants",
    "decision_id",
    "policy_revision",
    "basis",
    "http_status",
    "trace_id",
    "span_id",
)


def timestamp(moment: datetime) -> str:
    """One spelling of a time for hashing: UTC, microseconds, 'Z'."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical(values: dict[str, Any]) -> bytes:
    """The record as a JSON array of its chained fields: unambiguous and order-fixed."""
    row = [values[name] for name in CHAINED_FIELDS]
    return json.dumps(row, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def chain_hash(prev_hash: str, values: dict[str, Any]) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + canonical(values)).hexdigest()


# --- signing --------------------------------------------------------------------------------------


def checkpoint_message(soort: str, seq: int, hash_: str, made_at: str) -> bytes:
    return f"aanwas-audit-{soort}\n{seq}\n{hash_}\n{made_at}".encode()


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


class SigningKeyFile:
    """The checkpoint signing key as the keys folder holds it now. Read again when the file
    changes (`aanwas audit sleutel-vervangen`), so that running processes sign and verify with
    the new key without a restart; a stat per use, the file only when it changed."""

    def __init__(self, keys_dir: Path, *, production: bool) -> None:
        self._keys_dir = keys_dir
        self._production = production
        self._lock = threading.Lock()
        self._key = load_or_create_signing_key(keys_dir, production=production)
        self._seen = self._stamp()

    def _stamp(self) -> tuple[int, int, int, int] | None:
        try:
            found = os.stat(self._keys_dir / "audit-signing-key.pem")
        except OSError:
            return None
        # ctime too: a file made readable again (chmod) is read again.
        return (found.st_ino, found.st_mtime_ns, found.st_ctime_ns, found.st_size)

    def current(self) -> SigningKey:
        """The key the file holds now; the key held so far when the file is gone or holds no
        usable key (a folder unmounted, a file copied over by hand): signing goes on with the
        key whose public part is known, and the operator is told once per change."""
        stamp = self._stamp()
        if stamp != self._seen:
            with self._lock:
                if stamp != self._seen:
                    self._seen = stamp
                    self._reload(stamp)
        return self._key

    def _reload(self, stamp: tuple[int, int, int, int] | None) -> None:
        if stamp is None:
            logger.warning("audit signing key file is gone; going on with key %s", self._key.key_id)
            return
        try:
            self._key = load_or_create_signing_key(self._keys_dir, production=True)
        except Exception as exc:  # whatever spoils it (OSError, ValueError, UnsupportedAlgorithm)
            logger.warning(
                "audit signing key file unusable (%s); going on with key %s",
                type(exc).__name__,
                self._key.key_id,
            )


# --- verification ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Checkpoint:
    soort: str  # checkpoint | afkapping (a retention cut-over: records up to seq are removed)
    seq: int
    hash: str
    made_at: str
    key_id: str
    signature: str

    def as_json(self) -> dict[str, Any]:
        return {
            "soort": self.soort,
            "seq": self.seq,
            "hash": self.hash,
            "madeAt": self.made_at,
            "keyId": self.key_id,
            "signature": self.signature,
        }

    @classmethod
    def from_json(cls, item: dict[str, Any]) -> Checkpoint:
        return cls(
            str(item["soort"]),
            int(item["seq"]),
            str(item["hash"]),
            str(item["madeAt"]),
            str(item["keyId"]),
            str(item["signature"]),
        )

    def valid_under(self, keys: dict[str, Ed25519PublicKey]) -> bool:
        public = keys.get(self.key_id)
        if public is None:
            return False
        try:
            public.verify(
                base64.b64decode(self.signature),
                checkpoint_message(self.soort, self.seq, self.hash, self.made_at),
            )
        except (InvalidSignature, ValueError):
            return False
        return True


@dataclass
class Verification:
    """The outcome of checking a log: intact, or the first place where it is not."""

    records: int = 0
    first_seq: int | None = None
    last_seq: int | None = None
    last_hash: str | None = None
    checkpoints: int = 0
    unsealed: int = 0  # written moments ago, not yet in the chain
    problems: list[dict[str, Any]] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.problems

    def fail(self, seq: int | None, kind: str, detail: str) -> None:
        self.problems.append({"seq": seq, "soort": kind, "toelichting": detail})

    def as_json(self) -> dict[str, Any]:
        return {
            "intact": self.intact,
            "records": self.records,
            "eersteSeq": self.first_seq,
            "laatsteSeq": self.last_seq,
            "laatsteHash": self.last_hash,
            "checkpoints": self.checkpoints,
            "nogTeVerzegelen": self.unsealed,
            "eersteBreuk": self.problems[0] if self.problems else None,
            "problemen": self.problems[:20],
        }


def verify(
    records: Iterable[dict[str, Any]],
    checkpoints: Iterable[Checkpoint],
    keys: dict[str, Ed25519PublicKey],
    *,
    trusted: Checkpoint | None = None,
    partial: bool = False,
    reload: Callable[[int], dict[str, Any]] | None = None,
) -> Verification:
    """Checks the chain (sequence, links, hashes) and every checkpoint signature, and that each
    signed checkpoint matches the chain at its sequence number. `trusted` is a checkpoint the
    verifier kept from earlier: the log must still contain it, so nothing before it changed.

    Records start after the newest signed cut-over (afkapping), if any, and link to it. A
    `partial` log (an export of a period) starts wherever its first record does; what came
    before it is not checked."""
    records = iter(records)
    first = next(records, None)
    if partial and first is not None:
        start_mark = Checkpoint("begin", first["seq"] - 1, first.get("prev_hash") or "", "", "", "")
        return _verify(
            itertools.chain([first], records), checkpoints, keys, trusted, start_mark, reload
        )
    return _verify(
        itertools.chain([first] if first is not None else [], records),
        checkpoints,
        keys,
        trusted,
        None,
        reload,
    )


def _verify(
    records: Iterable[dict[str, Any]],
    checkpoints: Iterable[Checkpoint],
    keys: dict[str, Ed25519PublicKey],
    trusted: Checkpoint | None,
    begin: Checkpoint | None,
    reload: Callable[[int], dict[str, Any]] | None,
) -> Verification:
    plan = prepare(checkpoints, keys, trusted, begin)
    walked = walk(records, plan.expected_seq, plan.prev_hash, plan.at, reload)
    result = plan.result
    if walked.first_seq is not None:
        result.first_seq = walked.first_seq
    result.records = walked.records
    result.last_seq, result.last_hash = walked.last_seq, walked.last_hash
    if walked.problems:
        result.problems += walked.problems
        return result
    # A period ends where it ends: checkpoints after it are not its business.
    return _finish(result, {} if begin is not None else plan.remaining_after(walked.last_seq))


@dataclass
class Plan:
    """Where the chain must start, and which signed checkpoints it must meet on the way."""

    result: Verification
    expected_seq: int
    prev_hash: str
    at: dict[int, list[Checkpoint]]

    def remaining_after(self, last_seq: int | None) -> dict[int, list[Checkpoint]]:
        return {seq: marks for seq, marks in self.at.items() if last_seq is None or seq > last_seq}


def prepare(
    checkpoints: Iterable[Checkpoint],
    keys: dict[str, Ed25519PublicKey],
    trusted: Checkpoint | None,
    begin: Checkpoint | None = None,
) -> Plan:
    """Checks the checkpoint signatures and finds the chain's start: after the newest signed
    cut-over (afkapping), or `begin`, or at the genesis."""
    result = Verification()
    marks = sorted(checkpoints, key=lambda c: (c.seq, c.soort))
    signed: list[Checkpoint] = []
    for mark in marks:
        if mark.valid_under(keys):
            signed.append(mark)
        else:
            result.fail(mark.seq, "handtekening", f"{mark.soort} bij {mark.seq}: ongeldig")
    result.checkpoints = len(signed)
    cutovers = [c for c in signed if c.soort == "afkapping"]
    start = begin or (cutovers[-1] if cutovers else None)
    expected_seq = (start.seq if start else 0) + 1
    prev_hash = start.hash if start else GENESIS
    at: dict[int, list[Checkpoint]] = {}
    for mark in signed:
        if mark.soort == "checkpoint" and mark.seq >= expected_seq:
            at.setdefault(mark.seq, []).append(mark)
    if trusted is not None:
        if not trusted.valid_under(keys):
            result.fail(trusted.seq, "handtekening", "het meegegeven checkpoint is niet geldig")
        elif trusted.seq >= expected_seq:
            at.setdefault(trusted.seq, []).append(trusted)
        elif start is not None and trusted.seq == start.seq and start.soort == "afkapping":
            if trusted.hash != start.hash:
                result.fail(trusted.seq, "herschreven", "het meegegeven checkpoint wijkt af")
        elif start is None or start.seq < trusted.seq:
            result.fail(trusted.seq, "ontbreekt", "het meegegeven checkpoint valt buiten de log")
    return Plan(result, expected_seq, prev_hash, at)


class Unreadable(Exception):
    """A stored record that cannot be read back as values (a time moved out of range): it was
    changed after it was written."""


@dataclass
class Stretch:
    """What a walk over consecutive records found: how many held, where it began and ended,
    what its first record links to, and the first problem, if any."""

    records: int = 0
    first_seq: int | None = None
    first_prev_hash: str | None = None
    last_seq: int | None = None
    last_hash: str | None = None
    problems: list[dict[str, Any]] = field(default_factory=list)

    def fail(self, seq: int | None, kind: str, detail: str) -> None:
        self.problems.append({"seq": seq, "soort": kind, "toelichting": detail})


def walk(
    records: Iterable[dict[str, Any]],
    expected_seq: int | None,
    prev_hash: str | None,
    at: dict[int, list[Checkpoint]],
    reload: Callable[[int], dict[str, Any]] | None,
) -> Stretch:
    """Checks records in chain order: sequence, links, hashes and the checkpoints `at` their
    sequence numbers; stops at the first problem. With `expected_seq` and `prev_hash` None it
    checks a stretch from the middle of the chain: its first record is taken as it is, and
    whoever joins the stretches checks where it starts and what it links to (join)."""
    stretch = Stretch()
    for values in records:
        seq = values["seq"]
        if stretch.first_seq is None:
            stretch.first_seq = seq
            stretch.first_prev_hash = values.get("prev_hash")
            if expected_seq is None:
                expected_seq = seq
            if prev_hash is None:
                prev_hash = values.get("prev_hash")
                if prev_hash is None:
                    return stretch  # links to nothing: `join` names it (schakel)
        if seq != expected_seq:
            kind = "ontbreekt" if seq > expected_seq else "volgorde"
            stretch.fail(expected_seq, kind, f"verwacht record {expected_seq}, gevonden {seq}")
            return stretch
        if prev_hash is None or values.get("prev_hash") != prev_hash:
            stretch.fail(seq, "schakel", f"record {seq} verwijst niet naar record {seq - 1}")
            return stretch
        encoded = values.get("canonical")
        try:
            if values.get("hash_checked") is True:
                # The database recomputed this record's hash from its stored fields and found
                # it equal (PostgreSQL); anything else goes the way below.
                computed = values["record_hash"]
            elif values.get("hash_checked") is False and reload is not None:
                computed = chain_hash(prev_hash, reload(seq))
            elif encoded is not None:
                # Encoded by the database itself (fast path); on any difference, by us.
                computed = hashlib.sha256(prev_hash.encode("ascii") + encoded).hexdigest()
                if computed != values.get("record_hash") and reload is not None:
                    computed = chain_hash(prev_hash, reload(seq))
            else:
                computed = chain_hash(prev_hash, values)
        except Unreadable:
            computed = None  # a value no record could have been written with
        if computed != values.get("record_hash"):
            stretch.fail(seq, "inhoud", f"record {seq} is na het vastleggen gewijzigd")
            return stretch
        for mark in at.get(seq, []):
            if mark.hash != computed:
                stretch.fail(
                    seq, "herschreven", f"record {seq} wijkt af van het getekende checkpoint"
                )
                return stretch
        stretch.records += 1
        stretch.last_seq, stretch.last_hash = seq, computed
        prev_hash = computed
        expected_seq = seq + 1
    return stretch


def join(plan: Plan, stretches: Iterable[Stretch]) -> Verification:
    """The verdict over the whole chain from stretches walked apart, in chain order: each must
    begin where the one before it ended and link to its last hash. Reports what one walk over
    all records would have reported."""
    result = plan.result
    expected_seq, prev_hash = plan.expected_seq, plan.prev_hash
    for stretch in stretches:
        if stretch.first_seq is None:
            continue  # nothing in this range: the next stretch shows what is missing
        if result.first_seq is None:
            result.first_seq = stretch.first_seq
        seq = stretch.first_seq
        if seq != expected_seq:
            kind = "ontbreekt" if seq > expected_seq else "volgorde"
            result.fail(expected_seq, kind, f"verwacht record {expected_seq}, gevonden {seq}")
            return result
        if stretch.first_prev_hash != prev_hash:
            result.fail(seq, "schakel", f"record {seq} verwijst niet naar record {seq - 1}")
            return result
        result.records += stretch.records
        if stretch.last_seq is not None:
            result.last_seq, result.last_hash = stretch.last_seq, stretch.last_hash
        if stretch.problems:
            result.problems += stretch.problems
            return result
        assert stretch.last_seq is not None and stretch.last_hash is not None
        result.last_seq, result.last_hash = stretch.last_seq, stretch.last_hash
        expected_seq, prev_hash = stretch.last_seq + 1, stretch.last_hash
    return _finish(result, plan.remaining_after(result.last_seq))


def _finish(result: Verification, remaining: dict[int, list[Checkpoint]]) -> Verification:
    if result.intact and remaining:
        seq = min(remaining)
        result.fail(seq, "afgekapt", f"een getekend checkpoint noemt record {seq}, dat ontbreekt")
    return result
