from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, UtcDateTime, new_id, utcnow
from api.security.categories import personal


class Jongere(Base):
    """A youth. Identity fields are sealed per field; the BSN is found through its blind index."""

    __tablename__ = "jongeren"
    # The youth a row of this table is about (api/security/permit.py): the row itself.
    youth_column: ClassVar[str] = "id"

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
    # Set while this record is merged into another youth (the same person); undone by a reversal.
    # (No foreign key: adding one would make SQLite rebuild this table, and the service keeps the
    # pointer honest; samenvoegingen holds the checked history.)
    samengevoegd_in: Mapped[str | None] = mapped_column(String(36))
    # The tombstone of a youth whose data was destroyed (crypto-shredding, docs/retentie.md):
    # when, and why (`bewaartermijn` or `verzoek_betrokkene`). A read then answers 410 Gone.
    vernietigd_op: Mapped[datetime | None] = mapped_column(UtcDateTime)
    vernietigingsgrond: Mapped[str | None] = mapped_column(String(40))


class Samenvoeging(Base):
    """A merge of two records of the same youth, kept so that it can be reversed exactly."""

    __tablename__ = "samenvoegingen"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    doel_id: Mapped[str] = mapped_column(ForeignKey("jongeren.id"))
    bron_id: Mapped[str] = mapped_column(ForeignKey("jongeren.id"))
    # The signals moved from bron to doel: exactly these go back on reversal.
    verplaatste_signalen: Mapped[list[str]] = mapped_column(JSON)
    door_org: Mapped[str] = mapped_column(String(40))
    samengevoegd_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    teruggedraaid_op: Mapped[datetime | None] = mapped_column(UtcDateTime)
