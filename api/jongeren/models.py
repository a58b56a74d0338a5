from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, UtcDateTime, new_id, utcnow
from api.security.categories import personal


class Jongere(Base):
    """A youth. Identity fields are sealed per field; the BSN is found through its blind index."""

    __tablename__ = "jongeren"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    bsn_index: Mapped[str | None] = mapped_column(
        String(64), unique=True, info={"blind_index_of": "bsn"}
    )
    bsn: Mapped[str | None] = mapped_column(Text, info=personal("identiteit"))
    voornamen: Mapped[str] = mapped_column(Text, info=personal("identiteit"))
    achternaam: Mapped[str] = mapped_column(Text, info=personal("identiteit"))
    geboortedatum: Mapped[str] = mapped_column(Text, info=personal("identiteit"))
    geregistreerd_door: Mapped[str] = mapped_column(String(40))
    geregistreerd_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
