"""Envelope encryption: every personal field sealed under its data subject's own data key.

A field is sealed with AES-256-GCM under a data key (DEK) of the youth (or youth group, or
premises closure) the row is about; the associated data still binds it to its table, column and
row. The token names its DEK, `v2.<dek id>.<nonce+ciphertext>`, so opening never needs to know
whose field it is. DEKs are stored in `datasleutels`, wrapped by a KEK of the provider
(api/security/kek.py). Fields sealed before (`v1.`) open with the legacy field-encryption-key.

Each process keeps unwrapped DEKs in a bounded cache for `ttl` seconds (default 5 minutes) from
when it read them: a destroyed DEK stops opening in every process within that time. A DEK made
by a request is stored in the request's own transaction and reaches the cache only after it
committed, so a rolled-back request leaves no key that data elsewhere could be sealed under.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import inspect as inspect_model
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.db import Base, insert_rows, new_id, utcnow
from api.security.crypto import FieldCipher, FieldIntegrityError, FieldPlace, b64d, b64e
from api.security.data_keys import DataKey, data_key_binding
from api.security.kek import KeyEncryptionKeys, WrappedKeyDamaged

FORMAT = "v2"
_NONCE_BYTES = 12
_BATCH = 500  # data keys read in one SELECT
Subject = tuple[str, str]  # (onderwerp_soort, onderwerp_id)


class DataKeyDestroyed(FieldIntegrityError):
    """The data key a value was sealed under is gone (its subject's keys were destroyed): the
    value can never be opened again. Not a sign of tampering; a list shows it as hidden."""


class NoDataSubject(RuntimeError):
    """A personal field of a row whose data subject cannot be told: a programming error (a
    model without a rule in subject_of), never sealed under a shared key instead."""


class _Expiring:
    """A bounded LRU whose entries expire a fixed time after they were put in."""

    def __init__(self, size: int, ttl: float, clock: Callable[[], float]) -> None:
        self._size, self._ttl, self._clock = size, ttl, clock
        self._entries: OrderedDict[Any, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            found = self._entries.get(key)
            if found is None:
                return None
            if found[0] <= self._clock():
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return found[1]

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            self._entries[key] = (self._clock() + self._ttl, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)

    def drop(self, key: Any) -> None:
        with self._lock:
            self._entries.pop(key, None)


class Envelope:
    """What a process holds: the KEK provider, the legacy key and the cache of unwrapped DEKs."""

    def __init__(
        self,
        keks: KeyEncryptionKeys,
        legacy: FieldCipher,
        *,
        cache_size: int = 4096,
        ttl: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.keks = keks
        self.legacy = legacy
        self._deks = _Expiring(cache_size, ttl, clock)  # dek id -> AESGCM
        self._newest = _Expiring(cache_size, ttl, clock)  # subject -> dek id

    def keys_for(self, session: Session) -> FieldKeys:
        """The field keys of one transaction (a request, a worker batch)."""
        return FieldKeys(self, session)

    def forget(self, subject: Subject, dek_ids: Iterable[str] = ()) -> None:
        """Drops a subject's keys from this process's cache (after destroying them)."""
        self._newest.drop(subject)
        for dek_id in dek_ids:
            self._deks.drop(dek_id)


class FieldKeys:
    """Seals and opens fields within one transaction. DEKs it makes are written by
    write_new() in that transaction and published to the process cache by committed()."""

    def __init__(self, envelope: Envelope, session: Session) -> None:
        self._envelope = envelope
        self._session = session
        self._new: dict[Subject, DataKey] = {}  # made here, not yet committed
        self._known: dict[str, AESGCM] = {}  # unwrapped or made in this transaction
        self._case_youth: dict[str, str] = {}

    # -- sealing ----------------------------------------------------------------------------
    def seal(self, plaintext: str, place: FieldPlace, subject: Subject) -> str:
        dek_id, aead = self._dek_of(subject)
        nonce = secrets.token_bytes(_NONCE_BYTES)
        sealed = aead.encrypt(nonce, plaintext.encode("utf-8"), place.associated_data())
        return f"{FORMAT}.{dek_id}.{b64e(nonce + sealed)}"

    def _dek_of(self, subject: Subject) -> tuple[str, AESGCM]:
        made = self._new.get(subject)
        if made is not None:
            return made.id, self._known[made.id]
        dek_id = self._envelope._newest.get(subject)
        if dek_id is not None:
            aead = self._aead(dek_id)
            if aead is not None:
                return dek_id, aead
        newest = self._session.scalars(
            select(DataKey)
            .where(DataKey.onderwerp_soort == subject[0], DataKey.onderwerp_id == subject[1])
            .order_by(DataKey.aangemaakt_op.desc(), DataKey.id)
            .limit(1)
        ).first()
        if newest is not None:
            self._remember(newest)
            self._envelope._newest.put(subject, newest.id)
            return newest.id, self._known[newest.id]
        return self._make(subject)

    def _make(self, subject: Subject) -> tuple[str, AESGCM]:
        dek = secrets.token_bytes(32)
        dek_id = new_id()
        kek_id, wrapped = self._envelope.keks.wrap(
            dek, data_key_binding(dek_id, subject[0], subject[1])
        )
        row = DataKey(
            id=dek_id,
            onderwerp_soort=subject[0],
            onderwerp_id=subject[1],
            kek_id=kek_id,
            verpakt=wrapped,
            aangemaakt_op=utcnow(),
        )
        self._new[subject] = row
        self._known[dek_id] = AESGCM(dek)
        return dek_id, self._known[dek_id]

    def write_new(self) -> None:
        """Writes the DEKs made in this transaction (at its end, after any savepoint)."""
        if self._new:
            insert_rows(self._session.connection(), list(self._new.values()))

    def committed(self) -> None:
        """The transaction committed: its new DEKs are for every request of this process."""
        for subject, row in self._new.items():
            self._envelope._deks.put(row.id, self._known[row.id])
            self._envelope._newest.put(subject, row.id)
        self._new = {}

    def rolled_back(self) -> None:
        """The transaction is undone: the DEKs it made never existed."""
        for row in self._new.values():
            self._known.pop(row.id, None)
        self._new = {}

    # -- opening ----------------------------------------------------------------------------
    def open(self, token: str, place: FieldPlace) -> str:
        if not token.startswith(FORMAT + "."):
            return self._envelope.legacy.open(token, place)
        try:
            _, dek_id, body = token.split(".", 2)
        except ValueError:
            raise FieldIntegrityError(f"{place.table}.{place.column}: malformed") from None
        aead = self._aead(dek_id)
        if aead is None:
            self._load(self._unseen_around(dek_id))
            aead = self._aead(dek_id)
        if aead is None:
            raise DataKeyDestroyed(f"{place.table}.{place.column}: its data key is destroyed")
        try:
            raw = b64d(body)
            plain = aead.decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], place.associated_data())
        except (InvalidTag, ValueError):
            raise FieldIntegrityError(
                f"{place.table}.{place.column}: does not belong to this row"
            ) from None
        return plain.decode("utf-8")

    def _aead(self, dek_id: str) -> AESGCM | None:
        aead = self._known.get(dek_id)
        if aead is None:
            aead = self._envelope._deks.get(dek_id)
            if aead is not None:
                self._known[dek_id] = aead
        return aead

    def _unseen_around(self, dek_id: str) -> list[str]:
        """The DEK asked for, and every other DEK named by a sealed field of a row this session
        loaded (a list of many youths) that is not cached yet: read in one go."""
        wanted = {dek_id}
        for row in list(self._session.identity_map.values()):
            for column in encrypted_columns(type(row)):
                value = getattr(row, column, None)
                if isinstance(value, str) and value.startswith(FORMAT + "."):
                    other = value.split(".", 2)[1]
                    if other not in self._known and self._envelope._deks.get(other) is None:
                        wanted.add(other)
        return sorted(wanted)

    def _load(self, dek_ids: list[str]) -> None:
        for start in range(0, len(dek_ids), _BATCH):
            chunk = dek_ids[start : start + _BATCH]
            for row in self._session.scalars(select(DataKey).where(DataKey.id.in_(chunk))):
                self._remember(row)

    def _remember(self, row: DataKey) -> None:
        try:
            dek = self._envelope.keks.unwrap(row.kek_id, row.verpakt, row.associated_data())
        except WrappedKeyDamaged:
            raise FieldIntegrityError("a data key does not unwrap: altered or moved") from None
        self._known[row.id] = AESGCM(dek)
        self._envelope._deks.put(row.id, self._known[row.id])

    # -- whose field ------------------------------------------------------------------------
    def subject_of(self, row: Base, pending: Iterable[Base] = ()) -> Subject:
        """The data subject of a row: the youth it names (`youth_column`, else `jongere_id`);
        the youth of the case it names (`casus_id`); the youth group it names
        (`jeugdgroep_id`); else the row itself when its model is a subject (`subject_kind`)."""
        youth = getattr(row, getattr(type(row), "youth_column", "jongere_id"), None)
        if youth is not None:
            return ("jongere", str(youth))
        casus_id = getattr(row, "casus_id", None)
        if casus_id is not None:
            return ("jongere", self._youth_of_case(str(casus_id), pending))
        group = getattr(row, "jeugdgroep_id", None)
        if group is not None:
            return ("jeugdgroep", str(group))
        kind = getattr(type(row), "subject_kind", None)
        own = getattr(row, "id", None)
        if kind is not None and own is not None:
            return (str(kind), str(own))
        raise NoDataSubject(f"{row.__tablename__}: no data subject to seal its fields under")

    def _youth_of_case(self, casus_id: str, pending: Iterable[Base]) -> str:
        youth = self._case_youth.get(casus_id)
        if youth is None:
            for row in pending:  # a case made in this request, not yet written
                if row.__tablename__ == "casussen" and str(getattr(row, "id")) == casus_id:  # noqa: B009
                    youth = str(getattr(row, "jongere_id"))  # noqa: B009
            if youth is None:
                cases = Base.metadata.tables["casussen"]
                found = self._session.execute(
                    select(cases.c.jongere_id).where(cases.c.id == casus_id)
                ).scalar()
                if found is None:
                    raise NoDataSubject(f"case {casus_id} unknown: no youth to seal under")
                youth = str(found)
            self._case_youth[casus_id] = youth
        return youth


_ENCRYPTED: dict[type[Any], tuple[str, ...]] = {}


def encrypted_columns(model: type[Any]) -> tuple[str, ...]:
    """The sealed columns of a model (none for what is not a mapped model)."""
    found = _ENCRYPTED.get(model)
    if found is None:
        try:
            columns = inspect_model(model).columns
        except Exception:  # not a mapped model
            columns = None
        found = tuple(c.key for c in columns if c.info.get("encrypted")) if columns else ()
        _ENCRYPTED[model] = found
    return found
