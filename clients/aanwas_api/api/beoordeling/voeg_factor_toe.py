from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.factor import Factor
from ...models.factor_nieuw import FactorNieuw
from ...models.voeg_factor_toe_response_400 import VoegFactorToeResponse400
from ...models.voeg_factor_toe_response_401 import VoegFactorToeResponse401
from ...models.voeg_factor_toe_response_403 import VoegFactorToeResponse403
from ...models.voeg_factor_toe_response_404 import VoegFactorToeResponse404
from ...models.voeg_factor_toe_response_503 import VoegFactorToeResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jongere_id: str,
    *,
    body: FactorNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jongeren/{jongere_id}/factoren".format(
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
    Factor
    | VoegFactorToeResponse400
    | VoegFactorToeResponse401
    | VoegFactorToeResponse403
    | VoegFactorToeResponse404
    | VoegFactorToeResponse503
    | None
):
    if response.status_code == 201:
        response_201 = Factor.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = VoegFactorToeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = VoegFactorToeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = VoegFactorToeResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = VoegFactorToeResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = VoegFactorToeResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Factor
    | VoegFactorToeResponse400
    | VoegFactorToeResponse401
    | VoegFactorToeResponse403
    | VoegFactorToeResponse404
    | VoegFactorToeResponse503
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
    body: FactorNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Factor
    | VoegFactorToeResponse400
    | VoegFactorToeResponse401
    | VoegFactorToeResponse403
    | VoegFactorToeResponse404
    | VoegFactorToeResponse503
]:
    """Een risico- of beschermende factor van een jongere vastleggen

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (FactorNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Factor | VoegFactorToeResponse400 | VoegFactorToeResponse401 | VoegFactorToeResponse403 | VoegFactorToeResponse404 | VoegFactorToeResponse503]
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
    body: FactorNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Factor
    | VoegFactorToeResponse400
    | VoegFactorToeResponse401
    | VoegFactorToeResponse403
    | VoegFactorToeResponse404
    | VoegFactorToeResponse503
    | None
):
    """Een risico- of beschermende factor van een jongere vastleggen

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (FactorNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Factor | VoegFactorToeResponse400 | VoegFactorToeResponse401 | VoegFactorToeResponse403 | VoegFactorToeResponse404 | VoegFactorToeResponse503
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
    body: FactorNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Factor
    | VoegFactorToeResponse400
    | VoegFactorToeResponse401
    | VoegFactorToeResponse403
    | VoegFactorToeResponse404
    | VoegFactorToeResponse503
]:
    """Een risico- of beschermende factor van een jongere vastleggen

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (FactorNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Factor | VoegFactorToeResponse400 | VoegFactorToeResponse401 | VoegFactorToeResponse403 | VoegFactorToeResponse404 | VoegFactorToeResponse503]
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
    body: FactorNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Factor
    | VoegFactorToeResponse400
    | VoegFactorToeResponse401
    | VoegFactorToeResponse403
    | VoegFactorToeResponse404
    | VoegFactorToeResponse503
    | None
):
    """Een risico- of beschermende factor van een jongere vastleggen

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (FactorNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Factor | VoegFactorToeResponse400 | VoegFactorToeResponse401 | VoegFactorToeResponse403 | VoegFactorToeResponse404 | VoegFactorToeResponse503
    """

    return (
        await asyncio_detailed(
            jongere_id=jongere_id,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
