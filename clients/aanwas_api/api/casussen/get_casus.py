from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.casus import Casus
from ...models.get_casus_response_400 import GetCasusResponse400
from ...models.get_casus_response_401 import GetCasusResponse401
from ...models.get_casus_response_403 import GetCasusResponse403
from ...models.get_casus_response_404 import GetCasusResponse404
from ...models.get_casus_response_503 import GetCasusResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    casus_id: str,
    *,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/casussen/{casus_id}".format(
            casus_id=quote(str(casus_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Casus
    | GetCasusResponse400
    | GetCasusResponse401
    | GetCasusResponse403
    | GetCasusResponse404
    | GetCasusResponse503
    | None
):
    if response.status_code == 200:
        response_200 = Casus.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetCasusResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetCasusResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetCasusResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetCasusResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = GetCasusResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Casus
    | GetCasusResponse400
    | GetCasusResponse401
    | GetCasusResponse403
    | GetCasusResponse404
    | GetCasusResponse503
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    casus_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Casus
    | GetCasusResponse400
    | GetCasusResponse401
    | GetCasusResponse403
    | GetCasusResponse404
    | GetCasusResponse503
]:
    """Een PGA-casus met plan van aanpak, perspectiefplan, opschalingen en historie

    Args:
        casus_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Casus | GetCasusResponse400 | GetCasusResponse401 | GetCasusResponse403 | GetCasusResponse404 | GetCasusResponse503]
    """

    kwargs = _get_kwargs(
        casus_id=casus_id,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    casus_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Casus
    | GetCasusResponse400
    | GetCasusResponse401
    | GetCasusResponse403
    | GetCasusResponse404
    | GetCasusResponse503
    | None
):
    """Een PGA-casus met plan van aanpak, perspectiefplan, opschalingen en historie

    Args:
        casus_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Casus | GetCasusResponse400 | GetCasusResponse401 | GetCasusResponse403 | GetCasusResponse404 | GetCasusResponse503
    """

    return sync_detailed(
        casus_id=casus_id,
        client=client,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    casus_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Casus
    | GetCasusResponse400
    | GetCasusResponse401
    | GetCasusResponse403
    | GetCasusResponse404
    | GetCasusResponse503
]:
    """Een PGA-casus met plan van aanpak, perspectiefplan, opschalingen en historie

    Args:
        casus_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Casus | GetCasusResponse400 | GetCasusResponse401 | GetCasusResponse403 | GetCasusResponse404 | GetCasusResponse503]
    """

    kwargs = _get_kwargs(
        casus_id=casus_id,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    casus_id: str,
    *,
    client: AuthenticatedClient | Client,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Casus
    | GetCasusResponse400
    | GetCasusResponse401
    | GetCasusResponse403
    | GetCasusResponse404
    | GetCasusResponse503
    | None
):
    """Een PGA-casus met plan van aanpak, perspectiefplan, opschalingen en historie

    Args:
        casus_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Casus | GetCasusResponse400 | GetCasusResponse401 | GetCasusResponse403 | GetCasusResponse404 | GetCasusResponse503
    """

    return (
        await asyncio_detailed(
            casus_id=casus_id,
            client=client,
            doelbinding=doelbinding,
        )
    ).parsed
