"""The hash chain: a canonical encoding of each record, its hash over the previous one, the
signed checkpoints, and walking a chain to find the first break.

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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

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


# Fields a record may hold, covered by its hash only when it holds them: appended to the
# encoding when not null, so that records made before such a field existed keep their hash.
OPTIONAL_FIELDS = ("fields",)
STORED_FIELDS = (*CHAINED_FIELDS, *OPTIONAL_FIELDS)


def canonical(values: dict[str, Any]) -> bytes:
    """The record as a JSON array of its chained fields, then its optional fields that hold a
    value: unambiguous and order-fixed."""
    row = [values[name] for name in CHAINED_FIELDS]
    row += [values[name] for name in OPTIONAL_FIELDS if values.get(name) is not None]
    return json.dumps(row, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def chain_hash(prev_hash: str, values: dict[str, Any]) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + canonical(values)).hexdigest()


# Lists: the JSON columns, which a driver may give as their JSON text.
JSON_FIELDS = ("roles", "categories", "covenants", "fields")


def as_chained(values: dict[str, Any]) -> dict[str, Any]:
    """Values as the driver returns them, as the chain encodes them."""
    moment = values["occurred_at"]
    # SQLite keeps 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC); PostgreSQL gives a datetime.
    values["occurred_at"] = (
        moment.replace(" ", "T") + "Z" if isinstance(moment, str) else timestamp(moment)
    )
    for name in JSON_FIELDS:
        if isinstance(values.get(name), str):
            values[name] = json.loads(values[name])
    return values


def hashable(values: dict[str, Any]) -> dict[str, Any]:
    """The values as the chain encodes them (times as UTC strings)."""
    moment = values["occurred_at"]
    if isinstance(moment, datetime):
        return {**values, "occurred_at": timestamp(moment)}
    return values


def checkpoint_message(soort: str, seq: int, hash_: str, made_at: str) -> bytes:
    return f"aanwas-audit-{soort}\n{seq}\n{hash_}\n{made_at}".encode()


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
