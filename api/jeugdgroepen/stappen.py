"""The zevenstappenmodel per group: the steps on record, as a caller may see them, and the
conflicts a step out of order meets (service.record_step records one)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.jeugdgroepen import schemas
from api.jeugdgroepen.models import Groepsstap
from api.jeugdgroepen.zevenstappen import Stap, volgende
from api.problems import Problem
from api.security.permit import Permit


def current(session: Session, group_id: str) -> Groepsstap | None:
    return session.scalars(
        select(Groepsstap)
        .where(Groepsstap.jeugdgroep_id == group_id)
        .order_by(Groepsstap.nummer.desc())
        .limit(1)
    ).first()


def history(session: Session, group_id: str) -> list[Groepsstap]:
    return list(
        session.scalars(
            select(Groepsstap)
            .where(Groepsstap.jeugdgroep_id == group_id)
            .order_by(Groepsstap.nummer)
        ).all()
    )


def current_of(session: Session, group_ids: Iterable[str]) -> dict[str, Groepsstap]:
    """The current step of each of these groups (those with one), in one query."""
    ids = list(group_ids)
    if not ids:
        return {}
    steps = session.scalars(
        select(Groepsstap)
        .where(Groepsstap.jeugdgroep_id.in_(ids))
        .order_by(Groepsstap.jeugdgroep_id, Groepsstap.nummer)
    ).all()
    return {step.jeugdgroep_id: step for step in steps}  # the highest number last wins


def fields(
    permit: Permit, steps: list[Groepsstap] | None, current_step: Groepsstap | None
) -> dict[str, Any]:
    """The group's step fields as this permit may see them: the current and next step, and with
    the history (a single group) each step's explanation."""
    if not permit.may_see("risico"):
        return {}
    if steps is not None:
        current_step = steps[-1] if steps else None
    shown: dict[str, Any] = {
        "volgende_stap": volgende(Stap(current_step.stap) if current_step else None)
    }
    if current_step is not None:
        shown["huidige_stap"] = _present(permit, current_step, steps is not None)
    if steps is not None:
        shown["stappen"] = [_present(permit, step, True) for step in steps]
    return shown


def _present(permit: Permit, step: Groepsstap, with_explanation: bool) -> schemas.Groepsstap:
    stap = Stap(step.stap)
    explanation = permit.reveal(step, "toelichting")[1] if with_explanation else None
    return schemas.Groepsstap(
        nummer=step.nummer,
        stap=stap,
        omschrijving=stap.omschrijving,
        datum=step.datum,
        toelichting=explanation,
        vastgelegd_door=step.vastgelegd_door,
        vastgelegd_op=step.vastgelegd_op,
    )


# --- the conflicts, in words of the steps on record (never of the input) ------------------------

_ORDER = (
    "Stappen van het zevenstappenmodel worden in volgorde vastgelegd, één voor één, zonder "
    "overslaan of herhalen (steps are recorded in order, one at a time)."
)


def conflict(previous: Groepsstap | None, expected: Stap | None) -> Problem:
    """The step asked for is not the next one: the group completed the model, or another step
    is next."""
    return completed() if expected is None else out_of_order(previous, expected)


def out_of_order(previous: Groepsstap | None, expected: Stap) -> Problem:
    where = (
        f"De groep staat op stap {previous.nummer} ({previous.stap})"
        if previous is not None
        else "De groep heeft nog geen stap"
    )
    return Problem(
        409,
        "Stap buiten volgorde",
        f"{where}; de volgende stap is {expected.nummer} ({expected.value}). {_ORDER}",
        type_="stap-buiten-volgorde",
        extra={"volgendeStap": expected.value},
    )


def completed() -> Problem:
    return Problem(
        409,
        "Groepsaanpak afgerond",
        "De groep heeft stap 7 (afschalen_en_evalueren) bereikt: er volgt geen stap meer "
        "(the group approach is complete). Een nieuwe aanpak begint als nieuwe jeugdgroep.",
        type_="groepsaanpak-afgerond",
    )


def before_previous(previous: Groepsstap) -> Problem:
    return Problem(
        409,
        "Datum voor de vorige stap",
        f"Stap {previous.nummer} ({previous.stap}) is bereikt op {previous.datum.isoformat()}; "
        "een volgende stap kan niet eerder zijn bereikt (a step cannot precede the one before).",
        type_="stap-voor-vorige-stap",
        extra={"vorigeDatum": previous.datum.isoformat()},
    )
