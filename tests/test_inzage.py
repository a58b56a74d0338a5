"""The inzage (AVG art. 15): the privacy officer hands a youth what is stored about them, for
which purpose and covenant, how long it is kept, and who received it (from the audit log).
Police data is summarised; other youths' accesses stay out; nobody else gets it; the inzage
itself is on record. Through the API, on both databases."""

from __future__ import annotations

import json
from datetime import date

from fastapi.testclient import TestClient

from api.db import Base
from api.inzage import schemas, weergave
from api.inzage.service import add_period
from api.inzage.soorten import SOORTEN
from api.settings import Settings
from tests import test_aanpak
from tests.conftest import VALID_BSNS, audit_rows, signaal_body
from tests.test_aanpak import Denied, Parties, open_case

parties = test_aanpak.parties
denied = test_aanpak.denied

SECRET_POLICE_TEXT = "Aangehouden met twaalf bolletjes bij het station"
# The reference of the youth's written request, which the inzage answers (on record).
KENMERK = "AVG-2026-0042"
BY_ID = {"kenmerk": KENMERK}


def test_the_inzage_lists_the_data_exactly_its_recipients_and_the_refusal(
    app_client: TestClient,
    parties: Parties,
    caller,
    bsn: str,
    settings: Settings,
    denied: Denied,
) -> None:
    jongere_id, casus_id = open_case(app_client, parties, bsn)
    antecedent = app_client.post(
        f"/v1/jongeren/{jongere_id}/antecedenten",
        json={
            "soort": "bezit",
            "status": "verdachte",
            "feitdatum": "2026-09-01",
            "omschrijving": SECRET_POLICE_TEXT,
        },
        headers=parties.politie.headers(),
    )
    assert antecedent.status_code == 201, antecedent.text
    signals = app_client.get(
        f"/v1/jongeren/{jongere_id}/signalen", headers=parties.gemeente.headers("pga")
    )
    assert signals.status_code == 200, signals.text
    signal_id = signals.json()["items"][0]["id"]
    read = app_client.get(f"/v1/signalen/{signal_id}", headers=parties.halt.headers("pga"))
    assert read.status_code == 200, read.text
    # The OM is no party to the pga covenant: refused, on record.
    denied(
        app_client.get(f"/v1/signalen/{signal_id}", headers=parties.om.headers("pga")),
        "",
    )
    # Another youth, read by youth work: not in this youth's inzage.
    other_bsn = next(b for b in VALID_BSNS if b != bsn and b != "111222333")
    other = app_client.post(
        "/v1/signalen", json=signaal_body(other_bsn), headers=parties.politie.headers()
    )
    assert other.status_code in (200, 201), other.text
    app_client.get(
        f"/v1/signalen/{other.json()['id']}", headers=parties.jongerenwerk.headers("pga")
    )

    officer = caller("privacy", "privacy_officer")
    answer = app_client.post(
        "/v1/toezicht/inzage",
        json={"bsn": bsn, "kenmerk": KENMERK},
        headers=officer.headers("inzage"),
    )
    assert answer.status_code == 200, answer.text
    document = answer.json()
    assert document["jongereId"] == jongere_id and document["kenmerk"] == KENMERK
    assert document["beleidsrevisie"] and document["gegenereerdOp"]

    parts = {part["soort"]: part for part in document["gegevens"]}
    (identity,) = parts["jongere"]["items"]
    assert identity["gegevens"]["voornamen"] == "Sem"
    assert identity["gegevens"]["bsn"] == bsn  # the youth's own BSN, in their own document
    assert identity["geleverdDoor"] == "politie"
    pushed = parts["signaal"]["items"]
    assert sorted(s["gegevens"]["categorie"] for s in pushed) == [
        "online_ronselen",
        "schulden_of_bedreiging",
    ]
    assert pushed[0]["gegevens"]["omschrijving"] == signaal_body(bsn)["omschrijving"]
    basis = {g["convenant"]: g for g in pushed[0]["grondslag"]}
    assert set(basis) == {"groepsaanpak", "pga", "riec", "zvh"}
    assert basis["pga"]["doelen"] == ["pga"] and basis["pga"]["bewaartermijn"] == "P5Y"
    registered = date.fromisoformat(pushed[0]["geregistreerdOp"][:10])
    assert pushed[0]["bewarenTot"] in {
        add_period(registered, "P5Y").isoformat(),  # type: ignore[union-attr]
        add_period(registered, "P5Y1D").isoformat(),  # type: ignore[union-attr]
    }
    # Police data: that it is there, its kind; not its content.
    (fact,) = parts["antecedent"]["items"]
    assert fact["gegevens"] == {"soort": "bezit"} and fact["samengevat"] == ["politie"]
    assert SECRET_POLICE_TEXT not in answer.text and "2026-09-01" not in answer.text
    (case,) = parts["casus"]["items"]
    assert case["id"] == casus_id and case["gegevens"]["status"] == "aangemeld"

    # Exactly the recipients and the refusal, from the log; the other youth's reader is absent.
    readers = {(r["organisatie"], tuple(r["doelen"])) for r in document["ontvangers"]}
    assert readers == {("gemeente", ("pga",)), ("halt", ("pga",))}, document["ontvangers"]
    halt = next(r for r in document["ontvangers"] if r["organisatie"] == "halt")
    assert halt["categorieen"] == ["identiteit", "signaal"] and halt["convenanten"] == ["pga"]
    assert {v["organisatie"] for v in document["verstrekkingen"]} == {"gemeente", "halt"}
    assert [(w["organisatie"], w["doel"]) for w in document["weigeringen"]] == [("om", "pga")]
    assert "jongerenwerk" not in json.dumps(document["ontvangers"])

    # The inzage is itself on record: the officer read the youth's data, for inzage.
    (record,) = audit_rows(settings, resource_type="inzage", decision="allow")[-1:]
    assert (record["org"], record["purpose"], record["jongere_id"]) == (
        "privacy",
        "inzage",
        jongere_id,
    )
    assert {"identiteit", "signaal", "politie"} <= set(record["categories"])
    assert "jongeren.voornamen" in record["fields"]
    assert record["resource_id"] == KENMERK  # the documented request it answers
    assert "antecedenten.omschrijving" not in record["fields"]
    # No BSN in the log.
    assert not [r for r in audit_rows(settings) if bsn in json.dumps(r, default=str)]

    # The printable document, in Dutch, by id; the earlier inzage is now a recipient too.
    page = app_client.get(
        f"/v1/jongeren/{jongere_id}/inzage",
        params={**BY_ID, "formaat": "html"},
        headers=officer.headers("inzage"),
    )
    assert page.status_code == 200, page.text
    assert page.headers["content-type"].startswith("text/html")
    assert "Inzage in vastgelegde gegevens" in page.text and "Sem" in page.text
    assert "Geweigerde verzoeken" in page.text and SECRET_POLICE_TEXT not in page.text
    again = app_client.get(
        f"/v1/jongeren/{jongere_id}/inzage", params=BY_ID, headers=officer.headers("inzage")
    )
    assert "privacy" in {r["organisatie"] for r in again.json()["ontvangers"]}


def test_only_the_privacy_officer_for_inzage_and_an_unknown_bsn_is_404(
    app_client: TestClient, parties: Parties, caller, bsn: str, settings: Settings, denied: Denied
) -> None:
    jongere_id, _ = open_case(app_client, parties, bsn)
    for who in (parties.gemeente, parties.politie):
        by_bsn = app_client.post(
            "/v1/toezicht/inzage",
            json={"bsn": bsn, "kenmerk": KENMERK},
            headers=who.headers("inzage"),
        )
        denied(by_bsn, "alleen de privacy officer")
        assert bsn not in by_bsn.text  # the BSN asked for is not echoed
        denied(
            app_client.get(
                f"/v1/jongeren/{jongere_id}/inzage", params=BY_ID, headers=who.headers("inzage")
            ),
            "alleen de privacy officer",
        )
    officer = caller("privacy", "privacy_officer")
    denied(
        app_client.get(
            f"/v1/jongeren/{jongere_id}/inzage", params=BY_ID, headers=officer.headers("toezicht")
        ),
        "alleen gelezen, voor doel inzage",
    )

    unknown = "900000016"  # passes the elfproef; no test registers it
    assert unknown not in VALID_BSNS
    missing = app_client.post(
        "/v1/toezicht/inzage",
        json={"bsn": unknown, "kenmerk": KENMERK},
        headers=officer.headers("inzage"),
    )
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    assert unknown not in missing.text
    bad = app_client.post(
        "/v1/toezicht/inzage",
        json={"bsn": "123456789", "kenmerk": KENMERK},
        headers=officer.headers("inzage"),
    )
    assert bad.status_code == 400 and "123456789" not in bad.text
    # An inzage answers a documented request: without its reference, a 400 naming the field.
    undocumented = app_client.get(
        f"/v1/jongeren/{jongere_id}/inzage", headers=officer.headers("inzage")
    )
    assert undocumented.status_code == 400
    assert [p["name"] for p in undocumented.json()["invalidParams"]] == ["kenmerk"]
    # Neither BSN is in the log.
    logged = json.dumps(audit_rows(settings), default=str)
    assert unknown not in logged and "123456789" not in logged


def test_every_table_about_a_youth_is_in_the_inzage() -> None:
    """A new table holding a youth's personal data must be added to api/inzage/soorten.py."""
    shown = {soort.model.__tablename__ for soort in SOORTEN}
    about_youths = {
        table.name
        for table in Base.metadata.sorted_tables
        if any(column.info.get("category") for column in table.columns)
        and ("jongere_id" in table.columns or "casus_id" in table.columns)
    }
    assert about_youths - shown == set()
    assert add_period(date(2024, 2, 29), "P1Y") == date(2025, 2, 28)
    assert add_period(date(2024, 1, 31), "P1M") == date(2024, 2, 29)
    assert add_period(date(2024, 1, 1), "PT5H") is None


def test_the_printed_inzage_escapes_what_was_stored() -> None:
    stored = "<script>alert(1)</script> & co"
    item = schemas.Gegeven(
        id="s1",
        categorie="signaal",
        geleverd_door="politie",
        geregistreerd_op=None,
        gegevens={"omschrijving": stored},
        samengevat=[],
        grondslag=[],
        bewaren_tot=None,
    )
    document = schemas.Inzage(
        jongere_id="j1",
        kenmerk="AVG-1",
        gegenereerd_op="2026-12-06T03:00:00+00:00",
        beleidsrevisie="8/x",
        gegevens=[
            schemas.Onderdeel(
                soort="signaal", omschrijving="Signalen", categorie="signaal", items=[item]
            )
        ],
        ontvangers=[],
        verstrekkingen=[],
        weigeringen=[],
        toelichting=["Uitleg."],
    )
    page = weergave.render(document)
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page
    assert "geen convenant" in page and 'lang="nl"' in page
