"""Who is calling: OAuth 2.0 client credentials, RFC 9068 JWT access tokens, the Principal.

Authlib provides the authorization server, the client-credentials grant and the RFC 9068 token
generator and validator; this module is the FastAPI glue Authlib does not ship.
"""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any, ClassVar

from authlib.oauth2 import AuthorizationServer
from authlib.oauth2.rfc6749 import InvalidClientError, OAuth2Request
from authlib.oauth2.rfc6749.grants import ClientCredentialsGrant
from authlib.oauth2.rfc6749.requests import BasicOAuth2Payload
from authlib.oauth2.rfc6750.errors import InvalidTokenError
from authlib.oauth2.rfc9068 import JWTBearerTokenGenerator, JWTBearerTokenValidator
from joserfc.jwk import KeySet
from sqlalchemy.orm import Session, sessionmaker

from api.security.client_assertion import PrivateKeyJwt
from api.security.client_jwks import RemoteJwks
from api.security.models import OAuthClient
from api.security.principal import Principal
from api.security.signing_keys import SIGNING_ALG, KeysetFile, SigningKeyset
from api.settings import Settings


class TokenRejected(Exception):
    """The bearer token is missing, malformed, expired, or not ours. Always a 401.

    `reason` says why in the words of the audit log; `client_id` and `org` are those a token
    carrying our signature (an expired one, say) was issued to: we vouch for those names, never
    for names in a token we did not sign. (Whoever presents it need not be that client.)"""

    def __init__(self, reason: str, client_id: str | None = None, org: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.client_id = client_id
        self.org = org


class AccessTokenGenerator(JWTBearerTokenGenerator):  # type: ignore[misc]
    def __init__(self, settings: Settings, keys: KeysetFile) -> None:
        super().__init__(
            issuer=settings.issuer,
            alg=SIGNING_ALG,
            expires_generator=settings.token_lifetime_seconds,
        )
        self._keys = keys
        self._audience = settings.audience

    def get_jwks(self) -> KeySet:
        # The primary key only: the token's header names its kid.
        return self._keys.current().signing

    def get_audiences(self, client: OAuthClient, user: Any, scope: Any) -> str:
        return self._audience

    def get_extra_claims(
        self, client: OAuthClient, grant_type: str, user: Any, scope: Any
    ) -> dict[str, Any]:
        return {"org": client.org, "roles": list(client.roles)}


class ClientCredentials(ClientCredentialsGrant):  # type: ignore[misc]
    """Client credentials; the client authenticates with its secret (HTTP Basic) or with a
    client assertion signed by its key (private_key_jwt), whichever it is registered for."""

    TOKEN_ENDPOINT_AUTH_METHODS: ClassVar[list[str]] = [
        "client_secret_basic",
        PrivateKeyJwt.CLIENT_AUTH_METHOD,
    ]


class TokenServer(AuthorizationServer):  # type: ignore[misc]
    """Authlib's authorization server bound to our client table; issues client-credentials
    tokens only."""

    def __init__(
        self, settings: Settings, keys: KeysetFile, sessions: sessionmaker[Session]
    ) -> None:
        super().__init__()
        self._sessions = sessions
        self.register_grant(ClientCredentials)
        issuer = settings.issuer.rstrip("/")
        self.register_client_auth_method(
            PrivateKeyJwt.CLIENT_AUTH_METHOD,
            PrivateKeyJwt(
                sessions,
                audiences=[f"{issuer}/oauth/token", issuer],
                max_seconds=settings.client_assertion_max_seconds,
                remote=RemoteJwks(
                    cache_seconds=settings.client_jwks_cache_seconds,
                    refetch_seconds=settings.client_jwks_refetch_seconds,
                    timeout_seconds=settings.client_jwks_timeout_seconds,
                    production=settings.environment == "production",
                ),
            ),
        )
        self.register_token_generator("default", AccessTokenGenerator(settings, keys))

    def query_client(self, client_id: str) -> OAuthClient | None:
        # A disabled client is answered as an unknown one: 401 invalid_client, the same body
        # as for a wrong secret, so the endpoint tells no one which client ids exist.
        with self._sessions() as session:
            client = session.get(OAuthClient, client_id)
        return client if client is not None and client.active else None

    def save_token(self, token: dict[str, Any], request: OAuth2Request) -> None:
        # JWT access tokens are self-contained; nothing to store.
        return None

    def send_signal(self, name: str, *args: Any, **kwargs: Any) -> None:
        return None

    def create_oauth2_request(self, request: OAuth2Request) -> OAuth2Request:
        return request

    def handle_response(
        self, status: int, body: Any, headers: list[tuple[str, str]]
    ) -> tuple[int, Any, list[tuple[str, str]]]:
        return status, body, headers

    def token_response(
        self, method: str, url: str, headers: Mapping[str, str], form: dict[str, str]
    ) -> tuple[int, Any, list[tuple[str, str]]]:
        request = OAuth2Request(method, url, headers=headers)
        request.payload = BasicOAuth2Payload(form)
        if "client_assertion" in form and "authorization" in {k.lower() for k in headers}:
            # One client authentication method per request (RFC 6749 section 2.3).
            return self.handle_error_response(  # type: ignore[no-any-return]
                request, InvalidClientError(status_code=401, description="two methods")
            )
        return self.create_token_response(request)  # type: ignore[no-any-return]


class AccessTokenValidator(JWTBearerTokenValidator):  # type: ignore[misc]
    """Checks a bearer token and names its caller. A token that passed is remembered until it
    expires: a partner system sends the same token with every request for its lifetime, and
    checking its signature and claims again each time cost a request more than deciding on it.
    An expired token is never taken from memory: it is checked again, and refused. Nor is any
    token once the signing keyset changed: a withdrawn key's tokens are refused at once.

    A token verifies with the key its header's kid names, if the keyset holds it (the primary or
    an older key not yet withdrawn)."""

    REMEMBERED = 10_000

    def __init__(self, settings: Settings, keys: KeysetFile) -> None:
        super().__init__(issuer=settings.issuer, resource_server=settings.audience)
        self._keys = keys
        self._keyset_seen = keys.current()
        self._passed: OrderedDict[str, tuple[Principal, float, SigningKeyset]] = OrderedDict()
        self._lock = threading.Lock()

    def get_jwks(self) -> KeySet:
        return self._keys.current().verifying

    def principal(self, authorization: str | None) -> Principal:
        if not authorization:
            raise TokenRejected("geen toegangstoken")
        scheme, _, token_string = authorization.partition(" ")
        token_string = token_string.strip()
        if scheme.lower() != "bearer" or not token_string:
            raise TokenRejected("geen Bearer-token")
        keyset = self._keys.current()
        with self._lock:
            if keyset is not self._keyset_seen:  # rotated or withdrawn: check every token again
                self._keyset_seen = keyset
                self._passed.clear()
            remembered = self._passed.get(token_string)
        # Remembered only under the keyset it passed with (a check racing a withdrawal).
        if remembered is not None and remembered[2] is keyset and time.time() < remembered[1]:
            return remembered[0]
        principal, expires_at = self._check(token_string)
        with self._lock:
            self._passed[token_string] = (principal, expires_at, keyset)
            while len(self._passed) > self.REMEMBERED:
                self._passed.popitem(last=False)
        return principal

    def _check(self, token_string: str) -> tuple[Principal, float]:
        """Signature, issuer, audience, expiry, type and claims; raises TokenRejected."""
        try:
            claims = self.authenticate_token(token_string)
        except InvalidTokenError as exc:
            raise TokenRejected("token niet door deze API ondertekend of onleesbaar") from exc
        issued_to = _vouched_names(claims)
        try:
            self.validate_token(claims, scopes=None, request=None)
        except InvalidTokenError as exc:
            raise TokenRejected("token verlopen of niet voor deze API", *issued_to) from exc
        if claims.header.get("typ", "").lower() not in ("at+jwt", "application/at+jwt"):
            raise TokenRejected("geen toegangstoken (typ)", *issued_to)
        org, roles = claims.get("org"), claims.get("roles")
        if not isinstance(org, str) or not isinstance(roles, list):
            raise TokenRejected("token zonder organisatie en rollen", *issued_to)
        principal = Principal(
            client_id=str(claims["client_id"]),
            org=org,
            roles=tuple(str(role) for role in roles),
            user=claims.get("user"),
        )
        return principal, float(claims["exp"])


CLIENT_ID_SHAPE = re.compile(r"^[a-z_]{2,40}-[0-9a-f]{12}$")  # as register_client makes them


_ORG_SHAPE = re.compile(r"^[a-z_]{1,40}$")


def _vouched_names(claims: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The client and organisation a token we signed was issued to, where they have the shapes
    we issue (the log stores no text it cannot vouch for)."""
    client_id, org = claims.get("client_id"), claims.get("org")
    return (
        client_id if isinstance(client_id, str) and CLIENT_ID_SHAPE.fullmatch(client_id) else None,
        org if isinstance(org, str) and _ORG_SHAPE.fullmatch(org) else None,
    )
