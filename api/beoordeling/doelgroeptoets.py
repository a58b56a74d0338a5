"""The doelgroeptoets (section 2.1 of the plan): does this youth belong to criminele aanwas?

A youth falls under criminele aanwas when aged 12 to 21 inclusive on the assessment date, with
0 to 2 Opiumwet antecedents and at least two risk indicators. More than two antecedents: not
this approach but the heavier one (aanpak ondermijning). The rule itself is a pure function so
that every edge (birthdays, exactly two of anything) is tested without a database.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from api.beoordeling.models import Antecedent, Doelgroeptoets, Factor
from api.jongeren.models import Jongere
from api.security.audit import Access
from api.security.gate import Gate
from api.signalen.models import Signaal

YOUNGEST, OLDEST = 12, 21
MAX_ANTECEDENTS = 2
MIN_INDICATORS = 2
# A report of a possible fact is registered, but it is not an antecedent (yet).
COUNTED_STATUSES = ("verdachte", "veroordeling")
AMSTERDAM = ZoneInfo("Europe/Amsterdam")

# Signal card categories that are themselves a risk factor of the plan's overview, and which.
# Other signals (several phones, packages, lookout) are signs to talk about in the signaaloverleg,
# not risk indicators; a category added to the signal card counts only once it is listed here.
SIGNAL_INDICATORS = {
    "online_ronselen": "online_ronselen",
    "schulden_of_bedreiging": "uitbuiting_of_dwang",
    "drugsgebruik": "verslaving",
    "nieuwe_oudere_vrienden": "criminele_omgeving",
    "onverklaarbaar_geld_of_goederen": "geldmotief",
}


def today_in_amsterdam() -> date:
    return datetime.now(AMSTERDAM).date()


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
    # Each reason with the data category it reveals, so a reader sees only what it may.
    redenen: list[dict[str, str]]

    def inputs(self) -> tuple[Any, ...]:
        return (
            self.uitkomst,
            self.leeftijd,
            self.aantal_antecedenten,
            sorted(self.antecedenten_per_soort.items()),
            self.risico_indicatoren,
        )


def assess(
    born: date,
    on: date,
    antecedents: Iterable[tuple[str, str]],
    indicators: Iterable[str],
) -> Outcome:
    """The assessment of one youth on one date from (kind, status) antecedents and indicators."""
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
        outcome = "criminele_aanwas"
        reasons.append(
            _reason(
                "risico",
                "criminele aanwas: binnen de leeftijd, hoogstens twee antecedenten en minimaal "
                "twee risico-indicatoren; voorstel voor de persoonsgerichte aanpak",
            )
        )
    else:
        outcome = "geen_doelgroep"
        reasons.append(
            _reason("risico", f"geen doelgroep: minder dan {MIN_INDICATORS} risico-indicatoren")
        )
    return Outcome(outcome, age, number, dict(sorted(counted.items())), found, reasons)


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


def latest(gate: Gate, jongere_id: str) -> Doelgroeptoets | None:
    return gate.session.scalars(
        select(Doelgroeptoets)
        .where(Doelgroeptoets.jongere_id == jongere_id)
        .order_by(Doelgroeptoets.berekend_op.desc(), Doelgroeptoets.id.desc())
        .limit(1)
    ).first()


def compute(gate: Gate, jongere: Jongere) -> Outcome:
    """The assessment of a youth from everything stored about them, whoever provided it; the
    caller sees only the result, as far as its permit reaches."""
    born = date.fromisoformat(gate.open_for_derivation(jongere, "geboortedatum"))
    antecedents = gate.session.execute(
        select(Antecedent.soort, Antecedent.status).where(Antecedent.jongere_id == jongere.id)
    ).all()
    # The risk indicators are the risk factors of the plan's overview (page 6-7), established by
    # a partner or shown by a signal whose category is that same factor (SIGNAL_INDICATORS).
    signalled = gate.session.scalars(
        select(Signaal.categorie)
        .where(Signaal.jongere_id == jongere.id, Signaal.categorie.in_(SIGNAL_INDICATORS))
        .distinct()
    ).all()
    factors = gate.session.scalars(
        select(Factor.indicator)
        .where(Factor.jongere_id == jongere.id, Factor.soort == "risico")
        .distinct()
    ).all()
    return assess(
        born,
        today_in_amsterdam(),
        [(kind, status) for kind, status in antecedents],
        [*(SIGNAL_INDICATORS[code] for code in signalled), *factors],
    )


def store(gate: Gate, jongere: Jongere, outcome: Outcome, aanleiding: str) -> Doelgroeptoets:
    toets = Doelgroeptoets(
        jongere_id=jongere.id,
        peildatum=today_in_amsterdam(),
        uitkomst=outcome.uitkomst,
        leeftijd=outcome.leeftijd,
        aantal_antecedenten=outcome.aantal_antecedenten,
        antecedenten_per_soort=outcome.antecedenten_per_soort,
        risico_indicatoren=outcome.risico_indicatoren,
        redenen=outcome.redenen,
        aanleiding=aanleiding,
    )
    gate.session.add(toets)
    gate.session.flush()
    return toets


def recompute(gate: Gate, jongere_id: str, aanleiding: str) -> Doelgroeptoets | None:
    """After an input changed: a new assessment when the outcome or its inputs differ from the
    last one (a second signal of a category already counted changes nothing)."""
    jongere = gate.session.get(Jongere, jongere_id)
    if jongere is None:
        return None
    outcome = compute(gate, jongere)
    previous = latest(gate, jongere_id)
    if previous is not None and _stored_inputs(previous) == outcome.inputs():
        return None
    toets = store(gate, jongere, outcome, aanleiding)
    gate.record_derivation(
        Access("create", "doelgroeptoets", toets.id, jongere_id),
        f"doelgroeptoets automatisch herberekend ({aanleiding})",
    )
    return toets


def _stored_inputs(toets: Doelgroeptoets) -> tuple[Any, ...]:
    return (
        toets.uitkomst,
        toets.leeftijd,
        toets.aantal_antecedenten,
        sorted(toets.antecedenten_per_soort.items()),
        list(toets.risico_indicatoren),
    )
