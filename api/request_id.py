"""The id of one request. The outermost layer (api.main.ApiHeaders) settles it once: the
caller's X-Request-ID when it is a UUID, else a new one. The request's audit records are filed
under it, its problem's `instance` names it, and the response carries it back as X-Request-ID,
so a caller can point the privacy officer at this occurrence (an id of its own choosing
is as unique as the caller keeps it)."""

from __future__ import annotations

import uuid

from starlette.requests import Request

STATE_KEY = "request_id"


def from_header(value: str | None) -> str:
    """The caller's id when it is a UUID, in the one spelling (uuid.UUID also reads braces, a
    urn: prefix or no hyphens), else a new one: the log stores no text it cannot vouch for."""
    try:
        return str(uuid.UUID(value or ""))
    except ValueError:
        return str(uuid.uuid4())


def of(request: Request) -> str:
    """This request's id, as settled when it came in."""
    settled = request.scope.get("state", {}).get(STATE_KEY)
    if isinstance(settled, str):
        return settled
    # Not through the app's outer layer (a bare router in a test): settle it here, once.
    request.scope.setdefault("state", {})[STATE_KEY] = settled = from_header(
        request.headers.get("X-Request-ID")
    )
    return settled
