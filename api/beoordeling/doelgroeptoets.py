"""The doelgroeptoets (section 2.1 of the plan): does this youth belong to criminele aanwas?

A youth falls under criminele aanwas when aged 12 to 21 inclusive on the assessment date, with
0 to 2 Opiumwet antecedents and either at least two distinct risk indicators (route
`indicatoren`) or a professional judgement of the signaaloverleg ("sterke vermoedens", route
`professioneel_oordeel`). More than two antecedents: not this approach but the heavier one
(aanpak ondermijning). The indicators are the registered risk factors and the indicator each
signal's category counts as on the signal card (reference data, api/referentie); each distinct
indicator counts once. The rule itself is a pure function so that every edge (birthdays,
exactly two of anything) is tested without a database.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api import outbox
from api.beoordeling.models import Antecedent, Doelgroeptoets, Factor, ProfessioneelOordeel
from api.casussen import taken as casustaken
from api.jongeren.models import Jongere
from api.referentie.models import SignaalCategorie
from api.security.audit import Access
from api.security.gate import Gate
from api.signalen.models import Signaal
from api.tijd import AMSTERDAM as AMSTERDAM  # re-exported: api/inzage reads it from here
from api.tijd import vandaag

YOUNGEST, OLDEST = 12, 21
MAX_ANTECEDENTS = 2
MIN_INDICATORS = 2
# A report of a possible fact is registered, but it is not an antecedent (yet).
COUNTED_STATUSES = ("verdachte", "veroordeling")

ROUTE_INDICATORS = "indicatoren"
ROUTE_JUDGEMENT = "professioneel_oordeel"


@dataclass(frozen=True)
class Judgement:
    """The newest professional judgement of the signaaloverleg about a youth (its reasons are
    sealed in its own row and shown from there, as far as a reader may see them)."""

    id: str
    recorded_on: date
    deelnemers: tuple[str, ...]


def today_in_amsterdam() -> date:
    return vandaag()


def age_on(born: date, on: date) -> int:
    """Completed years on a date (a youth turns 12 on their 12th birthday itself)."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


@dataclass(frozen=True)
class Outcome:
    uitkomst: str  # criminele_aanwas | zwaardere_aanpak | geen_doelgroep
    leeftijd: int
    aantal_antecedenten: int
    antecedenten_per_soort: dict[str, int]
    risico_indicatoren: list[str]
    # Which path admitted the youth (ROUTE_*), None when not admitted.
    route: str | None
    professioneel_oordeel_id: str | None
    # Each reason with the data category it reveals, so a reader sees only what it may.
    redenen: list[dict[str, str]]

    def inputs(self) -> tuple[Any, ...]:
        return (
            self.uitkomst,
            self.leeftijd,
            self.aantal_antecedenten,
            sorted(self.antecedenten_per_soort.items()),
            self.risico_indicatoren,
            self.route,
            self.professioneel_oordeel_id,
        )


def assess(
    born: date,
    on: date,
    antecedents: Iterable[tuple[str, str]],
    indicators: Iterable[str],
    judgement: Judgement | None = None,
) -> Outcome:
    """The assessment of one youth on one date from (kind, status) antecedents, indicators and
    the newest professional judgement, if any."""
    age = age_on(born, on)
    registered = list(antecedents)
    counted = Counter(kind for kind, status in registered if status in COUNTED_STATUSES)
    reports = sum(1 for _, status in registered if status not in COUNTED_STATUSES)
    number = sum(counted.values())
    found = sorted(set(indicators))
    in_age = YOUNGEST <= age <= OLDEST

    reasons = [
        _reason(
            "identiteit",
            f"leeftijd op {on.isoformat()}: {age} jaar; de doelgroep is {YOUNGEST} tot en met "
            f"{OLDEST} jaar" + ("" if in_age else ", dus valt de jongere erbuiten"),
        ),
        _reason("politie", _antecedent_words(number, counted, reports)),
        _reason(
            "risico",
            f"{len(found)} risico-indicator(en)"
            + (f": {', '.join(found)}" if found else "")
            + f"; minimaal {MIN_INDICATORS} nodig",
        ),
    ]
    route: str | None = None
    if not in_age:
        outcome = "geen_doelgroep"
        reasons.append(_reason("risico", "geen doelgroep: leeftijd buiten 12 tot en met 21"))
    elif number > MAX_ANTECEDENTS:
        outcome = "zwaardere_aanpak"
        reasons.append(
            _reason(
                "politie",
                f"meer dan {MAX_ANTECEDENTS} Opiumwet-antecedenten: niet deze aanpak maar een "
                "zwaardere (aanpak ondermijning)",
            )
        )
    elif len(found) >= MIN_INDICATORS:
        outcome, route = "criminele_aanwas", ROUTE_INDICATORS
        reasons.append(
            _reason(
                "risico",
                "criminele aanwas: binnen de leeftijd, hoogstens twee antecedenten en minimaal "
                "twee risico-indicatoren; voorstel voor de persoonsgerichte aanpak",
            )
        )
    elif judgement is not None:
        outcome, route = "criminele_aanwas", ROUTE_JUDGEMENT
        reasons.append(
            _reason(
                "risico",
                "criminele aanwas: binnen de leeftijd, hoogstens twee antecedenten en een "
                "professioneel oordeel (sterke vermoedens) van het signaaloverleg op "
                f"{judgement.recorded_on.isoformat()} door {', '.join(judgement.deelnemers)}; "
                "voorstel voor de persoonsgerichte aanpak",
            )
        )
    else:
        outcome = "geen_doelgroep"
        reasons.append(
            _reason(
                "risico",
                f"geen doelgroep: minder dan {MIN_INDICATORS} risico-indicatoren en geen "
                "professioneel oordeel van het signaaloverleg",
            )
        )
    return Outcome(
        outcome,
        age,
        number,
        dict(sorted(counted.items())),
        found,
        route,
        judgement.id if route == ROUTE_JUDGEMENT and judgement else None,
        reasons,
    )


def _reason(category: str, text: str) -> dict[str, str]:
    return {"categorie": category, "tekst": text}


def _antecedent_words(number: int, per_kind: Counter[str], reports: int) -> str:
    words = f"{number} Opiumwet-antecedent(en)"
    if per_kind:
        words += " (" + ", ".join(f"{n} {kind}" for kind, n in sorted(per_kind.items())) + ")"
    words += f"; hoogstens {MAX_ANTECEDENTS} voor deze aanpak"
    if reports:
        words += f"; {reports} melding(en) als signaal tellen niet als antecedent"
    return words


# --- stored assessments -------------------------------------------------------------------------

# Opens a sealed field for a derivation: (table, column, row id, ciphertext) -> plaintext.
OpenSealed = Callable[[str, str, str, str], str]


def latest(gate: Gate, jongere_id: str) -> Doelgroeptoets | None:
    return latest_of(gate.session, [jongere_id]).get(jongere_id)


def latest_of(session: Session, jongere_ids: Iterable[str]) -> dict[str, Doelgroeptoets]:
    """The newest assessment of each youth, in one query."""
    ids = list(jongere_ids)
    if not ids:
        return {}
    newest_first = (
        func.row_number()
        .over(
            partition_by=Doelgroeptoets.jongere_id,
            order_by=(Doelgroeptoets.berekend_op.desc(), Doelgroeptoets.id.desc()),
        )
        .label("plaats")
    )
    ranked = (
        select(Doelgroeptoets.id, newest_first).where(Doelgroeptoets.jongere_id.in_(ids)).subquery()
    )
    rows = session.scalars(
        select(Doelgroeptoets)
        .join(ranked, ranked.c.id == Doelgroeptoets.id)
        .where(ranked.c.plaats == 1)
    ).all()
    return {row.jongere_id: row for row in rows}


def assess_stored(
    session: Session, open_sealed: OpenSealed, jongere_ids: Iterable[str]
) -> dict[str, Outcome]:
    """The assessment of each youth from everything stored about them, whoever provided it,
    in five queries whatever the number of youths (the worker assesses a batch at once)."""
    ids = sorted(set(jongere_ids))
    if not ids:
        return {}
    born = {
        jongere_id: date.fromisoformat(open_sealed("jongeren", "geboortedatum", jongere_id, sealed))
        for jongere_id, sealed in session.execute(
            select(Jongere.id, Jongere.geboortedatum).where(Jongere.id.in_(ids))
        )
    }
    antecedents: dict[str, list[tuple[str, str]]] = {}
    for jongere_id, kind, status in session.execute(
        select(Antecedent.jongere_id, Antecedent.soort, Antecedent.status).where(
            Antecedent.jongere_id.in_(ids)
        )
    ):
        antecedents.setdefault(jongere_id, []).append((kind, status))
    # The risk indicators: the indicator each signal's category counts as on the signal card
    # (reference data), and the risk factors a partner established. Each distinct one once.
    indicators: dict[str, list[str]] = {}
    for jongere_id, counts_as in session.execute(
        select(Signaal.jongere_id, SignaalCategorie.indicator)
        .join(SignaalCategorie, SignaalCategorie.code == Signaal.categorie)
        .where(Signaal.jongere_id.in_(ids), SignaalCategorie.indicator.is_not(None))
        .distinct()
    ):
        if counts_as is not None:
            indicators.setdefault(jongere_id, []).append(counts_as)
    for jongere_id, indicator in session.execute(
        select(Factor.jongere_id, Factor.indicator)
        .where(Factor.jongere_id.in_(ids), Factor.soort == "risico")
        .distinct()
    ):
        indicators.setdefault(jongere_id, []).append(indicator)
    judgements = _newest_judgements(session, ids)
    on = today_in_amsterdam()
    return {
        jongere_id: assess(
            born[jongere_id],
            on,
            antecedents.get(jongere_id, []),
            indicators.get(jongere_id, []),
            judgements.get(jongere_id),
        )
        for jongere_id in ids
        if jongere_id in born
    }


def _newest_judgements(session: Session, ids: list[str]) -> dict[str, Judgement]:
    """The newest professional judgement of each youth (oldest first, so the newest wins)."""
    newest: dict[str, Judgement] = {}
    for row in session.scalars(
        select(ProfessioneelOordeel)
        .where(ProfessioneelOordeel.jongere_id.in_(ids))
        .order_by(ProfessioneelOordeel.geregistreerd_op, ProfessioneelOordeel.id)
    ):
        newest[row.jongere_id] = Judgement(
            row.id,
            row.geregistreerd_op.astimezone(AMSTERDAM).date(),
            tuple(sorted(row.deelnemers)),
        )
    return newest


def compute(gate: Gate, jongere: Jongere) -> Outcome:
    """The assessment of a youth now; the caller sees only the result, as far as its permit
    reaches."""
    return assess_stored(gate.session, gate.open_for_derivation, [jongere.id])[jongere.id]


def store(gate: Gate, jongere: Jongere, outcome: Outcome, aanleiding: str) -> Doelgroeptoets:
    toets = _new_assessment(jongere.id, outcome, aanleiding)
    gate.session.add(toets)
    outbox.settled(gate.session, outbox.DOELGROEPTOETS, jongere.id)
    gate.session.flush()
    casustaken.open_after(gate, [toets])  # zwaardere_aanpak during a case: a task on it
    return toets


def _new_assessment(jongere_id: str, outcome: Outcome, aanleiding: str) -> Doelgroeptoets:
    return Doelgroeptoets(
        jongere_id=jongere_id,
        peildatum=today_in_amsterdam(),
        uitkomst=outcome.uitkomst,
        leeftijd=outcome.leeftijd,
        aantal_antecedenten=outcome.aantal_antecedenten,
        antecedenten_per_soort=outcome.antecedenten_per_soort,
        risico_indicatoren=outcome.risico_indicatoren,
        route=outcome.route,
        professioneel_oordeel_id=outcome.professioneel_oordeel_id,
        redenen=outcome.redenen,
        aanleiding=aanleiding,
    )


def recompute_stored(
    session: Session, open_sealed: OpenSealed, causes: dict[str, str]
) -> list[Doelgroeptoets]:
    """After inputs changed: for each youth ({id: aanleiding}) a new assessment when the outcome
    or its inputs differ from the last one (a second signal of a category already counted
    changes nothing). Returns the new assessments, added to the session."""
    outcomes = assess_stored(session, open_sealed, causes)
    previous = latest_of(session, outcomes)
    changed = []
    for jongere_id, outcome in outcomes.items():
        last = previous.get(jongere_id)
        if last is not None and _stored_inputs(last) == outcome.inputs():
            continue
        changed.append(_new_assessment(jongere_id, outcome, causes[jongere_id]))
    session.add_all(changed)
    session.flush()
    return changed


def recompute(gate: Gate, jongere_id: str, aanleiding: str) -> Doelgroeptoets | None:
    """Recomputes now, in this request (a case is opened on the assessment as it is now); the
    youth's scheduled recomputations are done with it."""
    changed = recompute_stored(gate.session, gate.open_for_derivation, {jongere_id: aanleiding})
    outbox.settled(gate.session, outbox.DOELGROEPTOETS, jongere_id)
    for toets in changed:
        gate.record_derivation(
            Access("create", "doelgroeptoets", toets.id, jongere_id),
            f"doelgroeptoets automatisch herberekend ({aanleiding})",
        )
    casustaken.open_after(gate, changed)  # zwaardere_aanpak during a case: a task on it
    return changed[0] if changed else None


def schedule(gate: Gate, jongere_id: str, aanleiding: str) -> None:
    """An input of the youth's assessment changed in this request: the worker recomputes it
    after commit (api/worker), and until then the assessment reads as pending."""
    gate.store(outbox.job(outbox.DOELGROEPTOETS, jongere_id, aanleiding, gate.cause()))


def pending(gate: Gate, jongere_id: str) -> bool:
    return outbox.pending(gate.session, outbox.DOELGROEPTOETS, jongere_id)


def _stored_inputs(toets: Doelgroeptoets) -> tuple[Any, ...]:
    return (
        toets.uitkomst,
        toets.leeftijd,
        toets.aantal_antecedenten,
        sorted(toets.antecedenten_per_soort.items()),
        list(toets.risico_indicatoren),
        toets.route,
        toets.professioneel_oordeel_id,
    )
