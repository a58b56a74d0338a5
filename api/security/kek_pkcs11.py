"""KEKs in a PKCS#11 token (an HSM; tested against SoftHSM2): the key never leaves the token.

Each KEK is an AES-256 secret key generated inside the token (a token object, sensitive, never
extractable) with the label ``aanwas-kek-<kid>``. The kid carries the key's creation time
(``20261206T042100123456Z-1a2b3c4d``), so the provider reads the keyset back from what the token
holds and needs no other store:

- **the primary is the newest key.** A rotation is one C_GenerateKey of a newer key, which the
  token makes atomically: there is no marker to move and nothing half-done if a process dies. A
  rotation never dates its key before the newest key the token already holds, so a clock that
  is behind cannot make a new key older than the primary.
- **several API processes** each keep the list they last read: a process reads it again for the
  primary once its list is older than `REFRESH_SECONDS`, and at once when it meets a kid it does
  not know (a DEK wrapped by another process under a newer key). A process may thus wrap under
  the previous primary for up to `REFRESH_SECONDS` after a rotation; that key still unwraps,
  and `aanwas keys rewrap` (run after the rotation) moves those DEKs too.

Wrapping is AES-GCM inside the token (C_Encrypt) with a random 12-byte IV and the associated data
as AAD: the stored value is IV || ciphertext || tag. A DEK moved to another row, or altered,
fails the tag check and is reported as damaged. Random 96-bit IVs keep GCM safe for 2^32 wraps
under one KEK (NIST SP 800-38D), far beyond a KEK's life between rotations.

PKCS#11 logs in per process, not per session. python-pkcs11 initialises the module without OS
locking (C_Initialize(NULL)), which tells the module that the application calls it from one
thread at a time: concurrent calls crash SoftHSM2. So every call into a token goes through one
process-wide lock, each provider keeps one session, and a broken session is opened anew.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import secrets
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pkcs11
from pkcs11 import Attribute, KeyType, Mechanism, MechanismFlag, ObjectClass
from pkcs11 import exceptions as p11
from pkcs11.mechanisms import GCMParams

from api.security.kek import KekInfo, KekRefused, KekUnavailable, WrappedKeyDamaged

if TYPE_CHECKING:
    from api.settings import Settings

logger = logging.getLogger(__name__)

LABEL_PREFIX = "aanwas-kek-"
REFRESH_SECONDS = 2.0
IV_BYTES = 12
TAG_BYTES = 16
_KID = re.compile(r"^(\d{8}T\d{12}Z)-[0-9a-f]{8}$")
_STAMP = "%Y%m%dT%H%M%S%fZ"
_T = TypeVar("_T")

# A key handle whose object another process destroyed: the session is dropped (its handles are
# stale) and the work retried once in a new one.
_HANDLE_GONE = (p11.ObjectHandleInvalid, p11.KeyHandleInvalid)
# A session that no longer works (token removed, module re-initialised, login lost): the provider
# logs in again and retries once.
_SESSION_GONE = (
    *_HANDLE_GONE,
    p11.SessionClosed,
    p11.SessionHandleInvalid,
    p11.DeviceRemoved,
    p11.TokenNotPresent,
    p11.UserNotLoggedIn,
)
# What a token answers when a wrapped DEK does not open (SoftHSM2 says CKR_GENERAL_ERROR).
_DOES_NOT_OPEN = (
    p11.EncryptedDataInvalid,
    p11.EncryptedDataLenRange,
    p11.DataInvalid,
    p11.DataLenRange,
    p11.GeneralError,
)

# One library object per module path for the whole process: a second C_Initialize is an error,
# and a library object that is collected finalizes the module (logging every session out).
_LIBRARIES: dict[str, Any] = {}
# The PIN each token was logged in with by this process, as an HMAC under a per-process key:
# a later provider for the same token (login is per process) must bring the same PIN.
_LOGINS: dict[tuple[str, str], bytes] = {}
_PROCESS_KEY = secrets.token_bytes(32)
# Every call into a PKCS#11 module, from any thread (see the docstring).
_TOKEN_CALLS = threading.RLock()


def kid_created(kid: str) -> datetime:
    """The creation time a kid carries (UTC)."""
    match = _KID.match(kid)
    if match is None:
        raise ValueError(f"not a PKCS#11 KEK id: {kid!r}")
    return datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)


def _new_kid(not_before: datetime | None) -> str:
    created = datetime.now(UTC)
    if not_before is not None and created <= not_before:
        created = not_before + timedelta(microseconds=1)
    return f"{created.strftime(_STAMP)}-{secrets.token_hex(4)}"


def _pin_digest(pin: str) -> bytes:
    return hmac.new(_PROCESS_KEY, pin.encode(), hashlib.sha256).digest()


@dataclass(frozen=True)
class _Listing:
    kids: tuple[str, ...]  # newest first
    read_at: float

    @property
    def primary(self) -> str | None:
        return self.kids[0] if self.kids else None


class _Session:
    """One PKCS#11 session and the key objects found in it (handles are per session)."""

    def __init__(self, session: Any) -> None:
        self.session = session
        self.found: dict[str, Any] = {}

    def key(self, kid: str) -> Any | None:
        if kid not in self.found:
            try:
                self.found[kid] = self.session.get_key(
                    object_class=ObjectClass.SECRET_KEY,
                    key_type=KeyType.AES,
                    label=LABEL_PREFIX + kid,
                )
            except p11.NoSuchKey:
                return None
        return self.found[kid]

    def list_kids(self) -> list[str]:
        objects = self.session.get_objects(
            {Attribute.CLASS: ObjectClass.SECRET_KEY, Attribute.KEY_TYPE: KeyType.AES}
        )
        kids = []
        for obj in objects:
            label = obj[Attribute.LABEL]
            if label.startswith(LABEL_PREFIX) and _KID.match(label[len(LABEL_PREFIX) :]):
                kids.append(label[len(LABEL_PREFIX) :])
        return sorted(kids, key=lambda kid: (kid_created(kid), kid), reverse=True)


class Pkcs11KeyEncryptionKeys:
    """A KEK keyset held by one PKCS#11 token; safe to use from several threads."""

    provider = "pkcs11"

    def __init__(self, module: str, token_label: str, pin: str) -> None:
        self._module = module
        self._token_label = token_label
        self._where = f"token {token_label!r} in {module}"
        self._token = self._find_token(module, token_label)
        self._pin = pin
        self._current: _Session | None = None
        self._pid = os.getpid()
        self._listing_lock = threading.Lock()
        self._listing = _Listing((), 0.0)
        self._login()

    @classmethod
    def from_settings(cls, settings: Settings) -> Pkcs11KeyEncryptionKeys:
        """The provider for AANWAS_KEK_PROVIDER=pkcs11; KekUnavailable names a missing setting."""
        if not settings.pkcs11_module:
            raise KekUnavailable(
                "AANWAS_PKCS11_MODULE is not set: give the path of the token's PKCS#11 library "
                "(SoftHSM2: /usr/lib/softhsm/libsofthsm2.so)"
            )
        if not settings.pkcs11_token_label:
            raise KekUnavailable(
                "AANWAS_PKCS11_TOKEN_LABEL is not set: give the label the token was created with"
            )
        keks = cls(settings.pkcs11_module, settings.pkcs11_token_label, _read_pin(settings))
        if settings.environment != "production" and not keks.keys():
            # Like the file provider's keyset: made on first start, outside production only (in
            # production an empty token is more likely the wrong token than a new one).
            logger.info("made the first KEK %s in %s", keks.rotate(), keks._where)
        return keks

    # The protocol

    def primary(self) -> str:
        listing = self._listing
        if time.monotonic() - listing.read_at > REFRESH_SECONDS or listing.primary is None:
            listing = self._relist()
        if listing.primary is None:
            raise KekUnavailable(
                f"{self._where} holds no KEK ({LABEL_PREFIX}*): make the first with "
                "`python -m api.security.kek_pkcs11_cli rotate` (docs/keys.md)"
            )
        return listing.primary

    def keys(self) -> list[KekInfo]:
        listing = self._relist()
        return [
            KekInfo(kid=kid, created=kid_created(kid).isoformat(), primary=kid == listing.primary)
            for kid in listing.kids
        ]

    def wrap(self, dek: bytes, associated_data: bytes) -> tuple[str, bytes]:
        kid = self.primary()
        try:
            return kid, self._wrap_under(kid, dek, associated_data)
        except KekUnavailable:
            # The primary this process knew was retired since (after a rotation elsewhere).
            newer = self._relist().primary
            if newer in (None, kid):
                raise
            assert newer is not None
            return newer, self._wrap_under(newer, dek, associated_data)

    def _wrap_under(self, kid: str, dek: bytes, associated_data: bytes) -> bytes:
        iv = os.urandom(IV_BYTES)

        def encrypt(session: _Session) -> bytes:
            sealed: bytes = self._key(session, kid).encrypt(
                dek, mechanism=Mechanism.AES_GCM, mechanism_param=GCMParams(iv, associated_data)
            )
            return sealed

        return iv + self._run(encrypt)

    def unwrap(self, kid: str, wrapped: bytes, associated_data: bytes) -> bytes:
        if not _KID.match(kid):
            raise KekUnavailable(
                f"{kid!r} is not a KEK id of the PKCS#11 provider: it was wrapped under another "
                "provider; set AANWAS_KEK_PROVIDER to the one that holds it"
            )
        if kid not in self._listing.kids:
            self._relist()
        if kid not in self._listing.kids:
            raise KekUnavailable(self._gone(kid))
        if len(wrapped) < IV_BYTES + TAG_BYTES:
            raise WrappedKeyDamaged(f"the DEK wrapped by KEK {kid} is too short to be one")
        iv, sealed = wrapped[:IV_BYTES], wrapped[IV_BYTES:]

        def decrypt(session: _Session) -> bytes:
            key = self._key(session, kid)
            try:
                dek: bytes = key.decrypt(
                    sealed,
                    mechanism=Mechanism.AES_GCM,
                    mechanism_param=GCMParams(iv, associated_data),
                )
            except _DOES_NOT_OPEN as exc:
                raise WrappedKeyDamaged(
                    f"the DEK wrapped by KEK {kid} does not open for its row: it was altered or "
                    "copied from another row; restore the row from a backup"
                ) from exc
            return dek

        return self._run(decrypt)

    def rotate(self) -> str:
        newest = self._relist().primary
        kid = _new_kid(kid_created(newest) if newest else None)

        def generate(session: _Session) -> None:
            session.session.generate_key(
                KeyType.AES,
                256,
                label=LABEL_PREFIX + kid,
                id=kid.encode(),
                store=True,
                capabilities=MechanismFlag.ENCRYPT | MechanismFlag.DECRYPT,
                template={
                    Attribute.TOKEN: True,
                    Attribute.PRIVATE: True,
                    Attribute.SENSITIVE: True,
                    Attribute.EXTRACTABLE: False,
                    Attribute.MODIFIABLE: False,
                    Attribute.WRAP: False,
                    Attribute.UNWRAP: False,
                    Attribute.SIGN: False,
                    Attribute.VERIFY: False,
                    Attribute.DERIVE: False,
                },
            )

        self._run(generate)
        self._relist()
        return kid

    def retire(self, kid: str) -> None:
        listing = self._relist()
        if kid not in listing.kids:
            raise KekUnavailable(
                f"{self._where} holds no KEK {kid!r}: `aanwas keys list` shows the ones it holds"
            )
        if kid == listing.primary:
            raise KekRefused(
                f"KEK {kid} is the primary: rotate first (`aanwas keys rotate`), rewrap, then "
                "retire it"
            )

        def destroy(session: _Session) -> None:
            key = session.key(kid)
            if key is not None:
                key.destroy()

        self._run(destroy)
        self._relist()

    # The token

    @staticmethod
    def _find_token(module: str, token_label: str) -> Any:
        with _TOKEN_CALLS:
            library = _LIBRARIES.get(module)
            if library is None:
                try:
                    library = pkcs11.lib(module)
                except p11.PKCS11Error as exc:
                    raise KekUnavailable(
                        f"the PKCS#11 library {module} does not load: check "
                        "AANWAS_PKCS11_MODULE (SoftHSM2: /usr/lib/softhsm/libsofthsm2.so)"
                    ) from exc
                _LIBRARIES[module] = library
        try:
            return library.get_token(token_label=token_label)
        except p11.NoSuchToken as exc:
            raise KekUnavailable(
                f"{module} has no token labelled {token_label!r}: check "
                "AANWAS_PKCS11_TOKEN_LABEL, or create the token (docs/keys.md)"
            ) from exc
        except p11.PKCS11Error as exc:
            raise KekUnavailable(f"the token {token_label!r} in {module} cannot be read") from exc

    def _login(self) -> None:
        """Logs in (once per process and token) and puts the first session in the pool."""
        login = (self._module, self._token_label)
        with _TOKEN_CALLS:
            known = _LOGINS.get(login)
            if known is not None:
                if not hmac.compare_digest(known, _pin_digest(self._pin)):
                    raise KekUnavailable(self._wrong_pin())
                self._current = self._open()
                return
            try:
                session = self._token.open(user_pin=self._pin, rw=True)
            except (p11.PinIncorrect, p11.PinInvalid, p11.PinLenRange) as exc:
                raise KekUnavailable(self._wrong_pin()) from exc
            except p11.PinLocked as exc:
                raise KekUnavailable(
                    f"the user PIN of {self._where} is locked: the token's security officer "
                    "must set a new one (softhsm2-util / the HSM's tools)"
                ) from exc
            except p11.UserAlreadyLoggedIn:
                session = self._token.open(rw=True)  # logged in by other code in this process
            except p11.PKCS11Error as exc:
                raise KekUnavailable(f"{self._where} does not open a session") from exc
            _LOGINS[login] = _pin_digest(self._pin)
            self._current = _Session(session)

    def _relogin(self) -> None:
        """The module logged this process out (it was finalised, or the token reset): log in
        again with this provider's PIN (private objects are invisible to a session without)."""
        with _TOKEN_CALLS:
            _LOGINS.pop((self._module, self._token_label), None)
            self._login()

    def _wrong_pin(self) -> str:
        return (
            f"{self._where} refuses the PIN: check AANWAS_PKCS11_PIN or AANWAS_PKCS11_PIN_FILE "
            "(the token's user PIN, not the SO PIN)"
        )

    def _open(self) -> _Session:
        try:
            return _Session(self._token.open(rw=True))
        except p11.PKCS11Error as exc:
            raise KekUnavailable(f"{self._where} does not open a session") from exc

    def _run(self, work: Callable[[_Session], _T]) -> _T:
        if os.getpid() != self._pid:
            # A forked child shares the parent's module state, which PKCS#11 forbids using.
            raise KekUnavailable(
                f"this PKCS#11 provider for {self._where} was made before the process forked: "
                "make the provider in each process (the API does, in each worker)"
            )
        for attempt in (1, 2):
            try:
                with _TOKEN_CALLS:
                    if self._current is None:
                        self._current = self._open()
                    return work(self._current)
            except (KekUnavailable, WrappedKeyDamaged, KekRefused):
                raise
            except _SESSION_GONE as exc:
                self._drop_session()  # its key handles may be stale: a new session finds them
                if not isinstance(exc, _HANDLE_GONE):
                    self._relogin()
                if attempt == 2:
                    raise KekUnavailable(f"{self._where} cannot be reached") from exc
            except p11.PKCS11Error as exc:
                raise KekUnavailable(
                    f"{self._where} refused the operation ({type(exc).__name__})"
                ) from exc
        raise AssertionError("unreachable")

    def _drop_session(self) -> None:
        with _TOKEN_CALLS:
            broken, self._current = self._current, None
            if broken is not None:
                with suppress(p11.PKCS11Error):
                    broken.session.close()

    def _relist(self) -> _Listing:
        with self._listing_lock:
            listing = _Listing(tuple(self._run(_Session.list_kids)), time.monotonic())
            self._listing = listing
            return listing

    def _key(self, session: _Session, kid: str) -> Any:
        key = session.key(kid)
        if key is None:
            raise KekUnavailable(self._gone(kid))
        return key

    def _gone(self, kid: str) -> str:
        return (
            f"{self._where} holds no KEK {kid}: it was retired or belongs to another token; "
            "restore the token from its backup, or point AANWAS_PKCS11_TOKEN_LABEL at the "
            "token that holds it"
        )


def _read_pin(settings: Settings) -> str:
    if settings.pkcs11_pin and settings.pkcs11_pin_file:
        raise KekUnavailable(
            "both AANWAS_PKCS11_PIN and AANWAS_PKCS11_PIN_FILE are set: keep one of them"
        )
    if settings.pkcs11_pin:
        return settings.pkcs11_pin
    if settings.pkcs11_pin_file:
        path = Path(settings.pkcs11_pin_file)
        try:
            pin = path.read_text(encoding="utf-8").removesuffix("\n").removesuffix("\r")
        except OSError as exc:
            raise KekUnavailable(
                f"the PIN file {path} cannot be read: check AANWAS_PKCS11_PIN_FILE and its "
                "permissions"
            ) from exc
        if not pin:
            raise KekUnavailable(f"the PIN file {path} is empty: put the token's user PIN in it")
        return pin
    raise KekUnavailable(
        "no PIN for the PKCS#11 token: set AANWAS_PKCS11_PIN_FILE (a mounted secret) or "
        "AANWAS_PKCS11_PIN"
    )
