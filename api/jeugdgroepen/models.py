from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, UtcDateTime, new_id, utcnow
from api.security.categories import not_personal, personal


class Jeugdgroep(Base):
    """A problematic youth group handled with the group approach (zevenstappenmodel)."""

    __tablename__ = "jeugdgroepen"
    # Its fields are sealed under the group's own data key (a row of no single youth).
    subject_kind: ClassVar[str] = "jeugdgroep"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    naam: Mapped[str] = mapped_column(
        String(200),
        info=not_personal("a working name after a place, such as 'Groep winkelcentrum Toolenburg'"),
    )
    # Observations about the group may describe its members: personal, sealed.
    omschrijving: Mapped[str | None] = mapped_column(Text, info=personal("risico"))
    aangemaakt_door: Mapped[str] = mapped_column(String(40))
    aangemaakt_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Groepslid(Base):
    """A youth's membership of a group: a risk factor, shared under the groepsaanpak covenant."""

    __tablename__ = "groepsleden"
    __table_args__ = (UniqueConstraint("jeugdgroep_id", "jongere_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    jeugdgroep_id: Mapped[str] = mapped_column(ForeignKey("jeugdgroepen.id"), index=True)
    jongere_id: Mapped[str] = mapped_column(
        ForeignKey("jongeren.id"), info=personal("risico", encrypted=False)
    )
    toegevoegd_door: Mapped[str] = mapped_column(String(40))
    toegevoegd_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Groepsstap(Base):
    """A step of the zevenstappenmodel a group reached: in order, each step once per group (the
    database keeps one row per number, so a concurrent recording of the same step loses)."""

    __tablename__ = "groepsstappen"
    __table_args__ = (UniqueConstraint("jeugdgroep_id", "nummer"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    jeugdgroep_id: Mapped[str] = mapped_column(ForeignKey("jeugdgroepen.id"), index=True)
    nummer: Mapped[int] = mapped_column(Integer)
    stap: Mapped[str] = mapped_column(String(40))
    datum: Mapped[date] = mapped_column(Date)
    # What the partners concluded may describe the group's members: personal, sealed.
    toelichting: Mapped[str | None] = mapped_column(Text, info=personal("risico"))
    vastgelegd_door: Mapped[str] = mapped_column(String(40))
    vastgelegd_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
