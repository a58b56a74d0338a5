"""The contract tells the truth: schemathesis, with every check, against the live server (uvicorn
over real HTTP, the real OPA), once for each of three roles with its own token and purpose.

The only exceptions are the business rules in tests/contract/regels.toml, each with its reason.
CI runs a few examples per operation; `make fuzz` runs the same harness long
(AANWAS_FUZZ_MAX_EXAMPLES, one token per OpenAPI tag). See docs/contract-testing.md."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
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
# Where the schemathesis logs and NDJSON reports stay after the run (default: pytest's tmp_path).
REPORT_DIR = (
    Path(os.environ["AANWAS_FUZZ_REPORT_DIR"]) if os.environ.get("AANWAS_FUZZ_REPORT_DIR") else None
)
# The long run fuzzes one OpenAPI tag at a time, each with a fresh token.
PER_TAG = MAX_EXAMPLES > 20
# CI's short run generates the same requests every time (a red CI names a change, not luck);
# `make fuzz` explores with a new seed each run (AANWAS_FUZZ_SEED= for a random one).
_SEED = os.environ.get("AANWAS_FUZZ_SEED", "17")
SEED = int(_SEED) if _SEED else None


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
        for operation in regel.operations:
            if operation == "*":  # a rule of every body (docs/limits.md), not of one operation
                continue
            method, path = operation.split(" ", 1)
            assert method in {"GET", "POST", "PATCH", "PUT", "DELETE"}
            assert path.startswith("/") and not path.startswith("/v1/")
    elfproef = found[0]
    refusal = '{"invalidParams":[{"name":"bsn","reason":"geen geldig BSN (9 cijfers, elfproef)"}]}'
    assert elfproef.verklaart("POST /signalen", "positive_data_acceptance", refusal)
    assert not elfproef.verklaart("POST /signalen", "positive_data_acceptance", '{"detail":"x"}')
    assert not elfproef.verklaart("POST /signalen", "negative_data_rejection", refusal)
    assert not elfproef.verklaart("POST /casussen", "positive_data_acceptance", refusal)


@pytest.mark.e2e
def test_schemathesis_finds_no_failure_for_any_role(
    fuzz_server: str, fuzz_settings: Settings, tmp_path: Path
) -> None:
    batches: list[str | None] | None = None
    if PER_TAG:
        tags = _tags(fuzz_server)
        batches = sorted(tags - {""}) + ([""] if "" in tags else [])
    runs = []
    for org, rol, doel in ROLLEN:
        client_id, secret = register(fuzz_settings, org, rol)
        workdir = REPORT_DIR / rol if REPORT_DIR else tmp_path / rol
        workdir.mkdir(parents=True, exist_ok=True)
        runs.append((f"{org}/{rol}", doel, workdir, _tokens(fuzz_server, client_id, secret)))
    # The roles run side by side: each schemathesis process mostly waits for the server.
    with ThreadPoolExecutor(max_workers=len(runs)) as pool:
        results = pool.map(
            lambda run: harness.run(
                fuzz_server,
                run[3],
                run[0],
                run[1],
                run[2],
                max_examples=MAX_EXAMPLES,
                batches=batches,
                seed=SEED,
            ),
            runs,
        )
        fouten = [fout for result in results for fout in result]
    table = "\n".join(str(fout) for fout in fouten)
    assert not fouten, (
        f"{len(fouten)} operation x check failures (role, operation, check: first example); "
        f"schemathesis logs and NDJSON reports in {REPORT_DIR or tmp_path}:\n{table}"
    )


def _tokens(base_url: str, client_id: str, secret: str) -> Callable[[], str]:
    def token() -> str:
        response = httpx.post(
            f"{base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(client_id, secret),
            timeout=30,
        )
        assert response.status_code == 200, response.text
        return str(response.json()["access_token"])

    return token


def _tags(base_url: str) -> set[str]:
    document = httpx.get(f"{base_url}/v1/openapi.json", timeout=30).json()
    return {
        tag
        for operations in document["paths"].values()
        for operation in operations.values()
        if isinstance(operation, dict)
        for tag in operation.get("tags") or [""]  # "": the operations without a tag
    }
