"""The token endpoint and the published signing keys."""

from __future__ import annotations

import json
from typing import Any

from authlib.oauth2.rfc6749.errors import InsecureTransportError
from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from api.security.gate import runtime_of

# Documented as the OAuth 2.0 security scheme of the OpenAPI document, not as API operations.
router = APIRouter(prefix="/oauth", tags=["oauth"], include_in_schema=False)


@router.post(
    "/token",
    operation_id="requestToken",
    summary="Een toegangstoken aanvragen (client credentials, HTTP Basic)",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/x-www-form-urlencoded": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "grant_type": {"type": "string", "enum": ["client_credentials"]}
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
    form = await request.form()
    fields = {key: value for key, value in form.items() if isinstance(value, str)}
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
    response_headers = {k: v for k, v in headers if k.lower() != "content-type"}
    return JSONResponse(payload, status_code=status, headers=response_headers)


@router.get(
    "/jwks",
    operation_id="getJwks",
    summary="De publieke sleutels waarmee toegangstokens zijn ondertekend",
)
def jwks(request: Request) -> dict[str, Any]:
    return dict(runtime_of(request).jwks)
