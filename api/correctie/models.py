from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, UtcDateTime, new_id, utcnow
from api.security.categories import personal

OPEN = "open"
CORRECTED = "gecorrigeerd"
REJECTED = "afgewezen"


class Correctieverzoek(Base):
    """A youth's request to correct one item, and the supplier's answer. The texts are sealed
    under the item's own category (`categorie`, which overrides the columns' declared one), so
    whoever may not see the item does not see what the youth says about it either."""

    __tablename__ = "correctieverzoeken"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    jongere_id: Mapped[str] = mapped_column(ForeignKey("jongeren.id"), index=True)
    kenmerk: Mapped[str] = mapped_column(String(64))
    # The item: a kind of the inzage (jongere, signaal, factor, ...), its id, and for the
    # youth's own record the identity field.
    soort: Mapped[str] = mapped_column(String(40))
    item_id: Mapped[str] = mapped_column(String(36))
    veld: Mapped[str | None] = mapped_column(String(40))
    leverancier: Mapped[str] = mapped_column(String(40), index=True)
    categorie: Mapped[str] = mapped_column(String(40))
    # What the youth says is wrong and the correction asked for (free text).
    verzoek: Mapped[str] = mapped_column(Text, info=personal("identiteit"))
    ontvangen_op: Mapped[date] = mapped_column(Date)
    antwoord_uiterlijk: Mapped[date] = mapped_column(Date)
    ingediend_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(16), default=OPEN)
    # The supplier's reasons (required for a rejection, AVG art. 12(4)).
    toelichting: Mapped[str | None] = mapped_column(Text, info=personal("identiteit"))
    afgehandeld_op: Mapped[datetime | None] = mapped_column(UtcDateTime)
