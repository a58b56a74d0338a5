"""Everything a running app holds: settings, database, keys, the policy engine, OAuth."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from api.db import make_engine, session_factory
from api.referentie.service import ReferenceCache
from api.security.crypto import BlindIndex, FieldCipher, load_keyring
from api.security.policy import PolicyEngine
from api.security.tokens import (
    AccessTokenValidator,
    TokenServer,
    load_signing_key,
    public_jwks,
)
from api.settings import Settings


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    cipher: FieldCipher
    bsn_index: BlindIndex
    digests: BlindIndex
    policy: PolicyEngine
    token_server: TokenServer
    token_validator: AccessTokenValidator
    jwks: dict[str, object]
    reference: ReferenceCache

    @classmethod
    def build(cls, settings: Settings) -> Runtime:
        engine = make_engine(settings.database_url)
        sessions = session_factory(engine)
        keyring = load_keyring(settings)
        signing_key = load_signing_key(settings)
        return cls(
            settings=settings,
            engine=engine,
            sessions=sessions,
            cipher=keyring.cipher(),
            bsn_index=keyring.bsn_index(),
            digests=keyring.digests(),
            policy=PolicyEngine(
                settings.opa_url,
                decision_path=settings.opa_decision_path,
                timeout_seconds=settings.opa_timeout_seconds,
            ),
            token_server=TokenServer(settings, signing_key, sessions),
            token_validator=AccessTokenValidator(settings, signing_key),
            jwks=public_jwks(signing_key),
            reference=ReferenceCache(sessions),
        )


# The runtime of the app serving the current request; set by a middleware so that input
# validators can consult reference data in the database (signal categories).
current_runtime: ContextVar[Runtime] = ContextVar("current_runtime")
