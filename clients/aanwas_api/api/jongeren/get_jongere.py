from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_jongere_doelbinding import GetJongereDoelbinding
from ...models.jongere import Jongere
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    jongere_id: str,
    *,
    doelbinding: GetJongereDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jongeren/{jongere_id}".format(
            jongere_id=quote(str(jongere_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Jongere | Problem | None:
    if response.status_code == 200:
        response_200 = Jongere.from_dict(response.json())

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
) -> Response[Jongere | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: GetJongereDoelbinding,
) -> Response[Jongere | Problem]:
    """Een jongere lezen, voor zover een convenant het toestaat

    Args:
        jongere_id (str): UUID
        doelbinding (GetJongereDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jongere | Problem]
    """

    kwargs = _get_kwargs(
        jongere_id=jongere_id,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: GetJongereDoelbinding,
) -> Jongere | Problem | None:
    """Een jongere lezen, voor zover een convenant het toestaat

    Args:
        jongere_id (str): UUID
        doelbinding (GetJongereDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jongere | Problem
    """

    return sync_detailed(
        jongere_id=jongere_id,
        client=client,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: GetJongereDoelbinding,
) -> Response[Jongere | Problem]:
    """Een jongere lezen, voor zover een convenant het toestaat

    Args:
        jongere_id (str): UUID
        doelbinding (GetJongereDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jongere | Problem]
    """

    kwargs = _get_kwargs(
        jongere_id=jongere_id,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: GetJongereDoelbinding,
) -> Jongere | Problem | None:
    """Een jongere lezen, voor zover een convenant het toestaat

    Args:
        jongere_id (str): UUID
        doelbinding (GetJongereDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jongere | Problem
    """

    return (
        await asyncio_detailed(
            jongere_id=jongere_id,
            client=client,
            doelbinding=doelbinding,
        )
    ).parsed
