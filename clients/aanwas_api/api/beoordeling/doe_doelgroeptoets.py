from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.doe_doelgroeptoets_response_400 import DoeDoelgroeptoetsResponse400
from ...models.doe_doelgroeptoets_response_401 import DoeDoelgroeptoetsResponse401
from ...models.doe_doelgroeptoets_response_403 import DoeDoelgroeptoetsResponse403
from ...models.doe_doelgroeptoets_response_404 import DoeDoelgroeptoetsResponse404
from ...models.doe_doelgroeptoets_response_503 import DoeDoelgroeptoetsResponse503
from ...models.doelgroeptoets import Doelgroeptoets
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
        "method": "post",
        "url": "/jongeren/{jongere_id}/doelgroeptoets".format(
            jongere_id=quote(str(jongere_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DoeDoelgroeptoetsResponse400
    | DoeDoelgroeptoetsResponse401
    | DoeDoelgroeptoetsResponse403
    | DoeDoelgroeptoetsResponse404
    | DoeDoelgroeptoetsResponse503
    | Doelgroeptoets
    | None
):
    if response.status_code == 201:
        response_201 = Doelgroeptoets.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = DoeDoelgroeptoetsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DoeDoelgroeptoetsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DoeDoelgroeptoetsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DoeDoelgroeptoetsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = DoeDoelgroeptoetsResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DoeDoelgroeptoetsResponse400
    | DoeDoelgroeptoetsResponse401
    | DoeDoelgroeptoetsResponse403
    | DoeDoelgroeptoetsResponse404
    | DoeDoelgroeptoetsResponse503
    | Doelgroeptoets
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
    DoeDoelgroeptoetsResponse400
    | DoeDoelgroeptoetsResponse401
    | DoeDoelgroeptoetsResponse403
    | DoeDoelgroeptoetsResponse404
    | DoeDoelgroeptoetsResponse503
    | Doelgroeptoets
]:
    """De doelgroeptoets nu (opnieuw) uitvoeren

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoeDoelgroeptoetsResponse400 | DoeDoelgroeptoetsResponse401 | DoeDoelgroeptoetsResponse403 | DoeDoelgroeptoetsResponse404 | DoeDoelgroeptoetsResponse503 | Doelgroeptoets]
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
    DoeDoelgroeptoetsResponse400
    | DoeDoelgroeptoetsResponse401
    | DoeDoelgroeptoetsResponse403
    | DoeDoelgroeptoetsResponse404
    | DoeDoelgroeptoetsResponse503
    | Doelgroeptoets
    | None
):
    """De doelgroeptoets nu (opnieuw) uitvoeren

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoeDoelgroeptoetsResponse400 | DoeDoelgroeptoetsResponse401 | DoeDoelgroeptoetsResponse403 | DoeDoelgroeptoetsResponse404 | DoeDoelgroeptoetsResponse503 | Doelgroeptoets
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
    DoeDoelgroeptoetsResponse400
    | DoeDoelgroeptoetsResponse401
    | DoeDoelgroeptoetsResponse403
    | DoeDoelgroeptoetsResponse404
    | DoeDoelgroeptoetsResponse503
    | Doelgroeptoets
]:
    """De doelgroeptoets nu (opnieuw) uitvoeren

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoeDoelgroeptoetsResponse400 | DoeDoelgroeptoetsResponse401 | DoeDoelgroeptoetsResponse403 | DoeDoelgroeptoetsResponse404 | DoeDoelgroeptoetsResponse503 | Doelgroeptoets]
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
    DoeDoelgroeptoetsResponse400
    | DoeDoelgroeptoetsResponse401
    | DoeDoelgroeptoetsResponse403
    | DoeDoelgroeptoetsResponse404
    | DoeDoelgroeptoetsResponse503
    | Doelgroeptoets
    | None
):
    """De doelgroeptoets nu (opnieuw) uitvoeren

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoeDoelgroeptoetsResponse400 | DoeDoelgroeptoetsResponse401 | DoeDoelgroeptoetsResponse403 | DoeDoelgroeptoetsResponse404 | DoeDoelgroeptoetsResponse503 | Doelgroeptoets
    """

    return (
        await asyncio_detailed(
            jongere_id=jongere_id,
            client=client,
            doelbinding=doelbinding,
        )
    ).parsed
