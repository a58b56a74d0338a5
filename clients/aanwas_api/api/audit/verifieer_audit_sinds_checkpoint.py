from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.checkpoint_bewijs import CheckpointBewijs
from ...models.verificatie import Verificatie
from ...models.verifieer_audit_sinds_checkpoint_response_400 import (
    VerifieerAuditSindsCheckpointResponse400,
)
from ...models.verifieer_audit_sinds_checkpoint_response_401 import (
    VerifieerAuditSindsCheckpointResponse401,
)
from ...models.verifieer_audit_sinds_checkpoint_response_403 import (
    VerifieerAuditSindsCheckpointResponse403,
)
from ...models.verifieer_audit_sinds_checkpoint_response_503 import (
    VerifieerAuditSindsCheckpointResponse503,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CheckpointBewijs,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audit/verificatie",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Verificatie
    | VerifieerAuditSindsCheckpointResponse400
    | VerifieerAuditSindsCheckpointResponse401
    | VerifieerAuditSindsCheckpointResponse403
    | VerifieerAuditSindsCheckpointResponse503
    | None
):
    if response.status_code == 200:
        response_200 = Verificatie.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = VerifieerAuditSindsCheckpointResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = VerifieerAuditSindsCheckpointResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 403:
        response_403 = VerifieerAuditSindsCheckpointResponse403.from_dict(
            response.json()
        )

        return response_403

    if response.status_code == 503:
        response_503 = VerifieerAuditSindsCheckpointResponse503.from_dict(
            response.json()
        )

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Verificatie
    | VerifieerAuditSindsCheckpointResponse400
    | VerifieerAuditSindsCheckpointResponse401
    | VerifieerAuditSindsCheckpointResponse403
    | VerifieerAuditSindsCheckpointResponse503
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
    body: CheckpointBewijs,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Verificatie
    | VerifieerAuditSindsCheckpointResponse400
    | VerifieerAuditSindsCheckpointResponse401
    | VerifieerAuditSindsCheckpointResponse403
    | VerifieerAuditSindsCheckpointResponse503
]:
    """Controleren, en bewijzen dat sinds een eerder checkpoint alleen is toegevoegd

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (CheckpointBewijs): A checkpoint kept from an earlier verification (as `aanwas audit
            checkpoint` prints).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Verificatie | VerifieerAuditSindsCheckpointResponse400 | VerifieerAuditSindsCheckpointResponse401 | VerifieerAuditSindsCheckpointResponse403 | VerifieerAuditSindsCheckpointResponse503]
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
    body: CheckpointBewijs,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Verificatie
    | VerifieerAuditSindsCheckpointResponse400
    | VerifieerAuditSindsCheckpointResponse401
    | VerifieerAuditSindsCheckpointResponse403
    | VerifieerAuditSindsCheckpointResponse503
    | None
):
    """Controleren, en bewijzen dat sinds een eerder checkpoint alleen is toegevoegd

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (CheckpointBewijs): A checkpoint kept from an earlier verification (as `aanwas audit
            checkpoint` prints).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Verificatie | VerifieerAuditSindsCheckpointResponse400 | VerifieerAuditSindsCheckpointResponse401 | VerifieerAuditSindsCheckpointResponse403 | VerifieerAuditSindsCheckpointResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CheckpointBewijs,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Verificatie
    | VerifieerAuditSindsCheckpointResponse400
    | VerifieerAuditSindsCheckpointResponse401
    | VerifieerAuditSindsCheckpointResponse403
    | VerifieerAuditSindsCheckpointResponse503
]:
    """Controleren, en bewijzen dat sinds een eerder checkpoint alleen is toegevoegd

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (CheckpointBewijs): A checkpoint kept from an earlier verification (as `aanwas audit
            checkpoint` prints).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Verificatie | VerifieerAuditSindsCheckpointResponse400 | VerifieerAuditSindsCheckpointResponse401 | VerifieerAuditSindsCheckpointResponse403 | VerifieerAuditSindsCheckpointResponse503]
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
    body: CheckpointBewijs,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Verificatie
    | VerifieerAuditSindsCheckpointResponse400
    | VerifieerAuditSindsCheckpointResponse401
    | VerifieerAuditSindsCheckpointResponse403
    | VerifieerAuditSindsCheckpointResponse503
    | None
):
    """Controleren, en bewijzen dat sinds een eerder checkpoint alleen is toegevoegd

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (CheckpointBewijs): A checkpoint kept from an earlier verification (as `aanwas audit
            checkpoint` prints).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Verificatie | VerifieerAuditSindsCheckpointResponse400 | VerifieerAuditSindsCheckpointResponse401 | VerifieerAuditSindsCheckpointResponse403 | VerifieerAuditSindsCheckpointResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
