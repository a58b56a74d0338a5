from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.casus import Casus
from ...models.casus_nieuw import CasusNieuw
from ...models.open_casus_response_400 import OpenCasusResponse400
from ...models.open_casus_response_401 import OpenCasusResponse401
from ...models.open_casus_response_403 import OpenCasusResponse403
from ...models.open_casus_response_404 import OpenCasusResponse404
from ...models.open_casus_response_409 import OpenCasusResponse409
from ...models.open_casus_response_503 import OpenCasusResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CasusNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/casussen",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Casus
    | OpenCasusResponse400
    | OpenCasusResponse401
    | OpenCasusResponse403
    | OpenCasusResponse404
    | OpenCasusResponse409
    | OpenCasusResponse503
    | None
):
    if response.status_code == 201:
        response_201 = Casus.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = OpenCasusResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OpenCasusResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = OpenCasusResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = OpenCasusResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = OpenCasusResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 503:
        response_503 = OpenCasusResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Casus
    | OpenCasusResponse400
    | OpenCasusResponse401
    | OpenCasusResponse403
    | OpenCasusResponse404
    | OpenCasusResponse409
    | OpenCasusResponse503
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CasusNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Casus
    | OpenCasusResponse400
    | OpenCasusResponse401
    | OpenCasusResponse403
    | OpenCasusResponse404
    | OpenCasusResponse409
    | OpenCasusResponse503
]:
    """Een PGA-casus openen vanuit een doelgroeptoets (casusregisseur)

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (CasusNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Casus | OpenCasusResponse400 | OpenCasusResponse401 | OpenCasusResponse403 | OpenCasusResponse404 | OpenCasusResponse409 | OpenCasusResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CasusNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Casus
    | OpenCasusResponse400
    | OpenCasusResponse401
    | OpenCasusResponse403
    | OpenCasusResponse404
    | OpenCasusResponse409
    | OpenCasusResponse503
    | None
):
    """Een PGA-casus openen vanuit een doelgroeptoets (casusregisseur)

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (CasusNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Casus | OpenCasusResponse400 | OpenCasusResponse401 | OpenCasusResponse403 | OpenCasusResponse404 | OpenCasusResponse409 | OpenCasusResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CasusNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Casus
    | OpenCasusResponse400
    | OpenCasusResponse401
    | OpenCasusResponse403
    | OpenCasusResponse404
    | OpenCasusResponse409
    | OpenCasusResponse503
]:
    """Een PGA-casus openen vanuit een doelgroeptoets (casusregisseur)

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (CasusNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Casus | OpenCasusResponse400 | OpenCasusResponse401 | OpenCasusResponse403 | OpenCasusResponse404 | OpenCasusResponse409 | OpenCasusResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CasusNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Casus
    | OpenCasusResponse400
    | OpenCasusResponse401
    | OpenCasusResponse403
    | OpenCasusResponse404
    | OpenCasusResponse409
    | OpenCasusResponse503
    | None
):
    """Een PGA-casus openen vanuit een doelgroeptoets (casusregisseur)

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (CasusNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Casus | OpenCasusResponse400 | OpenCasusResponse401 | OpenCasusResponse403 | OpenCasusResponse404 | OpenCasusResponse409 | OpenCasusResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
