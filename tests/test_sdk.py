"""The SDK: the generated part (clients/aanwas_api) is what the current OpenAPI document
generates, and the thin layer (aanwas_client.sdk) gets tokens, keys its pushes, retries and
pages, against a live server."""

from __future__ import annotations

import filecmp
import itertools
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from aanwas_api.api.audit import list_audit
from aanwas_api.api.signalen import list_signalen_van_jongere
from aanwas_client.generated import SignaalNieuw, push_signaal
from aanwas_client.sdk import ClientCredentials, Refused, Resilient, connect, items, retry_after

from api.settings import CHECKOUT, Settings
from tests.conftest import register, signaal_body

COMMITTED = CHECKOUT / "clients" / "aanwas_api"


def _differences(left: Path, right: Path) -> list[str]:
    compared = filecmp.dircmp(left, right, ignore=["__pycache__", ".ruff_cache"])
    found = [f"only in committed: {n}" for n in compared.left_only]
    found += [f"only in generated: {n}" for n in compared.right_only]
    found += [f"differs: {n}" for n in compared.diff_files]
    for name in compared.common_dirs:
        found += _differences(left / name, right / name)
    return found


def test_the_committed_sdk_is_what_the_openapi_document_generates(tmp_path: Path) -> None:
    fresh = tmp_path / "aanwas_api"
    subprocess.run(
        [str(CHECKOUT / "tools" / "generate_sdk.sh"), str(fresh)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    assert not _differences(COMMITTED, fresh), "run tools/generate_sdk.sh and commit the result"


def test_the_drift_check_can_fail(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.py").write_text("1")
    (tmp_path / "b" / "x.py").write_text("2")
    assert _differences(tmp_path / "a", tmp_path / "b") == ["differs: x.py"]


def test_tokens_are_renewed_before_they_expire(server: str, settings: Settings) -> None:
    client_id, secret = register(settings, "politie", "partner_system")
    # The server issues 63 s tokens; renewed 60 s before expiry, one lasts about 3 s here.
    tokens = ClientCredentials(server, client_id, secret, margin=60)
    first = tokens.token()
    assert tokens.token() == first
    time.sleep(3.5)
    assert tokens.token() != first
    wrong = ClientCredentials(server, client_id, "not-the-secret")
    with pytest.raises(httpx.HTTPStatusError) as refused:
        wrong.token()
    assert refused.value.response.status_code == 401


def test_pushes_and_pages_through_the_thin_layer(server: str, settings: Settings, bsn: str) -> None:
    police = connect(
        server, *register(settings, "politie", "partner_system"), purpose="signalering"
    )
    with police:
        created = [
            push_signaal.sync_detailed(
                client=police,
                body=SignaalNieuw.from_dict(signaal_body(bsn, wijk=f"wijk {n}")),
                doelbinding="signalering",
            )
            for n in range(3)
        ]
    assert [answer.status_code for answer in created] == [201, 201, 201]
    jongere_id = created[0].parsed.jongere_id
    reader = register(settings, "jongerenwerk", "jongerenwerker")
    with connect(server, *reader, purpose="groepsaanpak") as youth_work:
        # One per page: three pages, each fetched as the iteration gets there.
        seen = list(
            items(
                list_signalen_van_jongere,
                client=youth_work,
                jongere_id=jongere_id,
                pagina_grootte=1,
            )
        )
        assert sorted(s.wijk for s in seen) == ["wijk 0", "wijk 1", "wijk 2"]
        # A list the caller may not read is not a page: said, not an empty iteration.
        with pytest.raises(Refused) as refused:
            list(items(list_audit, client=youth_work))
        assert refused.value.status == 403

    officer = register(settings, "privacy", "privacy_officer")
    with connect(server, *officer, purpose="toezicht") as privacy:
        by_two = [
            r.to_dict()["id"]
            for r in itertools.islice(items(list_audit, client=privacy, limiet=2), 5)
        ]
        at_once = list_audit.sync(client=privacy, limiet=5, doelbinding="toezicht")
        assert by_two == [r.to_dict()["id"] for r in at_once.items]


def _answers(
    *statuses: tuple[int, dict[str, str]],
) -> tuple[Resilient, list[httpx.Request], list[float]]:
    """The retry logic on its own, answered by a scripted transport; the waits it asked for."""
    seen: list[httpx.Request] = []
    waits: list[float] = []
    script = iter(statuses)

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        status, headers = next(script)
        return httpx.Response(status, headers=headers, json={})

    return Resilient(httpx.MockTransport(answer), sleep=waits.append, backoff=0.5), seen, waits


def test_a_push_is_keyed_and_retried_after_429_and_503_honouring_retry_after() -> None:
    transport, seen, waits = _answers((429, {"Retry-After": "2"}), (503, {}), (201, {}))
    with httpx.Client(transport=transport, base_url="http://api.test") as http:
        assert http.post("/v1/signalen", json={"a": 1}).status_code == 201
    keys = {request.headers["Idempotency-Key"] for request in seen}
    assert len(seen) == 3 and len(keys) == 1  # one key, kept over the retries
    assert waits[0] == 2 and 1.0 <= waits[1] <= 2.0  # Retry-After, then the 2nd backoff


def test_what_may_not_be_repeated_is_not_retried_and_retries_end() -> None:
    transport, seen, _ = _answers((503, {}), (201, {}))
    with httpx.Client(transport=transport, base_url="http://api.test") as http:
        assert http.post("/v1/casussen", json={}).status_code == 503  # no key: not repeated
    assert len(seen) == 1 and "Idempotency-Key" not in seen[0].headers
    transport, seen, _ = _answers(*[(429, {})] * 5)
    with httpx.Client(transport=transport, base_url="http://api.test") as http:
        assert http.get("/v1/signalen").status_code == 429
    assert len(seen) == 5


def test_retry_after_reads_seconds_and_dates() -> None:
    def after(value: str) -> float | None:
        return retry_after(httpx.Response(503, headers={"Retry-After": value}))

    assert after("3") == 3
    assert after("Thu, 01 Jan 1970 00:00:00 GMT") == 0
    assert after("soon") is None
