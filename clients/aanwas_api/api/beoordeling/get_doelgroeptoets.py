from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.doelgroeptoets import Doelgroeptoets
from ...models.get_doelgroeptoets_response_400 import GetDoelgroeptoetsResponse400
from ...models.get_doelgroeptoets_response_401 import GetDoelgroeptoetsResponse401
from ...models.get_doelgroeptoets_response_403 import GetDoelgroeptoetsResponse403
from ...models.get_doelgroeptoets_response_404 import GetDoelgroeptoetsResponse404
from ...models.get_doelgroeptoets_response_503 import GetDoelgroeptoetsResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jongere_id: str,
    *,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jongeren/{jongere_id}/doelgroeptoets".format(
            jongere_id=quote(str(jongere_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Doelgroeptoets
    | GetDoelgroeptoetsResponse400
    | GetDoelgroeptoetsResponse401
    | GetDoelgroeptoetsResponse403
    | GetDoelgroeptoetsResponse404
    | GetDoelgroeptoetsResponse503
    | None
):
    if response.status_code == 200:
        response_200 = Doelgroeptoets.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetDoelgroeptoetsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetDoelgroeptoetsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetDoelgroeptoetsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetDoelgroeptoetsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = GetDoelgroeptoetsResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Doelgroeptoets
    | GetDoelgroeptoetsResponse400
    | GetDoelgroeptoetsResponse401
    | GetDoelgroeptoetsResponse403
    | GetDoelgroeptoetsResponse404
    | GetDoelgroeptoetsResponse503
]:
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
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Doelgroeptoets
    | GetDoelgroeptoetsResponse400
    | GetDoelgroeptoetsResponse401
    | GetDoelgroeptoetsResponse403
    | GetDoelgroeptoetsResponse404
    | GetDoelgroeptoetsResponse503
]:
    """De laatste doelgroeptoets van een jongere, met redenen

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Doelgroeptoets | GetDoelgroeptoetsResponse400 | GetDoelgroeptoetsResponse401 | GetDoelgroeptoetsResponse403 | GetDoelgroeptoetsResponse404 | GetDoelgroeptoetsResponse503]
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
    doelbinding: None | str | Unset = UNSET,
) -> (
    Doelgroeptoets
    | GetDoelgroeptoetsResponse400
    | GetDoelgroeptoetsResponse401
    | GetDoelgroeptoetsResponse403
    | GetDoelgroeptoetsResponse404
    | GetDoelgroeptoetsResponse503
    | None
):
    """De laatste doelgroeptoets van een jongere, met redenen

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Doelgroeptoets | GetDoelgroeptoetsResponse400 | GetDoelgroeptoetsResponse401 | GetDoelgroeptoetsResponse403 | GetDoelgroeptoetsResponse404 | GetDoelgroeptoetsResponse503
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
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Doelgroeptoets
    | GetDoelgroeptoetsResponse400
    | GetDoelgroeptoetsResponse401
    | GetDoelgroeptoetsResponse403
    | GetDoelgroeptoetsResponse404
    | GetDoelgroeptoetsResponse503
]:
    """De laatste doelgroeptoets van een jongere, met redenen

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Doelgroeptoets | GetDoelgroeptoetsResponse400 | GetDoelgroeptoetsResponse401 | GetDoelgroeptoetsResponse403 | GetDoelgroeptoetsResponse404 | GetDoelgroeptoetsResponse503]
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
    doelbinding: None | str | Unset = UNSET,
) -> (
    Doelgroeptoets
    | GetDoelgroeptoetsResponse400
    | GetDoelgroeptoetsResponse401
    | GetDoelgroeptoetsResponse403
    | GetDoelgroeptoetsResponse404
    | GetDoelgroeptoetsResponse503
    | None
):
    """De laatste doelgroeptoets van een jongere, met redenen

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Doelgroeptoets | GetDoelgroeptoetsResponse400 | GetDoelgroeptoetsResponse401 | GetDoelgroeptoetsResponse403 | GetDoelgroeptoetsResponse404 | GetDoelgroeptoetsResponse503
    """

    return (
        await asyncio_detailed(
            jongere_id=jongere_id,
            client=client,
            doelbinding=doelbinding,
        )
    ).parsed
