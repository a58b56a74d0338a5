import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_bijzonderheden import AuditBijzonderheden
from ...models.get_audit_bijzonderheden_doelbinding import (
    GetAuditBijzonderhedenDoelbinding,
)
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    vanaf: datetime.datetime | None | Unset = UNSET,
    tot: datetime.datetime | None | Unset = UNSET,
    jongeren_per_uur: int | Unset = 20,
    weigeringen_per_10_minuten: int | Unset = 5,
    doelbinding: GetAuditBijzonderhedenDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    params: dict[str, Any] = {}

    json_vanaf: None | str | Unset
    if isinstance(vanaf, Unset):
        json_vanaf = UNSET
    elif isinstance(vanaf, datetime.datetime):
        json_vanaf = vanaf.isoformat()
    else:
        json_vanaf = vanaf
    params["vanaf"] = json_vanaf

    json_tot: None | str | Unset
    if isinstance(tot, Unset):
        json_tot = UNSET
    elif isinstance(tot, datetime.datetime):
        json_tot = tot.isoformat()
    else:
        json_tot = tot
    params["tot"] = json_tot

    params["jongerenPerUur"] = jongeren_per_uur

    params["weigeringenPer10Minuten"] = weigeringen_per_10_minuten

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audit/bijzonderheden",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditBijzonderheden | Problem | None:
    if response.status_code == 200:
        response_200 = AuditBijzonderheden.from_dict(response.json())

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
) -> Response[AuditBijzonderheden | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    vanaf: datetime.datetime | None | Unset = UNSET,
    tot: datetime.datetime | None | Unset = UNSET,
    jongeren_per_uur: int | Unset = 20,
    weigeringen_per_10_minuten: int | Unset = 5,
    doelbinding: GetAuditBijzonderhedenDoelbinding,
) -> Response[AuditBijzonderheden | Problem]:
    """Opvallende toegang: veel jongeren per uur, buiten kantoortijd, reeksen weigeringen, lezen onder een
    verlopen convenant

    Args:
        vanaf (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        tot (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        jongeren_per_uur (int | Unset):  Default: 20.
        weigeringen_per_10_minuten (int | Unset):  Default: 5.
        doelbinding (GetAuditBijzonderhedenDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditBijzonderheden | Problem]
    """

    kwargs = _get_kwargs(
        vanaf=vanaf,
        tot=tot,
        jongeren_per_uur=jongeren_per_uur,
        weigeringen_per_10_minuten=weigeringen_per_10_minuten,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    vanaf: datetime.datetime | None | Unset = UNSET,
    tot: datetime.datetime | None | Unset = UNSET,
    jongeren_per_uur: int | Unset = 20,
    weigeringen_per_10_minuten: int | Unset = 5,
    doelbinding: GetAuditBijzonderhedenDoelbinding,
) -> AuditBijzonderheden | Problem | None:
    """Opvallende toegang: veel jongeren per uur, buiten kantoortijd, reeksen weigeringen, lezen onder een
    verlopen convenant

    Args:
        vanaf (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        tot (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        jongeren_per_uur (int | Unset):  Default: 20.
        weigeringen_per_10_minuten (int | Unset):  Default: 5.
        doelbinding (GetAuditBijzonderhedenDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditBijzonderheden | Problem
    """

    return sync_detailed(
        client=client,
        vanaf=vanaf,
        tot=tot,
        jongeren_per_uur=jongeren_per_uur,
        weigeringen_per_10_minuten=weigeringen_per_10_minuten,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    vanaf: datetime.datetime | None | Unset = UNSET,
    tot: datetime.datetime | None | Unset = UNSET,
    jongeren_per_uur: int | Unset = 20,
    weigeringen_per_10_minuten: int | Unset = 5,
    doelbinding: GetAuditBijzonderhedenDoelbinding,
) -> Response[AuditBijzonderheden | Problem]:
    """Opvallende toegang: veel jongeren per uur, buiten kantoortijd, reeksen weigeringen, lezen onder een
    verlopen convenant

    Args:
        vanaf (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        tot (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        jongeren_per_uur (int | Unset):  Default: 20.
        weigeringen_per_10_minuten (int | Unset):  Default: 5.
        doelbinding (GetAuditBijzonderhedenDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditBijzonderheden | Problem]
    """

    kwargs = _get_kwargs(
        vanaf=vanaf,
        tot=tot,
        jongeren_per_uur=jongeren_per_uur,
        weigeringen_per_10_minuten=weigeringen_per_10_minuten,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    vanaf: datetime.datetime | None | Unset = UNSET,
    tot: datetime.datetime | None | Unset = UNSET,
    jongeren_per_uur: int | Unset = 20,
    weigeringen_per_10_minuten: int | Unset = 5,
    doelbinding: GetAuditBijzonderhedenDoelbinding,
) -> AuditBijzonderheden | Problem | None:
    """Opvallende toegang: veel jongeren per uur, buiten kantoortijd, reeksen weigeringen, lezen onder een
    verlopen convenant

    Args:
        vanaf (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        tot (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        jongeren_per_uur (int | Unset):  Default: 20.
        weigeringen_per_10_minuten (int | Unset):  Default: 5.
        doelbinding (GetAuditBijzonderhedenDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditBijzonderheden | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            vanaf=vanaf,
            tot=tot,
            jongeren_per_uur=jongeren_per_uur,
            weigeringen_per_10_minuten=weigeringen_per_10_minuten,
            doelbinding=doelbinding,
        )
    ).parsed
