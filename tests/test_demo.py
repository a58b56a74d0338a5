"""`aanwas demo seed` fills a running API with fictional youths and signals, through the API."""

from __future__ import annotations

import json

from api.demo import reserved_test_bsns
from api.settings import Settings
from tests.conftest import audit_rows, run_cli


def test_demo_seed_pushes_fictional_signals_through_the_api(
    server: str, settings: Settings
) -> None:
    result = run_cli(settings, "demo", "seed", "--url", server, "--jongeren", "8")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["jongeren"] == 8
    assert sum(summary["signalen"].values()) >= 8
    assert set(summary["signalen"]) <= {"politie", "leerplicht", "jongerenwerk", "halt"}
    politie = summary["demoClients"]["politie"]["clientId"]
    records = audit_rows(settings, client_id=politie)
    assert records and all(r["decision"] == "allow" for r in records)


def test_demo_bsns_are_test_numbers() -> None:
    numbers = reserved_test_bsns()
    assert len(numbers) > 100
    assert all(n.startswith("99999") for n in numbers)


def test_no_demo_data_in_production(settings: Settings) -> None:
    production = settings.model_copy(update={"environment": "production"})
    refused = run_cli(production, "demo", "seed", "--url", "http://127.0.0.1:9")
    assert refused.returncode == 2
    assert "development only" in refused.stderr
