"""Filing, listing and answering correction requests, each through the gate (aanwas.correctie):
the officer files and lists a youth's requests, the supplier of an item alone sees and answers
the requests about it. Every step is on record, naming the youth's pseudonym."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from api.correctie import schemas
from api.correctie.models import CORRECTED, OPEN, REJECTED, Correctieverzoek
from api.db import new_id, utcnow
from api.inzage.soorten import SOORTEN, Soort
from api.jongeren.models import Jongere
from api.jongeren.service import not_found as youth_not_found
from api.pagination import paginate
from api.problems import Problem
from api.security.audit import Access
from api.security.gate import Gate
from api.security.permit import Permit
from api.tijd import een_maand_na, vandaag

KINDS: dict[str, Soort] = {soort.naam: soort for soort in SOORTEN}


def item_not_found() -> Problem:
    return Problem(
        404,
        "Niet gevonden",
        "De jongere heeft geen gegeven van deze soort met dit id (zie de inzage).",
        type_="niet-gevonden",
    )


def request_not_found() -> Problem:
    return Problem(
        404, "Niet gevonden", "Er is geen correctieverzoek met dit id.", type_="niet-gevonden"
    )


def _item(gate: Gate, jongere: Jongere, item: schemas.Item) -> tuple[str, str] | None:
    """The item's supplier and category, or None when the youth has no such item."""
    soort = KINDS.get(item.soort)
    if soort is None or soort.provider is None:
        return None  # not a kind of the inzage, or derived by the system (no supplier)
    if soort.model is Jongere:
        if item.id != jongere.id or item.veld is None:
            return None
        return jongere.geregistreerd_door, "identiteit"
    if item.veld is not None:
        return None
    row = next((r for r in soort.rows(gate.session, jongere.id) if str(r.id) == item.id), None)
    if row is None or getattr(row, soort.provider) is None:
        return None
    return str(getattr(row, soort.provider)), soort.main_category(gate.session, row)


def file(
    gate: Gate, jongere_id: str, body: schemas.CorrectieverzoekNieuw
) -> schemas.Correctieverzoek:
    jongere = gate.session.get(Jongere, jongere_id)
    found = _item(gate, jongere, body.item) if jongere is not None else None
    supplier, category = found or (None, None)
    request_id = new_id()
    permit = gate.authorize_correction(
        Access("create", "correctieverzoek", request_id, jongere_id),
        {"scope": "officer", "provided_by": supplier, "categories": [category] if category else []},
    )
    if jongere is None:
        raise youth_not_found()
    if supplier is None or category is None:
        raise item_not_found()
    received = body.ontvangen_op or vandaag()
    if received > vandaag():
        raise Problem(
            422,
            "Ontvangstdatum in de toekomst",
            "ontvangenOp ligt na vandaag (Europe/Amsterdam); geef de datum van ontvangst.",
            type_="ontvangstdatum-in-de-toekomst",
        )
    request = Correctieverzoek(
        id=request_id,
        jongere_id=jongere_id,
        kenmerk=body.kenmerk,
        soort=body.item.soort,
        item_id=body.item.id,
        veld=body.item.veld,
        leverancier=supplier,
        categorie=category,
        ontvangen_op=received,
        antwoord_uiterlijk=een_maand_na(received),
        status=OPEN,
    )
    gate.seal(request, "verzoek", body.verzoek, category)
    gate.session.add(request)
    gate.session.flush()
    return present(permit, request)


def for_youth(gate: Gate, jongere_id: str, page: int, size: int) -> schemas.CorrectieverzoekLijst:
    permit = gate.authorize_correction(
        Access("read", "correctieverzoek", None, jongere_id), {"scope": "officer"}
    )
    if gate.session.get(Jongere, jongere_id) is None:
        raise youth_not_found()
    query = select(Correctieverzoek).where(Correctieverzoek.jongere_id == jongere_id)
    return _page(gate, permit, query, page, size)


def for_supplier(gate: Gate, status: str, page: int, size: int) -> schemas.CorrectieverzoekLijst:
    permit = gate.authorize_correction(Access("list", "correctieverzoek"), {"scope": "leverancier"})
    if permit.only_provided_by is None:  # the policy always narrows a supplier's list
        raise Problem(403, "Geen toegang", "Alleen eigen gegevens.", type_="geen-toegang")
    query = select(Correctieverzoek).where(Correctieverzoek.leverancier == permit.only_provided_by)
    query = query.where(
        Correctieverzoek.status == OPEN
        if status == OPEN
        else Correctieverzoek.status.in_((CORRECTED, REJECTED))
    )
    return _page(gate, permit, query, page, size)


def _page(
    gate: Gate, permit: Permit, query: Any, page: int, size: int
) -> schemas.CorrectieverzoekLijst:
    rows, total = paginate(
        gate.session,
        query,
        Correctieverzoek.antwoord_uiterlijk,
        Correctieverzoek.id,
        page=page,
        size=size,
    )
    return schemas.CorrectieverzoekLijst(
        items=[present(permit, row) for row in rows], pagina=page, pagina_grootte=size, totaal=total
    )


def answer(gate: Gate, verzoek_id: str, body: schemas.Afhandeling) -> schemas.Correctieverzoek:
    request = gate.session.get(Correctieverzoek, verzoek_id)
    # A missing request is asked about as the caller's own: a supplier learns it is not there
    # (404), anyone else is refused as for any request (403).
    facts = {
        "scope": "leverancier",
        "provided_by": request.leverancier if request else gate.principal.org,
        "categories": [request.categorie] if request else [],
    }
    permit = gate.authorize_correction(
        Access("update", "correctieverzoek", verzoek_id, request.jongere_id if request else None),
        facts,
    )
    if request is None:
        raise request_not_found()
    if request.status != OPEN:
        raise Problem(
            409,
            "Al afgehandeld",
            "Dit correctieverzoek is al beantwoord; een antwoord wordt niet overschreven.",
            type_="al-afgehandeld",
        )
    reason = (body.toelichting or "").strip()
    if body.uitkomst == REJECTED and not reason:
        raise Problem(
            422,
            "Reden ontbreekt",
            "Een afwijzing vermeldt de reden (AVG art. 12 lid 4): vul toelichting in.",
            type_="reden-ontbreekt",
        )
    request.status = body.uitkomst
    request.afgehandeld_op = utcnow()
    if reason:
        gate.seal(request, "toelichting", reason, request.categorie)
    gate.session.flush()
    return present(permit, request)


def present(permit: Permit, request: Correctieverzoek) -> schemas.Correctieverzoek:
    texts: dict[str, Any] = {}
    for column in ("verzoek", "toelichting"):
        if getattr(request, column) is not None:
            visible, value = permit.reveal(request, column, request.categorie)
            if visible:
                texts[column] = value
    return schemas.Correctieverzoek(
        id=request.id,
        jongere_id=request.jongere_id,
        kenmerk=request.kenmerk,
        item=schemas.Item(soort=request.soort, id=request.item_id, veld=request.veld),
        leverancier=request.leverancier,
        categorie=request.categorie,
        ontvangen_op=request.ontvangen_op,
        antwoord_uiterlijk=request.antwoord_uiterlijk,
        status=request.status,
        afgehandeld_op=request.afgehandeld_op.isoformat() if request.afgehandeld_op else None,
        **texts,
    )
