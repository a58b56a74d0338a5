from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.referentie.models import SignaalCategorie


def active_signal_categories(session: Session) -> frozenset[str]:
    codes = session.scalars(select(SignaalCategorie.code).where(SignaalCategorie.actief))
    return frozenset(codes.all())
