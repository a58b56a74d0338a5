from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.antecedent import Antecedent
from ...models.antecedent_nieuw import AntecedentNieuw
from ...models.voeg_antecedent_toe_response_400 import VoegAntecedentToeResponse400
from ...models.voeg_antecedent_toe_response_401 import VoegAntecedentToeResponse401
from ...models.voeg_antecedent_toe_response_403 import VoegAntecedentToeResponse403
from ...models.voeg_antecedent_toe_response_404 import VoegAntecedentToeResponse404
from ...models.voeg_antecedent_toe_response_503 import VoegAntecedentToeResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jongere_id: str,
    *,
    body: AntecedentNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jongeren/{jongere_id}/antecedenten".format(
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
    Antecedent
    | VoegAntecedentToeResponse400
    | VoegAntecedentToeResponse401
    | VoegAntecedentToeResponse403
    | VoegAntecedentToeResponse404
    | VoegAntecedentToeResponse503
    | None
):
    if response.status_code == 201:
        response_201 = Antecedent.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = VoegAntecedentToeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = VoegAntecedentToeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = VoegAntecedentToeResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = VoegAntecedentToeResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = VoegAntecedentToeResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Antecedent
    | VoegAntecedentToeResponse400
    | VoegAntecedentToeResponse401
    | VoegAntecedentToeResponse403
    | VoegAntecedentToeResponse404
    | VoegAntecedentToeResponse503
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
    body: AntecedentNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Antecedent
    | VoegAntecedentToeResponse400
    | VoegAntecedentToeResponse401
    | VoegAntecedentToeResponse403
    | VoegAntecedentToeResponse404
    | VoegAntecedentToeResponse503
]:
    """Een Opiumwet-antecedent vastleggen (politie)

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (AntecedentNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Antecedent | VoegAntecedentToeResponse400 | VoegAntecedentToeResponse401 | VoegAntecedentToeResponse403 | VoegAntecedentToeResponse404 | VoegAntecedentToeResponse503]
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
    body: AntecedentNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Antecedent
    | VoegAntecedentToeResponse400
    | VoegAntecedentToeResponse401
    | VoegAntecedentToeResponse403
    | VoegAntecedentToeResponse404
    | VoegAntecedentToeResponse503
    | None
):
    """Een Opiumwet-antecedent vastleggen (politie)

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (AntecedentNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Antecedent | VoegAntecedentToeResponse400 | VoegAntecedentToeResponse401 | VoegAntecedentToeResponse403 | VoegAntecedentToeResponse404 | VoegAntecedentToeResponse503
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
    body: AntecedentNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Antecedent
    | VoegAntecedentToeResponse400
    | VoegAntecedentToeResponse401
    | VoegAntecedentToeResponse403
    | VoegAntecedentToeResponse404
    | VoegAntecedentToeResponse503
]:
    """Een Opiumwet-antecedent vastleggen (politie)

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (AntecedentNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Antecedent | VoegAntecedentToeResponse400 | VoegAntecedentToeResponse401 | VoegAntecedentToeResponse403 | VoegAntecedentToeResponse404 | VoegAntecedentToeResponse503]
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
    body: AntecedentNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Antecedent
    | VoegAntecedentToeResponse400
    | VoegAntecedentToeResponse401
    | VoegAntecedentToeResponse403
    | VoegAntecedentToeResponse404
    | VoegAntecedentToeResponse503
    | None
):
    """Een Opiumwet-antecedent vastleggen (politie)

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (AntecedentNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Antecedent | VoegAntecedentToeResponse400 | VoegAntecedentToeResponse401 | VoegAntecedentToeResponse403 | VoegAntecedentToeResponse404 | VoegAntecedentToeResponse503
    """

    return (
        await asyncio_detailed(
            jongere_id=jongere_id,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
