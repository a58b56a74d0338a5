"""The doelgroeptoets rule of section 2.1 at its edges: birthdays, exactly two of anything."""

from __future__ import annotations

from datetime import date

import pytest

from api.beoordeling.doelgroeptoets import Judgement, age_on, assess

ON = date(2026, 11, 28)
TWO_INDICATORS = ["meerdere_telefoons", "geldmotief"]


def born_years_ago(years: int, days_later: int = 0) -> date:
    """Born `years` before ON, shifted `days_later` (so the birthday is that many days away)."""
    birthday = ON.replace(year=ON.year - years)
    return date.fromordinal(birthday.toordinal() + days_later)


@pytest.mark.parametrize(
    "born, expected_age, outcome",
    [
        (born_years_ago(12), 12, "criminele_aanwas"),  # the 12th birthday itself
        (born_years_ago(12, days_later=1), 11, "geen_doelgroep"),  # the day before it
        (born_years_ago(21), 21, "criminele_aanwas"),
        (born_years_ago(22, days_later=1), 21, "criminele_aanwas"),  # the day before the 22nd
        (born_years_ago(22), 22, "geen_doelgroep"),  # the 22nd birthday itself
    ],
)
def test_age_on_the_assessment_date_bounds_the_target_group(
    born: date, expected_age: int, outcome: str
) -> None:
    result = assess(born, ON, [], TWO_INDICATORS)
    assert result.leeftijd == expected_age
    assert result.uitkomst == outcome
    assert any(f"{expected_age} jaar" in r["tekst"] for r in result.redenen)


def test_a_leap_day_birthday_counts_on_the_first_of_march() -> None:
    # Born on 29 February 2012: in 2025 (no 29 February) the 13th birthday falls on 1 March.
    assert age_on(date(2012, 2, 29), date(2025, 2, 28)) == 12
    assert age_on(date(2012, 2, 29), date(2025, 3, 1)) == 13


def test_exactly_two_antecedents_is_still_criminele_aanwas() -> None:
    two = [("bezit", "verdachte"), ("handel", "veroordeling")]
    result = assess(born_years_ago(16), ON, two, TWO_INDICATORS)
    assert result.uitkomst == "criminele_aanwas"
    assert result.aantal_antecedenten == 2
    assert result.antecedenten_per_soort == {"bezit": 1, "handel": 1}


def test_a_third_antecedent_means_the_heavier_approach() -> None:
    three = [("bezit", "verdachte"), ("handel", "verdachte"), ("handel", "veroordeling")]
    result = assess(born_years_ago(16), ON, three, TWO_INDICATORS)
    assert result.uitkomst == "zwaardere_aanpak"
    assert result.aantal_antecedenten == 3
    heavier = [r for r in result.redenen if "zwaardere" in r["tekst"]]
    assert heavier and heavier[0]["categorie"] == "politie"


def test_reports_are_registered_but_are_not_antecedents() -> None:
    reports = [("handel", "signaal")] * 5 + [("bezit", "verdachte")]
    result = assess(born_years_ago(16), ON, reports, TWO_INDICATORS)
    assert result.uitkomst == "criminele_aanwas"
    assert result.aantal_antecedenten == 1
    assert any("5 melding(en) als signaal" in r["tekst"] for r in result.redenen)


def test_exactly_two_indicators_suffice_one_does_not() -> None:
    assert assess(born_years_ago(15), ON, [], TWO_INDICATORS).uitkomst == "criminele_aanwas"
    one = assess(born_years_ago(15), ON, [], ["geldmotief", "geldmotief"])
    assert one.uitkomst == "geen_doelgroep"
    assert one.risico_indicatoren == ["geldmotief"]
    assert any("minder dan 2 risico-indicatoren" in r["tekst"] for r in one.redenen)


def test_nothing_done_yet_but_risk_factors_present_is_enough() -> None:
    result = assess(born_years_ago(13), ON, [], ["schulden", "online_ronselen", "verveling"])
    assert result.uitkomst == "criminele_aanwas"
    assert result.aantal_antecedenten == 0


def test_every_reason_names_the_category_it_reveals() -> None:
    result = assess(born_years_ago(30), ON, [("bezit", "verdachte")] * 4, TWO_INDICATORS)
    assert result.uitkomst == "geen_doelgroep"  # age first: a 30-year-old is not a youth
    assert {r["categorie"] for r in result.redenen} == {"identiteit", "politie", "risico"}


JUDGEMENT = Judgement("oordeel-1", date(2026, 11, 20), ("gemeente", "jongerenwerk", "politie"))


def test_a_professional_judgement_admits_a_youth_without_indicators() -> None:
    result = assess(born_years_ago(16), ON, [("bezit", "verdachte")] * 2, [], JUDGEMENT)
    assert result.uitkomst == "criminele_aanwas"
    assert (result.route, result.professioneel_oordeel_id) == ("professioneel_oordeel", "oordeel-1")
    assert any("professioneel oordeel" in r["tekst"] for r in result.redenen)
    # The rule needs no judgement: with two indicators it is the indicators' path.
    both = assess(born_years_ago(16), ON, [], TWO_INDICATORS, JUDGEMENT)
    assert (both.route, both.professioneel_oordeel_id) == ("indicatoren", None)


@pytest.mark.parametrize(
    "born, antecedents, outcome",
    [
        (born_years_ago(22), [], "geen_doelgroep"),
        (born_years_ago(12, days_later=1), [], "geen_doelgroep"),
        (born_years_ago(16), [("bezit", "verdachte")] * 3, "zwaardere_aanpak"),
    ],
)
def test_a_judgement_does_not_stretch_the_age_or_the_antecedents(
    born: date, antecedents: list[tuple[str, str]], outcome: str
) -> None:
    result = assess(born, ON, antecedents, [], JUDGEMENT)
    assert (result.uitkomst, result.route, result.professioneel_oordeel_id) == (outcome, None, None)


def test_without_indicators_or_judgement_the_reason_names_both_paths() -> None:
    result = assess(born_years_ago(16), ON, [], ["geldmotief"])
    assert (result.uitkomst, result.route) == ("geen_doelgroep", None)
    assert any("geen professioneel oordeel" in r["tekst"] for r in result.redenen)
