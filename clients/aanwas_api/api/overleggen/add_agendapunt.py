from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_agendapunt_doelbinding import AddAgendapuntDoelbinding
from ...models.agendapunt_nieuw import AgendapuntNieuw
from ...models.overleg import Overleg
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    overleg_id: str,
    *,
    body: AgendapuntNieuw,
    doelbinding: AddAgendapuntDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/overleggen/{overleg_id}/agenda".format(
            overleg_id=quote(str(overleg_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Overleg | Problem | None:
    if response.status_code == 201:
        response_201 = Overleg.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[Overleg | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    overleg_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgendapuntNieuw,
    doelbinding: AddAgendapuntDoelbinding,
) -> Response[Overleg | Problem]:
    """Een jongere op de agenda van een overleg zetten

    Args:
        overleg_id (str): UUID
        doelbinding (AddAgendapuntDoelbinding):
        body (AgendapuntNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Overleg | Problem]
    """

    kwargs = _get_kwargs(
        overleg_id=overleg_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    overleg_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgendapuntNieuw,
    doelbinding: AddAgendapuntDoelbinding,
) -> Overleg | Problem | None:
    """Een jongere op de agenda van een overleg zetten

    Args:
        overleg_id (str): UUID
        doelbinding (AddAgendapuntDoelbinding):
        body (AgendapuntNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Overleg | Problem
    """

    return sync_detailed(
        overleg_id=overleg_id,
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    overleg_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgendapuntNieuw,
    doelbinding: AddAgendapuntDoelbinding,
) -> Response[Overleg | Problem]:
    """Een jongere op de agenda van een overleg zetten

    Args:
        overleg_id (str): UUID
        doelbinding (AddAgendapuntDoelbinding):
        body (AgendapuntNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Overleg | Problem]
    """

    kwargs = _get_kwargs(
        overleg_id=overleg_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    overleg_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgendapuntNieuw,
    doelbinding: AddAgendapuntDoelbinding,
) -> Overleg | Problem | None:
    """Een jongere op de agenda van een overleg zetten

    Args:
        overleg_id (str): UUID
        doelbinding (AddAgendapuntDoelbinding):
        body (AgendapuntNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Overleg | Problem
    """

    return (
        await asyncio_detailed(
            overleg_id=overleg_id,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
