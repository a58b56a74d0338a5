"""Data keys (DEKs): one or more per data subject, stored wrapped by a KEK.

A youth's personal fields are sealed under a DEK of their own (envelope encryption), so that
destroying the youth's DEKs makes every copy of their fields unreadable (crypto-shredding),
backups included. Rows about no youth have a subject of their own: a youth group
("jeugdgroep"), a premises closure with no youth ("maatregel").

There is no unique constraint on the subject: two requests that seal for the same new youth at
once may each make a DEK; both stay valid, and all of a subject's DEKs go together.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import LargeBinary, String, delete
from sqlalchemy.orm import Mapped, Session, mapped_column

from api.db import Base, UtcDateTime, new_id, utcnow
from api.security.categories import not_personal


class DataKey(Base):
    __tablename__ = "datasleutels"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    onderwerp_soort: Mapped[str] = mapped_column(
        String(20), info=not_personal("the kind of data subject: jongere, jeugdgroep, ...")
    )
    onderwerp_id: Mapped[str] = mapped_column(
        String(36), index=True, info=not_personal("an internal id, as in every foreign key")
    )
    kek_id: Mapped[str] = mapped_column(String(64), index=True)
    verpakt: Mapped[bytes] = mapped_column(
        LargeBinary, info=not_personal("the data key, wrapped by the KEK kek_id")
    )
    aangemaakt_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    def associated_data(self) -> bytes:
        """Binds the wrapped key to this data key: moved to another row, it does not unwrap."""
        return data_key_binding(self.id, self.onderwerp_soort, self.onderwerp_id)


def data_key_binding(dek_id: str, soort: str, onderwerp_id: str) -> bytes:
    return f"datasleutel\x1f{dek_id}\x1f{soort}\x1f{onderwerp_id}".encode()


def destroy_data_keys(session: Session, soort: str, onderwerp_id: str) -> int:
    """Deletes every DEK of a data subject (in the caller's transaction); returns how many.
    Other processes stop opening the subject's fields when their cached key expires."""
    done = session.execute(
        delete(DataKey).where(
            DataKey.onderwerp_soort == soort, DataKey.onderwerp_id == onderwerp_id
        )
    )
    return int(getattr(done, "rowcount", 0) or 0)
