"""The token endpoint and the published signing keys (also at /.well-known: api.well_known)."""

from __future__ import annotations

import base64
import json
import logging
from typing import Any
from urllib.parse import unquote

from authlib.oauth2.rfc6749.errors import InsecureTransportError
from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from sqlalchemy.exc import SQLAlchemyError

from api import request_id
from api.runtime import Runtime
from api.security import audit
from api.security.caller import runtime_of
from api.security.clients import find_client
from api.security.refused import refusal_of, write_refusal
from api.security.tokens import CLIENT_ID_SHAPE
from api.well_known import public_keys

logger = logging.getLogger("aanwas")

# The one answer to every failed client authentication: which client ids exist is no one's
# business.
CLIENT_NOT_AUTHENTICATED = {
    "error": "invalid_client",
    "error_description": "client authentication failed",
}

# Documented as the OAuth 2.0 security scheme of the OpenAPI document, not as API operations.
router = APIRouter(prefix="/oauth", tags=["oauth"], include_in_schema=False)


@router.post(
    "/token",
    operation_id="requestToken",
    summary="Een toegangstoken aanvragen (client credentials, HTTP Basic of private_key_jwt)",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/x-www-form-urlencoded": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "grant_type": {"type": "string", "enum": ["client_credentials"]},
                            "client_assertion_type": {
                                "type": "string",
                                "enum": ["urn:ietf:params:oauth:client-assertion-type:jwt-bearer"],
                            },
                            "client_assertion": {"type": "string"},
                        },
                        "required": ["grant_type"],
                    }
                }
            },
        }
    },
)
async def token(request: Request) -> JSONResponse:
    runtime = runtime_of(request)
    address = request.client.host if request.client else "onbekend"
    form = await request.form()
    fields = {key: value for key, value in form.items() if isinstance(value, str)}
    claimed_id = _claimed_client_id(request.headers.get("authorization"), fields)
    claimed = claimed_id or "-"
    try:
        wait = await run_in_threadpool(runtime.token_throttle.retry_after, address, claimed)
    except SQLAlchemyError:  # no count, no guess: fail closed
        return _unavailable("failed attempts cannot be counted")
    if wait is not None:  # on record, counted per address and minute (bounded)
        refusal = refusal_of(runtime, request, "te veel mislukte pogingen", 429)
        await run_in_threadpool(write_refusal, runtime, refusal)
        return JSONResponse(
            {"error": "slow_down", "error_description": "too many failed attempts; retry later"},
            status_code=429,
            headers={"Retry-After": str(wait)},  # Cache-Control: no-store, as every answer
        )
    try:
        status, body, headers = await run_in_threadpool(
            runtime.token_server.token_response,
            request.method,
            str(request.url),
            request.headers,
            fields,
        )
    except InsecureTransportError:
        # Tokens only over TLS (or plain HTTP on loopback, for development).
        return JSONResponse(
            {"error": "invalid_request", "error_description": "OAuth 2.0 requires https"},
            status_code=400,
            headers={"Cache-Control": "no-store"},
        )
    payload: Any = json.loads(body) if isinstance(body, str) else body
    if status == 401:  # an unknown client, a wrong secret or key, a disabled client: all alike
        payload = dict(CLIENT_NOT_AUTHENTICATED)  # Authlib's words tell them apart
        headers = [(k, v) for k, v in headers if k.lower() != "www-authenticate"]
        headers.append(("WWW-Authenticate", 'Basic realm="aanwas", error="invalid_client"'))
        try:
            await run_in_threadpool(runtime.token_throttle.note_failure, address, claimed)
        except SQLAlchemyError:
            logger.error("failed client authentication not counted (database)")
    response_headers = {k: v for k, v in headers if k.lower() != "content-type"}
    try:
        await run_in_threadpool(_audit_token, runtime, request, claimed_id, status, payload)
    except Exception as exc:  # no record, no token
        logger.error("token not issued: audit record failed (%s)", type(exc).__name__)
        return _unavailable("audit log unavailable")
    return JSONResponse(payload, status_code=status, headers=response_headers)


def _unavailable(description: str) -> JSONResponse:
    return JSONResponse(
        {"error": "temporarily_unavailable", "error_description": description},
        status_code=503,
        headers={"Cache-Control": "no-store", "Retry-After": "5"},
    )


def _audit_token(
    runtime: Runtime, request: Request, client_id: str | None, status: int, payload: Any
) -> None:
    """Every token issued or refused is on record: which client, which organisation, why not."""
    org = None
    with runtime.sessions() as session:
        client = find_client(session, client_id) if client_id else None
        if client is not None:
            org = client.org
        issued = status == 200
        reason = (
            "toegangstoken uitgegeven"
            if issued
            else f"toegangstoken geweigerd: {payload.get('error', 'onbekend')}"
        )
        values = audit.record_values(
            request_id=request_id.of(request),
            principal=None,
            client_id=client_id,
            org=org,
            purpose=None,
            access=audit.Access("issue", "token"),
            outcome="allow" if issued else "deny",
            reason=reason,
            pseudonym=None,
            activity_id=None,
            http_status=status,
        )
        if issued and client is not None:
            values["roles"] = list(client.roles)
        runtime.commit_with_records(session, [values])


def _claimed_client_id(authorization: str | None, form: dict[str, str]) -> str | None:
    """The client id claimed by an HTTP Basic header or a client assertion's `sub`, if it is
    shaped like one (never the secret, never arbitrary text: the log stores no input it cannot
    vouch for). The assertion is not verified here: this is only whom the caller claims to be."""
    claimed = _basic_client_id(authorization)
    if claimed is None and form.get("client_assertion"):
        claimed = _assertion_subject(form["client_assertion"])
    if claimed is None:
        return None
    return claimed if CLIENT_ID_SHAPE.fullmatch(claimed) else "onbekend"


def _basic_client_id(authorization: str | None) -> str | None:
    if not authorization or not authorization.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None
    return unquote(decoded.split(":", 1)[0])


def _assertion_subject(assertion: str) -> str:
    parts = assertion.split(".")
    try:
        payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (IndexError, ValueError, UnicodeDecodeError):
        return "onbekend"
    subject = payload.get("sub") if isinstance(payload, dict) else None
    return subject if isinstance(subject, str) else "onbekend"


@router.get(
    "/jwks",
    operation_id="getOauthJwks",
    summary="De publieke sleutels waarmee toegangstokens zijn ondertekend",
)
def jwks(request: Request) -> dict[str, Any]:
    """The same keys as /.well-known/jwks.json (api.well_known), at the address clients used
    before the authorization server metadata named that one."""
    return public_keys(request)
