"""The thin hand-written layer over the generated SDK (`aanwas_api`): what a generator does not
know. Tokens by client credentials (a secret or private_key_jwt), renewed before they expire;
an Idempotency-Key on every push; retries with backoff on 429 and 503, honouring Retry-After;
and `items()`, every item of a paged list, whichever way it pages (`pagina` numbers or an `na`
cursor).

    api = connect("https://aanwas.example", client_id, secret, purpose="signalering")
    created = push_signaal.sync(client=api, body=SignaalNieuw.from_dict({...}),
                                doelbinding="signalering")
    for signaal in items(list_signalen, client=api, categorie="pakketjes"): ...
"""

from __future__ import annotations

import email.utils
import inspect
import random
import threading
import time
import uuid
from collections.abc import Callable, Generator, Iterator
from typing import Any

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from joserfc import jwk, jwt

from aanwas_client.generated import API_PREFIX, PUSH_PATHS, Client

RETRY_STATUSES = frozenset({429, 503})


class ClientCredentials(httpx.Auth):
    """OAuth 2.0 client credentials at /oauth/token: a token fetched on first use and again
    `margin` seconds before it expires, or when the API answers 401 (revoked, key rotated),
    once. The client authenticates with its secret (HTTP Basic) or, registered with a public
    key, with `private_key` (the PEM text of its private key): each fetch then sends a fresh
    client assertion signed with it (private_key_jwt, RFC 7523; ES256 for an EC key, RS256
    for an RSA key), valid for 60 seconds and used once."""

    def __init__(
        self,
        base_url: str,
        client_id: str,
        secret: str | None = None,
        *,
        private_key: str | None = None,
        margin: float = 60,
    ) -> None:
        if (secret is None) == (private_key is None):
            raise ValueError("give the client's secret or its private key, not both")
        self._token_url = base_url.rstrip("/") + "/oauth/token"
        self._client_id = client_id
        self._secret = secret
        self._key = None if private_key is None else _signing_key(private_key)
        self._margin = margin
        self._token: str | None = None
        self._expires = 0.0
        self._lock = threading.Lock()

    def _assertion(self, key: jwk.ECKey | jwk.RSAKey) -> dict[str, str]:
        now = int(time.time())
        claims = {
            "iss": self._client_id,
            "sub": self._client_id,
            "aud": self._token_url,
            "iat": now,
            "exp": now + 60,
            "jti": str(uuid.uuid4()),
        }
        alg = "RS256" if isinstance(key, jwk.RSAKey) else "ES256"
        return {
            "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            "client_assertion": jwt.encode({"alg": alg}, claims, key, algorithms=[alg]),
        }

    def _fetch(self) -> str:
        form = {"grant_type": "client_credentials"}
        auth: tuple[str, str] | None = None
        if self._key is not None:
            form.update(self._assertion(self._key))
        elif self._secret is not None:
            auth = (self._client_id, self._secret)
        answer = httpx.post(self._token_url, data=form, auth=auth, timeout=30)
        answer.raise_for_status()
        body = answer.json()
        self._token = str(body["access_token"])
        self._expires = time.monotonic() + float(body.get("expires_in", 300))
        return self._token

    def token(self, *, renew: bool = False) -> str:
        with self._lock:
            if renew or self._token is None or time.monotonic() > self._expires - self._margin:
                return self._fetch()
            return self._token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token()}"
        response = yield request
        if response.status_code == 401:
            request.headers["Authorization"] = f"Bearer {self.token(renew=True)}"
            yield request


def _signing_key(pem: str) -> jwk.ECKey | jwk.RSAKey:
    """The client's private key (PEM, unencrypted PKCS#8 or traditional): EC P-256 or RSA."""
    loaded = serialization.load_pem_private_key(pem.encode("ascii"), password=None)
    if isinstance(loaded, rsa.RSAPrivateKey):
        return jwk.RSAKey.import_key(loaded)
    if isinstance(loaded, ec.EllipticCurvePrivateKey):
        return jwk.ECKey.import_key(loaded)
    raise ValueError("the private key must be an EC P-256 or RSA key")


def retry_after(response: httpx.Response) -> float | None:
    """Retry-After in seconds (a number or an HTTP date), or None when absent or unreadable."""
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


class Resilient(httpx.BaseTransport):
    """Gives every push an Idempotency-Key (one per call, kept over its retries, so the API
    stores it once), and retries 429 and 503: after Retry-After if the API names it, else after
    an exponential backoff with jitter. A POST without an Idempotency-Key is never retried."""

    def __init__(
        self,
        inner: httpx.BaseTransport | None = None,
        *,
        attempts: int = 5,
        backoff: float = 0.5,
        longest_wait: float = 30,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._inner = inner or httpx.HTTPTransport()
        self._attempts = attempts
        self._backoff = backoff
        self._longest_wait = longest_wait
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path in PUSH_PATHS:
            request.headers.setdefault("Idempotency-Key", str(uuid.uuid4()))
        retryable = request.method in {"GET", "HEAD", "PUT", "DELETE"} or (
            "Idempotency-Key" in request.headers
        )
        request.read()  # the body, to send again
        for attempt in range(self._attempts):
            response = self._inner.handle_request(request)
            if (
                response.status_code not in RETRY_STATUSES
                or not retryable
                or attempt == self._attempts - 1
            ):
                return response
            wait = retry_after(response)
            if wait is None:
                wait = self._backoff * 2**attempt * (1 + random.random())  # noqa: S311
            response.close()
            self._sleep(min(wait, self._longest_wait))
        raise AssertionError("unreachable")  # the loop returns on its last attempt

    def close(self) -> None:
        self._inner.close()


def connect(
    base_url: str,
    client_id: str,
    secret: str | None = None,
    *,
    private_key: str | None = None,
    purpose: str | None = None,
    timeout: float = 30,
    transport: httpx.BaseTransport | None = None,
) -> Client:
    """A generated-SDK client that authenticates, retries and keys its pushes; `purpose` is
    sent as the Doelbinding header (an operation's own `doelbinding=` overrides it). The client
    authenticates with its `secret` or its `private_key` (PEM text): see ClientCredentials."""
    headers = {"Doelbinding": purpose} if purpose else {}
    return Client(
        base_url=base_url.rstrip("/") + API_PREFIX,
        headers=headers,
        timeout=httpx.Timeout(timeout),
        raise_on_unexpected_status=True,
        httpx_args={
            "auth": ClientCredentials(base_url, client_id, secret, private_key=private_key),
            "transport": Resilient(transport),
        },
    )


class Refused(Exception):
    """A paged list answered with something else than a page (a problem+json)."""

    def __init__(self, status: int, problem: Any) -> None:
        super().__init__(f"{status}: {problem}")
        self.status = status
        self.problem = problem


def items(operation: Any, *, client: Client, **params: Any) -> Iterator[Any]:
    """Every item of a paged list operation of the generated SDK (its module, e.g.
    `list_signalen`), fetching page after page as the caller iterates: by the `na` cursor the
    API answers with (`volgende`), or else by `pagina` number until `totaal` is reached."""
    cursor_paged = "na" in operation.sync_detailed.__kwdefaults__
    # The schema makes Doelbinding a required argument; a list walked here takes the purpose
    # the client was connected with unless the caller names another.
    if "doelbinding" in inspect.signature(operation.sync_detailed).parameters:
        params.setdefault("doelbinding", client.get_httpx_client().headers.get("Doelbinding"))
    page = 1
    while True:
        where = {"na": params.pop("na", 0)} if cursor_paged else {"pagina": page}
        answer = operation.sync_detailed(client=client, **params, **where)
        body = answer.parsed
        if answer.status_code != 200 or not hasattr(body, "items"):
            raise Refused(answer.status_code, body)
        yield from body.items
        if cursor_paged:
            following = getattr(body, "volgende", None)
            if not isinstance(following, int) or not body.items:
                return
            params["na"] = following
        else:
            if not body.items or page * body.pagina_grootte >= body.totaal:
                return
            page += 1
