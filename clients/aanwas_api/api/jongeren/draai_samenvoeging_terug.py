from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.draai_samenvoeging_terug_response_400 import (
    DraaiSamenvoegingTerugResponse400,
)
from ...models.draai_samenvoeging_terug_response_401 import (
    DraaiSamenvoegingTerugResponse401,
)
from ...models.draai_samenvoeging_terug_response_403 import (
    DraaiSamenvoegingTerugResponse403,
)
from ...models.draai_samenvoeging_terug_response_404 import (
    DraaiSamenvoegingTerugResponse404,
)
from ...models.draai_samenvoeging_terug_response_409 import (
    DraaiSamenvoegingTerugResponse409,
)
from ...models.draai_samenvoeging_terug_response_503 import (
    DraaiSamenvoegingTerugResponse503,
)
from ...models.samenvoeging import Samenvoeging
from ...types import UNSET, Response, Unset


def _get_kwargs(
    samenvoeging_id: str,
    *,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

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
) -> (
    DraaiSamenvoegingTerugResponse400
    | DraaiSamenvoegingTerugResponse401
    | DraaiSamenvoegingTerugResponse403
    | DraaiSamenvoegingTerugResponse404
    | DraaiSamenvoegingTerugResponse409
    | DraaiSamenvoegingTerugResponse503
    | Samenvoeging
    | None
):
    if response.status_code == 200:
        response_200 = Samenvoeging.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DraaiSamenvoegingTerugResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DraaiSamenvoegingTerugResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DraaiSamenvoegingTerugResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DraaiSamenvoegingTerugResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = DraaiSamenvoegingTerugResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 503:
        response_503 = DraaiSamenvoegingTerugResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DraaiSamenvoegingTerugResponse400
    | DraaiSamenvoegingTerugResponse401
    | DraaiSamenvoegingTerugResponse403
    | DraaiSamenvoegingTerugResponse404
    | DraaiSamenvoegingTerugResponse409
    | DraaiSamenvoegingTerugResponse503
    | Samenvoeging
]:
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
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    DraaiSamenvoegingTerugResponse400
    | DraaiSamenvoegingTerugResponse401
    | DraaiSamenvoegingTerugResponse403
    | DraaiSamenvoegingTerugResponse404
    | DraaiSamenvoegingTerugResponse409
    | DraaiSamenvoegingTerugResponse503
    | Samenvoeging
]:
    """Een samenvoeging terugdraaien: precies de verplaatste signalen gaan terug

    Args:
        samenvoeging_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DraaiSamenvoegingTerugResponse400 | DraaiSamenvoegingTerugResponse401 | DraaiSamenvoegingTerugResponse403 | DraaiSamenvoegingTerugResponse404 | DraaiSamenvoegingTerugResponse409 | DraaiSamenvoegingTerugResponse503 | Samenvoeging]
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
    doelbinding: None | str | Unset = UNSET,
) -> (
    DraaiSamenvoegingTerugResponse400
    | DraaiSamenvoegingTerugResponse401
    | DraaiSamenvoegingTerugResponse403
    | DraaiSamenvoegingTerugResponse404
    | DraaiSamenvoegingTerugResponse409
    | DraaiSamenvoegingTerugResponse503
    | Samenvoeging
    | None
):
    """Een samenvoeging terugdraaien: precies de verplaatste signalen gaan terug

    Args:
        samenvoeging_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DraaiSamenvoegingTerugResponse400 | DraaiSamenvoegingTerugResponse401 | DraaiSamenvoegingTerugResponse403 | DraaiSamenvoegingTerugResponse404 | DraaiSamenvoegingTerugResponse409 | DraaiSamenvoegingTerugResponse503 | Samenvoeging
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
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    DraaiSamenvoegingTerugResponse400
    | DraaiSamenvoegingTerugResponse401
    | DraaiSamenvoegingTerugResponse403
    | DraaiSamenvoegingTerugResponse404
    | DraaiSamenvoegingTerugResponse409
    | DraaiSamenvoegingTerugResponse503
    | Samenvoeging
]:
    """Een samenvoeging terugdraaien: precies de verplaatste signalen gaan terug

    Args:
        samenvoeging_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DraaiSamenvoegingTerugResponse400 | DraaiSamenvoegingTerugResponse401 | DraaiSamenvoegingTerugResponse403 | DraaiSamenvoegingTerugResponse404 | DraaiSamenvoegingTerugResponse409 | DraaiSamenvoegingTerugResponse503 | Samenvoeging]
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
    doelbinding: None | str | Unset = UNSET,
) -> (
    DraaiSamenvoegingTerugResponse400
    | DraaiSamenvoegingTerugResponse401
    | DraaiSamenvoegingTerugResponse403
    | DraaiSamenvoegingTerugResponse404
    | DraaiSamenvoegingTerugResponse409
    | DraaiSamenvoegingTerugResponse503
    | Samenvoeging
    | None
):
    """Een samenvoeging terugdraaien: precies de verplaatste signalen gaan terug

    Args:
        samenvoeging_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DraaiSamenvoegingTerugResponse400 | DraaiSamenvoegingTerugResponse401 | DraaiSamenvoegingTerugResponse403 | DraaiSamenvoegingTerugResponse404 | DraaiSamenvoegingTerugResponse409 | DraaiSamenvoegingTerugResponse503 | Samenvoeging
    """

    return (
        await asyncio_detailed(
            samenvoeging_id=samenvoeging_id,
            client=client,
            doelbinding=doelbinding,
        )
    ).parsed
