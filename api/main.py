"""create_app(): routers, middleware, problem+json handlers."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api import API_VERSION, request_id
from api.beoordeling.router import router as beoordeling_router
from api.casussen.riec_router import router as riec_router
from api.casussen.router import router as casussen_router
from api.convenanten.router import router as convenanten_router
from api.correctie.router import router as correctie_router
from api.database_faults import install_database_fault_handlers
from api.db import ensure_migrated
from api.dossier.router import router as dossier_router
from api.inzage.router import router as inzage_router
from api.jeugdgroepen.router import router as jeugdgroepen_router
from api.jongeren.router import router as jongeren_router
from api.limits import BodyLimit
from api.maatregelen.router import router as maatregelen_router
from api.oauth import router as oauth_router
from api.openapi_docs import finalize_openapi, problems
from api.organisaties.router import router as organisaties_router
from api.overleggen.router import router as overleggen_router
from api.problems import Problem, install_problem_handlers, problem_response
from api.referentie.router import router as referentie_router
from api.retentie.router import router as retentie_router
from api.runtime import Runtime, current_runtime
from api.security.audit import Trace, current_trace
from api.security.crypto import FieldIntegrityError
from api.security.gate import AuditUnavailable, policy_engine_unavailable
from api.security_txt import router as security_txt_router
from api.settings import Settings, get_settings
from api.signalen.router import router as signalen_router
from api.toezicht.router import router as toezicht_router
from api.well_known import router as well_known_router

logger = logging.getLogger("aanwas")


class ApiHeaders:
    """Outermost layer: API-Version and caching headers on every response, 500s included, and
    the runtime for input validators (they consult reference data in the database)."""

    def __init__(self, app: ASGIApp, runtime: Runtime) -> None:
        self.app = app
        self.runtime = runtime

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        token = current_runtime.set(self.runtime)
        incoming = dict(scope.get("headers", []))
        trace = Trace.from_header(incoming.get(b"traceparent", b"").decode("latin-1"))
        trace_token = current_trace.set(trace)
        # One id for the request: its audit records, its problem's `instance` and the
        # X-Request-ID it is answered with, so a caller can point at this occurrence.
        this_request = request_id.from_header(incoming.get(b"x-request-id", b"").decode("latin-1"))
        scope.setdefault("state", {})[request_id.STATE_KEY] = this_request

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"api-version", API_VERSION.encode()))
                # W3C trace context: the caller's trace, this request's span.
                headers.append((b"traceparent", trace.header().encode()))
                headers.append((b"x-request-id", this_request.encode()))
                # Personal data is never cached; a route that says so itself (the token
                # endpoint, after RFC 6749) is not told twice.
                if not any(name.lower() == b"cache-control" for name, _ in headers):
                    headers.append((b"cache-control", b"no-store"))
                headers.append((b"x-content-type-options", b"nosniff"))
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:
            # Starlette has already answered 500 problem+json and re-raises so a server can log
            # the traceback. A traceback can hold personal data (SQL parameters, field values),
            # so it stops here and the log gets the exception type and the route only.
            route = scope.get("route")
            logger.error(
                "unhandled %s in %s %s",
                type(exc).__name__,
                scope.get("method"),
                getattr(route, "path", "?"),
            )
        finally:
            current_trace.reset(trace_token)
            current_runtime.reset(token)


class AanwasApp(FastAPI):
    def build_middleware_stack(self) -> ASGIApp:
        return ApiHeaders(super().build_middleware_stack(), self.state.runtime)


def create_app(settings: Settings | None = None, *, serving: bool = True) -> FastAPI:
    """The API. `serving=False` builds it only to describe it (`aanwas openapi`): the document
    does not depend on the database, so an unmigrated one is no reason to refuse."""
    settings = settings or get_settings()
    runtime = Runtime.build(settings)
    if serving:
        ensure_migrated(runtime.engine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            runtime.policy.close()

    app = AanwasApp(
        title="Aanpak Criminele aanwas - informatiedeling",
        version=API_VERSION,
        description=(
            "Gegevensdeling tussen gemeente, politie, OM en ketenpartners over jongeren (12-21) "
            "in de aanpak criminele aanwas. Elk verzoek met persoonsgegevens noemt zijn doel in "
            "de header `Doelbinding`; een convenant bepaalt wie wat mag zien."
        ),
        openapi_url="/v1/openapi.json",
        docs_url="/v1/docs",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.runtime = runtime

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = finalize_openapi(
                get_openapi(
                    title=app.title,
                    version=app.version,
                    description=app.description,
                    routes=app.routes,
                ),
                server_url=settings.issuer,
                policies_dir=settings.policies_dir,
            )
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    install_problem_handlers(app)
    install_database_fault_handlers(app)
    # Hostile bodies (too large, not UTF-8 or JSON, too deep, NUL) are refused before any route.
    app.add_middleware(
        BodyLimit, limit=settings.max_body_bytes, bulk_limit=settings.max_bulk_body_bytes
    )
    app.include_router(oauth_router)
    app.include_router(well_known_router)
    app.include_router(security_txt_router)
    app.include_router(signalen_router, prefix="/v1")
    app.include_router(jongeren_router, prefix="/v1")
    app.include_router(dossier_router, prefix="/v1")
    app.include_router(beoordeling_router, prefix="/v1")
    app.include_router(casussen_router, prefix="/v1")
    app.include_router(riec_router, prefix="/v1")
    app.include_router(maatregelen_router, prefix="/v1")
    app.include_router(organisaties_router, prefix="/v1")
    app.include_router(jeugdgroepen_router, prefix="/v1")
    app.include_router(overleggen_router, prefix="/v1")
    app.include_router(referentie_router, prefix="/v1")
    app.include_router(convenanten_router, prefix="/v1")
    app.include_router(toezicht_router, prefix="/v1")
    app.include_router(inzage_router, prefix="/v1")
    app.include_router(retentie_router, prefix="/v1")
    app.include_router(correctie_router, prefix="/v1")

    @app.get(
        "/v1/health",
        operation_id="getHealth",
        summary="Gezondheid",
        tags=["beheer"],
        openapi_extra={"security": []},  # no token: a load balancer asks
        responses=problems(503),
    )
    def health(request: Request) -> JSONResponse:
        if not runtime.policy.healthy():
            return problem_response(policy_engine_unavailable(), request)
        return JSONResponse({"status": "ok", "policyEngine": True})

    @app.exception_handler(AuditUnavailable)
    async def _audit_down(request: Request, exc: AuditUnavailable) -> JSONResponse:
        return problem_response(
            Problem(
                503,
                "Audit-log niet beschikbaar",
                "De toegang kon niet worden vastgelegd; daarom is niets verstrekt of gewijzigd.",
                type_="audit-niet-beschikbaar",
                headers={"Retry-After": "5"},
            ),
            request,
        )

    @app.exception_handler(FieldIntegrityError)
    async def _not_intact(request: Request, exc: FieldIntegrityError) -> JSONResponse:
        return problem_response(
            Problem(
                500,
                "Gegevens niet intact",
                "Een opgeslagen veld hoort niet bij deze rij; er is niets verstrekt. "
                "De poging is vastgelegd.",
                type_="gegevens-niet-intact",
            ),
            request,
        )

    return app
