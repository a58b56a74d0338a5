"""Everything a running app holds: settings, database, keys, the policy engine, OAuth."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from api.db import make_engine, session_factory
from api.referentie.service import ReferenceCache
from api.security import audit
from api.security.audit.keys import SigningKeyFile
from api.security.blind_index_keys import BSN, PAND, BlindIndexKeys, RotatingIndex
from api.security.clients import ClientStatus
from api.security.crypto import BlindIndex, load_keyring
from api.security.envelope import Envelope
from api.security.kek import load_kek_provider
from api.security.policy import PolicyEngine
from api.security.signing_keys import KeysetFile
from api.security.throttle import ThrottleLimits, TokenThrottle
from api.security.tokens import AccessTokenValidator, TokenServer
from api.settings import Settings


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    envelope: Envelope  # data keys per data subject, wrapped by the KEK provider
    bsn_index: RotatingIndex  # under both keys while a re-index runs (docs/keys.md)
    pand_index: RotatingIndex
    bsn_pseudonyms: BlindIndex  # a BSN as a refusal's record names it (the pseudonym key)
    digests: BlindIndex
    policy: PolicyEngine
    token_server: TokenServer
    token_validator: AccessTokenValidator
    signing_keys: KeysetFile  # read again after a rotation or withdrawal
    reference: ReferenceCache
    audit_key: SigningKeyFile  # read again after a key rotation
    pseudonyms: BlindIndex
    client_status: ClientStatus  # asked per request: a disabled client's tokens stop at once
    token_throttle: TokenThrottle

    revision_seen: str | None = None

    def note_revision(self, revision: str | None) -> bool:
        """True the first time this process sees a policy revision (a change of covenants)."""
        if revision is None or revision == self.revision_seen:
            return False
        self.revision_seen = revision
        return True

    def commit_with_records(self, session: Session, entries: list[dict[str, Any]]) -> None:
        """Commits a transaction together with its audit records (both or neither); the worker
        gives them their place in the chain moments later."""
        audit.append(session, entries)
        session.commit()

    def pseudonym(self, jongere_id: str | None) -> str | None:
        """The youth as the audit log names them: a keyed hash of their id."""
        return self.pseudonyms.digest(jongere_id) if jongere_id else None

    @classmethod
    def build(cls, settings: Settings) -> Runtime:
        engine = make_engine(settings.database_url, settings.database_role, settings.db_pool_size)
        sessions = session_factory(engine)
        keyring = load_keyring(settings)
        blind_indexes = BlindIndexKeys(settings, keyring.blind_index_key)
        signing_keys = KeysetFile(settings)
        audit_key = SigningKeyFile(
            settings.keys_dir, production=settings.environment == "production"
        )
        return cls(
            settings=settings,
            engine=engine,
            sessions=sessions,
            envelope=Envelope(load_kek_provider(settings), keyring.cipher()),
            bsn_index=blind_indexes.rotating(BSN),
            pand_index=blind_indexes.rotating(PAND),
            bsn_pseudonyms=keyring.bsn_pseudonyms(),
            digests=keyring.digests(),
            policy=PolicyEngine(
                settings.opa_url,
                decision_path=settings.opa_decision_path,
                timeout_seconds=settings.opa_timeout_seconds,
            ),
            token_server=TokenServer(settings, signing_keys, sessions),
            token_validator=AccessTokenValidator(settings, signing_keys),
            signing_keys=signing_keys,
            reference=ReferenceCache(sessions),
            audit_key=audit_key,
            pseudonyms=keyring.pseudonyms(),
            client_status=ClientStatus(sessions, settings.client_status_seconds),
            token_throttle=TokenThrottle(
                sessions,
                keyring.digests(),
                ThrottleLimits(
                    settings.token_failure_window_seconds,
                    settings.token_failures_per_address,
                    settings.token_failures_per_client_address,
                ),
            ),
        )


# The runtime of the app serving the current request; set by a middleware so that input
# validators can consult reference data in the database (signal categories).
current_runtime: ContextVar[Runtime] = ContextVar("current_runtime")
