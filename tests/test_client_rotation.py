"""`aanwas clients rotate-secret` and `set-key`: a partner's secret or key is replaced without a
gap (the previous secret works for the overlap, then not), a secret client can move to a key,
and every change is on record; refusals name the fix and change nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import update

from api.db import make_engine, session_factory
from api.security.models import OAuthClient
from api.settings import Settings
from tests.conftest import run_cli
from tests.test_clients import _admin_records
from tests.test_private_key_jwt import assertion, ec_key, from_new_address, grant, public_pem


def token_with_secret(app_client: TestClient, client_id: str, secret: str) -> Any:
    return from_new_address(app_client).post(
        "/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret)
    )


def rotate(settings: Settings, client_id: str, *extra: str) -> Any:
    return run_cli(settings, "clients", "rotate-secret", client_id, *extra)


def test_a_rotated_secret_overlaps_with_the_previous_one_until_it_ends(
    app_client: TestClient, caller, settings: Settings
) -> None:
    politie = caller("politie", "partner_system")
    rotated = rotate(settings, politie.client_id, "--overlap-hours", "2")
    assert rotated.returncode == 0, rotated.stderr
    new_secret = json.loads(rotated.stdout)["clientSecret"]
    assert new_secret != politie.client_secret and new_secret not in rotated.stderr

    # Both work during the overlap: the partner deploys the new one without a gap.
    assert token_with_secret(app_client, politie.client_id, new_secret).status_code == 200
    assert token_with_secret(app_client, politie.client_id, politie.client_secret).status_code == (
        200
    )
    # The overlap ends (moved into the past here): the previous secret is refused.
    with session_factory(make_engine(settings.database_url))() as session:
        session.execute(
            update(OAuthClient)
            .where(OAuthClient.client_id == politie.client_id)
            .values(previous_secret_until=datetime.now(UTC) - timedelta(minutes=1))
        )
        session.commit()
    old = token_with_secret(app_client, politie.client_id, politie.client_secret)
    assert old.status_code == 401 and old.json()["error"] == "invalid_client"
    assert token_with_secret(app_client, politie.client_id, new_secret).status_code == 200

    records = _admin_records(settings, politie.client_id)
    assert [r.action for r in records] == ["register", "rotate"]
    assert "2 uur" in records[-1].reason and new_secret not in records[-1].reason


def test_without_overlap_the_previous_secret_stops_at_once(
    app_client: TestClient, caller, settings: Settings
) -> None:
    politie = caller("politie", "partner_system")
    rotated = rotate(settings, politie.client_id, "--overlap-hours", "0")
    assert rotated.returncode == 0, rotated.stderr
    new_secret = json.loads(rotated.stdout)["clientSecret"]
    assert token_with_secret(app_client, politie.client_id, politie.client_secret).status_code == (
        401
    )
    assert token_with_secret(app_client, politie.client_id, new_secret).status_code == 200


def test_a_secret_client_moves_to_a_key_and_its_secret_stops(
    app_client: TestClient, caller, settings: Settings, tmp_path: Path
) -> None:
    politie = caller("politie", "partner_system")
    key = ec_key()
    key_file = tmp_path / "partner.pem"
    key_file.write_text(public_pem(key))
    moved = run_cli(
        settings, "clients", "set-key", politie.client_id, "--public-key", str(key_file)
    )
    assert moved.returncode == 0, moved.stderr
    assert json.loads(moved.stdout)["tokenEndpointAuthMethod"] == "private_key_jwt"

    assert token_with_secret(app_client, politie.client_id, politie.client_secret).status_code == (
        401
    )
    signed = from_new_address(app_client).post(
        "/oauth/token", data=grant(assertion(politie.client_id, key))
    )
    assert signed.status_code == 200, signed.text
    # A key client has no secret to rotate: refused, the fix named, nothing changed.
    refused = rotate(settings, politie.client_id)
    assert refused.returncode == 2 and "set-key" in refused.stderr
    assert [r.action for r in _admin_records(settings, politie.client_id)] == [
        "register",
        "rotate",
    ]


def test_rotating_an_unknown_client_or_a_wrong_overlap_is_refused(settings: Settings) -> None:
    unknown = rotate(settings, "politie-000000000000")
    assert unknown.returncode == 2 and "aanwas clients list" in unknown.stderr
    assert _admin_records(settings, "politie-000000000000") == []
    too_long = rotate(settings, "politie-000000000000", "--overlap-hours", "10000")
    assert too_long.returncode == 2 and "between 0 and 720" in too_long.stderr
    no_key = run_cli(settings, "clients", "set-key", "politie-000000000000")
    assert no_key.returncode == 2  # argparse: one of --public-key / --jwks-uri is required
