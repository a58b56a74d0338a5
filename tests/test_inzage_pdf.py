"""The inzage as a PDF to hand to the youth, and the form chosen by `formaat` or `Accept`: the
PDF holds the same document in Dutch (read back from the PDF's text), is a download named
without personal data, is never cached and is on record exactly like the JSON and HTML; a
caller who may not have it gets a 403 problem+json, never a PDF; an Accept the API cannot
serve gets a 406 and changes nothing."""

from __future__ import annotations

import io
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pypdf import PdfReader

from api.settings import Settings
from tests import test_aanpak
from tests.conftest import Caller, audit_rows, pseudonym
from tests.test_aanpak import Denied, Parties, open_case

parties = test_aanpak.parties
denied = test_aanpak.denied

KENMERK = "AVG-2026/0107"  # the letter's reference; a "/" cannot go into a file name


def inzage_records(settings: Settings, jongere_id: str) -> list[dict[str, Any]]:
    return audit_rows(
        settings, resource_type="inzage", jongere_pseudoniem=pseudonym(settings, jongere_id)
    )


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


@pytest.fixture
def youth(app_client: TestClient, parties: Parties, bsn: str) -> str:
    """A youth with a case whose signal halt read (a recipient)."""
    jongere_id, _ = open_case(app_client, parties, bsn)
    signals = app_client.get(
        f"/v1/jongeren/{jongere_id}/signalen", headers=parties.halt.headers("pga")
    )
    assert signals.status_code == 200, signals.text
    return jongere_id


@pytest.fixture
def officer(caller: Any) -> Caller:
    return caller("privacy", "privacy_officer")  # type: ignore[no-any-return]


def test_the_pdf_is_the_document_in_dutch_a_download_without_personal_data_in_its_name(
    app_client: TestClient, youth: str, officer: Caller, bsn: str
) -> None:
    url = f"/v1/jongeren/{youth}/inzage"
    by_format = app_client.get(
        url, params={"kenmerk": KENMERK, "formaat": "pdf"}, headers=officer.headers("inzage")
    )
    by_accept = app_client.get(
        url,
        params={"kenmerk": KENMERK},
        headers={**officer.headers("inzage"), "Accept": "application/pdf"},
    )
    for response in (by_format, by_accept):
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "application/pdf"
        assert response.headers["content-disposition"] == (
            'attachment; filename="inzage-AVG-2026-0107.pdf"'
        )
        assert response.headers["cache-control"] == "no-store"
        assert response.content.startswith(b"%PDF-")
        text = pdf_text(response.content)
        assert "Inzage in vastgelegde gegevens (AVG artikel 15)" in text
        assert "Sem" in text and "de Vries" in text  # the youth's own name, in their document
        assert KENMERK in text and "Vastgelegde gegevens" in text
        recipients = text.split("Ontvangers", 1)[1].split("Verstrekkingen", 1)[0]
        assert "halt" in recipients and "pga" in recipients  # who received the data
        assert "Geweigerde verzoeken" in text
        for header in response.headers.values():
            assert "Sem" not in header and "Vries" not in header and bsn not in header


def test_the_pdf_is_on_record_like_the_json_and_the_html(
    app_client: TestClient, settings: Settings, youth: str, officer: Caller
) -> None:
    shown = []
    for formaat in ("json", "html", "pdf"):
        before = len(inzage_records(settings, youth))
        response = app_client.get(
            f"/v1/jongeren/{youth}/inzage",
            params={"kenmerk": KENMERK, "formaat": formaat},
            headers=officer.headers("inzage"),
        )
        assert response.status_code == 200, response.text
        records = inzage_records(settings, youth)
        assert len(records) == before + 1  # one record per inzage, whatever its form
        record = records[-1]
        assert (record["decision"], record["http_status"], record["resource_id"]) == (
            "allow",
            200,
            KENMERK,
        )
        assert (record["org"], record["purpose"]) == ("privacy", "inzage")
        shown.append((sorted(record["categories"]), sorted(record["fields"])))
    assert shown[0] == shown[1] == shown[2]  # the same content shown, so the same record


def test_accept_chooses_the_form_and_an_explicit_formaat_wins(
    app_client: TestClient, youth: str, officer: Caller
) -> None:
    url = f"/v1/jongeren/{youth}/inzage"
    for accept, formaat, media_type in (
        (None, None, "application/json"),
        ("*/*", None, "application/json"),
        ("application/json", None, "application/json"),
        ("text/html", None, "text/html; charset=utf-8"),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", None, "text/html"),
        ("application/json;q=0.5, application/pdf", None, "application/pdf"),
        ("application/*", None, "application/json"),
        ("application/pdf", "json", "application/json"),
        ("application/json", "html", "text/html"),
        ("image/png", "pdf", "application/pdf"),
    ):
        headers = officer.headers("inzage")
        if accept is not None:
            headers["Accept"] = accept
        params = {"kenmerk": KENMERK, **({"formaat": formaat} if formaat else {})}
        response = app_client.get(url, params=params, headers=headers)
        assert response.status_code == 200, (accept, formaat, response.text)
        assert response.headers["content-type"].startswith(media_type), (accept, formaat)
        if media_type == "application/json":
            assert response.json()["kenmerk"] == KENMERK


def test_an_accept_we_cannot_serve_is_a_406_and_changes_nothing(
    app_client: TestClient, settings: Settings, youth: str, officer: Caller
) -> None:
    before = inzage_records(settings, youth)
    for accept in ("image/png", "text/csv, application/xml", "application/pdf;q=0"):
        response = app_client.get(
            f"/v1/jongeren/{youth}/inzage",
            params={"kenmerk": KENMERK},
            headers={**officer.headers("inzage"), "Accept": accept},
        )
        assert response.status_code == 406, response.text
        assert response.headers["content-type"] == "application/problem+json"
        assert "formaat=json, html of pdf" in response.json()["detail"]
    unknown = app_client.get(
        f"/v1/jongeren/{youth}/inzage",
        params={"kenmerk": KENMERK, "formaat": "docx"},
        headers=officer.headers("inzage"),
    )
    assert unknown.status_code == 400
    assert [p["name"] for p in unknown.json()["invalidParams"]] == ["formaat"]
    assert inzage_records(settings, youth) == before  # nothing drawn up, nothing on record


def test_a_caller_who_may_not_have_it_gets_a_403_problem_not_a_pdf(
    app_client: TestClient,
    parties: Parties,
    youth: str,
    officer: Caller,
    bsn: str,
    denied: Denied,
) -> None:
    url = f"/v1/jongeren/{youth}/inzage"
    for who, purpose, reason in (
        (parties.gemeente, "inzage", "alleen de privacy officer"),
        (officer, "toezicht", "alleen gelezen, voor doel inzage"),
    ):
        headers = {**who.headers(purpose), "Accept": "application/pdf"}
        denied(app_client.get(url, params={"kenmerk": KENMERK}, headers=headers), reason)
        denied(
            app_client.get(url, params={"kenmerk": KENMERK, "formaat": "pdf"}, headers=headers),
            reason,
        )
        by_bsn = app_client.post(
            "/v1/toezicht/inzage",
            params={"formaat": "pdf"},
            json={"bsn": bsn, "kenmerk": KENMERK},
            headers=headers,
        )
        denied(by_bsn, reason)


def test_the_officer_gets_the_pdf_by_bsn_too(
    app_client: TestClient, youth: str, officer: Caller, bsn: str
) -> None:
    response = app_client.post(
        "/v1/toezicht/inzage",
        json={"bsn": bsn, "kenmerk": KENMERK},
        headers={**officer.headers("inzage"), "Accept": "application/pdf"},
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "Sem" in text and bsn in text  # the youth's own BSN, in their own document
    assert bsn not in response.headers["content-disposition"]
