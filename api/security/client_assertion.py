"""private_key_jwt (RFC 7523 section 2.2, NL GOV Assurance profile for OAuth 2.0): a client
proves who it is with a short-lived JWT signed by its private key; we hold its public key.

What an assertion must be: signed with ES256, RS256 or PS256 by a key the client registered;
`iss` and `sub` the client id; `aud` the token endpoint's URL or the issuer; an `exp` at most
`client_assertion_max_seconds` ahead (a long-lived assertion is a bearer secret by another
name); `iat` and `nbf`, when present, not in the future (with LEEWAY seconds for clock skew);
a `jti` never used before by that client. A client that registered a JWKS URL instead of a
key signs with a key from that set, chosen by the assertion's `kid` (api/security/client_jwks).
Spent `jti`s are kept in the database until the
assertion expires, so a replay is refused by every process.

Every failure is a 401 invalid_client, like a wrong secret: the endpoint tells no one why.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from hashlib import sha256
from typing import Any, cast

from authlib.oauth2.rfc6749 import InvalidClientError, OAuth2Request
from authlib.oauth2.rfc7523 import JWTBearerClientAssertion
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from api.db import utcnow
from api.security.client_jwks import JwksUnavailable, RemoteJwks
from api.security.models import OAuthClient, UsedAssertion

ASSERTION_TYPE = JWTBearerClientAssertion.CLIENT_ASSERTION_TYPE
ALGORITHMS = ("ES256", "RS256", "PS256")
LEEWAY = 30  # seconds of clock skew allowed on exp, nbf and iat


class PrivateKeyJwt(JWTBearerClientAssertion):  # type: ignore[misc]
    """Authlib's RFC 7523 client authentication, bound to our client table and jti store."""

    CLIENT_AUTH_METHOD = "private_key_jwt"

    def __init__(
        self,
        sessions: sessionmaker[Session],
        audiences: list[str],
        max_seconds: int,
        remote: RemoteJwks,
    ) -> None:
        super().__init__(validate_jti=True, leeway=LEEWAY)
        self._sessions = sessions
        self._remote = remote
        self._audiences = audiences
        self._max_seconds = max_seconds

    def __call__(self, query_client: Any, request: OAuth2Request) -> OAuthClient | None:
        form = request.payload.data
        if "client_assertion" not in form and "client_assertion_type" not in form:
            return None  # not this method: the next one may apply
        try:
            return self._authenticate(query_client, form)
        except InvalidClientError as exc:  # always the 401 of a failed client authentication
            raise InvalidClientError(status_code=401, description=exc.description) from exc

    def _authenticate(self, query_client: Any, form: Any) -> OAuthClient:
        assertion = form.get("client_assertion")
        if form.get("client_assertion_type") != ASSERTION_TYPE or not assertion:
            raise InvalidClientError(description="unsupported client assertion")
        header, claims = self.extract_assertion(assertion)
        client_id = claims.get("sub")
        client = query_client(client_id) if isinstance(client_id, str) else None
        if client is None or client.auth_method != self.CLIENT_AUTH_METHOD:  # unknown,
            raise InvalidClientError(description="client authentication failed")  # disabled,
            # or a secret client
        if form.get("client_id") not in (None, client_id):
            raise InvalidClientError(description="client_id is not the assertion's subject")
        kid = header.get("kid")
        keys = self._keys(client, kid if isinstance(kid, str) else None)
        self.process_assertion_claims(assertion, keys)
        return self.authenticate_client(client)  # type: ignore[no-any-return]

    def _keys(self, client: OAuthClient, kid: str | None) -> KeySet:
        """The registered key(s), or those published at the client's JWKS URL (fetched outside
        any database transaction: query_client's session is closed by now)."""
        if client.jwks_uri is None:
            return self.resolve_client_public_key(client)
        try:
            return self._remote.key_set(client.client_id, client.jwks_uri, kid)
        except JwksUnavailable as exc:
            raise InvalidClientError(description="client keys unavailable") from exc

    def process_assertion_claims(self, assertion: str, key: Any) -> Any:
        try:
            token = jwt.decode(assertion, key, algorithms=list(ALGORITHMS))
        except (JoseError, ValueError) as exc:
            raise InvalidClientError(description="assertion signature not valid") from exc
        self.verify_claims(token.claims)
        return token.claims

    def verify_claims(self, claims: Any) -> None:
        exp = claims.get("exp")
        if isinstance(exp, int | float) and exp > time.time() + self._max_seconds + LEEWAY:
            raise InvalidClientError(description="assertion lives too long")
        super().verify_claims(claims)  # iss = sub, aud, exp, nbf, iat, then validate_jti

    def get_audiences(self) -> list[str]:
        return self._audiences

    def resolve_client_public_key(self, client: OAuthClient) -> KeySet:
        return KeySet.import_key_set(cast(Any, client.public_jwks or {"keys": []}))

    def validate_jti(self, claims: Any, jti: Any) -> bool:
        """Spends the jti: False when this client used it before (a replay). Expired entries
        are removed in the same transaction: the table holds only live assertions."""
        if not isinstance(jti, str) or not jti:
            return False
        expires = datetime.fromtimestamp(float(claims["exp"]) + LEEWAY, tz=UTC)
        with self._sessions() as session:
            session.execute(delete(UsedAssertion).where(UsedAssertion.verloopt_op < utcnow()))
            session.add(
                UsedAssertion(
                    client_id=str(claims["sub"]),
                    jti_hash=sha256(jti.encode("utf-8")).hexdigest(),
                    verloopt_op=expires,
                )
            )
            try:
                session.commit()
            except IntegrityError:
                session.rollback()
                return False
        return True
