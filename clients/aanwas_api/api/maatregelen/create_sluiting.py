from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_sluiting_doelbinding import CreateSluitingDoelbinding
from ...models.maatregel import Maatregel
from ...models.problem import Problem
from ...models.sluiting_nieuw import SluitingNieuw
from ...types import Response


def _get_kwargs(
    *,
    body: SluitingNieuw,
    doelbinding: CreateSluitingDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sluitingen",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Maatregel | Problem | None:
    if response.status_code == 201:
        response_201 = Maatregel.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Maatregel | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SluitingNieuw,
    doelbinding: CreateSluitingDoelbinding,
) -> Response[Maatregel | Problem]:
    """Een sluiting van een pand (Opiumwet art. 13b) vastleggen, zonder jongere (gemeente)

    Args:
        doelbinding (CreateSluitingDoelbinding):
        body (SluitingNieuw): An Opiumwet 13b closure of a premises that names no youth.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Maatregel | Problem]
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
    body: SluitingNieuw,
    doelbinding: CreateSluitingDoelbinding,
) -> Maatregel | Problem | None:
    """Een sluiting van een pand (Opiumwet art. 13b) vastleggen, zonder jongere (gemeente)

    Args:
        doelbinding (CreateSluitingDoelbinding):
        body (SluitingNieuw): An Opiumwet 13b closure of a premises that names no youth.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Maatregel | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SluitingNieuw,
    doelbinding: CreateSluitingDoelbinding,
) -> Response[Maatregel | Problem]:
    """Een sluiting van een pand (Opiumwet art. 13b) vastleggen, zonder jongere (gemeente)

    Args:
        doelbinding (CreateSluitingDoelbinding):
        body (SluitingNieuw): An Opiumwet 13b closure of a premises that names no youth.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Maatregel | Problem]
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
    body: SluitingNieuw,
    doelbinding: CreateSluitingDoelbinding,
) -> Maatregel | Problem | None:
    """Een sluiting van een pand (Opiumwet art. 13b) vastleggen, zonder jongere (gemeente)

    Args:
        doelbinding (CreateSluitingDoelbinding):
        body (SluitingNieuw): An Opiumwet 13b closure of a premises that names no youth.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Maatregel | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
