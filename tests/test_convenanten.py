"""The covenant policy through real HTTP against the real OPA: own data, row filtering,
covenant texts, and covenants that change, expire or break while the API runs."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.opa_process import find_opa_binary, start_opa, stop_opa
from api.settings import CHECKOUT, Settings
from tests.conftest import BASE_URL, audit_rows, free_port, signaal_body


def test_every_party_can_read_the_covenants(app_client: TestClient, caller) -> None:
    privacy = caller("privacy", "privacy_officer")
    listed = app_client.get("/v1/convenanten", headers=privacy.headers(None))
    assert listed.status_code == 200
    covenants = {c["code"]: c for c in listed.json()["items"]}
    assert set(covenants) == {"groepsaanpak", "pga", "zvh", "riec", "vroegsignalering"}
    assert all(
        c["status"] == {"geldig": True, "vanKracht": True, "fouten": []} for c in covenants.values()
    )

    pga = app_client.get("/v1/convenanten/pga", headers=privacy.headers(None)).json()
    assert pga["voorwaarde"] == "pga_actief"
    assert pga["beperkingen"] == {"politie": "alleen soort en aantal Opiumwet-antecedenten"}
    assert "rvdk" in pga["partijen"] and pga["doelen"] == ["pga"]
    assert pga["geldigVan"] == "2025-01-01" and pga["bewaartermijn"] == "P5Y"

    # The signalers only supply: the covenant says so, and says who receives.
    signalering = app_client.get(
        "/v1/convenanten/vroegsignalering", headers=privacy.headers(None)
    ).json()
    assert signalering["alleenAanleveren"] == ["onderwijs", "jeugdwijkteam", "handhaving"]
    assert signalering["doelen"] == ["signalering"]
    assert set(signalering["partijen"]) - set(signalering["alleenAanleveren"]) == {"gemeente"}
    assert pga["alleenAanleveren"] == []

    assert (
        app_client.get("/v1/convenanten/bestaat_niet", headers=privacy.headers(None)).status_code
        == 404
    )
    assert app_client.get("/v1/convenanten").status_code == 401


def test_a_party_reads_what_it_provided_itself_but_nothing_more(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    halt = caller("halt", "halt_medewerker")
    created = app_client.post("/v1/signalen", json=signaal_body(bsn), headers=halt.headers())
    assert created.status_code == 201
    path = f"/v1/signalen/{created.json()['id']}"

    # No PGA case exists, so the pga covenant does not apply; halt's own signal it may read.
    own = app_client.get(path, headers=halt.headers("pga"))
    assert own.status_code == 200
    assert own.json()["omschrijving"] == signaal_body(bsn)["omschrijving"]

    jongerenwerk = caller("jongerenwerk", "jongerenwerker")
    other = app_client.get(path, headers=jongerenwerk.headers("pga"))
    assert other.status_code == 403
    assert (
        other.json()["detail"]
        == "convenant pga geldt alleen voor jongeren met een actieve PGA-casus"
    )

    records = audit_rows(settings, client_id=halt.client_id)
    assert [(r["action"], r["basis"], r["covenants"]) for r in records] == [
        ("create", "convenant", ["groepsaanpak"]),
        ("read", "eigen_gegevens", []),
    ]
    assert all(r["policy_revision"] and r["policy_revision"].startswith("8/") for r in records)
    (denied,) = audit_rows(settings, client_id=jongerenwerk.client_id)
    assert denied["decision"] == "deny" and denied["basis"] is None
    assert denied["reason"] == other.json()["detail"]


def test_lists_without_a_covenant_show_only_own_rows_and_leak_no_counts(
    app_client: TestClient, caller, bsn: str
) -> None:
    politie, halt = caller("politie", "partner_system"), caller("halt", "halt_medewerker")
    for author, categorie in (
        (politie, "meerdere_telefoons"),
        (politie, "pakketjes"),
        (halt, "schoolverzuim"),
    ):
        response = app_client.post(
            "/v1/signalen", json=signaal_body(bsn, categorie=categorie), headers=author.headers()
        )
        assert response.status_code == 201
    jongere_id = response.json()["jongereId"]
    path = f"/v1/jongeren/{jongere_id}/signalen"

    everything = app_client.get(path, headers=halt.headers("signalering")).json()
    assert everything["totaal"] == 3 and len(everything["items"]) == 3

    own = app_client.get(path, headers=halt.headers("pga")).json()
    assert own["totaal"] == 1
    assert [item["categorie"] for item in own["items"]] == ["schoolverzuim"]

    # A covenant party with nothing of its own sees an empty list, exactly as for a youth that
    # does not exist: neither the other rows nor the youth's existence shows.
    rvdk = caller("rvdk", "raadsonderzoeker")
    nothing = app_client.get(path, headers=rvdk.headers("pga"))
    unknown = app_client.get(
        "/v1/jongeren/00000000-0000-4000-8000-00000000abcd/signalen", headers=rvdk.headers("pga")
    )
    assert nothing.status_code == unknown.status_code == 200
    assert (
        nothing.json()
        == {**unknown.json()}
        == {"items": [], "pagina": 1, "paginaGrootte": 20, "totaal": 0}
    )

    # A purpose the organisation never works under is refused outright.
    assert (
        app_client.get(path, headers=caller("om", "officier").headers("signalering")).status_code
        == 403
    )


def test_lists_are_paginated_with_stable_order(app_client: TestClient, caller, bsn: str) -> None:
    politie = caller("politie", "partner_system")
    for day in ("2026-10-01", "2026-10-03", "2026-10-02"):
        app_client.post(
            "/v1/signalen", json=signaal_body(bsn, waargenomenOp=day), headers=politie.headers()
        )
    jongere = app_client.post(
        "/v1/signalen", json=signaal_body(bsn), headers=politie.headers()
    ).json()
    path = f"/v1/jongeren/{jongere['jongereId']}/signalen"
    pages = [
        app_client.get(
            path, params={"pagina": n, "paginaGrootte": 2}, headers=politie.headers()
        ).json()
        for n in (1, 2, 3)
    ]
    assert [p["totaal"] for p in pages] == [4, 4, 4]
    dates = [item["waargenomenOp"] for page in pages for item in page["items"]]
    assert dates == ["2026-11-02", "2026-10-03", "2026-10-02", "2026-10-01"]
    assert pages[2]["items"] == []
    too_big = app_client.get(path, params={"paginaGrootte": 1000}, headers=politie.headers())
    assert too_big.status_code == 400
    assert too_big.json()["invalidParams"][0]["name"] == "paginaGrootte"


# --- covenants that change while the API runs ---------------------------------------------------


@pytest.fixture
def live_policies(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A private OPA watching its own copy of policies/, so a test can edit the covenants."""
    policies = tmp_path / "policies"
    shutil.copytree(CHECKOUT / "policies", policies)
    url = f"http://127.0.0.1:{free_port()}"
    opa_settings = Settings(opa_url=url, policies_dir=policies)
    process = start_opa(opa_settings, find_opa_binary(opa_settings), tmp_path / "opa.log")
    yield policies, url
    stop_opa(process)


def edit_covenant(policies: Path, code: str, change: Callable[[dict], dict]) -> None:
    path = policies / "convenanten" / code / "data.json"
    path.write_text(json.dumps(change(json.loads(path.read_text()))))


def eventually(check: Callable[[], bool], timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "OPA did not pick up the changed covenant"
        time.sleep(0.1)


def test_covenant_changes_apply_without_restarting_the_api(
    live_policies: tuple[Path, str], settings: Settings, caller, bsn: str
) -> None:
    policies, opa_url = live_policies
    politie = caller("politie", "partner_system")
    with TestClient(
        create_app(settings.model_copy(update={"opa_url": opa_url})), base_url=BASE_URL
    ) as api:
        created = api.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers())
        assert created.status_code == 201
        path = f"/v1/signalen/{created.json()['id']}"
        reader = caller("jongerenwerk", "jongerenwerker")

        def status_now() -> int:
            return api.get(path, headers=reader.headers()).status_code

        assert status_now() == 200

        # The covenant has expired.
        edit_covenant(
            policies,
            "groepsaanpak",
            lambda c: {**c, "geldig_van": "2019-01-01", "geldig_tot": "2020-12-31"},
        )
        eventually(lambda: status_now() == 403)
        denied = api.get(path, headers=reader.headers()).json()
        assert denied["detail"] == (
            "convenant groepsaanpak is niet van kracht "
            "(geldig van 2019-01-01 tot en met 2020-12-31)"
        )

        # The covenant is signed but not yet in force.
        edit_covenant(
            policies,
            "groepsaanpak",
            lambda c: {**c, "geldig_van": "2099-01-01", "geldig_tot": "2099-12-31"},
        )
        eventually(
            lambda: (
                "niet van kracht"
                in api.get(path, headers=reader.headers()).json().get("detail", "")
            )
        )
        assert (
            api.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers()).status_code
            == 403
        )
        listed = api.get("/v1/convenanten/groepsaanpak", headers=reader.headers(None)).json()
        assert listed["status"] == {"geldig": True, "vanKracht": False, "fouten": []}

        # A malformed covenant is refused, and says why.
        edit_covenant(
            policies,
            "groepsaanpak",
            lambda c: {
                **c,
                "geldig_van": "2025-01-01",
                "geldig_tot": "2028-12-31",
                "partijen": "iedereen",
            },
        )
        eventually(
            lambda: "ongeldig" in api.get(path, headers=reader.headers()).json().get("detail", "")
        )
        broken = api.get("/v1/convenanten/groepsaanpak", headers=reader.headers(None)).json()
        assert broken["status"]["geldig"] is False and broken["status"]["fouten"]

        # Restored: the same reader reads again, under a new policy revision.
        shutil.copy(
            CHECKOUT / "policies" / "convenanten" / "groepsaanpak" / "data.json",
            policies / "convenanten" / "groepsaanpak" / "data.json",
        )
        eventually(lambda: status_now() == 200)

    revisions = [r["policy_revision"] for r in audit_rows(settings, client_id=reader.client_id)]
    assert revisions[0] == revisions[-1], "restoring the covenant restores its revision"
    assert len(set(revisions)) >= 3, "each change of the covenant data is a new revision"


def test_signals_filter_by_category_and_period_across_youths(
    app_client: TestClient, caller, settings: Settings
) -> None:
    from tests.conftest import _unused_bsns

    leerplicht = caller("leerplicht", "leerplichtambtenaar")
    first, second = _unused_bsns.pop(), _unused_bsns.pop()
    for bsn, day in ((first, "2026-09-01"), (second, "2026-09-15"), (second, "2026-10-20")):
        created = app_client.post(
            "/v1/signalen",
            json=signaal_body(bsn, categorie="schoolverzuim", waargenomenOp=day),
            headers=leerplicht.headers(),
        )
        assert created.status_code == 201
    gemeente = caller("gemeente", "casusregisseur")
    september = app_client.get(
        "/v1/signalen",
        params={
            "categorie": "schoolverzuim",
            "waargenomenVanaf": "2026-09-01",
            "waargenomenTotEnMet": "2026-09-30",
            "paginaGrootte": 100,
        },
        headers=gemeente.headers(),
    ).json()
    ours = [i for i in september["items"] if i["bronOrganisatie"] == "leerplicht"]
    assert {i["waargenomenOp"] for i in ours} >= {"2026-09-01", "2026-09-15"}
    assert all(i["categorie"] == "schoolverzuim" for i in september["items"])
    assert all("2026-09-01" <= i["waargenomenOp"] <= "2026-09-30" for i in september["items"])
    assert all("jongere" in i for i in september["items"]), "identity shown under the covenant"

    # Without a covenant for the purpose: only the caller's own rows, and totals of those only.
    halt = caller("halt", "halt_medewerker")
    own = app_client.get(
        "/v1/signalen", params={"categorie": "schoolverzuim"}, headers=halt.headers("pga")
    ).json()
    assert own["totaal"] == len(own["items"])
    assert all(item["bronOrganisatie"] == "halt" for item in own["items"])
    om = caller("om", "officier")
    refused = app_client.get("/v1/signalen", headers=om.headers())
    assert refused.status_code == 403
    assert [(r["action"], r["decision"]) for r in audit_rows(settings, client_id=om.client_id)] == [
        ("list", "deny")
    ]
    bad = app_client.get(
        "/v1/signalen", params={"waargenomenVanaf": "gisteren"}, headers=gemeente.headers()
    )
    assert bad.status_code == 400
    assert bad.json()["invalidParams"][0]["name"] == "waargenomenVanaf"
