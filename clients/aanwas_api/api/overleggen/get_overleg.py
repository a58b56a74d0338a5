from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_overleg_response_400 import GetOverlegResponse400
from ...models.get_overleg_response_401 import GetOverlegResponse401
from ...models.get_overleg_response_403 import GetOverlegResponse403
from ...models.get_overleg_response_404 import GetOverlegResponse404
from ...models.get_overleg_response_503 import GetOverlegResponse503
from ...models.overleg import Overleg
from ...types import UNSET, Response, Unset


def _get_kwargs(
    overleg_id: str,
    *,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/overleggen/{overleg_id}".format(
            overleg_id=quote(str(overleg_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetOverlegResponse400
    | GetOverlegResponse401
    | GetOverlegResponse403
    | GetOverlegResponse404
    | GetOverlegResponse503
    | Overleg
    | None
):
    if response.status_code == 200:
        response_200 = Overleg.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetOverlegResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetOverlegResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetOverlegResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetOverlegResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = GetOverlegResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetOverlegResponse400
    | GetOverlegResponse401
    | GetOverlegResponse403
    | GetOverlegResponse404
    | GetOverlegResponse503
    | Overleg
]:
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
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    GetOverlegResponse400
    | GetOverlegResponse401
    | GetOverlegResponse403
    | GetOverlegResponse404
    | GetOverlegResponse503
    | Overleg
]:
    """Een overleg met de agenda zoals deze deelnemer die mag zien

    Args:
        overleg_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOverlegResponse400 | GetOverlegResponse401 | GetOverlegResponse403 | GetOverlegResponse404 | GetOverlegResponse503 | Overleg]
    """

    kwargs = _get_kwargs(
        overleg_id=overleg_id,
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
    doelbinding: None | str | Unset = UNSET,
) -> (
    GetOverlegResponse400
    | GetOverlegResponse401
    | GetOverlegResponse403
    | GetOverlegResponse404
    | GetOverlegResponse503
    | Overleg
    | None
):
    """Een overleg met de agenda zoals deze deelnemer die mag zien

    Args:
        overleg_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOverlegResponse400 | GetOverlegResponse401 | GetOverlegResponse403 | GetOverlegResponse404 | GetOverlegResponse503 | Overleg
    """

    return sync_detailed(
        overleg_id=overleg_id,
        client=client,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    overleg_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    GetOverlegResponse400
    | GetOverlegResponse401
    | GetOverlegResponse403
    | GetOverlegResponse404
    | GetOverlegResponse503
    | Overleg
]:
    """Een overleg met de agenda zoals deze deelnemer die mag zien

    Args:
        overleg_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOverlegResponse400 | GetOverlegResponse401 | GetOverlegResponse403 | GetOverlegResponse404 | GetOverlegResponse503 | Overleg]
    """

    kwargs = _get_kwargs(
        overleg_id=overleg_id,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    overleg_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: None | str | Unset = UNSET,
) -> (
    GetOverlegResponse400
    | GetOverlegResponse401
    | GetOverlegResponse403
    | GetOverlegResponse404
    | GetOverlegResponse503
    | Overleg
    | None
):
    """Een overleg met de agenda zoals deze deelnemer die mag zien

    Args:
        overleg_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOverlegResponse400 | GetOverlegResponse401 | GetOverlegResponse403 | GetOverlegResponse404 | GetOverlegResponse503 | Overleg
    """

    return (
        await asyncio_detailed(
            overleg_id=overleg_id,
            client=client,
            doelbinding=doelbinding,
        )
    ).parsed
