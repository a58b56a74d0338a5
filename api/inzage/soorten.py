"""The kinds of record an inzage shows of a youth: where each is stored, who supplied it, when,
and its main data category. One list, so that a new kind of record about a youth is one line
here (and tests/test_inzage.py fails while a table about youths is missing from it).

Police, justice and RIEC data (categories politie, justitie, financieel) are summarised: the
document says that such a record exists, who supplied it, when, its basis and retention, and of
an Opiumwet antecedent its kind (as the pga covenant shares it: kind and count only), but not
its content. That content is the police's, the OM's and the RIEC's to give on a request to them
(Wet politiegegevens art. 25, Wjsg art. 18, the RIEC's privacy protocol); docs/inzage.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from api.beoordeling.models import Antecedent, Doelgroeptoets, Factor, ProfessioneelOordeel
from api.casussen.models import (
    Casus,
    CasusTaak,
    Opschaling,
    Perspectiefplan,
    Planactie,
    RiecMelding,
    Statuswijziging,
)
from api.casussen.presentation import reason_category
from api.correctie.models import Correctieverzoek
from api.db import Base
from api.jeugdgroepen.models import Groepslid
from api.jongeren.models import Jongere
from api.maatregelen.models import Maatregel
from api.maatregelen.models import category_of as measure_category
from api.overleggen.models import Agendapunt, Overleg, OverlegUitkomst
from api.overleggen.uitkomsten import category_of as outcome_category
from api.signalen.models import Signaal

# Categories whose content the inzage does not show (see the module's docstring).
SUMMARISED = frozenset({"politie", "justitie", "financieel"})


@dataclass(frozen=True)
class Soort:
    naam: str
    omschrijving: str
    model: type[Base]
    category: str
    provider: str | None  # the column naming the organisation that supplied it
    moment: str | None  # the column with the time it was registered
    # Shown although summarised (an antecedent's kind).
    summary_columns: tuple[str, ...] = ()
    # Not personal, shown as they are (a case's status, a plan item's owner).
    meta_columns: tuple[str, ...] = ()
    # Not shown: the youth's own id in a row that names it as personal data.
    hidden_columns: tuple[str, ...] = ()
    # The category of a column in this row when the row's kind decides it.
    category_of: Callable[[Session, Any, str, str], str] | None = None
    through_case: bool = False

    def rows(self, session: Session, jongere_id: str) -> list[Any]:
        column: Any = self.model.__table__.c
        if self.model is Jongere:
            about: ColumnElement[bool] = column.id == jongere_id
        elif self.through_case:
            about = column.casus_id.in_(select(Casus.id).where(Casus.jongere_id == jongere_id))
        else:
            about = column.jongere_id == jongere_id
        query = select(self.model).where(about)
        order = [column[self.moment]] if self.moment else []
        return list(session.scalars(query.order_by(*order, column.id)).all())

    def column_category(self, session: Session, row: Any, column: str, declared: str) -> str:
        return self.category_of(session, row, column, declared) if self.category_of else declared

    def main_category(self, session: Session, row: Any) -> str:
        return self.column_category(session, row, "", self.category)


def _measure(session: Session, row: Any, column: str, declared: str) -> str:
    return measure_category(row.soort)


def _outcome(session: Session, row: Any, column: str, declared: str) -> str:
    meeting = session.get(Overleg, row.overleg_id)
    return outcome_category(meeting.soort) if meeting else declared


def _correction(session: Session, row: Any, column: str, declared: str) -> str:
    return str(row.categorie)


def _escalation(session: Session, row: Any, column: str, declared: str) -> str:
    return reason_category(row.soort) if column in ("reden", "") else declared


SOORTEN: tuple[Soort, ...] = (
    Soort("jongere", "Identiteit", Jongere, "identiteit", "geregistreerd_door", "geregistreerd_op"),
    Soort("signaal", "Signalen", Signaal, "signaal", "bron_org", "geregistreerd_op"),
    Soort(
        "factor",
        "Risico- en beschermende factoren",
        Factor,
        "risico",
        "bron_org",
        "geregistreerd_op",
    ),
    Soort(
        "antecedent",
        "Opiumwet-antecedenten (samengevat: soort)",
        Antecedent,
        "politie",
        "bron_org",
        "geregistreerd_op",
        summary_columns=("soort",),
    ),
    Soort(
        "professioneel_oordeel",
        "Professionele oordelen van het signaaloverleg",
        ProfessioneelOordeel,
        "risico",
        "bron_org",
        "geregistreerd_op",
    ),
    Soort(
        "doelgroeptoets",
        "Doelgroeptoetsen (door het systeem afgeleid)",
        Doelgroeptoets,
        "risico",
        None,
        "berekend_op",
        meta_columns=("peildatum",),
    ),
    Soort(
        "agendapunt",
        "Besproken in overleggen",
        Agendapunt,
        "identiteit",
        "toegevoegd_door",
        None,
        meta_columns=("overleg_id",),
        hidden_columns=("jongere_id",),
    ),
    Soort(
        "overleguitkomst",
        "Uitkomsten van overleggen",
        OverlegUitkomst,
        "plan",
        "bron_org",
        "geregistreerd_op",
        category_of=_outcome,
    ),
    Soort(
        "groepslid",
        "Lidmaatschap van een jeugdgroep",
        Groepslid,
        "risico",
        "toegevoegd_door",
        "toegevoegd_op",
        meta_columns=("jeugdgroep_id",),
        hidden_columns=("jongere_id",),
    ),
    Soort(
        "casus",
        "Persoonsgerichte aanpak (casus)",
        Casus,
        "plan",
        "geopend_door",
        "geopend_op",
        meta_columns=("status", "regie"),
    ),
    Soort(
        "statuswijziging",
        "Statuswijzigingen van de casus",
        Statuswijziging,
        "plan",
        "door_org",
        "op",
        meta_columns=("van_status", "naar_status"),
        through_case=True,
    ),
    Soort(
        "planactie",
        "Plan van aanpak",
        Planactie,
        "plan",
        "eigenaar",
        "aangemaakt_op",
        through_case=True,
    ),
    Soort(
        "perspectiefplan",
        "Sociaal perspectiefplan",
        Perspectiefplan,
        "plan",
        None,
        "gewijzigd_op",
        through_case=True,
    ),
    Soort(
        "opschaling",
        "Opschalingen (ZVH, RIEC)",
        Opschaling,
        "plan",
        "gestart_door",
        "gestart_op",
        meta_columns=("soort",),
        category_of=_escalation,
        through_case=True,
    ),
    Soort(
        "riec_melding",
        "RIEC-meldingen (samengevat)",
        RiecMelding,
        "financieel",
        "beantwoord_door",
        "beantwoord_op",
    ),
    Soort(
        "casustaak",
        "Taken op de casus",
        CasusTaak,
        "plan",
        "afgehandeld_door",
        "aangemaakt_op",
        through_case=True,
    ),
    Soort(
        "maatregel",
        "Maatregelen",
        Maatregel,
        "maatregel",
        "opgelegd_door",
        "geregistreerd_op",
        meta_columns=("casus_id",),
        summary_columns=("soort",),
        category_of=_measure,
    ),
    Soort(
        "correctieverzoek",
        "Verzoeken om correctie (AVG art. 16)",
        Correctieverzoek,
        "identiteit",
        None,
        "ingediend_op",
        meta_columns=(
            "kenmerk",
            "soort",
            "item_id",
            "veld",
            "leverancier",
            "status",
            "ontvangen_op",
            "antwoord_uiterlijk",
            "afgehandeld_op",
        ),
        category_of=_correction,
    ),
)
