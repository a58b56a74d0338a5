"""What the worker holds: the database, the data keys to open what a derivation reads, the
pseudonym key and the checkpoint signing key."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from api.db import make_engine, session_factory
from api.security.audit.keys import SigningKeyFile
from api.security.crypto import BlindIndex, FieldPlace, load_keyring
from api.security.envelope import Envelope
from api.security.kek import load_kek_provider
from api.settings import Settings


@dataclass
class WorkerContext:
    engine: Engine
    sessions: sessionmaker[Session]
    envelope: Envelope
    pseudonyms: BlindIndex
    audit_key: SigningKeyFile
    every_records: int
    every_seconds: float
    # The retention job's timer (api/retentie/timer.py): the covenants, and how often.
    policies_dir: Path | None = None
    retentie_seconds: float = 0

    @classmethod
    def build(cls, settings: Settings) -> WorkerContext:
        engine = make_engine(settings.database_url, settings.database_role)
        keyring = load_keyring(settings)
        return cls(
            engine=engine,
            sessions=session_factory(engine),
            envelope=Envelope(load_kek_provider(settings), keyring.cipher()),
            pseudonyms=keyring.pseudonyms(),
            audit_key=SigningKeyFile(
                settings.keys_dir, production=settings.environment == "production"
            ),
            every_records=settings.audit_checkpoint_records,
            every_seconds=settings.audit_checkpoint_seconds,
            policies_dir=settings.policies_dir,
            retentie_seconds=settings.retentie_interval_seconds,
        )

    def opener(self, session: Session) -> Callable[[str, str, str, str], str]:
        """Opens the sealed fields a derivation reads, with the data keys `session` reads;
        used there, never passed on."""
        keys = self.envelope.keys_for(session)

        def open_sealed(table: str, column: str, row_id: str, sealed: str) -> str:
            return keys.open(sealed, FieldPlace(table, column, row_id))

        return open_sealed

    def pseudonym(self, jongere_id: str) -> str:
        return self.pseudonyms.digest(jongere_id)
