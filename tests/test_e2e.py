"""End to end over real HTTP: uvicorn on a free port, the real OPA, the Python client."""

from __future__ import annotations

import time

import httpx
import pytest
from aanwas_client import AanwasClient, Problem

from api.settings import Settings
from tests.conftest import audit_rows, register, signaal_body


def test_partner_pushes_and_reads_a_signal_over_http(
    server: str, settings: Settings, bsn: str
) -> None:
    politie_id, politie_secret = register(settings, "politie", "partner_system")
    jongerenwerk_id, jongerenwerk_secret = register(settings, "jongerenwerk", "jongerenwerker")
    om_id, om_secret = register(settings, "om", "officier")

    with AanwasClient(server, politie_id, politie_secret, purpose="signalering") as politie:
        created = politie.push_signaal(signaal_body(bsn))
        first_token = politie.access_token()
        again = politie.push_signaal(signaal_body(bsn, categorie="pakketjes"))
        assert politie.access_token() == first_token, "a fresh token is reused"
        time.sleep(3.5)
        politie.get_signaal(created["id"])
        assert politie.access_token() != first_token, "a token near expiry is renewed"
    assert again["jongereId"] == created["jongereId"]

    with AanwasClient(server, jongerenwerk_id, jongerenwerk_secret) as jongerenwerk:
        signaal = jongerenwerk.get_signaal(created["id"], purpose="signalering")
        assert signaal["omschrijving"] == signaal_body(bsn)["omschrijving"]
        assert signaal["jongere"]["voornamen"] == "Sem"
        listed = jongerenwerk.signalen_van_jongere(created["jongereId"], purpose="groepsaanpak")
        assert {item["categorie"] for item in listed["items"]} == {
            "meerdere_telefoons",
            "pakketjes",
        }
        with pytest.raises(Problem) as no_purpose:
            jongerenwerk.get_signaal(created["id"])
        assert no_purpose.value.status == 403

    with (
        AanwasClient(server, om_id, om_secret, purpose="signalering") as om,
        pytest.raises(Problem) as denied,
    ):
        om.get_signaal(created["id"])
    assert denied.value.status == 403
    assert "om" in (denied.value.detail or "")
    assert [r["decision"] for r in audit_rows(settings, client_id=om_id)] == ["deny"]

    with (
        AanwasClient(server, om_id, "wrong-secret") as impostor,
        pytest.raises(Problem) as rejected,
    ):
        impostor.get_signaal(created["id"], purpose="signalering")
    assert rejected.value.status == 401

    response = httpx.get(f"{server}/v1/openapi.json")
    assert response.status_code == 200 and response.headers["API-Version"]
