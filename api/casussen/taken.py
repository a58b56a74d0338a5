"""Tasks on a case (DOMAIN.md, "Heavier approach"): when the doelgroeptoets turns to
zwaardere_aanpak while the youth's PGA case is open, the case gets an open task for the
casusregisseur and the police to consider handing the youth over to the aanpak ondermijning.

The task is opened by the system where an assessment is stored (the worker after each commit, or
an assessment on request) and is on record as derived; the casusregisseur or the police close it
with a reason, through the gate. What it is about says "more than two Opiumwet antecedents", so
its kind, explanation and decision are police data: a party that may read the case's plan but
not police data (jongerenwerk) sees only that there is a task, for whom, and whether it is open.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from api.beoordeling.models import Doelgroeptoets
from api.casussen import schemas, statussen
from api.casussen.models import Casus, CasusTaak
from api.db import new_id, utcnow
from api.problems import Problem
from api.security.audit import Access
from api.security.gate import Gate
from api.security.permit import Permit

OVERWEEG_AANPAK_ONDERMIJNING = "overweeg_aanpak_ondermijning"
ZWAARDERE_AANPAK = "zwaardere_aanpak"
OPEN, AFGEHANDELD = "open", "afgehandeld"
# Who picks it up (DOMAIN.md): the case director and the police; the writers of a casustaak in
# policies/referentie/data.json say who may close it.
VOOR = ["gemeente (casusregisseur)", "politie"]
TOELICHTING = (
    "De doelgroeptoets kwam tijdens de casus uit op zwaardere_aanpak: overweeg met de politie "
    "de overdracht aan de aanpak ondermijning."
)
OPENED = "taak geopend: de doelgroeptoets werd zwaardere_aanpak tijdens een open casus"


def open_for(session: Session, toetsen: Sequence[Doelgroeptoets]) -> list[tuple[CasusTaak, str]]:
    """For each newly stored assessment that turned to zwaardere_aanpak (the one before it did
    not say so) while its youth has an open case: an open task on that case, unless one is open
    already. Returns the tasks opened, with their youth."""
    opened: list[tuple[CasusTaak, str]] = []
    for toets in toetsen:
        if toets.uitkomst != ZWAARDERE_AANPAK or not _turned(session, toets):
            continue
        casus = session.scalars(
            select(Casus).where(
                Casus.jongere_id == toets.jongere_id, Casus.status.in_(statussen.OPEN_STATUSSEN)
            )
        ).first()
        if casus is None or _open_task(session, casus.id) is not None:
            continue
        taak = CasusTaak(
            id=new_id(),
            casus_id=casus.id,
            soort=OVERWEEG_AANPAK_ONDERMIJNING,
            status=OPEN,
            doelgroeptoets_id=toets.id,
        )
        try:
            # The database keeps one open task of a kind per case: a concurrent opening wins.
            with session.begin_nested():
                session.add(taak)
                session.flush()
        except IntegrityError:
            continue
        opened.append((taak, toets.jongere_id))
    return opened


def open_after(gate: Gate, toetsen: Sequence[Doelgroeptoets]) -> None:
    """As open_for, for assessments stored during a request: each task on record as derived."""
    for taak, jongere_id in open_for(gate.session, toetsen):
        gate.record_derivation(Access("create", "casustaak", taak.id, jongere_id), OPENED)


def _turned(session: Session, toets: Doelgroeptoets) -> bool:
    before = session.scalar(
        select(Doelgroeptoets.uitkomst)
        .where(Doelgroeptoets.jongere_id == toets.jongere_id, Doelgroeptoets.id != toets.id)
        .order_by(Doelgroeptoets.berekend_op.desc(), Doelgroeptoets.id.desc())
        .limit(1)
    )
    return before != ZWAARDERE_AANPAK


def _open_task(session: Session, casus_id: str) -> CasusTaak | None:
    return session.scalars(
        select(CasusTaak).where(
            CasusTaak.casus_id == casus_id,
            CasusTaak.soort == OVERWEEG_AANPAK_ONDERMIJNING,
            CasusTaak.status == OPEN,
        )
    ).first()


def close(gate: Gate, permit: Permit, casus: Casus, taak_id: str, reden: str) -> schemas.CasusTaak:
    """Closes an open task of this case with the decision taken (the caller was authorized to
    update a casustaak of this case)."""
    taak = gate.session.get(CasusTaak, taak_id)
    if taak is None or taak.casus_id != casus.id:
        raise Problem(
            404, "Niet gevonden", "Deze casus heeft geen taak met dit id.", type_="niet-gevonden"
        )
    if taak.status != OPEN:
        raise Problem(409, "Al afgehandeld", "Deze taak is al afgehandeld.", type_="casus-conflict")
    taak.status = AFGEHANDELD
    taak.afgehandeld_door = gate.principal.org
    taak.afgehandeld_op = utcnow()
    gate.seal(taak, "afhandeling", reden)
    gate.session.flush()
    return present(permit, taak)


def of_case(gate: Gate, permit: Permit, casus_id: str) -> list[schemas.CasusTaak]:
    rows = gate.session.scalars(
        select(CasusTaak)
        .where(CasusTaak.casus_id == casus_id)
        .order_by(CasusTaak.aangemaakt_op, CasusTaak.id)
    ).all()
    return [present(permit, row) for row in rows]


def present(permit: Permit, taak: CasusTaak) -> schemas.CasusTaak:
    shown, soort = permit.reveal(taak, "soort")
    return schemas.CasusTaak(
        id=taak.id,
        soort=soort,
        status=permit.reveal(taak, "status")[1],
        voor=VOOR,
        toelichting=TOELICHTING if shown else None,
        doelgroeptoets_id=taak.doelgroeptoets_id,
        aangemaakt_op=taak.aangemaakt_op,
        afgehandeld_door=taak.afgehandeld_door,
        afgehandeld_op=taak.afgehandeld_op,
        afhandeling=permit.reveal(taak, "afhandeling")[1],
    )
