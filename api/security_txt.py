"""`/.well-known/security.txt` (RFC 9116): where a finder reports a vulnerability, in which
languages, and until when this file may be trusted. Public, nothing personal, not an API
operation (so not in the OpenAPI document, like the other well-known documents).

Expires is computed at each request, `security_txt_days` ahead, so a deployment can never serve
a stale file; Canonical is this file's own address under the issuer (the public base URL).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse

from api.security.caller import runtime_of
from api.settings import Settings

SECURITY_TXT_PATH = "/.well-known/security.txt"
PREFERRED_LANGUAGES = "nl, en"

router = APIRouter(include_in_schema=False)


def security_txt(settings: Settings, now: datetime) -> str:
    """The file's fields, in the order RFC 9116's example gives them."""
    expires = (now + timedelta(days=settings.security_txt_days)).astimezone(UTC)
    canonical = f"{settings.issuer.rstrip('/')}{SECURITY_TXT_PATH}"
    return (
        f"Contact: {settings.security_contact}\n"
        f"Expires: {expires.replace(microsecond=0).isoformat().replace('+00:00', 'Z')}\n"
        f"Preferred-Languages: {PREFERRED_LANGUAGES}\n"
        f"Canonical: {canonical}\n"
        f"Policy: {settings.security_policy_url}\n"
    )


@router.get(SECURITY_TXT_PATH, operation_id="getSecurityTxt")
def get_security_txt(request: Request) -> PlainTextResponse:
    body = security_txt(runtime_of(request).settings, datetime.now(UTC))
    # A day's cache at most: Expires moves on daily, and a changed contact should show soon.
    return PlainTextResponse(
        body, media_type="text/plain; charset=utf-8", headers={"Cache-Control": "max-age=86400"}
    )
