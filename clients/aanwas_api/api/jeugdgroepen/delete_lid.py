from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_lid_doelbinding import DeleteLidDoelbinding
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    jeugdgroep_id: str,
    jongere_id: str,
    *,
    doelbinding: DeleteLidDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/jeugdgroepen/{jeugdgroep_id}/leden/{jongere_id}".format(
            jeugdgroep_id=quote(str(jeugdgroep_id), safe=""),
            jongere_id=quote(str(jongere_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jeugdgroep_id: str,
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: DeleteLidDoelbinding,
) -> Response[Any | Problem]:
    """Een jongere van een jeugdgroep ontkoppelen

    Args:
        jeugdgroep_id (str): UUID
        jongere_id (str): UUID
        doelbinding (DeleteLidDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        jeugdgroep_id=jeugdgroep_id,
        jongere_id=jongere_id,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jeugdgroep_id: str,
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: DeleteLidDoelbinding,
) -> Any | Problem | None:
    """Een jongere van een jeugdgroep ontkoppelen

    Args:
        jeugdgroep_id (str): UUID
        jongere_id (str): UUID
        doelbinding (DeleteLidDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        jeugdgroep_id=jeugdgroep_id,
        jongere_id=jongere_id,
        client=client,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    jeugdgroep_id: str,
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: DeleteLidDoelbinding,
) -> Response[Any | Problem]:
    """Een jongere van een jeugdgroep ontkoppelen

    Args:
        jeugdgroep_id (str): UUID
        jongere_id (str): UUID
        doelbinding (DeleteLidDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        jeugdgroep_id=jeugdgroep_id,
        jongere_id=jongere_id,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jeugdgroep_id: str,
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: DeleteLidDoelbinding,
) -> Any | Problem | None:
    """Een jongere van een jeugdgroep ontkoppelen

    Args:
        jeugdgroep_id (str): UUID
        jongere_id (str): UUID
        doelbinding (DeleteLidDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            jeugdgroep_id=jeugdgroep_id,
            jongere_id=jongere_id,
            client=client,
            doelbinding=doelbinding,
        )
    ).parsed
