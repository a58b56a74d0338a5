from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.corrigeer_jongere_response_400 import CorrigeerJongereResponse400
from ...models.corrigeer_jongere_response_401 import CorrigeerJongereResponse401
from ...models.corrigeer_jongere_response_403 import CorrigeerJongereResponse403
from ...models.corrigeer_jongere_response_404 import CorrigeerJongereResponse404
from ...models.corrigeer_jongere_response_503 import CorrigeerJongereResponse503
from ...models.jongere import Jongere
from ...models.jongere_correctie import JongereCorrectie
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jongere_id: str,
    *,
    body: JongereCorrectie,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/jongeren/{jongere_id}".format(
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
    CorrigeerJongereResponse400
    | CorrigeerJongereResponse401
    | CorrigeerJongereResponse403
    | CorrigeerJongereResponse404
    | CorrigeerJongereResponse503
    | Jongere
    | None
):
    if response.status_code == 200:
        response_200 = Jongere.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CorrigeerJongereResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CorrigeerJongereResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CorrigeerJongereResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CorrigeerJongereResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = CorrigeerJongereResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CorrigeerJongereResponse400
    | CorrigeerJongereResponse401
    | CorrigeerJongereResponse403
    | CorrigeerJongereResponse404
    | CorrigeerJongereResponse503
    | Jongere
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
    body: JongereCorrectie,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    CorrigeerJongereResponse400
    | CorrigeerJongereResponse401
    | CorrigeerJongereResponse403
    | CorrigeerJongereResponse404
    | CorrigeerJongereResponse503
    | Jongere
]:
    """Identiteitsgegevens van een jongere corrigeren

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (JongereCorrectie): A correction of identity fields; fields left out stay as they
            are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CorrigeerJongereResponse400 | CorrigeerJongereResponse401 | CorrigeerJongereResponse403 | CorrigeerJongereResponse404 | CorrigeerJongereResponse503 | Jongere]
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
    body: JongereCorrectie,
    doelbinding: None | str | Unset = UNSET,
) -> (
    CorrigeerJongereResponse400
    | CorrigeerJongereResponse401
    | CorrigeerJongereResponse403
    | CorrigeerJongereResponse404
    | CorrigeerJongereResponse503
    | Jongere
    | None
):
    """Identiteitsgegevens van een jongere corrigeren

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (JongereCorrectie): A correction of identity fields; fields left out stay as they
            are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CorrigeerJongereResponse400 | CorrigeerJongereResponse401 | CorrigeerJongereResponse403 | CorrigeerJongereResponse404 | CorrigeerJongereResponse503 | Jongere
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
    body: JongereCorrectie,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    CorrigeerJongereResponse400
    | CorrigeerJongereResponse401
    | CorrigeerJongereResponse403
    | CorrigeerJongereResponse404
    | CorrigeerJongereResponse503
    | Jongere
]:
    """Identiteitsgegevens van een jongere corrigeren

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (JongereCorrectie): A correction of identity fields; fields left out stay as they
            are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CorrigeerJongereResponse400 | CorrigeerJongereResponse401 | CorrigeerJongereResponse403 | CorrigeerJongereResponse404 | CorrigeerJongereResponse503 | Jongere]
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
    body: JongereCorrectie,
    doelbinding: None | str | Unset = UNSET,
) -> (
    CorrigeerJongereResponse400
    | CorrigeerJongereResponse401
    | CorrigeerJongereResponse403
    | CorrigeerJongereResponse404
    | CorrigeerJongereResponse503
    | Jongere
    | None
):
    """Identiteitsgegevens van een jongere corrigeren

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (JongereCorrectie): A correction of identity fields; fields left out stay as they
            are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CorrigeerJongereResponse400 | CorrigeerJongereResponse401 | CorrigeerJongereResponse403 | CorrigeerJongereResponse404 | CorrigeerJongereResponse503 | Jongere
    """

    return (
        await asyncio_detailed(
            jongere_id=jongere_id,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
