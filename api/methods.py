"""Which methods a path has, for the Allow header of a 405 (RFC 9110 section 15.5.6).

Starlette names the methods of the first route whose path matched, so DELETE /v1/casussen said
`Allow: POST` though GET exists too; and GET /v1/signalen/bulk matched GET /v1/signalen/{id}, so
it was a 400 for an invalid id instead of a 405. Here the app's routes are consulted as a whole."""

from __future__ import annotations

import re
from functools import cache

from fastapi.routing import iter_route_contexts
from starlette.requests import Request
from starlette.routing import compile_path
from starlette.types import ASGIApp


@cache
def _paths(app: ASGIApp) -> tuple[tuple[re.Pattern[str], str, frozenset[str]], ...]:
    """Each route of the app (included routers too) as its path's pattern, template, methods."""
    table = []
    for route in iter_route_contexts(getattr(app, "routes", [])):
        if route.path is None or not route.methods:
            continue
        pattern, _, _ = compile_path(route.path)
        table.append((pattern, route.path, frozenset(route.methods)))
    return tuple(table)


def allowed_methods(request: Request) -> list[str]:
    """Every method of the path the request names: a literal path (/signalen/bulk) is that
    resource, even where a template (/signalen/{signaalId}) would match it too."""
    path = request.scope["path"]
    matching = [
        (template, methods)
        for pattern, template, methods in _paths(request.app)
        if pattern.match(path)
    ]
    literal = [entry for entry in matching if "{" not in entry[0]]
    allowed: set[str] = set()
    for _, methods in literal or matching:
        allowed |= methods
    return sorted(allowed)


def not_allowed(request: Request) -> list[str] | None:
    """The Allow list when the request's method is not one of its path's, else None."""
    allowed = allowed_methods(request)
    if allowed and request.method not in allowed:
        return allowed
    return None


def template_of(request: Request) -> str | None:
    """The route template a request's path names (for one that never reached a route, such as
    a body refused by api/limits.py): a literal path before a template, its own method first."""
    path = request.scope["path"]
    matching = [
        (template, methods)
        for pattern, template, methods in _paths(request.app)
        if pattern.match(path)
    ]
    matching.sort(key=lambda entry: ("{" in entry[0], request.method not in entry[1]))
    return matching[0][0] if matching else None
