from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.leg_maatregel_op_response_400 import LegMaatregelOpResponse400
from ...models.leg_maatregel_op_response_401 import LegMaatregelOpResponse401
from ...models.leg_maatregel_op_response_403 import LegMaatregelOpResponse403
from ...models.leg_maatregel_op_response_404 import LegMaatregelOpResponse404
from ...models.leg_maatregel_op_response_503 import LegMaatregelOpResponse503
from ...models.maatregel import Maatregel
from ...models.maatregel_nieuw import MaatregelNieuw
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jongere_id: str,
    *,
    body: MaatregelNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jongeren/{jongere_id}/maatregelen".format(
            jongere_id=quote(str(jongere_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    LegMaatregelOpResponse400
    | LegMaatregelOpResponse401
    | LegMaatregelOpResponse403
    | LegMaatregelOpResponse404
    | LegMaatregelOpResponse503
    | Maatregel
    | None
):
    if response.status_code == 201:
        response_201 = Maatregel.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = LegMaatregelOpResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = LegMaatregelOpResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = LegMaatregelOpResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = LegMaatregelOpResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = LegMaatregelOpResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    LegMaatregelOpResponse400
    | LegMaatregelOpResponse401
    | LegMaatregelOpResponse403
    | LegMaatregelOpResponse404
    | LegMaatregelOpResponse503
    | Maatregel
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
    body: MaatregelNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    LegMaatregelOpResponse400
    | LegMaatregelOpResponse401
    | LegMaatregelOpResponse403
    | LegMaatregelOpResponse404
    | LegMaatregelOpResponse503
    | Maatregel
]:
    """Een maatregel vastleggen (gemeente: APV en Opiumwet 13b; OM: vervolging)

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (MaatregelNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LegMaatregelOpResponse400 | LegMaatregelOpResponse401 | LegMaatregelOpResponse403 | LegMaatregelOpResponse404 | LegMaatregelOpResponse503 | Maatregel]
    """

    kwargs = _get_kwargs(
        jongere_id=jongere_id,
        body=body,
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
    body: MaatregelNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    LegMaatregelOpResponse400
    | LegMaatregelOpResponse401
    | LegMaatregelOpResponse403
    | LegMaatregelOpResponse404
    | LegMaatregelOpResponse503
    | Maatregel
    | None
):
    """Een maatregel vastleggen (gemeente: APV en Opiumwet 13b; OM: vervolging)

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (MaatregelNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LegMaatregelOpResponse400 | LegMaatregelOpResponse401 | LegMaatregelOpResponse403 | LegMaatregelOpResponse404 | LegMaatregelOpResponse503 | Maatregel
    """

    return sync_detailed(
        jongere_id=jongere_id,
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MaatregelNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    LegMaatregelOpResponse400
    | LegMaatregelOpResponse401
    | LegMaatregelOpResponse403
    | LegMaatregelOpResponse404
    | LegMaatregelOpResponse503
    | Maatregel
]:
    """Een maatregel vastleggen (gemeente: APV en Opiumwet 13b; OM: vervolging)

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (MaatregelNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LegMaatregelOpResponse400 | LegMaatregelOpResponse401 | LegMaatregelOpResponse403 | LegMaatregelOpResponse404 | LegMaatregelOpResponse503 | Maatregel]
    """

    kwargs = _get_kwargs(
        jongere_id=jongere_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MaatregelNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    LegMaatregelOpResponse400
    | LegMaatregelOpResponse401
    | LegMaatregelOpResponse403
    | LegMaatregelOpResponse404
    | LegMaatregelOpResponse503
    | Maatregel
    | None
):
    """Een maatregel vastleggen (gemeente: APV en Opiumwet 13b; OM: vervolging)

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (MaatregelNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LegMaatregelOpResponse400 | LegMaatregelOpResponse401 | LegMaatregelOpResponse403 | LegMaatregelOpResponse404 | LegMaatregelOpResponse503 | Maatregel
    """

    return (
        await asyncio_detailed(
            jongere_id=jongere_id,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
