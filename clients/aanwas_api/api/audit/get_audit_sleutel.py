from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_sleutel import AuditSleutel
from ...models.get_audit_sleutel_doelbinding import GetAuditSleutelDoelbinding
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    doelbinding: GetAuditSleutelDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audit/sleutel",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditSleutel | Problem | None:
    if response.status_code == 200:
        response_200 = AuditSleutel.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuditSleutel | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    doelbinding: GetAuditSleutelDoelbinding,
) -> Response[AuditSleutel | Problem]:
    """De publieke sleutels waarmee de checkpoints zijn ondertekend (PEM)

     `publicKey` ondertekent nieuwe checkpoints. `verificationKeys` bevat elke sleutel waarmee
    checkpoints in dit logboek ondertekend kunnen zijn: de huidige eerst, daarna de eerdere die bij het
    vervangen van de sleutel zijn bewaard. Een export die over een vervanging heen loopt, verifieert
    offline met alle sleutels samen (`aanwas audit verify --bestand ... --sleutel`, herhaalbaar, of een
    bestand met meerdere PEM-blokken).

    Args:
        doelbinding (GetAuditSleutelDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditSleutel | Problem]
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
    doelbinding: GetAuditSleutelDoelbinding,
) -> AuditSleutel | Problem | None:
    """De publieke sleutels waarmee de checkpoints zijn ondertekend (PEM)

     `publicKey` ondertekent nieuwe checkpoints. `verificationKeys` bevat elke sleutel waarmee
    checkpoints in dit logboek ondertekend kunnen zijn: de huidige eerst, daarna de eerdere die bij het
    vervangen van de sleutel zijn bewaard. Een export die over een vervanging heen loopt, verifieert
    offline met alle sleutels samen (`aanwas audit verify --bestand ... --sleutel`, herhaalbaar, of een
    bestand met meerdere PEM-blokken).

    Args:
        doelbinding (GetAuditSleutelDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditSleutel | Problem
    """

    return sync_detailed(
        client=client,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    doelbinding: GetAuditSleutelDoelbinding,
) -> Response[AuditSleutel | Problem]:
    """De publieke sleutels waarmee de checkpoints zijn ondertekend (PEM)

     `publicKey` ondertekent nieuwe checkpoints. `verificationKeys` bevat elke sleutel waarmee
    checkpoints in dit logboek ondertekend kunnen zijn: de huidige eerst, daarna de eerdere die bij het
    vervangen van de sleutel zijn bewaard. Een export die over een vervanging heen loopt, verifieert
    offline met alle sleutels samen (`aanwas audit verify --bestand ... --sleutel`, herhaalbaar, of een
    bestand met meerdere PEM-blokken).

    Args:
        doelbinding (GetAuditSleutelDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditSleutel | Problem]
    """

    kwargs = _get_kwargs(
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    doelbinding: GetAuditSleutelDoelbinding,
) -> AuditSleutel | Problem | None:
    """De publieke sleutels waarmee de checkpoints zijn ondertekend (PEM)

     `publicKey` ondertekent nieuwe checkpoints. `verificationKeys` bevat elke sleutel waarmee
    checkpoints in dit logboek ondertekend kunnen zijn: de huidige eerst, daarna de eerdere die bij het
    vervangen van de sleutel zijn bewaard. Een export die over een vervanging heen loopt, verifieert
    offline met alle sleutels samen (`aanwas audit verify --bestand ... --sleutel`, herhaalbaar, of een
    bestand met meerdere PEM-blokken).

    Args:
        doelbinding (GetAuditSleutelDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditSleutel | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            doelbinding=doelbinding,
        )
    ).parsed
