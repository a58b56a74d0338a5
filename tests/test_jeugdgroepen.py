"""Youth groups for the group approach: members are a risk factor, shared under groepsaanpak."""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.settings import Settings
from tests.conftest import audit_rows, signaal_body


def test_a_group_with_members_as_each_party_may_see_it(
    app_client: TestClient, caller, settings: Settings
) -> None:
    from tests.conftest import _unused_bsns

    politie = caller("politie", "partner_system")
    members = [
        app_client.post(
            "/v1/signalen", json=signaal_body(_unused_bsns.pop()), headers=politie.headers()
        ).json()["jongereId"]
        for _ in range(2)
    ]
    jongerenwerk = caller("jongerenwerk", "jongerenwerker")
    group = app_client.post(
        "/v1/jeugdgroepen",
        json={"naam": "Groep winkelcentrum Toolenburg", "omschrijving": "Hangen 's avonds rond."},
        headers=jongerenwerk.headers("groepsaanpak"),
    )
    assert group.status_code == 201, group.text
    group_id = group.json()["id"]
    for jongere_id in members:
        added = app_client.post(
            f"/v1/jeugdgroepen/{group_id}/leden",
            json={"jongereId": jongere_id},
            headers=jongerenwerk.headers("groepsaanpak"),
        )
        assert added.status_code == 201
    twice = app_client.post(
        f"/v1/jeugdgroepen/{group_id}/leden",
        json={"jongereId": members[0]},
        headers=jongerenwerk.headers("groepsaanpak"),
    )
    assert twice.status_code == 409

    gemeente = caller("gemeente", "casusregisseur")
    shown = app_client.get(f"/v1/jeugdgroepen/{group_id}", headers=gemeente.headers("groepsaanpak"))
    assert shown.status_code == 200
    body = shown.json()
    assert body["omschrijving"] == "Hangen 's avonds rond."
    assert [m["jongereId"] for m in body["leden"]] == members
    assert all(m["voornamen"] == "Sem" and "geboortedatum" not in m for m in body["leden"])

    removed = app_client.delete(
        f"/v1/jeugdgroepen/{group_id}/leden/{members[1]}",
        headers=gemeente.headers("groepsaanpak"),
    )
    assert removed.status_code == 204
    after = app_client.get(f"/v1/jeugdgroepen/{group_id}", headers=gemeente.headers("groepsaanpak"))
    assert [m["jongereId"] for m in after.json()["leden"]] == members[:1]

    listed = app_client.get("/v1/jeugdgroepen", headers=gemeente.headers("groepsaanpak")).json()
    assert group_id in {g["id"] for g in listed["items"]}
    assert all("leden" not in g for g in listed["items"])

    om = caller("om", "officier")
    for response in (
        app_client.get(f"/v1/jeugdgroepen/{group_id}", headers=om.headers("groepsaanpak")),
        app_client.post(
            f"/v1/jeugdgroepen/{group_id}/leden",
            json={"jongereId": members[1]},
            headers=om.headers("groepsaanpak"),
        ),
        app_client.get("/v1/jeugdgroepen", headers=om.headers("groepsaanpak")),
    ):
        assert response.status_code == 403
        assert "Sem" not in response.text and "Hangen" not in response.text
    assert [r["decision"] for r in audit_rows(settings, client_id=om.client_id)] == ["deny"] * 3
    member_records = [
        r
        for r in audit_rows(settings, client_id=jongerenwerk.client_id)
        if r["resource_type"] == "groepslid"
    ]
    assert [r["jongere_id"] for r in member_records] == [*members, members[0]]
