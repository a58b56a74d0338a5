"""The contract tells the truth: schemathesis, with every check, against the live server (uvicorn
over real HTTP, the real OPA), once for each of three roles with its own token and purpose.

The only exceptions are the business rules in tests/contract/regels.toml, each with its reason.
CI runs a few examples per operation; `make fuzz` runs the same harness long
(AANWAS_FUZZ_MAX_EXAMPLES, one token per OpenAPI tag). See docs/contract-testing.md."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.db import make_engine, migrate
from api.settings import Settings
from tests.conftest import BASE_URL, register, serving
from tests.contract import harness

# (organisation, role, Doelbinding): a police system that pushes signals, the municipality's
# case director, and the privacy officer who reads the audit log.
ROLLEN = [
    ("politie", "partner_system", "signalering"),
    ("gemeente", "casusregisseur", "pga"),
    ("privacy", "privacy_officer", "toezicht"),
]

MAX_EXAMPLES = int(os.environ.get("AANWAS_FUZZ_MAX_EXAMPLES", "3"))
# The long run fuzzes one OpenAPI tag at a time, each with a fresh token.
PER_TAG = MAX_EXAMPLES > 20


@pytest.fixture(scope="module")
def fuzz_settings(opa_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    """A database of its own (SQLite: the contract does not depend on the backend, and one run
    keeps CI short), so generated data does not leak into other tests."""
    url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'aanwas.db'}"
    migrate(url)
    yield Settings(
        database_url=url,
        opa_url=opa_url,
        keys_dir=tmp_path_factory.mktemp("fuzz-keys"),
        issuer=BASE_URL,
        manage_opa=False,
    )
    make_engine(url).dispose()


@pytest.fixture(scope="module")
def fuzz_server(fuzz_settings: Settings) -> Iterator[str]:
    with serving(fuzz_settings, token_lifetime=600) as base_url:
        yield base_url


def test_business_rules_file_names_a_reason_for_every_exception() -> None:
    found = harness.regels()
    assert found, "the file is read"
    for regel in found:
        assert regel.operation.split(" ", 1)[0] in {"GET", "POST", "PATCH", "PUT", "DELETE"}
        assert regel.operation.split(" ", 1)[1].startswith("/")
    config = harness.schemathesis_config(found)
    assert config.count("[[operations]]") == len(found)


@pytest.mark.e2e
def test_schemathesis_finds_no_failure_for_any_role(
    fuzz_server: str, fuzz_settings: Settings, tmp_path: Path
) -> None:
    batches: list[str | None] | None = None
    if PER_TAG:
        batches = [*sorted(_tags(fuzz_server)), ""]  # "": the operations without a tag
    fouten: list[harness.Fout] = []
    for org, rol, doel in ROLLEN:
        client_id, secret = register(fuzz_settings, org, rol)

        def token(client_id: str = client_id, secret: str = secret) -> str:
            response = httpx.post(
                f"{fuzz_server}/oauth/token",
                data={"grant_type": "client_credentials"},
                auth=(client_id, secret),
                timeout=30,
            )
            assert response.status_code == 200, response.text
            return str(response.json()["access_token"])

        workdir = tmp_path / rol
        workdir.mkdir()
        fouten += harness.run(
            fuzz_server,
            token,
            f"{org}/{rol}",
            doel,
            workdir,
            max_examples=MAX_EXAMPLES,
            batches=batches,
        )
    table = "\n".join(str(fout) for fout in fouten)
    assert not fouten, (
        f"{len(fouten)} operation x check failures (role, operation, check: first example); "
        f"schemathesis logs and NDJSON reports in {tmp_path}:\n{table}"
    )


def _tags(base_url: str) -> set[str]:
    document = httpx.get(f"{base_url}/v1/openapi.json", timeout=30).json()
    return {
        tag
        for operations in document["paths"].values()
        for operation in operations.values()
        if isinstance(operation, dict)
        for tag in operation.get("tags", [])
    }
