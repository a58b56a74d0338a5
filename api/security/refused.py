"""Putting a refused request on record in bounded form (audit/refusals.py): who (the client a
valid token names, else the address as a keyed hash), which route, why, and a BSN the body
carried only as its blind-index pseudonym. The refusal's answer goes out even when the record
cannot be written (nothing was accessed); the failure is logged."""

from __future__ import annotations

import logging
import re
from types import SimpleNamespace
from typing import Any

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from starlette.types import Scope

from api import methods, request_id
from api.runtime import Runtime
from api.security.audit.refusals import REFUSAL_SAMPLES, Refusal, record_refusal
from api.security.tokens import TokenRejected

logger = logging.getLogger(__name__)
_BSN_SHAPE = re.compile(r"^[0-9]{8,9}$")


def refusal_of(
    runtime: Runtime,
    request: Request,
    reason: str,
    http_status: int,
    *,
    client_id: str | None = None,
    org: str | None = None,
    body: Any = None,
) -> Refusal:
    from api.security.caller import route_of

    address = request.client.host if request.client else "onbekend"
    return Refusal(
        request_id=request_id.of(request),
        client_id=client_id,
        org=org,
        address_key=runtime.token_throttle.address_key(address),
        route=f"{request.method} {route_of(request)}",
        reason=reason,
        http_status=http_status,
        pseudonyms=tuple(runtime.bsn_pseudonyms.digest(bsn) for bsn in bsns_in(body)),
    )


def write_refusal(runtime: Runtime, refusal: Refusal) -> None:
    try:
        with runtime.sessions() as session:
            record_refusal(session, refusal)
            session.commit()
    except Exception as exc:  # the refusal's answer stands; a missing record must be noticed
        what = "refused token" if refusal.http_status == 401 else "refusal"
        logger.error("%s not on record: %s", what, type(exc).__name__)


async def record_bad_request(
    request: Request, reason: str, body: Any = None, http_status: int = 400
) -> None:
    """A 400 (or a 413 from the body limit): on record under the client its valid token names
    (else its address)."""
    runtime: Runtime | None = getattr(request.app.state, "runtime", None)
    if runtime is None:
        return
    client_id = org = None
    try:
        principal = runtime.token_validator.principal(request.headers.get("authorization"))
        client_id, org = principal.client_id, principal.org
    except TokenRejected:
        pass
    refusal = refusal_of(
        runtime, request, reason, http_status, client_id=client_id, org=org, body=body
    )
    await run_in_threadpool(write_refusal, runtime, refusal)


async def record_refused_body(scope: Scope, reason: str, http_status: int) -> None:
    """A body refused before routing (api/limits.py): on record like any 400, under the route
    the path would have reached, so the officer sees which operation was tried."""
    request = Request(scope)
    request_id.of(request)  # settled in the scope first: the answer and the record share it
    template = methods.template_of(request) if "app" in scope else None
    if template is not None:
        request = Request({**scope, "route": SimpleNamespace(path=template)})
    await record_bad_request(request, reason, http_status=http_status)


def bsns_in(body: Any, depth: int = 0) -> list[str]:
    """The values of `bsn` fields in a (parsed) body, at most REFUSAL_SAMPLES, not deeper than
    a signal's nesting needs: only to be turned into pseudonyms, never stored as they are."""
    found: list[str] = []
    if depth > 4 or body is None:
        return found
    if isinstance(body, dict):
        for key, value in list(body.items())[:100]:
            if key == "bsn" and isinstance(value, str) and _BSN_SHAPE.fullmatch(value.strip()):
                found.append(value.strip())
            elif isinstance(value, dict | list):
                found.extend(bsns_in(value, depth + 1))
    elif isinstance(body, list):
        for item in body[:1000]:
            found.extend(bsns_in(item, depth + 1))
            if len(found) >= REFUSAL_SAMPLES:
                break
    return found[:REFUSAL_SAMPLES]
