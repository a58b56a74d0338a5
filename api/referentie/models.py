"""Reference data a municipality edits: the signal card's categories."""

from __future__ import annotations

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base


class SignaalCategorie(Base):
    __tablename__ = "signaal_categorieen"
    __table_args__ = ({"info": {"reference_data": True}},)  # no personal data in this table

    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    omschrijving: Mapped[str] = mapped_column(String(300))
    actief: Mapped[bool] = mapped_column(Boolean, default=True)
