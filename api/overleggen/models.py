from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
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


class OverlegUitkomst(Base):
    """What a meeting decided about a youth on its agenda: a decision, agreements with an owner
    and a date, and what the decision recorded elsewhere (a professional judgement, the plan
    items an ICO agreed). The meeting's kind decides its category: a signaaloverleg's outcome is
    `signaal` data, the others' `plan` (api/overleggen/uitkomsten.py overrides the columns')."""

    __tablename__ = "overleg_uitkomsten"
    __table_args__ = (UniqueConstraint("overleg_id", "jongere_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    overleg_id: Mapped[str] = mapped_column(ForeignKey("overleggen.id"), index=True)
    jongere_id: Mapped[str] = mapped_column(ForeignKey("jongeren.id"), index=True)
    soort: Mapped[str] = mapped_column(String(30), info=personal("plan", encrypted=False))
    besluit: Mapped[str] = mapped_column(Text, info=personal("plan"))
    # [{"omschrijving", "eigenaar", "datum", "domein"}] as JSON, sealed: free text about the youth.
    afspraken: Mapped[str] = mapped_column(Text, info=personal("plan"))
    professioneel_oordeel_id: Mapped[str | None] = mapped_column(
        ForeignKey("professionele_oordelen.id"), info=personal("plan", encrypted=False)
    )
    casus_id: Mapped[str | None] = mapped_column(
        ForeignKey("casussen.id"), info=personal("plan", encrypted=False)
    )
    # The plan items the agreements became (an ICO), in the order of the agreements.
    planactie_ids: Mapped[list[str] | None] = mapped_column(
        JSON, info=personal("plan", encrypted=False)
    )
    bron_org: Mapped[str] = mapped_column(String(40))
    vastgelegd_door: Mapped[str] = mapped_column(String(64))  # the client that recorded it
    geregistreerd_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
