"""The inzage (AVG art. 15): what is stored about one youth, for which purpose and covenant and
how long, and who received it (from the audit log, through the youth's pseudonym).

Above the slices, like api/dossier: it reads every slice's records about the youth. One policy
decision (aanwas.toezicht, resource inzage, purpose inzage) opens them; its Permit notes every
field shown, so the inzage is itself on record as a read of the youth's data by the officer.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

from pydantic.alias_generators import to_camel
from sqlalchemy import select

from api.beoordeling.doelgroeptoets import AMSTERDAM
from api.db import utcnow
from api.inzage import schemas
from api.inzage.soorten import SOORTEN, SUMMARISED, Soort
from api.jongeren.models import Jongere, Samenvoeging
from api.jongeren.service import find_by_bsn, not_found
from api.retentie.bewaartermijn import add_period, sharing
from api.security.audit import Access
from api.security.gate import Gate
from api.security.models import AuditRecord
from api.security.permit import Permit

# The accesses that show a youth's data to whoever asked (a write supplies, it does not receive).
RECEIVING = frozenset({"read", "list"})

TOELICHTING = [
    "Dit overzicht beantwoordt een inzageverzoek (AVG art. 15): welke gegevens over de "
    "jongere zijn vastgelegd, met welk doel en onder welk convenant, hoe lang ze bewaard "
    "worden en wie ze heeft ontvangen.",
    "Politie-, justitie- en RIEC-gegevens worden samengevat (dat ze er zijn, van wie, wanneer); "
    "de inhoud is op te vragen bij de politie (Wet politiegegevens art. 25), het Openbaar "
    "Ministerie (Wjsg art. 18) of het RIEC.",
    "Bewaren tot: de registratiedatum plus de langste bewaartermijn van de convenanten "
    "waaronder de leverancier dit soort gegevens deelt.",
    "Ontvangers en weigeringen komen uit de audit-log; dit inzageverzoek zelf staat daar ook "
    "in, als inzage door de functionaris gegevensbescherming.",
]


def by_bsn(gate: Gate, bsn: str, kenmerk: str) -> schemas.Inzage:
    jongere = find_by_bsn(gate, bsn)
    return _document(gate, jongere, jongere.id if jongere else None, kenmerk)


def by_id(gate: Gate, jongere_id: str, kenmerk: str) -> schemas.Inzage:
    return _document(gate, gate.session.get(Jongere, jongere_id), jongere_id, kenmerk)


def _document(
    gate: Gate, jongere: Jongere | None, jongere_id: str | None, kenmerk: str
) -> schemas.Inzage:
    # Decided first: whoever asks is on record (with the request's reference as the record's
    # resource id), also for a youth that is not there.
    permit = gate.authorize_inzage(Access("read", "inzage", kenmerk, jongere_id))
    if jongere is None or jongere_id is None:
        raise not_found()
    covenants, _ = gate.covenant_texts()
    parts = [
        schemas.Onderdeel(
            soort=soort.naam,
            omschrijving=soort.omschrijving,
            categorie=soort.category,
            items=items,
        )
        for soort in SOORTEN
        if (
            items := [
                _item(gate, permit, soort, row, covenants) for row in _rows(gate, soort, jongere)
            ]
        )
    ]
    records = _records(gate, jongere_id)
    received = [r for r in records if _received(r)]
    return schemas.Inzage(
        jongere_id=jongere_id,
        kenmerk=kenmerk,
        gegenereerd_op=utcnow().isoformat(),
        beleidsrevisie=permit.decision.revision,
        gegevens=parts,
        ontvangers=_recipients(received),
        verstrekkingen=[_handed_over(r) for r in received],
        weigeringen=[_refusal(r) for r in records if r.decision == "deny"],
        toelichting=TOELICHTING,
    )


def _rows(gate: Gate, soort: Soort, jongere: Jongere) -> list[Any]:
    return soort.rows(gate.session, jongere.id)


def _item(
    gate: Gate, permit: Permit, soort: Soort, row: Any, covenants: dict[str, Any]
) -> schemas.Gegeven:
    session = gate.session
    shown: dict[str, Any] = {}
    summarised: set[str] = set()
    for column in row.__table__.columns:
        name = column.name
        if name in soort.meta_columns:
            shown[to_camel(name)] = _plain(getattr(row, name))
            continue
        declared = column.info.get("category")
        if declared is None or name in soort.hidden_columns:
            continue  # (a hidden column is not opened: the record says only what was shown)
        category = soort.column_category(session, row, name, declared)
        if category in SUMMARISED and name not in soort.summary_columns:
            if getattr(row, name) is not None:
                summarised.add(category)
            continue
        visible, value = permit.reveal(row, name, category)
        if visible:
            shown[to_camel(name)] = _plain(value)
    category = soort.main_category(session, row)
    provider = getattr(row, soort.provider) if soort.provider else None
    moment: datetime | None = getattr(row, soort.moment) if soort.moment else None
    basis = _basis(covenants, provider, category)
    return schemas.Gegeven(
        id=str(row.id),
        categorie=category,
        geleverd_door=provider,
        geregistreerd_op=moment.isoformat() if moment else None,
        gegevens=shown,
        samengevat=sorted(summarised),
        grondslag=basis,
        bewaren_tot=_kept_until(moment, basis),
    )


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def _basis(
    covenants: dict[str, Any], provider: str | None, category: str
) -> list[schemas.Grondslag]:
    """The covenants under which the supplier shares this category (any party's, for what the
    system derived itself)."""
    return [
        schemas.Grondslag(
            convenant=code,
            titel=text.get("titel"),
            doelen=list(text.get("doelen", [])),
            bewaartermijn=text.get("bewaartermijn"),
        )
        for code, text in sharing(covenants, provider, category)
    ]


def _kept_until(moment: datetime | None, basis: list[schemas.Grondslag]) -> date | None:
    """The registration date (Amsterdam) plus the longest retention period of its basis."""
    if moment is None:
        return None
    day = moment.astimezone(AMSTERDAM).date()
    ends = [end for g in basis if g.bewaartermijn and (end := add_period(day, g.bewaartermijn))]
    return max(ends, default=None)


# --- the recipients, from the audit log ----------------------------------------------------------


def _records(gate: Gate, jongere_id: str) -> list[AuditRecord]:
    """The youth's records in the log, also of records merged into this youth (their history
    is logged under the pseudonym they had)."""
    merged = gate.session.scalars(
        select(Samenvoeging.bron_id).where(
            Samenvoeging.doel_id == jongere_id, Samenvoeging.teruggedraaid_op.is_(None)
        )
    ).all()
    pseudonyms = {p for y in [jongere_id, *merged] if (p := gate.pseudonym(y))}
    query = (
        select(AuditRecord)
        .where(AuditRecord.jongere_pseudoniem.in_(sorted(pseudonyms)))
        .order_by(AuditRecord.id)
    )
    return list(gate.session.scalars(query).all())


def _received(record: AuditRecord) -> bool:
    return (
        record.decision == "allow"
        and record.action in RECEIVING
        and bool(record.categories)
        and (record.http_status or 200) < 400
    )


def _handed_over(record: AuditRecord) -> schemas.Verstrekking:
    return schemas.Verstrekking(
        tijd=record.occurred_at.isoformat(),
        organisatie=record.org,
        rollen=list(record.roles),
        actie=record.action,
        soort=record.resource_type,
        categorieen=list(record.categories),
        velden=record.fields,
        doel=record.purpose,
        convenanten=list(record.covenants),
        grondslag=record.basis,
    )


def _recipients(received: list[AuditRecord]) -> list[schemas.Ontvanger]:
    per_org: dict[str | None, list[AuditRecord]] = defaultdict(list)
    for record in received:
        per_org[record.org].append(record)
    return [
        schemas.Ontvanger(
            organisatie=org,
            categorieen=sorted({c for r in records for c in r.categories}),
            doelen=sorted({r.purpose for r in records if r.purpose}),
            convenanten=sorted({c for r in records for c in r.covenants}),
            keren=len(records),
            eerste=records[0].occurred_at.isoformat(),
            laatste=records[-1].occurred_at.isoformat(),
        )
        for org, records in sorted(per_org.items(), key=lambda item: item[0] or "")
    ]


def _refusal(record: AuditRecord) -> schemas.Weigering:
    return schemas.Weigering(
        tijd=record.occurred_at.isoformat(),
        organisatie=record.org,
        rollen=list(record.roles),
        actie=record.action,
        soort=record.resource_type,
        doel=record.purpose,
        reden=record.reason,
    )
