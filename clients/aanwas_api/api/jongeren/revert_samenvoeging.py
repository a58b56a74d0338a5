from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.revert_samenvoeging_doelbinding import RevertSamenvoegingDoelbinding
from ...models.samenvoeging import Samenvoeging
from ...types import Response


def _get_kwargs(
    samenvoeging_id: str,
    *,
    doelbinding: RevertSamenvoegingDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/samenvoegingen/{samenvoeging_id}/terugdraaien".format(
            samenvoeging_id=quote(str(samenvoeging_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Samenvoeging | None:
    if response.status_code == 200:
        response_200 = Samenvoeging.from_dict(response.json())

        return response_200

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

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())

        return response_410

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | Samenvoeging]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    samenvoeging_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: RevertSamenvoegingDoelbinding,
) -> Response[Problem | Samenvoeging]:
    """Een samenvoeging terugdraaien: precies de verplaatste signalen gaan terug

    Args:
        samenvoeging_id (str): UUID
        doelbinding (RevertSamenvoegingDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Samenvoeging]
    """

    kwargs = _get_kwargs(
        samenvoeging_id=samenvoeging_id,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    samenvoeging_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: RevertSamenvoegingDoelbinding,
) -> Problem | Samenvoeging | None:
    """Een samenvoeging terugdraaien: precies de verplaatste signalen gaan terug

    Args:
        samenvoeging_id (str): UUID
        doelbinding (RevertSamenvoegingDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Samenvoeging
    """

    return sync_detailed(
        samenvoeging_id=samenvoeging_id,
        client=client,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    samenvoeging_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: RevertSamenvoegingDoelbinding,
) -> Response[Problem | Samenvoeging]:
    """Een samenvoeging terugdraaien: precies de verplaatste signalen gaan terug

    Args:
        samenvoeging_id (str): UUID
        doelbinding (RevertSamenvoegingDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Samenvoeging]
    """

    kwargs = _get_kwargs(
        samenvoeging_id=samenvoeging_id,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    samenvoeging_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: RevertSamenvoegingDoelbinding,
) -> Problem | Samenvoeging | None:
    """Een samenvoeging terugdraaien: precies de verplaatste signalen gaan terug

    Args:
        samenvoeging_id (str): UUID
        doelbinding (RevertSamenvoegingDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Samenvoeging
    """

    return (
        await asyncio_detailed(
            samenvoeging_id=samenvoeging_id,
            client=client,
            doelbinding=doelbinding,
        )
    ).parsed
