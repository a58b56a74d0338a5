from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_sleutel_response_400 import AuditSleutelResponse400
from ...models.audit_sleutel_response_401 import AuditSleutelResponse401
from ...models.audit_sleutel_response_403 import AuditSleutelResponse403
from ...models.audit_sleutel_response_503 import AuditSleutelResponse503
from ...models.audit_sleutel_response_auditsleutel import (
    AuditSleutelResponseAuditsleutel,
)
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
        "url": "/audit/sleutel",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AuditSleutelResponse400
    | AuditSleutelResponse401
    | AuditSleutelResponse403
    | AuditSleutelResponse503
    | AuditSleutelResponseAuditsleutel
    | None
):
    if response.status_code == 200:
        response_200 = AuditSleutelResponseAuditsleutel.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AuditSleutelResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AuditSleutelResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = AuditSleutelResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 503:
        response_503 = AuditSleutelResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AuditSleutelResponse400
    | AuditSleutelResponse401
    | AuditSleutelResponse403
    | AuditSleutelResponse503
    | AuditSleutelResponseAuditsleutel
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
    AuditSleutelResponse400
    | AuditSleutelResponse401
    | AuditSleutelResponse403
    | AuditSleutelResponse503
    | AuditSleutelResponseAuditsleutel
]:
    """De publieke sleutels waarmee de checkpoints zijn ondertekend (PEM)

     `publicKey` ondertekent nieuwe checkpoints. `verificationKeys` bevat elke sleutel waarmee
    checkpoints in dit logboek ondertekend kunnen zijn: de huidige eerst, daarna de eerdere die bij het
    vervangen van de sleutel zijn bewaard. Een export die over een vervanging heen loopt, verifieert
    offline met alle sleutels samen (`aanwas audit verify --bestand ... --sleutel`, herhaalbaar, of een
    bestand met meerdere PEM-blokken).

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditSleutelResponse400 | AuditSleutelResponse401 | AuditSleutelResponse403 | AuditSleutelResponse503 | AuditSleutelResponseAuditsleutel]
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
    AuditSleutelResponse400
    | AuditSleutelResponse401
    | AuditSleutelResponse403
    | AuditSleutelResponse503
    | AuditSleutelResponseAuditsleutel
    | None
):
    """De publieke sleutels waarmee de checkpoints zijn ondertekend (PEM)

     `publicKey` ondertekent nieuwe checkpoints. `verificationKeys` bevat elke sleutel waarmee
    checkpoints in dit logboek ondertekend kunnen zijn: de huidige eerst, daarna de eerdere die bij het
    vervangen van de sleutel zijn bewaard. Een export die over een vervanging heen loopt, verifieert
    offline met alle sleutels samen (`aanwas audit verify --bestand ... --sleutel`, herhaalbaar, of een
    bestand met meerdere PEM-blokken).

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditSleutelResponse400 | AuditSleutelResponse401 | AuditSleutelResponse403 | AuditSleutelResponse503 | AuditSleutelResponseAuditsleutel
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
    AuditSleutelResponse400
    | AuditSleutelResponse401
    | AuditSleutelResponse403
    | AuditSleutelResponse503
    | AuditSleutelResponseAuditsleutel
]:
    """De publieke sleutels waarmee de checkpoints zijn ondertekend (PEM)

     `publicKey` ondertekent nieuwe checkpoints. `verificationKeys` bevat elke sleutel waarmee
    checkpoints in dit logboek ondertekend kunnen zijn: de huidige eerst, daarna de eerdere die bij het
    vervangen van de sleutel zijn bewaard. Een export die over een vervanging heen loopt, verifieert
    offline met alle sleutels samen (`aanwas audit verify --bestand ... --sleutel`, herhaalbaar, of een
    bestand met meerdere PEM-blokken).

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditSleutelResponse400 | AuditSleutelResponse401 | AuditSleutelResponse403 | AuditSleutelResponse503 | AuditSleutelResponseAuditsleutel]
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
    AuditSleutelResponse400
    | AuditSleutelResponse401
    | AuditSleutelResponse403
    | AuditSleutelResponse503
    | AuditSleutelResponseAuditsleutel
    | None
):
    """De publieke sleutels waarmee de checkpoints zijn ondertekend (PEM)

     `publicKey` ondertekent nieuwe checkpoints. `verificationKeys` bevat elke sleutel waarmee
    checkpoints in dit logboek ondertekend kunnen zijn: de huidige eerst, daarna de eerdere die bij het
    vervangen van de sleutel zijn bewaard. Een export die over een vervanging heen loopt, verifieert
    offline met alle sleutels samen (`aanwas audit verify --bestand ... --sleutel`, herhaalbaar, of een
    bestand met meerdere PEM-blokken).

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditSleutelResponse400 | AuditSleutelResponse401 | AuditSleutelResponse403 | AuditSleutelResponse503 | AuditSleutelResponseAuditsleutel
    """

    return (
        await asyncio_detailed(
            client=client,
            doelbinding=doelbinding,
        )
    ).parsed
