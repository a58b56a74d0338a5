"""Who is calling and for what: the bearer token's principal (a refused token on record), and
the purpose the request states in its Doelbinding header. Both are FastAPI dependencies that run
on the event loop: they are cheap, and a thread of their own would cost a request more."""

from __future__ import annotations

import logging
import re
from typing import Annotated

from fastapi import Header, Request
from fastapi.concurrency import run_in_threadpool

from api.problems import Problem
from api.runtime import Runtime
from api.security.clients import ClientStatusUnavailable
from api.security.principal import Principal
from api.security.tokens import TokenRejected

PURPOSE_HEADER = "Doelbinding"
_PURPOSE_SHAPE = re.compile(r"^[a-z_]{1,40}$")
logger = logging.getLogger(__name__)


def runtime_of(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


def unauthenticated(detail: str) -> Problem:
    return Problem(
        401,
        "Niet geauthenticeerd",
        detail,
        type_="niet-geauthenticeerd",
        headers={"WWW-Authenticate": 'Bearer realm="aanwas", error="invalid_token"'},
    )


async def current_principal(
    request: Request,
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> Principal:
    """The caller, from its bearer token. On the event loop: a token seen before is found in
    memory (tokens.AccessTokenValidator), and a thread for that would cost more than the check.
    Recording a refusal writes to the database, in a thread."""
    runtime = runtime_of(request)
    try:
        principal = runtime.token_validator.principal(authorization)
        await _still_enabled(runtime, principal)
    except TokenRejected as rejection:
        await run_in_threadpool(record_refused_token, runtime, request, rejection)
        raise unauthenticated("Een geldig toegangstoken (Bearer) is vereist.") from None
    return principal


async def _still_enabled(runtime: Runtime, principal: Principal) -> None:
    """A valid token of a client that has since been disabled is refused (401); when the
    client's status cannot be read, the request is refused with 503 (fail closed)."""
    enabled = runtime.client_status.remembered(principal.client_id)
    if enabled is None:
        try:
            enabled = await run_in_threadpool(runtime.client_status.read, principal.client_id)
        except ClientStatusUnavailable:
            logger.error("client status unreadable: request refused")
            raise client_status_unavailable() from None
    if not enabled:
        raise TokenRejected("client uitgeschakeld", principal.client_id, principal.org)


def client_status_unavailable() -> Problem:
    return Problem(
        503,
        "Tijdelijk niet beschikbaar",
        "Er kan nu niet worden vastgesteld of de client is ingeschakeld; probeer het later.",
        type_="niet-beschikbaar",
        headers={"Retry-After": "5"},
    )


def record_refused_token(runtime: Runtime, request: Request, rejection: TokenRejected) -> None:
    """A request refused for its token is a denied attempt, and on record as one, in bounded
    form (api/security/audit/refusals.py): why, at which route (its template: no ids), and
    which client when our signature vouches for the name. The 401 goes out even when the
    record cannot be written (nothing was accessed), and the failure is logged."""
    from api.security.refused import refusal_of, write_refusal

    refusal = refusal_of(
        runtime,
        request,
        f"toegangstoken geweigerd: {rejection.reason}",
        401,
        client_id=rejection.client_id,
        org=rejection.org,
    )
    write_refusal(runtime, refusal)


_STATIC_SEGMENT = re.compile(r"^[a-z0-9_-]{1,40}$")


def route_of(request: Request) -> str:
    """The matched route's template (/v1/signalen/{signaalId}): what was tried, never the path
    it was tried with (ids, or any text a caller puts there). The route knows its template
    without the router's prefix; the prefix is the path's leading segments, which matched the
    prefix literally, and is kept only if it looks like one."""
    template = getattr(request.scope.get("route"), "path", None)
    if not isinstance(template, str):
        return "?"
    own = template.strip("/").split("/")
    segments = request.url.path.strip("/").split("/")
    prefix = segments[: max(0, len(segments) - len(own))]
    if not all(_STATIC_SEGMENT.fullmatch(segment) for segment in prefix):
        prefix = ["?"]
    return "/" + "/".join([*prefix, *own])


async def stated_purpose(
    doelbinding: Annotated[
        str | None,
        Header(
            alias=PURPOSE_HEADER,
            description="Het doel waarvoor de gegevens worden verwerkt (doelbinding), "
            "bijvoorbeeld `signalering`.",
        ),
    ] = None,
) -> str | None:
    if doelbinding is None:
        return None
    value = doelbinding.strip()
    # Anything that is not shaped like a purpose code is passed on as an unknown purpose, so the
    # policy denies it and the log never stores arbitrary header text.
    return value if _PURPOSE_SHAPE.fullmatch(value) else "ongeldig"
