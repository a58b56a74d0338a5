"""Erasure on request (AVG art. 17): the privacy officer, on a documented request of the youth,
destroys their data by the same path as the retention job (api/retentie/vernietiging.py).

Decided by aanwas.toezicht (resource vernietigingsverzoek, purpose inzage); the decision's
record, with the request's kenmerk, names the youth by pseudonym and is the destruction's
record. Refused with 409, and nothing changed, while a duty keeps the data (art. 17(3)(b): the
public task the covenants serve): an open case, an unanswered RIEC-melding, a measure in force.
"""

from __future__ import annotations

from api.db import utcnow
from api.jongeren.models import Jongere
from api.jongeren.service import not_found
from api.problems import Problem
from api.retentie import schemas
from api.retentie.job import today_in_amsterdam
from api.retentie.vernietiging import data_key_ids, destroy, subject
from api.retentie.verval import duties
from api.security.audit import Access
from api.security.gate import Gate
from api.security.vernietigd import VERZOEK_BETROKKENE

DONE = [
    "De gegevenssleutel van de jongere is vernietigd: de opgeslagen gegevens zijn niet meer te "
    "openen. Het BSN vindt de jongere niet meer; een nieuwe aanlevering maakt een nieuwe jongere.",
    "Wat blijft: dat de jongere bestond (zonder inhoud), wanneer en waarom de gegevens zijn "
    "vernietigd, en de audit-log van wie ze eerder verwerkte (zonder inhoud).",
]


def erase(gate: Gate, jongere_id: str, kenmerk: str) -> schemas.Vernietiging:
    jongere = gate.session.get(Jongere, jongere_id)
    # Decided first: whoever asks is on record, also for a youth that is not there (404) or
    # whose data is gone already (410, from the gate).
    gate.authorize_inzage(Access("destroy", "vernietigingsverzoek", kenmerk, jongere_id))
    if jongere is None:
        raise not_found()
    today = today_in_amsterdam()
    keeping = duties(gate.session, jongere_id, today)
    if keeping:
        raise Problem(
            409,
            "Wissen kan nu niet",
            "De gegevens moeten nog worden bewaard: " + "; ".join(keeping) + ".",
            type_="bewaarplicht",
            extra={"redenen": keeping},
        )
    keys = data_key_ids(gate.session, jongere_id)
    destroy(gate.session, jongere_id, VERZOEK_BETROKKENE, utcnow())
    # This process stops opening them now (a rollback only makes it read them again); the
    # others when their cached copy expires.
    gate.forget_data_keys(subject(jongere_id), keys)
    return schemas.Vernietiging(
        jongere_id=jongere_id,
        kenmerk=kenmerk,
        grond=VERZOEK_BETROKKENE,
        vernietigd_op=today,
        toelichting=DONE,
    )
