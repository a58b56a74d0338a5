"""Reference data a municipality edits: the signal card's categories, each with the risk
indicator it counts as in the doelgroeptoets, and every version of them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, UtcDateTime, new_id, utcnow


class SignaalCategorie(Base):
    __tablename__ = "signaal_categorieen"
    __table_args__ = ({"info": {"reference_data": True}},)  # no personal data in this table

    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    omschrijving: Mapped[str] = mapped_column(String(300))
    actief: Mapped[bool] = mapped_column(Boolean, default=True)
    # The risk indicator a signal of this category counts as in the doelgroeptoets (each
    # distinct indicator once); none: a sign to discuss, not an indicator.
    indicator: Mapped[str | None] = mapped_column(String(60))
    # Bumped by every edit; signaal_categorie_versies keeps each version.
    versie: Mapped[int] = mapped_column(Integer, default=1)


class SignaalCategorieVersie(Base):
    """A category as one edit left it, with who made the edit: the assessments made in between
    can be explained with the mapping that was in force then."""

    __tablename__ = "signaal_categorie_versies"
    __table_args__ = (UniqueConstraint("code", "versie"), {"info": {"reference_data": True}})

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(60), index=True)
    versie: Mapped[int] = mapped_column(Integer)
    omschrijving: Mapped[str] = mapped_column(String(300))
    actief: Mapped[bool] = mapped_column(Boolean)
    indicator: Mapped[str | None] = mapped_column(String(60))
    # The organisation and client that made the edit (the migration's defaults: none).
    gewijzigd_door_org: Mapped[str | None] = mapped_column(String(40))
    gewijzigd_door_client: Mapped[str | None] = mapped_column(String(64))
    gewijzigd_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
