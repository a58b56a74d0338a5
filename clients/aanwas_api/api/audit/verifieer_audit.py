from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.verificatie import Verificatie
from ...models.verifieer_audit_response_400 import VerifieerAuditResponse400
from ...models.verifieer_audit_response_401 import VerifieerAuditResponse401
from ...models.verifieer_audit_response_403 import VerifieerAuditResponse403
from ...models.verifieer_audit_response_503 import VerifieerAuditResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audit/verificatie",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Verificatie
    | VerifieerAuditResponse400
    | VerifieerAuditResponse401
    | VerifieerAuditResponse403
    | VerifieerAuditResponse503
    | None
):
    if response.status_code == 200:
        response_200 = Verificatie.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = VerifieerAuditResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = VerifieerAuditResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = VerifieerAuditResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 503:
        response_503 = VerifieerAuditResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Verificatie
    | VerifieerAuditResponse400
    | VerifieerAuditResponse401
    | VerifieerAuditResponse403
    | VerifieerAuditResponse503
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
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Verificatie
    | VerifieerAuditResponse400
    | VerifieerAuditResponse401
    | VerifieerAuditResponse403
    | VerifieerAuditResponse503
]:
    """De hele hash-keten en alle ondertekende checkpoints controleren

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Verificatie | VerifieerAuditResponse400 | VerifieerAuditResponse401 | VerifieerAuditResponse403 | VerifieerAuditResponse503]
    """

    kwargs = _get_kwargs(
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Verificatie
    | VerifieerAuditResponse400
    | VerifieerAuditResponse401
    | VerifieerAuditResponse403
    | VerifieerAuditResponse503
    | None
):
    """De hele hash-keten en alle ondertekende checkpoints controleren

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Verificatie | VerifieerAuditResponse400 | VerifieerAuditResponse401 | VerifieerAuditResponse403 | VerifieerAuditResponse503
    """

    return sync_detailed(
        client=client,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Verificatie
    | VerifieerAuditResponse400
    | VerifieerAuditResponse401
    | VerifieerAuditResponse403
    | VerifieerAuditResponse503
]:
    """De hele hash-keten en alle ondertekende checkpoints controleren

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Verificatie | VerifieerAuditResponse400 | VerifieerAuditResponse401 | VerifieerAuditResponse403 | VerifieerAuditResponse503]
    """

    kwargs = _get_kwargs(
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Verificatie
    | VerifieerAuditResponse400
    | VerifieerAuditResponse401
    | VerifieerAuditResponse403
    | VerifieerAuditResponse503
    | None
):
    """De hele hash-keten en alle ondertekende checkpoints controleren

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Verificatie | VerifieerAuditResponse400 | VerifieerAuditResponse401 | VerifieerAuditResponse403 | VerifieerAuditResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            doelbinding=doelbinding,
        )
    ).parsed
