"""`/.well-known/security.txt` (RFC 9116): a finder of a vulnerability learns whom to tell, in
which language, and can trust the file only until its Expires, which never lies in the past."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from api.main import create_app
from api.settings import Settings
from tests.conftest import BASE_URL


def fields(body: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in body.splitlines():
        name, _, value = line.partition(": ")
        found.setdefault(name, []).append(value)
    return found


def expires(body: str) -> datetime:
    return datetime.fromisoformat(fields(body)["Expires"][0].replace("Z", "+00:00"))


def test_security_txt_names_contact_languages_and_an_expiry_within_a_year(
    app_client: TestClient,
) -> None:
    before = datetime.now(UTC)
    response = app_client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.headers["API-Version"]
    found = fields(response.text)
    # Contact and Expires are required, Expires exactly once; each field here once.
    assert set(found) == {"Contact", "Expires", "Preferred-Languages", "Canonical", "Policy"}
    assert all(len(values) == 1 for values in found.values())
    assert found["Contact"] == ["mailto:security@aanwas.example"]
    assert found["Preferred-Languages"] == ["nl, en"]
    assert found["Canonical"] == [f"{BASE_URL}/.well-known/security.txt"]
    assert found["Policy"][0].startswith("https://") and found["Policy"][0].endswith("SECURITY.md")
    assert before < expires(response.text) <= before + timedelta(days=365)
    assert response.text.endswith("\n")


def test_security_txt_is_no_api_operation(app_client: TestClient) -> None:
    document = app_client.get("/v1/openapi.json").json()
    assert "/.well-known/security.txt" not in document["paths"]
    assert "security.txt" not in str(document)


def test_a_configured_contact_and_expiry_are_served(settings: Settings) -> None:
    mine = settings.model_copy(
        update={
            "security_contact": "https://cert.gemeente.example/kwetsbaarheid-melden",
            "security_txt_days": 30,
            "security_policy_url": "https://gemeente.example/beleid/cvd",
        }
    )
    with TestClient(create_app(mine), base_url=BASE_URL) as client:
        response = client.get("/.well-known/security.txt")
    found = fields(response.text)
    assert found["Contact"] == ["https://cert.gemeente.example/kwetsbaarheid-melden"]
    assert found["Policy"] == ["https://gemeente.example/beleid/cvd"]
    ahead = expires(response.text) - datetime.now(UTC)
    assert timedelta(days=29) < ahead <= timedelta(days=30)


def test_the_file_only_reads_a_request(app_client: TestClient) -> None:
    response = app_client.post("/.well-known/security.txt", json={"Contact": "mailto:x@y.z"})
    assert response.status_code == 405
    assert response.headers["content-type"] == "application/problem+json"
    assert fields(app_client.get("/.well-known/security.txt").text)["Contact"] == [
        "mailto:security@aanwas.example"
    ]


@pytest.mark.parametrize(
    "setting, value",
    [
        ("security_contact", "security@gemeente.example"),  # no mailto:
        ("security_contact", "http://gemeente.example/melden"),  # not https
        ("security_contact", "mailto:a b@gemeente.example"),
        ("security_txt_days", 0),  # already expired
        ("security_txt_days", 400),  # RFC 9116: less than a year
        ("security_policy_url", "http://gemeente.example/cvd"),
    ],
)
def test_a_contact_or_expiry_that_breaks_rfc_9116_is_refused_at_start(
    setting: str, value: object
) -> None:
    with pytest.raises(ValidationError) as refused:
        Settings(**{setting: value})  # type: ignore[arg-type]
    assert setting in str(refused.value)
