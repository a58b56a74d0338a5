"""Hostile input stops at the door: one ASGI layer, before any route, refuses a request body over
its size limit (413), a JSON body that is not UTF-8, not JSON, nested too deep or carrying a NUL
or a lone surrogate (400), and a NUL in the path or query (400). Each is a problem+json whose
words say what is wrong but never repeat the input. A refused request never reaches a route, so
it changes nothing.

The body is read here, counted chunk by chunk (chunked transfer has no Content-Length), and
never beyond its limit: a 200 MB body is refused after the first limit's worth, or at once when
its Content-Length already says so. A body within the limit is handed on to the app as read."""

from __future__ import annotations

import json
import re
from typing import Any

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.problems import TYPE_BASE, Problem, problem_response

# Deeper than any body of this API (a bulk push is four levels); parsing and walking a deeper
# one costs the server, and 10,000 nested arrays would otherwise exhaust Python's recursion.
MAX_JSON_DEPTH = 32
# Text the database cannot hold as text (PostgreSQL refuses NUL; a lone surrogate is not
# Unicode, so it has no UTF-8) and nobody types in a name.
_NOT_TEXT = re.compile("[\x00\ud800-\udfff]")


def _body_too_large(limit: int) -> Problem:
    return Problem(
        413,
        "Verzoek te groot",
        f"De body is groter dan {limit} bytes; er is niets verwerkt.",
        type_="verzoek-te-groot",
    )


def _unreadable(type_: str, title: str, detail: str) -> Problem:
    return Problem(400, title, detail + " Er is niets verwerkt.", type_=type_)


def json_problem(body: bytes) -> Problem | None:
    """Why `body` is no acceptable JSON document, or None when it is one."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return _unreadable(
            "ongeldige-tekencodering", "Ongeldige tekencodering", "De body is geen geldige UTF-8."
        )
    try:
        document = json.loads(text)
    except RecursionError:
        return _too_deep()
    except json.JSONDecodeError as exc:
        # The position, not the text around it: that could be a BSN.
        return _unreadable(
            "ongeldige-json",
            "Ongeldige JSON",
            f"De body is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}).",
        )
    return _walk(document)


def _too_deep() -> Problem:
    return _unreadable(
        "te-diep-genest",
        "Te diep genest",
        f"De body is dieper genest dan {MAX_JSON_DEPTH} niveaus.",
    )


def _walk(document: Any) -> Problem | None:
    """One pass over the decoded document, without recursion: its depth, and text that is none."""
    stack: list[tuple[Any, int]] = [(document, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            strings = [value]
        elif isinstance(value, dict):
            if depth > MAX_JSON_DEPTH:
                return _too_deep()
            strings = list(value)
            stack.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            if depth > MAX_JSON_DEPTH:
                return _too_deep()
            strings = []
            stack.extend((item, depth + 1) for item in value)
        else:
            continue
        for string in strings:
            if found := _NOT_TEXT.search(string):
                return _not_text(found.group())
    return None


def _not_text(character: str) -> Problem:
    if character == "\x00":
        return _unreadable(
            "ongeldig-teken", "Ongeldig teken", "Een tekst bevat een NUL-teken (U+0000)."
        )
    return _unreadable(
        "ongeldige-tekencodering",
        "Ongeldige tekencodering",
        "Een tekst bevat een losse surrogaat (\\ud800-\\udfff) en is dus geen Unicode.",
    )


def _is_json(content_type: str) -> bool:
    # FastAPI reads a body without a Content-Type as JSON too.
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type in ("", "application/json") or media_type.endswith("+json")


class BodyLimit:
    """The layer described above; `bulk_limit` for paths ending in /bulk, `limit` elsewhere."""

    def __init__(self, app: ASGIApp, limit: int, bulk_limit: int) -> None:
        self.app = app
        self.limit = limit
        self.bulk_limit = bulk_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.bulk_limit if scope["path"].rstrip("/").endswith("/bulk") else self.limit
        headers = dict(scope.get("headers", []))
        declared = headers.get(b"content-length", b"").strip()
        if declared.isdigit() and int(declared) > limit:
            await self._refuse(_body_too_large(limit), scope, receive, send)
            return
        if "\x00" in scope["path"] or b"%00" in scope.get("query_string", b"").lower():
            await self._refuse(
                _unreadable(
                    "ongeldig-teken", "Ongeldig teken", "Het pad of de query bevat een NUL-teken."
                ),
                scope,
                receive,
                send,
            )
            return

        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return  # the caller left: nobody to answer, nothing done
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await self._refuse(_body_too_large(limit), scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        content_type = headers.get(b"content-type", b"").decode("latin-1")
        if body and _is_json(content_type) and (problem := json_problem(body)) is not None:
            await self._refuse(problem, scope, receive, send)
            return

        replayed = False

        async def replay() -> Message:
            # The body as read, once; after it, the server's own messages (a disconnect).
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    @staticmethod
    async def _refuse(problem: Problem, scope: Scope, receive: Receive, send: Send) -> None:
        from api.security.refused import record_refused_body  # on record, like any 400

        await record_refused_body(scope, problem.type.removeprefix(TYPE_BASE), problem.status)
        response = problem_response(problem, Request(scope))
        if problem.status == 413:
            # The rest of an oversized body is not read: the connection ends with this answer.
            response.headers["connection"] = "close"
        await response(scope, receive, send)
