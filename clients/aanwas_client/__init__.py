"""Client for the aanwas information-sharing API.

Authenticates with OAuth 2.0 client credentials (client_secret_basic) and sends
the purpose of every request in the ``Doelbinding`` header.
"""

from __future__ import annotations

import base64
import warnings
from types import TracebackType
from typing import Any
from urllib.parse import quote

import authlib.deprecate  # noqa: F401  (installs Authlib's own warning filter first)
import httpx

with warnings.catch_warnings():
    # Authlib 1.9 prefers the "httpx2" package and warns when it falls back to httpx.
    warnings.filterwarnings("ignore", message="The httpx module is deprecated")
    from authlib.integrations.httpx_client import OAuth2Client

__all__ = ["AanwasClient", "Problem"]
__version__ = "0.1.0"


class Problem(Exception):
    """A non-2xx (or otherwise unexpected) API response, parsed as RFC 9457 problem+json."""

    def __init__(
        self,
        status: int,
        title: str,
        detail: str | None = None,
        type: str = "about:blank",
        body: dict[str, Any] | None = None,
    ) -> None:
        self.status = status
        self.title = title
        self.detail = detail
        self.type = type
        self.body: dict[str, Any] = body if body is not None else {}
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"{self.status} {self.title}"
        return f"{text}: {self.detail}" if self.detail else text

    @classmethod
    def from_response(cls, response: httpx.Response) -> Problem:
        try:
            parsed = response.json()
        except ValueError:
            parsed = None
        body: dict[str, Any] = parsed if isinstance(parsed, dict) else {}
        # OAuth 2.0 token endpoint errors use "error"/"error_description" (RFC 6749 5.2).
        title = body.get("title") or body.get("error") or response.reason_phrase
        detail = body.get("detail") or body.get("error_description")
        if detail is None and not body and response.text:
            detail = response.text[:500]
        return cls(
            status=response.status_code,
            title=str(title or "HTTP error"),
            detail=None if detail is None else str(detail),
            type=str(body.get("type") or "about:blank"),
            body=body,
        )


def _encode_client_secret_basic(
    client: Any, method: str, uri: str, headers: dict[str, str], body: str
) -> tuple[str, dict[str, str], str]:
    # RFC 6749 2.3.1: form-encode id and secret before Base64 (Authlib does not).
    text = f"{quote(client.client_id, safe='')}:{quote(client.client_secret, safe='')}"
    headers["Authorization"] = "Basic " + base64.b64encode(text.encode()).decode("ascii")
    return uri, headers, body


def _raise_for_token_error(response: httpx.Response) -> httpx.Response:
    if not response.is_success:
        raise Problem.from_response(response)
    return response


class AanwasClient:
    """Synchronous client; fetches and renews its access token as needed."""

    def __init__(
        self,
        base_url: str,
        client_id: str,
        client_secret: str,
        *,
        purpose: str | None = None,
        timeout: float = 10.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.purpose = purpose
        self._http = OAuth2Client(
            client_id=client_id,
            client_secret=client_secret,
            token_endpoint_auth_method="client_secret_basic",  # noqa: S106 (a method name)
            token_endpoint=self.base_url + "/oauth/token",
            grant_type="client_credentials",
            base_url=self.base_url,
            timeout=timeout,
            headers={
                "Accept": "application/json, application/problem+json",
                "User-Agent": f"aanwas-client/{__version__}",
            },
        )
        self._http.register_client_auth_method(("client_secret_basic", _encode_client_secret_basic))
        self._http.register_compliance_hook("access_token_response", _raise_for_token_error)

    # -- lifecycle -----------------------------------------------------------------

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> AanwasClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- token ---------------------------------------------------------------------

    def _ensure_token(self) -> None:
        """Fetch a token on first use; re-fetch when expired or about to expire."""
        if not self._http.token:
            self._http.fetch_token()
        else:
            self._http.ensure_active_token(self._http.token)

    def access_token(self) -> str:
        """The current access token, fetching a new one if needed."""
        self._ensure_token()
        return str(self._http.token["access_token"])

    # -- requests ------------------------------------------------------------------

    def _request(
        self,
        method: str,
        path: str,
        *,
        purpose: str | None,
        expect: int = 200,
        json: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        self._ensure_token()
        headers: dict[str, str] = {}
        chosen = purpose if purpose is not None else self.purpose
        if chosen is not None:
            headers["Doelbinding"] = chosen
        response = self._http.request(method, path, json=json, headers=headers)
        if not response.is_success:
            raise Problem.from_response(response)
        if response.status_code != expect:
            raise Problem(
                response.status_code,
                "Unexpected response status",
                f"expected {expect} for {method} {path}",
            )
        try:
            data = response.json()
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise Problem(response.status_code, "Invalid response body", "expected a JSON object")
        return data

    def push_signaal(
        self, signaal: dict[str, Any], *, purpose: str | None = None
    ) -> dict[str, Any]:
        """POST /v1/signalen; returns the created signaal (expects 201)."""
        return self._request("POST", "/v1/signalen", purpose=purpose, expect=201, json=signaal)

    def get_signaal(self, signaal_id: str, *, purpose: str | None = None) -> dict[str, Any]:
        """GET /v1/signalen/{signaal_id}."""
        return self._request("GET", f"/v1/signalen/{quote(signaal_id, safe='')}", purpose=purpose)

    def signalen_van_jongere(
        self, jongere_id: str, *, purpose: str | None = None
    ) -> dict[str, Any]:
        """GET /v1/jongeren/{jongere_id}/signalen; returns e.g. ``{"items": [...]}``."""
        path = f"/v1/jongeren/{quote(jongere_id, safe='')}/signalen"
        return self._request("GET", path, purpose=purpose)
