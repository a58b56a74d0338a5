from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, UtcDateTime, new_id, utcnow
from api.security.categories import personal


class Signaal(Base):
    """A signal a partner pushed about a youth, from the signal card."""

    __tablename__ = "signalen"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    jongere_id: Mapped[str] = mapped_column(ForeignKey("jongeren.id"), index=True)
    categorie: Mapped[str] = mapped_column(
        ForeignKey("signaal_categorieen.code"), info=personal("signaal", encrypted=False)
    )
    omschrijving: Mapped[str | None] = mapped_column(Text, info=personal("signaal"))
    waargenomen_op: Mapped[date] = mapped_column(Date, info=personal("signaal", encrypted=False))
    wijk: Mapped[str | None] = mapped_column(String(100), info=personal("signaal", encrypted=False))
    bron_org: Mapped[str] = mapped_column(String(40))
    aangeleverd_door: Mapped[str] = mapped_column(String(64))
    geregistreerd_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
