"""The signal card is reference data the municipality edits; only its policy advisers may."""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.settings import Settings
from tests.conftest import audit_rows, signaal_body


def test_a_policy_adviser_adds_and_retires_a_category(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    adviseur = caller("gemeente", "beleidsadviseur")
    added = app_client.post(
        "/v1/signaalcategorieen",
        json={"code": "crypto_wallet", "omschrijving": "Onverklaarbare cryptowallet"},
        headers=adviseur.headers(None),
    )
    assert added.status_code == 201, added.text
    assert added.json() == {
        "code": "crypto_wallet",
        "omschrijving": "Onverklaarbare cryptowallet",
        "actief": True,
        "indicator": None,  # a sign to discuss, until the municipality says it counts
        "versie": 1,
    }
    politie = caller("politie", "partner_system")
    used = app_client.post(
        "/v1/signalen", json=signaal_body(bsn, categorie="crypto_wallet"), headers=politie.headers()
    )
    assert used.status_code == 201

    retired = app_client.patch(
        "/v1/signaalcategorieen/crypto_wallet",
        json={"actief": False},
        headers=adviseur.headers(None),
    )
    assert retired.json()["actief"] is False
    refused = app_client.post(
        "/v1/signalen", json=signaal_body(bsn, categorie="crypto_wallet"), headers=politie.headers()
    )
    assert refused.status_code == 400
    assert refused.json()["invalidParams"][0]["name"] == "categorie"

    again = app_client.post(
        "/v1/signaalcategorieen",
        json={"code": "crypto_wallet", "omschrijving": "Nogmaals"},
        headers=adviseur.headers(None),
    )
    assert again.status_code == 409
    records = audit_rows(settings, client_id=adviseur.client_id)
    assert [(r["action"], r["resource_type"], r["decision"]) for r in records] == [
        ("create", "signaalcategorie", "allow"),
        ("update", "signaalcategorie", "allow"),
        ("create", "signaalcategorie", "allow"),
    ]
    assert records[2]["http_status"] == 409


def test_nobody_else_edits_the_signal_card(
    app_client: TestClient, caller, settings: Settings
) -> None:
    for org, role in (("gemeente", "casusregisseur"), ("politie", "partner_system")):
        who = caller(org, role)
        response = app_client.post(
            "/v1/signaalcategorieen",
            json={"code": "iets_nieuws", "omschrijving": "Iets nieuws"},
            headers=who.headers(None),
        )
        assert response.status_code == 403
        assert (
            response.json()["detail"]
            == "alleen gemeente (beleidsadviseur) beheren signaalcategorie"
        )
        assert [r["decision"] for r in audit_rows(settings, client_id=who.client_id)] == ["deny"]
    codes = {
        c["code"]
        for c in app_client.get(
            "/v1/signaalcategorieen", headers=caller("halt", "halt_medewerker").headers()
        ).json()["items"]
    }
    assert "iets_nieuws" not in codes
