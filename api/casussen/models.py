"""PGA cases: status, case director, plan of action, social perspective plan, escalations."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, UtcDateTime, new_id, utcnow
from api.security.categories import not_personal, personal

_EMPLOYEE = "de casusregisseur is een medewerker van de gemeente, geen gegeven over de jongere"
_REGIE = "casusregie of procesregie: wie de casus regisseert, geen gegeven over de jongere"


# One open case per youth, kept by the database too: of two simultaneous openings, one wins.
_OPEN = text("status != 'afgesloten'")


class Casus(Base):
    __tablename__ = "casussen"
    __table_args__ = (
        Index(
            "uq_casussen_open_per_jongere",
            "jongere_id",
            unique=True,
            sqlite_where=_OPEN,
            postgresql_where=_OPEN,
        ),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    jongere_id: Mapped[str] = mapped_column(ForeignKey("jongeren.id"), index=True)
    status: Mapped[str] = mapped_column(String(30), index=True)
    casusregisseur_naam: Mapped[str] = mapped_column(String(200), info=not_personal(_EMPLOYEE))
    casusregisseur_email: Mapped[str] = mapped_column(String(200), info=not_personal(_EMPLOYEE))
    # Who directs the case: the identity of the caller that opened it or was assigned to it (a
    # client id now; a person once people log in). Name and e-mail are contact details only.
    # Null for a case opened before 0014 whose opening is no longer in the audit log.
    casusregisseur_id: Mapped[str | None] = mapped_column(
        String(200), index=True, info=not_personal(_EMPLOYEE)
    )
    # casusregie (the municipality's director leads) or procesregie (escalated to the ZVH: its
    # procesregisseur leads the process beside the director).
    regie: Mapped[str] = mapped_column(
        String(12), server_default="casusregie", info=not_personal(_REGIE)
    )
    doelgroeptoets_id: Mapped[str] = mapped_column(ForeignKey("doelgroeptoetsen.id"))
    geopend_door: Mapped[str] = mapped_column(String(40))
    geopend_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    gewijzigd_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Statuswijziging(Base):
    """The case's path through the status flow, each step with who took it and why."""

    __tablename__ = "casus_statuswijzigingen"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casussen.id"), index=True)
    van_status: Mapped[str | None] = mapped_column(String(30))
    naar_status: Mapped[str] = mapped_column(String(30))
    # The regie the case is in after this step: the history of casusregie and procesregie.
    regie: Mapped[str] = mapped_column(
        String(12), server_default="casusregie", info=not_personal(_REGIE)
    )
    reden: Mapped[str] = mapped_column(Text, info=personal("plan"))
    door_org: Mapped[str] = mapped_column(String(40))
    op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Planactie(Base):
    """One item of the plan of action, owned by the organisation that carries it out."""

    __tablename__ = "planacties"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casussen.id"), index=True)
    domein: Mapped[str] = mapped_column(String(20), info=personal("plan", encrypted=False))
    omschrijving: Mapped[str] = mapped_column(Text, info=personal("plan"))
    eigenaar: Mapped[str] = mapped_column(String(40))
    deadline: Mapped[date] = mapped_column(Date, info=personal("plan", encrypted=False))
    status: Mapped[str] = mapped_column(String(20), info=personal("plan", encrypted=False))
    aangemaakt_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    gewijzigd_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Perspectiefplan(Base):
    """The sociaal perspectiefplan of a case: what gives the youth a way out."""

    __tablename__ = "perspectiefplannen"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casussen.id"), unique=True)
    beschermende_factoren: Mapped[str | None] = mapped_column(Text, info=personal("plan"))
    # The registered protective factors (api/beoordeling) the plan builds on, by id.
    beschermende_factor_ids: Mapped[list[str] | None] = mapped_column(
        JSON, info=personal("plan", encrypted=False)
    )
    # The coach: `coach` holds the coach's name (before 0018 the coach as free text, sealed to
    # this column, so the name kept the column), `coach_organisatie` the organisation assigned,
    # in plain text because the gate's case facts read it (api/jongeren/facts.py): while the case
    # is open, that organisation has access under the pga covenant's coach_toegewezen.
    coach: Mapped[str | None] = mapped_column(Text, info=personal("plan"))
    coach_organisatie: Mapped[str | None] = mapped_column(
        String(40), info=personal("plan", encrypted=False)
    )
    coach_contact: Mapped[str | None] = mapped_column(Text, info=personal("plan"))
    dagbesteding: Mapped[str | None] = mapped_column(Text, info=personal("plan"))
    talentontwikkeling: Mapped[str | None] = mapped_column(Text, info=personal("plan"))
    # The steunfiguren as a sealed JSON list of {naam, relatie, contact}; a plan written before
    # 0018 holds free text here, read as one steunfiguur of that name.
    steunfiguren: Mapped[str | None] = mapped_column(Text, info=personal("plan"))
    gewijzigd_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Opschaling(Base):
    """An escalation of a case: to the ZVH (an ICO, the OM joins) or a RIEC-melding.

    While it is open (not ended) it switches its covenant on for this youth."""

    __tablename__ = "opschalingen"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casussen.id"), index=True)
    soort: Mapped[str] = mapped_column(String(10))
    reden: Mapped[str] = mapped_column(Text, info=personal("plan"))
    gestart_door: Mapped[str] = mapped_column(String(40))
    gestart_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    beeindigd_op: Mapped[datetime | None] = mapped_column(UtcDateTime)
    beeindigings_reden: Mapped[str | None] = mapped_column(Text, info=personal("plan"))


class RiecMelding(Base):
    """What a RIEC-melding (an Opschaling of soort riec, same id) asks team ondermijning and
    the RIEC, and their answer (DOMAIN.md, "RIEC consultation"): is the youth or the family
    known, and is a RIEC casus started. The reason is the escalation's (`signaal`: what was
    signalled). `financieel` data lives here and only the riec covenant shares it. The melding
    outlives the case's closure until it is answered; the answer ends it."""

    __tablename__ = "riec_meldingen"

    id: Mapped[str] = mapped_column(ForeignKey("opschalingen.id"), primary_key=True)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casussen.id"), index=True)
    jongere_id: Mapped[str] = mapped_column(ForeignKey("jongeren.id"), index=True)
    vermogen_jongere: Mapped[str | None] = mapped_column(Text, info=personal("financieel"))
    vermogen_ouders: Mapped[str | None] = mapped_column(Text, info=personal("financieel"))
    bekend: Mapped[bool | None] = mapped_column(Boolean, info=personal("politie", encrypted=False))
    riec_casus_gestart: Mapped[bool | None] = mapped_column(
        Boolean, info=personal("politie", encrypted=False)
    )
    toelichting: Mapped[str | None] = mapped_column(Text, info=personal("politie"))
    beantwoord_door: Mapped[str | None] = mapped_column(String(40))
    beantwoord_op: Mapped[datetime | None] = mapped_column(UtcDateTime)


_OPEN_TASK = text("status = 'open'")


class CasusTaak(Base):
    """A task on a case for the casusregisseur and the police. One kind for now: when the
    doelgroeptoets turns to zwaardere_aanpak during the case, consider handing the youth over to
    the aanpak ondermijning (DOMAIN.md, "Heavier approach"). The system opens it; a party closes
    it with a reason. That the heavier approach is to be considered says "more than two Opiumwet
    antecedents": police data, like the decision taken on it. Who may read the case's plan but
    not police data (jongerenwerk) sees that there is a task, for whom and whether it is open."""

    __tablename__ = "casus_taken"
    __table_args__ = (
        # One open task of a kind per case, kept by the database too (worker and request race).
        Index(
            "uq_casus_taken_open_per_soort",
            "casus_id",
            "soort",
            unique=True,
            sqlite_where=_OPEN_TASK,
            postgresql_where=_OPEN_TASK,
        ),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casussen.id"), index=True)
    soort: Mapped[str] = mapped_column(String(40), info=personal("politie", encrypted=False))
    status: Mapped[str] = mapped_column(String(20), info=personal("plan", encrypted=False))
    # The assessment that opened it (its police parts are shown only to who may see them).
    doelgroeptoets_id: Mapped[str] = mapped_column(ForeignKey("doelgroeptoetsen.id"))
    aangemaakt_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    afgehandeld_door: Mapped[str | None] = mapped_column(String(40))
    afgehandeld_op: Mapped[datetime | None] = mapped_column(UtcDateTime)
    afhandeling: Mapped[str | None] = mapped_column(Text, info=personal("politie"))
