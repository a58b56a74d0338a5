from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agendapunt_nieuw import AgendapuntNieuw
from ...models.overleg import Overleg
from ...models.zet_op_agenda_response_400 import ZetOpAgendaResponse400
from ...models.zet_op_agenda_response_401 import ZetOpAgendaResponse401
from ...models.zet_op_agenda_response_403 import ZetOpAgendaResponse403
from ...models.zet_op_agenda_response_404 import ZetOpAgendaResponse404
from ...models.zet_op_agenda_response_409 import ZetOpAgendaResponse409
from ...models.zet_op_agenda_response_503 import ZetOpAgendaResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    overleg_id: str,
    *,
    body: AgendapuntNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/overleggen/{overleg_id}/agenda".format(
            overleg_id=quote(str(overleg_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Overleg
    | ZetOpAgendaResponse400
    | ZetOpAgendaResponse401
    | ZetOpAgendaResponse403
    | ZetOpAgendaResponse404
    | ZetOpAgendaResponse409
    | ZetOpAgendaResponse503
    | None
):
    if response.status_code == 201:
        response_201 = Overleg.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ZetOpAgendaResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ZetOpAgendaResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ZetOpAgendaResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ZetOpAgendaResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ZetOpAgendaResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 503:
        response_503 = ZetOpAgendaResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Overleg
    | ZetOpAgendaResponse400
    | ZetOpAgendaResponse401
    | ZetOpAgendaResponse403
    | ZetOpAgendaResponse404
    | ZetOpAgendaResponse409
    | ZetOpAgendaResponse503
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
    body: AgendapuntNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Overleg
    | ZetOpAgendaResponse400
    | ZetOpAgendaResponse401
    | ZetOpAgendaResponse403
    | ZetOpAgendaResponse404
    | ZetOpAgendaResponse409
    | ZetOpAgendaResponse503
]:
    """Een jongere op de agenda van een overleg zetten

    Args:
        overleg_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (AgendapuntNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Overleg | ZetOpAgendaResponse400 | ZetOpAgendaResponse401 | ZetOpAgendaResponse403 | ZetOpAgendaResponse404 | ZetOpAgendaResponse409 | ZetOpAgendaResponse503]
    """

    kwargs = _get_kwargs(
        overleg_id=overleg_id,
        body=body,
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
    body: AgendapuntNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Overleg
    | ZetOpAgendaResponse400
    | ZetOpAgendaResponse401
    | ZetOpAgendaResponse403
    | ZetOpAgendaResponse404
    | ZetOpAgendaResponse409
    | ZetOpAgendaResponse503
    | None
):
    """Een jongere op de agenda van een overleg zetten

    Args:
        overleg_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (AgendapuntNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Overleg | ZetOpAgendaResponse400 | ZetOpAgendaResponse401 | ZetOpAgendaResponse403 | ZetOpAgendaResponse404 | ZetOpAgendaResponse409 | ZetOpAgendaResponse503
    """

    return sync_detailed(
        overleg_id=overleg_id,
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    overleg_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgendapuntNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Overleg
    | ZetOpAgendaResponse400
    | ZetOpAgendaResponse401
    | ZetOpAgendaResponse403
    | ZetOpAgendaResponse404
    | ZetOpAgendaResponse409
    | ZetOpAgendaResponse503
]:
    """Een jongere op de agenda van een overleg zetten

    Args:
        overleg_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (AgendapuntNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Overleg | ZetOpAgendaResponse400 | ZetOpAgendaResponse401 | ZetOpAgendaResponse403 | ZetOpAgendaResponse404 | ZetOpAgendaResponse409 | ZetOpAgendaResponse503]
    """

    kwargs = _get_kwargs(
        overleg_id=overleg_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    overleg_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgendapuntNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Overleg
    | ZetOpAgendaResponse400
    | ZetOpAgendaResponse401
    | ZetOpAgendaResponse403
    | ZetOpAgendaResponse404
    | ZetOpAgendaResponse409
    | ZetOpAgendaResponse503
    | None
):
    """Een jongere op de agenda van een overleg zetten

    Args:
        overleg_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (AgendapuntNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Overleg | ZetOpAgendaResponse400 | ZetOpAgendaResponse401 | ZetOpAgendaResponse403 | ZetOpAgendaResponse404 | ZetOpAgendaResponse409 | ZetOpAgendaResponse503
    """

    return (
        await asyncio_detailed(
            overleg_id=overleg_id,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
