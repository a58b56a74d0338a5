"""RFC 9457 problem details: every error this API returns has this shape."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api import methods, request_id

PROBLEM_JSON = "application/problem+json"
TYPE_BASE = "https://aanwas.example/problems/"


class Problem(Exception):
    """An error a caller should see, with a stable type and words without personal data."""

    def __init__(
        self,
        status: int,
        title: str,
        detail: str | None = None,
        *,
        type_: str | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(title)
        self.status = status
        self.title = title
        self.detail = detail
        self.type = TYPE_BASE + type_ if type_ else "about:blank"
        self.headers = headers or {}
        self.extra = extra or {}

    def body(self, instance: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"type": self.type, "title": self.title, "status": self.status}
        if self.detail:
            body["detail"] = self.detail
        if instance:
            body["instance"] = instance
        body.update(self.extra)
        return body


def invalid_input(params: list[dict[str, str]]) -> Problem:
    return Problem(
        400,
        "Ongeldige invoer",
        f"{len(params)} veld(en) ongeldig; zie invalidParams.",
        type_="ongeldige-invoer",
        extra={"invalidParams": params},
    )


def method_not_allowed(allow: list[str]) -> Problem:
    return Problem(405, _STATUS_TITLES[405], headers={"Allow": ", ".join(allow)})


def problem_response(problem: Problem, request: Request | None = None) -> JSONResponse:
    # The occurrence, by the request's id (its X-Request-ID, and the id of its audit records):
    # never the path, which can hold whatever a caller put there.
    instance = f"urn:uuid:{request_id.of(request)}" if request is not None else None
    return JSONResponse(
        problem.body(instance),
        status_code=problem.status,
        media_type=PROBLEM_JSON,
        headers=problem.headers,
    )


def _field_name(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header"):
        parts = parts[1:]
    return ".".join(parts) or "body"


def _validation_params(exc: RequestValidationError) -> list[dict[str, str]]:
    return validation_params(exc.errors())


def validation_params(errors: Sequence[Any]) -> list[dict[str, str]]:
    """invalidParams of a problem: each invalid field and why, never the input itself."""
    params = []
    for error in errors:
        message = str(error.get("msg", "ongeldig"))
        # Pydantic prefixes messages from our own validators with "Value error, ".
        message = message.removeprefix("Value error, ")
        # The offending input is deliberately left out: it may be a BSN or a name.
        params.append({"name": _field_name(tuple(error.get("loc", ()))), "reason": message})
    return params


_STATUS_TITLES = {
    401: "Niet geauthenticeerd",
    403: "Geen toegang",
    404: "Niet gevonden",
    405: "Methode niet toegestaan",
    406: "Niet aanvaardbaar",
    415: "Mediatype niet ondersteund",
}


def install_problem_handlers(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> JSONResponse:
        if exc.status == 400:  # on record, in bounded form (api/security/refused.py)
            from api.security.refused import record_bad_request

            await record_bad_request(request, exc.type.removeprefix(TYPE_BASE))
        return problem_response(exc, request)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        allow = methods.not_allowed(request)  # GET /signalen/bulk: not an invalid signal id
        if allow is not None:
            return problem_response(method_not_allowed(allow), request)
        from api.security.refused import record_bad_request  # on record, in bounded form

        await record_bad_request(request, "ongeldige invoer", exc.body)
        return problem_response(invalid_input(_validation_params(exc)), request)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        title = _STATUS_TITLES.get(exc.status_code, "Fout")
        headers = dict(exc.headers or {})
        if exc.status_code == 405:  # every method of the path, not the first route's
            headers["Allow"] = ", ".join(methods.allowed_methods(request))
        return problem_response(Problem(exc.status_code, title, headers=headers), request)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # Never echo the exception: its text could carry data. The log gets the type only.
        return problem_response(
            Problem(500, "Interne fout", "Het verzoek is niet uitgevoerd.", type_="interne-fout"),
            request,
        )
