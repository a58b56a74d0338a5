"""Administrative and criminal measures taken against a youth."""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, UtcDateTime, new_id, utcnow
from api.security.categories import personal

# Prosecution is the OM's decision (justitie); the other measures are administrative (maatregel).
PROSECUTION = "strafrechtelijke_vervolging"


def category_of(soort: str) -> str:
    return "justitie" if soort == PROSECUTION else "maatregel"


class Maatregel(Base):
    __tablename__ = "maatregelen"
    # A closure of a premises alone (no youth, no case): sealed under its own data key.
    subject_kind: ClassVar[str] = "maatregel"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    # The youth the measure is against; none for an Opiumwet 13b closure of a premises alone.
    jongere_id: Mapped[str | None] = mapped_column(ForeignKey("jongeren.id"), index=True)
    # The PGA case and the item of its plan of action the measure serves (both optional).
    casus_id: Mapped[str | None] = mapped_column(ForeignKey("casussen.id"), index=True)
    planactie_id: Mapped[str | None] = mapped_column(ForeignKey("planacties.id"))
    soort: Mapped[str] = mapped_column(String(40), info=personal("maatregel", encrypted=False))
    status: Mapped[str] = mapped_column(String(20), info=personal("maatregel", encrypted=False))
    ingangsdatum: Mapped[date] = mapped_column(Date, info=personal("maatregel", encrypted=False))
    einddatum: Mapped[date | None] = mapped_column(
        Date, info=personal("maatregel", encrypted=False)
    )
    toelichting: Mapped[str | None] = mapped_column(Text, info=personal("maatregel"))
    # The premises an Opiumwet 13b closure concerns (sealed per field), found again through the
    # blind index of its postcode and house number.
    pand_straat: Mapped[str | None] = mapped_column(Text, info=personal("maatregel"))
    pand_huisnummer: Mapped[str | None] = mapped_column(Text, info=personal("maatregel"))
    pand_postcode: Mapped[str | None] = mapped_column(Text, info=personal("maatregel"))
    pand_plaats: Mapped[str | None] = mapped_column(Text, info=personal("maatregel"))
    pand_index: Mapped[str | None] = mapped_column(
        String(64), index=True, info={"blind_index_of": "pand"}
    )
    opgelegd_door: Mapped[str] = mapped_column(String(40))
    geregistreerd_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    gewijzigd_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
