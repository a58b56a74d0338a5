from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.overleg import Overleg
from ...models.overleg_nieuw import OverlegNieuw
from ...models.plan_overleg_response_400 import PlanOverlegResponse400
from ...models.plan_overleg_response_401 import PlanOverlegResponse401
from ...models.plan_overleg_response_403 import PlanOverlegResponse403
from ...models.plan_overleg_response_503 import PlanOverlegResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: OverlegNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/overleggen",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Overleg
    | PlanOverlegResponse400
    | PlanOverlegResponse401
    | PlanOverlegResponse403
    | PlanOverlegResponse503
    | None
):
    if response.status_code == 201:
        response_201 = Overleg.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = PlanOverlegResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PlanOverlegResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PlanOverlegResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 503:
        response_503 = PlanOverlegResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Overleg
    | PlanOverlegResponse400
    | PlanOverlegResponse401
    | PlanOverlegResponse403
    | PlanOverlegResponse503
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OverlegNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Overleg
    | PlanOverlegResponse400
    | PlanOverlegResponse401
    | PlanOverlegResponse403
    | PlanOverlegResponse503
]:
    """Een overleg plannen (signaaloverleg, casusoverleg, ketenoverleg, ico)

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (OverlegNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Overleg | PlanOverlegResponse400 | PlanOverlegResponse401 | PlanOverlegResponse403 | PlanOverlegResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OverlegNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Overleg
    | PlanOverlegResponse400
    | PlanOverlegResponse401
    | PlanOverlegResponse403
    | PlanOverlegResponse503
    | None
):
    """Een overleg plannen (signaaloverleg, casusoverleg, ketenoverleg, ico)

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (OverlegNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Overleg | PlanOverlegResponse400 | PlanOverlegResponse401 | PlanOverlegResponse403 | PlanOverlegResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OverlegNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Overleg
    | PlanOverlegResponse400
    | PlanOverlegResponse401
    | PlanOverlegResponse403
    | PlanOverlegResponse503
]:
    """Een overleg plannen (signaaloverleg, casusoverleg, ketenoverleg, ico)

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (OverlegNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Overleg | PlanOverlegResponse400 | PlanOverlegResponse401 | PlanOverlegResponse403 | PlanOverlegResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OverlegNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Overleg
    | PlanOverlegResponse400
    | PlanOverlegResponse401
    | PlanOverlegResponse403
    | PlanOverlegResponse503
    | None
):
    """Een overleg plannen (signaaloverleg, casusoverleg, ketenoverleg, ico)

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (OverlegNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Overleg | PlanOverlegResponse400 | PlanOverlegResponse401 | PlanOverlegResponse403 | PlanOverlegResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
