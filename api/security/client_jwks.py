"""The public keys of a client that publishes them at a JWKS URL (private_key_jwt, RFC 7523;
the NL GOV Assurance profile lets a partner register "a JWKS URL" instead of a key).

A client rotates its key by publishing the new one (a new `kid`) beside or instead of the old
one; we never hear about it. So the key for an assertion is chosen by the assertion's `kid`
from the set fetched from the client's URL, remembered per client for `cache_seconds`, and
fetched again at once when an assertion names a `kid` the remembered set does not hold (the
partner rotated). Fetches of one client's URL are at least `refetch_seconds` apart, whatever
the reason: an attacker presenting assertions with made-up `kid`s cannot make us hammer the
partner's server, and a URL that is down is not asked again for every token request.

A fetch is bounded: `timeout_seconds`, `MAX_BYTES`, https only in production (plain http is
allowed outside production, for a partner's test server), a redirect followed only to the
same scheme, host and port. A fetch that fails, or a set without a single key we accept,
raises JwksUnavailable: the token endpoint answers invalid_client, and the log names the
client and the reason, never a key.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
from joserfc.jwk import KeySet

from api.security.client_keys import KeyNotAccepted, public_jwks

logger = logging.getLogger("aanwas.client_jwks")

MAX_BYTES = 64 * 1024  # a JWK Set of a handful of RSA keys is a few kilobytes
MAX_REDIRECTS = 3


class JwksUnavailable(Exception):
    """The client's keys could not be fetched or none is acceptable; the message is the reason
    (safe to log: no key material, no response content)."""


def check_jwks_uri(uri: str, *, production: bool) -> str:
    """The URL as registered, or KeyNotAccepted naming what is wrong with it."""
    parts = urlsplit(uri)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise KeyNotAccepted("the JWKS URL must be an absolute https:// URL")
    if parts.scheme != "https" and production:
        raise KeyNotAccepted("the JWKS URL must use https in production")
    if parts.username or parts.password:
        raise KeyNotAccepted("the JWKS URL must not hold credentials")
    if parts.fragment:
        raise KeyNotAccepted("the JWKS URL must not have a #fragment")
    if len(uri) > 2000:
        raise KeyNotAccepted("the JWKS URL is too long (2000 characters at most)")
    return uri


def accepted_keys(text: str) -> dict[str, Any]:
    """The keys of a fetched JWK Set that we accept for assertions: EC P-256 and RSA of at
    least 2048 bits, not meant for encryption. Other keys in the set (the partner may publish
    encryption keys, or curves we do not take) are skipped; a set without one is refused."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise JwksUnavailable("not JSON") from exc
    entries = data.get("keys") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise JwksUnavailable("not a JWK Set")
    keys: list[dict[str, Any]] = []
    for entry in entries:
        if not isinstance(entry, dict) or entry.get("use", "sig") != "sig" or "d" in entry:
            continue
        try:
            keys.extend(public_jwks(json.dumps(entry))["keys"])
        except KeyNotAccepted:
            continue
    if not keys:
        raise JwksUnavailable("no EC P-256 or RSA signing key in the JWK Set")
    return {"keys": keys}


@dataclass
class _Remembered:
    uri: str
    keys: dict[str, Any] | None = None  # the last set fetched, None when none was
    fetched_at: float = float("-inf")  # when `keys` was fetched (monotonic)
    tried_at: float = float("-inf")  # the last fetch attempt, successful or not
    lock: threading.Lock = field(default_factory=threading.Lock)


class RemoteJwks:
    """Per process: each client's keys as last fetched from its JWKS URL."""

    REMEMBERED = 10_000

    def __init__(
        self,
        *,
        cache_seconds: float,
        refetch_seconds: float,
        timeout_seconds: float,
        production: bool,
    ) -> None:
        self.cache_seconds = cache_seconds
        self.refetch_seconds = refetch_seconds
        self.timeout_seconds = timeout_seconds
        self.production = production
        self._clients: dict[str, _Remembered] = {}
        self._lock = threading.Lock()

    def key_set(self, client_id: str, uri: str, kid: str | None) -> KeySet:
        """The client's keys for an assertion with this `kid` (None: the set as it is).
        Raises JwksUnavailable when they cannot be had."""
        remembered = self._remembered(client_id, uri)
        with remembered.lock:  # one fetch per client at a time; the others wait for it
            now = time.monotonic()
            fresh = now - remembered.fetched_at < self.cache_seconds
            known = remembered.keys is not None and _holds(remembered.keys, kid)
            may_fetch = now - remembered.tried_at >= self.refetch_seconds
            if (not fresh or not known) and may_fetch:
                remembered.tried_at = now
                try:
                    remembered.keys = self._fetch(uri)
                    remembered.fetched_at = now
                except JwksUnavailable as exc:
                    remembered.keys = None  # a URL that fails has no keys we may trust
                    logger.warning("client %s: JWKS not fetched (%s)", client_id, exc)
                    raise
            elif not fresh:  # expired and asked again too soon: nothing we may trust now
                remembered.keys = None
            if remembered.keys is None:
                raise JwksUnavailable("no keys fetched")
            return KeySet.import_key_set(remembered.keys)  # type: ignore[arg-type]

    def _remembered(self, client_id: str, uri: str) -> _Remembered:
        with self._lock:
            remembered = self._clients.get(client_id)
            if remembered is None or remembered.uri != uri:
                if len(self._clients) >= self.REMEMBERED:
                    self._clients.clear()
                remembered = self._clients[client_id] = _Remembered(uri)
            return remembered

    def _fetch(self, uri: str) -> dict[str, Any]:
        try:
            check_jwks_uri(uri, production=self.production)
        except KeyNotAccepted as exc:
            raise JwksUnavailable(str(exc)) from exc
        origin = urlsplit(uri)[:2]
        try:
            # trust_env off: the partner's URL is reached directly, not through a proxy
            # named in the environment (and no .netrc credentials are sent).
            with httpx.Client(
                timeout=self.timeout_seconds, follow_redirects=False, trust_env=False
            ) as http:
                for _ in range(MAX_REDIRECTS + 1):
                    with http.stream("GET", uri, headers={"Accept": "application/json"}) as got:
                        if got.is_redirect:
                            uri = urljoin(uri, got.headers.get("location", ""))
                            if urlsplit(uri)[:2] != origin:
                                raise JwksUnavailable("redirected to another host")
                            continue
                        if got.status_code != 200:
                            raise JwksUnavailable(f"HTTP {got.status_code}")
                        body = _read_bounded(got)
                        break
                else:
                    raise JwksUnavailable("too many redirects")
        except httpx.HTTPError as exc:
            raise JwksUnavailable(type(exc).__name__) from exc
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise JwksUnavailable("not UTF-8") from exc
        return accepted_keys(text)


def _read_bounded(response: httpx.Response) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BYTES:
        raise JwksUnavailable(f"larger than {MAX_BYTES} bytes")
    body = bytearray()
    for chunk in response.iter_bytes():
        body.extend(chunk)
        if len(body) > MAX_BYTES:
            raise JwksUnavailable(f"larger than {MAX_BYTES} bytes")
    return bytes(body)


def _holds(keys: dict[str, Any], kid: str | None) -> bool:
    if kid is None:
        return len(keys["keys"]) == 1
    return any(key.get("kid") == kid for key in keys["keys"])
