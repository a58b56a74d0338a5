from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jeugdgroep import Jeugdgroep
from ...models.jeugdgroep_nieuw import JeugdgroepNieuw
from ...models.maak_jeugdgroep_response_400 import MaakJeugdgroepResponse400
from ...models.maak_jeugdgroep_response_401 import MaakJeugdgroepResponse401
from ...models.maak_jeugdgroep_response_403 import MaakJeugdgroepResponse403
from ...models.maak_jeugdgroep_response_503 import MaakJeugdgroepResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: JeugdgroepNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jeugdgroepen",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Jeugdgroep
    | MaakJeugdgroepResponse400
    | MaakJeugdgroepResponse401
    | MaakJeugdgroepResponse403
    | MaakJeugdgroepResponse503
    | None
):
    if response.status_code == 201:
        response_201 = Jeugdgroep.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = MaakJeugdgroepResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = MaakJeugdgroepResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = MaakJeugdgroepResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 503:
        response_503 = MaakJeugdgroepResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Jeugdgroep
    | MaakJeugdgroepResponse400
    | MaakJeugdgroepResponse401
    | MaakJeugdgroepResponse403
    | MaakJeugdgroepResponse503
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
    body: JeugdgroepNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Jeugdgroep
    | MaakJeugdgroepResponse400
    | MaakJeugdgroepResponse401
    | MaakJeugdgroepResponse403
    | MaakJeugdgroepResponse503
]:
    """Een problematische jeugdgroep vastleggen voor de groepsaanpak

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (JeugdgroepNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jeugdgroep | MaakJeugdgroepResponse400 | MaakJeugdgroepResponse401 | MaakJeugdgroepResponse403 | MaakJeugdgroepResponse503]
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
    body: JeugdgroepNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Jeugdgroep
    | MaakJeugdgroepResponse400
    | MaakJeugdgroepResponse401
    | MaakJeugdgroepResponse403
    | MaakJeugdgroepResponse503
    | None
):
    """Een problematische jeugdgroep vastleggen voor de groepsaanpak

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (JeugdgroepNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jeugdgroep | MaakJeugdgroepResponse400 | MaakJeugdgroepResponse401 | MaakJeugdgroepResponse403 | MaakJeugdgroepResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JeugdgroepNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Jeugdgroep
    | MaakJeugdgroepResponse400
    | MaakJeugdgroepResponse401
    | MaakJeugdgroepResponse403
    | MaakJeugdgroepResponse503
]:
    """Een problematische jeugdgroep vastleggen voor de groepsaanpak

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (JeugdgroepNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jeugdgroep | MaakJeugdgroepResponse400 | MaakJeugdgroepResponse401 | MaakJeugdgroepResponse403 | MaakJeugdgroepResponse503]
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
    body: JeugdgroepNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Jeugdgroep
    | MaakJeugdgroepResponse400
    | MaakJeugdgroepResponse401
    | MaakJeugdgroepResponse403
    | MaakJeugdgroepResponse503
    | None
):
    """Een problematische jeugdgroep vastleggen voor de groepsaanpak

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (JeugdgroepNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jeugdgroep | MaakJeugdgroepResponse400 | MaakJeugdgroepResponse401 | MaakJeugdgroepResponse403 | MaakJeugdgroepResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
