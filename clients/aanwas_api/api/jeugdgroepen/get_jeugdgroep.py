from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_jeugdgroep_response_400 import GetJeugdgroepResponse400
from ...models.get_jeugdgroep_response_401 import GetJeugdgroepResponse401
from ...models.get_jeugdgroep_response_403 import GetJeugdgroepResponse403
from ...models.get_jeugdgroep_response_404 import GetJeugdgroepResponse404
from ...models.get_jeugdgroep_response_503 import GetJeugdgroepResponse503
from ...models.jeugdgroep import Jeugdgroep
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jeugdgroep_id: str,
    *,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jeugdgroepen/{jeugdgroep_id}".format(
            jeugdgroep_id=quote(str(jeugdgroep_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetJeugdgroepResponse400
    | GetJeugdgroepResponse401
    | GetJeugdgroepResponse403
    | GetJeugdgroepResponse404
    | GetJeugdgroepResponse503
    | Jeugdgroep
    | None
):
    if response.status_code == 200:
        response_200 = Jeugdgroep.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetJeugdgroepResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetJeugdgroepResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetJeugdgroepResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetJeugdgroepResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = GetJeugdgroepResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetJeugdgroepResponse400
    | GetJeugdgroepResponse401
    | GetJeugdgroepResponse403
    | GetJeugdgroepResponse404
    | GetJeugdgroepResponse503
    | Jeugdgroep
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jeugdgroep_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    GetJeugdgroepResponse400
    | GetJeugdgroepResponse401
    | GetJeugdgroepResponse403
    | GetJeugdgroepResponse404
    | GetJeugdgroepResponse503
    | Jeugdgroep
]:
    """Een jeugdgroep met haar leden, voor zover een convenant het toestaat

    Args:
        jeugdgroep_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetJeugdgroepResponse400 | GetJeugdgroepResponse401 | GetJeugdgroepResponse403 | GetJeugdgroepResponse404 | GetJeugdgroepResponse503 | Jeugdgroep]
    """

    kwargs = _get_kwargs(
        jeugdgroep_id=jeugdgroep_id,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jeugdgroep_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: None | str | Unset = UNSET,
) -> (
    GetJeugdgroepResponse400
    | GetJeugdgroepResponse401
    | GetJeugdgroepResponse403
    | GetJeugdgroepResponse404
    | GetJeugdgroepResponse503
    | Jeugdgroep
    | None
):
    """Een jeugdgroep met haar leden, voor zover een convenant het toestaat

    Args:
        jeugdgroep_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetJeugdgroepResponse400 | GetJeugdgroepResponse401 | GetJeugdgroepResponse403 | GetJeugdgroepResponse404 | GetJeugdgroepResponse503 | Jeugdgroep
    """

    return sync_detailed(
        jeugdgroep_id=jeugdgroep_id,
        client=client,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    jeugdgroep_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    GetJeugdgroepResponse400
    | GetJeugdgroepResponse401
    | GetJeugdgroepResponse403
    | GetJeugdgroepResponse404
    | GetJeugdgroepResponse503
    | Jeugdgroep
]:
    """Een jeugdgroep met haar leden, voor zover een convenant het toestaat

    Args:
        jeugdgroep_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetJeugdgroepResponse400 | GetJeugdgroepResponse401 | GetJeugdgroepResponse403 | GetJeugdgroepResponse404 | GetJeugdgroepResponse503 | Jeugdgroep]
    """

    kwargs = _get_kwargs(
        jeugdgroep_id=jeugdgroep_id,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jeugdgroep_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: None | str | Unset = UNSET,
) -> (
    GetJeugdgroepResponse400
    | GetJeugdgroepResponse401
    | GetJeugdgroepResponse403
    | GetJeugdgroepResponse404
    | GetJeugdgroepResponse503
    | Jeugdgroep
    | None
):
    """Een jeugdgroep met haar leden, voor zover een convenant het toestaat

    Args:
        jeugdgroep_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetJeugdgroepResponse400 | GetJeugdgroepResponse401 | GetJeugdgroepResponse403 | GetJeugdgroepResponse404 | GetJeugdgroepResponse503 | Jeugdgroep
    """

    return (
        await asyncio_detailed(
            jeugdgroep_id=jeugdgroep_id,
            client=client,
            doelbinding=doelbinding,
        )
    ).parsed
