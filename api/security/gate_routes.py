"""How a route gets the gate and how the gate is settled: the FastAPI dependency (GateAccess)
and the route class that settles it in the route's own thread (GatedRoute).

A route handling personal data takes ``gate: GateAccess``; its router uses ``GatedRoute``."""

from __future__ import annotations

import functools
import inspect
from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any

from fastapi import Depends, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.routing import APIRoute
from pydantic import BaseModel

from api import request_id
from api.security.caller import current_principal, runtime_of, stated_purpose
from api.security.gate import Gate
from api.security.principal import Principal


async def open_gate(
    request: Request,
    principal: Annotated[Principal, Depends(current_principal)],
    purpose: Annotated[str | None, Depends(stated_purpose)],
) -> AsyncIterator[Gate]:
    """The request's gate. It is settled (committed with its audit records, or undone with the
    failure on record) in the route's own thread, right after the route returns (GatedRoute);
    should a route not be a GatedRoute, it is settled here, in a thread of its own."""
    runtime = runtime_of(request)
    gate = Gate(runtime, runtime.sessions(), principal, purpose, request_id.of(request))
    route = request.scope.get("route")
    gate.success_status = getattr(route, "status_code", None) or 200
    try:
        yield gate
    except BaseException as exc:
        if not gate.finished:
            await run_in_threadpool(gate.finish, exc)
        raise
    if not gate.finished:
        await run_in_threadpool(gate.finish, None)


# Function scope: the commit runs before the response is sent, so a failed audit write means
# no response with data ever leaves.
GateDependency = Depends(open_gate, scope="function")
GateAccess = Annotated[Gate, GateDependency]


def settled_in_its_thread(endpoint: Callable[..., Any], route: APIRoute) -> Callable[..., Any]:
    """A route's function that settles its gate itself, in the thread it runs in, and writes
    its answer there too: the commit and the JSON cost no further trips through the thread pool
    (FastAPI would validate and write a sync route's answer in a thread of its own). The answer
    is the route's response model as the route declares it (aliases, unset or empty fields
    left out), with the headers and status the route set on its Response."""
    if inspect.iscoroutinefunction(endpoint):
        return endpoint

    @functools.wraps(endpoint)
    def run(*args: Any, **kwargs: Any) -> Any:
        gate = next((value for value in kwargs.values() if isinstance(value, Gate)), None)
        if gate is None:
            return endpoint(*args, **kwargs)
        try:
            result = endpoint(*args, **kwargs)
        except BaseException as exc:
            gate.finish(exc)
            raise
        gate.finish(None)
        return _answered(route, result, kwargs)

    return run


def _answered(route: APIRoute, result: Any, arguments: dict[str, Any]) -> Any:
    model = route.response_model
    if not (isinstance(model, type) and isinstance(result, model)):
        return result  # anything else FastAPI writes as usual
    assert isinstance(result, BaseModel)
    set_by_route = next((v for v in arguments.values() if isinstance(v, Response)), None)
    answer = Response(
        result.model_dump_json(
            by_alias=route.response_model_by_alias,
            exclude_unset=route.response_model_exclude_unset,
            exclude_defaults=route.response_model_exclude_defaults,
            exclude_none=route.response_model_exclude_none,
        ),
        status_code=(set_by_route.status_code if set_by_route else None)
        or route.status_code
        or 200,
        media_type="application/json",
    )
    if set_by_route is not None:
        answer.headers.raw.extend(set_by_route.headers.raw)
    return answer


class GatedRoute(APIRoute):
    """The route class of every router with personal-data routes (see settled_in_its_thread)."""

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        super().__init__(path, settled_in_its_thread(endpoint, self), **kwargs)
