from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_signaal_doelbinding import GetSignaalDoelbinding
from ...models.problem import Problem
from ...models.signaal import Signaal
from ...types import Response


def _get_kwargs(
    signaal_id: str,
    *,
    doelbinding: GetSignaalDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/signalen/{signaal_id}".format(
            signaal_id=quote(str(signaal_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Signaal | None:
    if response.status_code == 200:
        response_200 = Signaal.from_dict(response.json())

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
) -> Response[Problem | Signaal]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    signaal_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: GetSignaalDoelbinding,
) -> Response[Problem | Signaal]:
    """Een signaal lezen, voor zover een convenant het toestaat

    Args:
        signaal_id (str): UUID
        doelbinding (GetSignaalDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Signaal]
    """

    kwargs = _get_kwargs(
        signaal_id=signaal_id,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    signaal_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: GetSignaalDoelbinding,
) -> Problem | Signaal | None:
    """Een signaal lezen, voor zover een convenant het toestaat

    Args:
        signaal_id (str): UUID
        doelbinding (GetSignaalDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Signaal
    """

    return sync_detailed(
        signaal_id=signaal_id,
        client=client,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    signaal_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: GetSignaalDoelbinding,
) -> Response[Problem | Signaal]:
    """Een signaal lezen, voor zover een convenant het toestaat

    Args:
        signaal_id (str): UUID
        doelbinding (GetSignaalDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Signaal]
    """

    kwargs = _get_kwargs(
        signaal_id=signaal_id,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    signaal_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: GetSignaalDoelbinding,
) -> Problem | Signaal | None:
    """Een signaal lezen, voor zover een convenant het toestaat

    Args:
        signaal_id (str): UUID
        doelbinding (GetSignaalDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Signaal
    """

    return (
        await asyncio_detailed(
            signaal_id=signaal_id,
            client=client,
            doelbinding=doelbinding,
        )
    ).parsed
