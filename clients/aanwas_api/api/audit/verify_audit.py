from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.verificatie import Verificatie
from ...models.verify_audit_doelbinding import VerifyAuditDoelbinding
from ...types import Response


def _get_kwargs(
    *,
    doelbinding: VerifyAuditDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audit/verificatie",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Verificatie | None:
    if response.status_code == 200:
        response_200 = Verificatie.from_dict(response.json())

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
) -> Response[Problem | Verificatie]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    doelbinding: VerifyAuditDoelbinding,
) -> Response[Problem | Verificatie]:
    """De hele hash-keten en alle ondertekende checkpoints controleren

    Args:
        doelbinding (VerifyAuditDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Verificatie]
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
    doelbinding: VerifyAuditDoelbinding,
) -> Problem | Verificatie | None:
    """De hele hash-keten en alle ondertekende checkpoints controleren

    Args:
        doelbinding (VerifyAuditDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Verificatie
    """

    return sync_detailed(
        client=client,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    doelbinding: VerifyAuditDoelbinding,
) -> Response[Problem | Verificatie]:
    """De hele hash-keten en alle ondertekende checkpoints controleren

    Args:
        doelbinding (VerifyAuditDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Verificatie]
    """

    kwargs = _get_kwargs(
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    doelbinding: VerifyAuditDoelbinding,
) -> Problem | Verificatie | None:
    """De hele hash-keten en alle ondertekende checkpoints controleren

    Args:
        doelbinding (VerifyAuditDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Verificatie
    """

    return (
        await asyncio_detailed(
            client=client,
            doelbinding=doelbinding,
        )
    ).parsed
