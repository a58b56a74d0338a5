"""What lands in the database: ciphertext bound to its place, never plaintext."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import text

from api.db import make_engine
from api.settings import Settings
from tests.conftest import audit_rows, signaal_body


def raw_rows(settings: Settings, table: str, row_id: str) -> dict[str, object]:
    with make_engine(settings.database_url).connect() as connection:
        row = connection.execute(
            text(f"SELECT * FROM {table} WHERE id = :id"),
            {"id": row_id},
        ).one()
        return dict(row._mapping)


def test_raw_rows_hold_no_plaintext_name_bsn_or_description(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    politie = caller("politie", "partner_system")
    body = signaal_body(bsn, omschrijving="Ziet er onverklaarbaar welvarend uit sinds de zomer.")
    # A first name with a space: three letters alone turn up in random base64 now and then.
    body["jongere"]["voornamen"] = "Sem Jan"
    created = app_client.post("/v1/signalen", json=body, headers=politie.headers()).json()

    jongere = raw_rows(settings, "jongeren", created["jongereId"])
    signaal = raw_rows(settings, "signalen", created["id"])
    stored = " ".join(str(value) for value in [*jongere.values(), *signaal.values()])
    for plaintext in (bsn, "Sem Jan", "de Vries", "2009-04-17", "welvarend"):
        assert plaintext not in stored, plaintext
    for column in ("bsn", "voornamen", "achternaam", "geboortedatum"):
        assert str(jongere[column]).startswith("v2."), column
    assert str(signaal["omschrijving"]).startswith("v2.")
    assert len(str(jongere["bsn_index"])) == 64, "an HMAC-SHA256 blind index, not the BSN"


def _swap(
    settings: Settings, table: str, column_a: str, id_a: str, column_b: str, id_b: str
) -> None:
    with make_engine(settings.database_url).begin() as connection:
        value_a = connection.execute(
            text(f"SELECT {column_a} FROM {table} WHERE id = :id"),
            {"id": id_a},
        ).scalar_one()
        value_b = connection.execute(
            text(f"SELECT {column_b} FROM {table} WHERE id = :id"),
            {"id": id_b},
        ).scalar_one()
        connection.execute(
            text(f"UPDATE {table} SET {column_a} = :v WHERE id = :id"),
            {"v": value_b, "id": id_a},
        )
        connection.execute(
            text(f"UPDATE {table} SET {column_b} = :v WHERE id = :id"),
            {"v": value_a, "id": id_b},
        )


def test_ciphertext_swapped_between_rows_fails_and_reveals_nothing(
    app_client: TestClient, caller, settings: Settings
) -> None:
    from tests.conftest import _unused_bsns

    politie = caller("politie", "partner_system")
    first = app_client.post(
        "/v1/signalen",
        json=signaal_body(
            _unused_bsns.pop(), omschrijving="Eerste geheim: scooter zonder kenteken."
        ),
        headers=politie.headers(),
    ).json()
    second = app_client.post(
        "/v1/signalen",
        json=signaal_body(
            _unused_bsns.pop(), omschrijving="Tweede geheim: pakketjes bij de bushalte."
        ),
        headers=politie.headers(),
    ).json()
    _swap(settings, "signalen", "omschrijving", first["id"], "omschrijving", second["id"])

    reader = caller("jongerenwerk", "jongerenwerker")
    for victim in (first, second):
        response = app_client.get(f"/v1/signalen/{victim['id']}", headers=reader.headers())
        assert response.status_code == 500
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["type"].endswith("/gegevens-niet-intact")
        assert "geheim" not in response.text
    records = audit_rows(settings, client_id=reader.client_id)
    assert [(r["decision"], r["http_status"]) for r in records] == [("error", 500)] * 2
    assert all(r["reason"] == "opgeslagen gegevens niet intact" for r in records)


def test_ciphertext_moved_between_columns_fails(
    app_client: TestClient, caller, settings: Settings, bsn: str
) -> None:
    politie = caller("politie", "partner_system")
    created = app_client.post("/v1/signalen", json=signaal_body(bsn), headers=politie.headers())
    jongere_id = created.json()["jongereId"]
    _swap(settings, "jongeren", "voornamen", jongere_id, "achternaam", jongere_id)

    response = app_client.get(
        f"/v1/jongeren/{jongere_id}/signalen",
        headers=caller("gemeente", "casusregisseur").headers(),
    )
    assert response.status_code == 500
    assert "Sem" not in response.text and "de Vries" not in response.text


def test_each_process_keeps_the_configured_number_of_connections(settings: Settings) -> None:
    # N API processes hold N times this many PostgreSQL connections: an operator who scales out
    # lowers it (docker/compose.yaml does) to stay under max_connections.
    from api.runtime import Runtime

    for size in (3, 40):
        runtime = Runtime.build(settings.model_copy(update={"db_pool_size": size}))
        assert runtime.engine.pool.size() == size  # type: ignore[attr-defined]
    assert Settings().db_pool_size == 40
