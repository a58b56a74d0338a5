from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, UtcDateTime, new_id, utcnow
from api.security.categories import personal


class Overleg(Base):
    """A meeting: signaaloverleg, casusoverleg, ketenoverleg or ico. No personal data itself."""

    __tablename__ = "overleggen"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    soort: Mapped[str] = mapped_column(String(40))
    datum: Mapped[date] = mapped_column(Date)
    deelnemers: Mapped[list[str]] = mapped_column(JSON)
    aangemaakt_door: Mapped[str] = mapped_column(String(40))
    aangemaakt_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Agendapunt(Base):
    """A youth on a meeting's agenda: that the youth is discussed is identity data."""

    __tablename__ = "agendapunten"
    __table_args__ = (UniqueConstraint("overleg_id", "jongere_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    overleg_id: Mapped[str] = mapped_column(ForeignKey("overleggen.id"), index=True)
    jongere_id: Mapped[str] = mapped_column(
        ForeignKey("jongeren.id"), info=personal("identiteit", encrypted=False)
    )
    volgorde: Mapped[int] = mapped_column(Integer)
    toegevoegd_door: Mapped[str] = mapped_column(String(40))
