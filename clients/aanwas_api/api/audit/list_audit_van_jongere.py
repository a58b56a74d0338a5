from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_pagina import AuditPagina
from ...models.list_audit_van_jongere_doelbinding import ListAuditVanJongereDoelbinding
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jongere_id: str,
    *,
    na: int | Unset = 0,
    limiet: int | Unset = 100,
    doelbinding: ListAuditVanJongereDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    params: dict[str, Any] = {}

    params["na"] = na

    params["limiet"] = limiet

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audit/jongeren/{jongere_id}".format(
            jongere_id=quote(str(jongere_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditPagina | Problem | None:
    if response.status_code == 200:
        response_200 = AuditPagina.from_dict(response.json())

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
) -> Response[AuditPagina | Problem]:
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
    na: int | Unset = 0,
    limiet: int | Unset = 100,
    doelbinding: ListAuditVanJongereDoelbinding,
) -> Response[AuditPagina | Problem]:
    """Wie heeft de gegevens van deze jongere verwerkt (basis voor een inzageverzoek)

    Args:
        jongere_id (str): UUID
        na (int | Unset): Cursor: records na dit record-id Default: 0.
        limiet (int | Unset): Hoeveel records Default: 100.
        doelbinding (ListAuditVanJongereDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditPagina | Problem]
    """

    kwargs = _get_kwargs(
        jongere_id=jongere_id,
        na=na,
        limiet=limiet,
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
    na: int | Unset = 0,
    limiet: int | Unset = 100,
    doelbinding: ListAuditVanJongereDoelbinding,
) -> AuditPagina | Problem | None:
    """Wie heeft de gegevens van deze jongere verwerkt (basis voor een inzageverzoek)

    Args:
        jongere_id (str): UUID
        na (int | Unset): Cursor: records na dit record-id Default: 0.
        limiet (int | Unset): Hoeveel records Default: 100.
        doelbinding (ListAuditVanJongereDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditPagina | Problem
    """

    return sync_detailed(
        jongere_id=jongere_id,
        client=client,
        na=na,
        limiet=limiet,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    na: int | Unset = 0,
    limiet: int | Unset = 100,
    doelbinding: ListAuditVanJongereDoelbinding,
) -> Response[AuditPagina | Problem]:
    """Wie heeft de gegevens van deze jongere verwerkt (basis voor een inzageverzoek)

    Args:
        jongere_id (str): UUID
        na (int | Unset): Cursor: records na dit record-id Default: 0.
        limiet (int | Unset): Hoeveel records Default: 100.
        doelbinding (ListAuditVanJongereDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditPagina | Problem]
    """

    kwargs = _get_kwargs(
        jongere_id=jongere_id,
        na=na,
        limiet=limiet,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    na: int | Unset = 0,
    limiet: int | Unset = 100,
    doelbinding: ListAuditVanJongereDoelbinding,
) -> AuditPagina | Problem | None:
    """Wie heeft de gegevens van deze jongere verwerkt (basis voor een inzageverzoek)

    Args:
        jongere_id (str): UUID
        na (int | Unset): Cursor: records na dit record-id Default: 0.
        limiet (int | Unset): Hoeveel records Default: 100.
        doelbinding (ListAuditVanJongereDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditPagina | Problem
    """

    return (
        await asyncio_detailed(
            jongere_id=jongere_id,
            client=client,
            na=na,
            limiet=limiet,
            doelbinding=doelbinding,
        )
    ).parsed
