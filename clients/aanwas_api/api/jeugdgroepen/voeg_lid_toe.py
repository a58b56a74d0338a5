from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jeugdgroep import Jeugdgroep
from ...models.lid_nieuw import LidNieuw
from ...models.voeg_lid_toe_response_400 import VoegLidToeResponse400
from ...models.voeg_lid_toe_response_401 import VoegLidToeResponse401
from ...models.voeg_lid_toe_response_403 import VoegLidToeResponse403
from ...models.voeg_lid_toe_response_404 import VoegLidToeResponse404
from ...models.voeg_lid_toe_response_409 import VoegLidToeResponse409
from ...models.voeg_lid_toe_response_503 import VoegLidToeResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jeugdgroep_id: str,
    *,
    body: LidNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jeugdgroepen/{jeugdgroep_id}/leden".format(
            jeugdgroep_id=quote(str(jeugdgroep_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Jeugdgroep
    | VoegLidToeResponse400
    | VoegLidToeResponse401
    | VoegLidToeResponse403
    | VoegLidToeResponse404
    | VoegLidToeResponse409
    | VoegLidToeResponse503
    | None
):
    if response.status_code == 201:
        response_201 = Jeugdgroep.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = VoegLidToeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = VoegLidToeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = VoegLidToeResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = VoegLidToeResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = VoegLidToeResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 503:
        response_503 = VoegLidToeResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Jeugdgroep
    | VoegLidToeResponse400
    | VoegLidToeResponse401
    | VoegLidToeResponse403
    | VoegLidToeResponse404
    | VoegLidToeResponse409
    | VoegLidToeResponse503
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
    body: LidNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Jeugdgroep
    | VoegLidToeResponse400
    | VoegLidToeResponse401
    | VoegLidToeResponse403
    | VoegLidToeResponse404
    | VoegLidToeResponse409
    | VoegLidToeResponse503
]:
    """Een jongere aan een jeugdgroep koppelen

    Args:
        jeugdgroep_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (LidNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jeugdgroep | VoegLidToeResponse400 | VoegLidToeResponse401 | VoegLidToeResponse403 | VoegLidToeResponse404 | VoegLidToeResponse409 | VoegLidToeResponse503]
    """

    kwargs = _get_kwargs(
        jeugdgroep_id=jeugdgroep_id,
        body=body,
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
    body: LidNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Jeugdgroep
    | VoegLidToeResponse400
    | VoegLidToeResponse401
    | VoegLidToeResponse403
    | VoegLidToeResponse404
    | VoegLidToeResponse409
    | VoegLidToeResponse503
    | None
):
    """Een jongere aan een jeugdgroep koppelen

    Args:
        jeugdgroep_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (LidNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jeugdgroep | VoegLidToeResponse400 | VoegLidToeResponse401 | VoegLidToeResponse403 | VoegLidToeResponse404 | VoegLidToeResponse409 | VoegLidToeResponse503
    """

    return sync_detailed(
        jeugdgroep_id=jeugdgroep_id,
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    jeugdgroep_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LidNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Jeugdgroep
    | VoegLidToeResponse400
    | VoegLidToeResponse401
    | VoegLidToeResponse403
    | VoegLidToeResponse404
    | VoegLidToeResponse409
    | VoegLidToeResponse503
]:
    """Een jongere aan een jeugdgroep koppelen

    Args:
        jeugdgroep_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (LidNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jeugdgroep | VoegLidToeResponse400 | VoegLidToeResponse401 | VoegLidToeResponse403 | VoegLidToeResponse404 | VoegLidToeResponse409 | VoegLidToeResponse503]
    """

    kwargs = _get_kwargs(
        jeugdgroep_id=jeugdgroep_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jeugdgroep_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LidNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Jeugdgroep
    | VoegLidToeResponse400
    | VoegLidToeResponse401
    | VoegLidToeResponse403
    | VoegLidToeResponse404
    | VoegLidToeResponse409
    | VoegLidToeResponse503
    | None
):
    """Een jongere aan een jeugdgroep koppelen

    Args:
        jeugdgroep_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (LidNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jeugdgroep | VoegLidToeResponse400 | VoegLidToeResponse401 | VoegLidToeResponse403 | VoegLidToeResponse404 | VoegLidToeResponse409 | VoegLidToeResponse503
    """

    return (
        await asyncio_detailed(
            jeugdgroep_id=jeugdgroep_id,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
