"""Risk and protective factors, Opiumwet antecedents, and the doelgroeptoets derived from them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, UtcDateTime, new_id, utcnow
from api.security.categories import personal


class Factor(Base):
    """A risk or protective factor a partner established, in one of the five life domains."""

    __tablename__ = "factoren"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    jongere_id: Mapped[str] = mapped_column(ForeignKey("jongeren.id"), index=True)
    soort: Mapped[str] = mapped_column(String(20), info=personal("risico", encrypted=False))
    domein: Mapped[str] = mapped_column(String(30), info=personal("risico", encrypted=False))
    indicator: Mapped[str] = mapped_column(String(60), info=personal("risico", encrypted=False))
    omschrijving: Mapped[str | None] = mapped_column(Text, info=personal("risico"))
    vastgesteld_op: Mapped[date] = mapped_column(Date, info=personal("risico", encrypted=False))
    bron_org: Mapped[str] = mapped_column(String(40))
    geregistreerd_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Antecedent(Base):
    """An Opiumwet fact the police registered: possession, dealing or production."""

    __tablename__ = "antecedenten"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    jongere_id: Mapped[str] = mapped_column(ForeignKey("jongeren.id"), index=True)
    soort: Mapped[str] = mapped_column(String(20), info=personal("politie", encrypted=False))
    # verdachte (a police suspicion), signaal (a report, not an antecedent yet), veroordeling
    status: Mapped[str] = mapped_column(String(20), info=personal("politie", encrypted=False))
    feitdatum: Mapped[date] = mapped_column(Date, info=personal("politie", encrypted=False))
    omschrijving: Mapped[str | None] = mapped_column(Text, info=personal("politie"))
    bron_org: Mapped[str] = mapped_column(String(40))
    geregistreerd_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Doelgroeptoets(Base):
    """One target-group assessment: its inputs and reasons as they were on its date.

    Derived by the system, never typed in by a person; a new one is stored whenever an input
    changes, so the history shows why a youth was (not) proposed for the approach.
    """

    __tablename__ = "doelgroeptoetsen"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    jongere_id: Mapped[str] = mapped_column(ForeignKey("jongeren.id"), index=True)
    peildatum: Mapped[date] = mapped_column(Date)
    uitkomst: Mapped[str] = mapped_column(String(30), info=personal("risico", encrypted=False))
    leeftijd: Mapped[int | None] = mapped_column(
        Integer, info=personal("identiteit", encrypted=False)
    )
    aantal_antecedenten: Mapped[int] = mapped_column(
        Integer, info=personal("politie", encrypted=False)
    )
    antecedenten_per_soort: Mapped[dict[str, int]] = mapped_column(
        JSON, info=personal("politie", encrypted=False)
    )
    risico_indicatoren: Mapped[list[str]] = mapped_column(
        JSON, info=personal("risico", encrypted=False)
    )
    # [{"categorie": ..., "tekst": ...}]: each reason is shown only to who may see its category.
    redenen: Mapped[list[dict[str, Any]]] = mapped_column(
        JSON, info=personal("risico", encrypted=False)
    )
    aanleiding: Mapped[str] = mapped_column(String(40))
    # Which path admitted the youth: `indicatoren` (the rule) or `professioneel_oordeel` (the
    # signaaloverleg's judgement, below); none when the youth was not admitted.
    route: Mapped[str | None] = mapped_column(String(30), info=personal("risico", encrypted=False))
    professioneel_oordeel_id: Mapped[str | None] = mapped_column(
        ForeignKey("professionele_oordelen.id"), info=personal("risico", encrypted=False)
    )
    berekend_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class ProfessioneelOordeel(Base):
    """The signaaloverleg's "sterke vermoedens": professionals judge that a youth is involved
    though the signals do not (yet) add up to two indicators. With its reasons and the
    organisations that made it, it admits a youth of 12 to 21 with at most two antecedents."""

    __tablename__ = "professionele_oordelen"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    jongere_id: Mapped[str] = mapped_column(ForeignKey("jongeren.id"), index=True)
    # The reasons, as a JSON list of texts, sealed: free text about the youth.
    redenen: Mapped[str] = mapped_column(Text, info=personal("risico"))
    # Which organisations judged: that they discussed this youth is risk data too.
    deelnemers: Mapped[list[str]] = mapped_column(JSON, info=personal("risico", encrypted=False))
    overleg_id: Mapped[str | None] = mapped_column(
        ForeignKey("overleggen.id"), info=personal("risico", encrypted=False)
    )
    bron_org: Mapped[str] = mapped_column(String(40))
    vastgelegd_door: Mapped[str] = mapped_column(String(64))  # the client that recorded it
    geregistreerd_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
