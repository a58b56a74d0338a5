"""The authorization server's public documents (RFC 8414 metadata, RFC 7517 JWKS), at the
well-known addresses a partner's OAuth library looks for: no token needed, nothing personal.

They sit beside the API, not under /v1 (the issuer's root, as RFC 8414 and RFC 8615 have it), so
the OpenAPI document names them in its OAuth 2.0 security scheme and gives their schemas under
components, as it does for the token endpoint.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from api.security.caller import runtime_of
from api.security.client_assertion import ALGORITHMS as ASSERTION_ALGORITHMS
from api.security.signing_keys import SIGNING_ALG

METADATA_PATH = "/.well-known/oauth-authorization-server"
JWKS_PATH = "/.well-known/jwks.json"
# Keys change seldom and a withdrawn one must leave verifiers soon: a cache of minutes.
_CACHE = {"Cache-Control": "public, max-age=300"}

router = APIRouter(tags=["oauth"], include_in_schema=False)


class JsonWebKey(BaseModel):
    """A public EC P-256 key (RFC 7517, RFC 7518) that verifies access tokens."""

    model_config = ConfigDict(extra="allow")

    kty: str = Field(description="EC")
    crv: str = Field(description="P-256")
    x: str
    y: str
    kid: str = Field(description="De sleutel-id; de header van een token noemt hem")
    use: str | None = Field(default=None, description="sig")
    alg: str | None = Field(default=None, description=SIGNING_ALG)


class JsonWebKeySet(BaseModel):
    """The public keys that verify access tokens: the primary (signing now) and older keys not
    yet withdrawn."""

    keys: list[JsonWebKey]


class AutorisatieServerMetadata(BaseModel):
    """Authorization server metadata (RFC 8414); the names are the RFC's."""

    issuer: str
    token_endpoint: str
    jwks_uri: str
    grant_types_supported: list[str]
    token_endpoint_auth_methods_supported: list[str]
    token_endpoint_auth_signing_alg_values_supported: list[str]
    response_types_supported: list[str]
    service_documentation: str


WELL_KNOWN_SCHEMAS: tuple[type[BaseModel], ...] = (
    JsonWebKey,
    JsonWebKeySet,
    AutorisatieServerMetadata,
)


@router.get(METADATA_PATH, operation_id="getAutorisatieServerMetadata")
def authorization_server_metadata(request: Request) -> JSONResponse:
    issuer = runtime_of(request).settings.issuer.rstrip("/")
    metadata = AutorisatieServerMetadata(
        issuer=issuer,
        token_endpoint=f"{issuer}/oauth/token",
        jwks_uri=f"{issuer}{JWKS_PATH}",
        grant_types_supported=["client_credentials"],
        token_endpoint_auth_methods_supported=["client_secret_basic", "private_key_jwt"],
        # What a client assertion (private_key_jwt) may be signed with.
        token_endpoint_auth_signing_alg_values_supported=list(ASSERTION_ALGORITHMS),
        response_types_supported=["token"],
        service_documentation=f"{issuer}/v1/docs",
    )
    return JSONResponse(metadata.model_dump(), headers=_CACHE)


@router.get(JWKS_PATH, operation_id="getJwks")
def jwks(request: Request) -> JSONResponse:
    return JSONResponse(public_keys(request), headers=_CACHE)


def public_keys(request: Request) -> dict[str, Any]:
    """The keyset's public keys as the keys folder holds them now (a withdrawn key is gone at
    the next request)."""
    return dict(runtime_of(request).signing_keys.current().public_jwks)
