import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_pagina import AuditPagina
from ...models.list_audit_beslissing_type_0 import ListAuditBeslissingType0
from ...models.list_audit_doelbinding import ListAuditDoelbinding
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    na: int | Unset = 0,
    limiet: int | Unset = 100,
    jongere_id: None | str | Unset = UNSET,
    organisatie: None | str | Unset = UNSET,
    client_id: None | str | Unset = UNSET,
    rol: None | str | Unset = UNSET,
    actie: None | str | Unset = UNSET,
    doel: None | str | Unset = UNSET,
    beslissing: ListAuditBeslissingType0 | None | Unset = UNSET,
    verzoek_id: None | str | Unset = UNSET,
    vanaf: datetime.datetime | None | Unset = UNSET,
    tot: datetime.datetime | None | Unset = UNSET,
    doelbinding: ListAuditDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    params: dict[str, Any] = {}

    params["na"] = na

    params["limiet"] = limiet

    json_jongere_id: None | str | Unset
    if isinstance(jongere_id, Unset):
        json_jongere_id = UNSET
    else:
        json_jongere_id = jongere_id
    params["jongereId"] = json_jongere_id

    json_organisatie: None | str | Unset
    if isinstance(organisatie, Unset):
        json_organisatie = UNSET
    else:
        json_organisatie = organisatie
    params["organisatie"] = json_organisatie

    json_client_id: None | str | Unset
    if isinstance(client_id, Unset):
        json_client_id = UNSET
    else:
        json_client_id = client_id
    params["clientId"] = json_client_id

    json_rol: None | str | Unset
    if isinstance(rol, Unset):
        json_rol = UNSET
    else:
        json_rol = rol
    params["rol"] = json_rol

    json_actie: None | str | Unset
    if isinstance(actie, Unset):
        json_actie = UNSET
    else:
        json_actie = actie
    params["actie"] = json_actie

    json_doel: None | str | Unset
    if isinstance(doel, Unset):
        json_doel = UNSET
    else:
        json_doel = doel
    params["doel"] = json_doel

    json_beslissing: None | str | Unset
    if isinstance(beslissing, Unset):
        json_beslissing = UNSET
    elif isinstance(beslissing, ListAuditBeslissingType0):
        json_beslissing = beslissing.value
    else:
        json_beslissing = beslissing
    params["beslissing"] = json_beslissing

    json_verzoek_id: None | str | Unset
    if isinstance(verzoek_id, Unset):
        json_verzoek_id = UNSET
    else:
        json_verzoek_id = verzoek_id
    params["verzoekId"] = json_verzoek_id

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audit",
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
    *,
    client: AuthenticatedClient | Client,
    na: int | Unset = 0,
    limiet: int | Unset = 100,
    jongere_id: None | str | Unset = UNSET,
    organisatie: None | str | Unset = UNSET,
    client_id: None | str | Unset = UNSET,
    rol: None | str | Unset = UNSET,
    actie: None | str | Unset = UNSET,
    doel: None | str | Unset = UNSET,
    beslissing: ListAuditBeslissingType0 | None | Unset = UNSET,
    verzoek_id: None | str | Unset = UNSET,
    vanaf: datetime.datetime | None | Unset = UNSET,
    tot: datetime.datetime | None | Unset = UNSET,
    doelbinding: ListAuditDoelbinding,
) -> Response[AuditPagina | Problem]:
    """Audit-records, te filteren, met een cursor (alleen de privacy officer)

    Args:
        na (int | Unset): Cursor: records na dit record-id Default: 0.
        limiet (int | Unset): Hoeveel records Default: 100.
        jongere_id (None | str | Unset):
        organisatie (None | str | Unset):
        client_id (None | str | Unset):
        rol (None | str | Unset):
        actie (None | str | Unset):
        doel (None | str | Unset):
        beslissing (ListAuditBeslissingType0 | None | Unset):
        verzoek_id (None | str | Unset): Het X-Request-ID waarmee de API het verzoek beantwoordde
        vanaf (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        tot (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        doelbinding (ListAuditDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditPagina | Problem]
    """

    kwargs = _get_kwargs(
        na=na,
        limiet=limiet,
        jongere_id=jongere_id,
        organisatie=organisatie,
        client_id=client_id,
        rol=rol,
        actie=actie,
        doel=doel,
        beslissing=beslissing,
        verzoek_id=verzoek_id,
        vanaf=vanaf,
        tot=tot,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    na: int | Unset = 0,
    limiet: int | Unset = 100,
    jongere_id: None | str | Unset = UNSET,
    organisatie: None | str | Unset = UNSET,
    client_id: None | str | Unset = UNSET,
    rol: None | str | Unset = UNSET,
    actie: None | str | Unset = UNSET,
    doel: None | str | Unset = UNSET,
    beslissing: ListAuditBeslissingType0 | None | Unset = UNSET,
    verzoek_id: None | str | Unset = UNSET,
    vanaf: datetime.datetime | None | Unset = UNSET,
    tot: datetime.datetime | None | Unset = UNSET,
    doelbinding: ListAuditDoelbinding,
) -> AuditPagina | Problem | None:
    """Audit-records, te filteren, met een cursor (alleen de privacy officer)

    Args:
        na (int | Unset): Cursor: records na dit record-id Default: 0.
        limiet (int | Unset): Hoeveel records Default: 100.
        jongere_id (None | str | Unset):
        organisatie (None | str | Unset):
        client_id (None | str | Unset):
        rol (None | str | Unset):
        actie (None | str | Unset):
        doel (None | str | Unset):
        beslissing (ListAuditBeslissingType0 | None | Unset):
        verzoek_id (None | str | Unset): Het X-Request-ID waarmee de API het verzoek beantwoordde
        vanaf (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        tot (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        doelbinding (ListAuditDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditPagina | Problem
    """

    return sync_detailed(
        client=client,
        na=na,
        limiet=limiet,
        jongere_id=jongere_id,
        organisatie=organisatie,
        client_id=client_id,
        rol=rol,
        actie=actie,
        doel=doel,
        beslissing=beslissing,
        verzoek_id=verzoek_id,
        vanaf=vanaf,
        tot=tot,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    na: int | Unset = 0,
    limiet: int | Unset = 100,
    jongere_id: None | str | Unset = UNSET,
    organisatie: None | str | Unset = UNSET,
    client_id: None | str | Unset = UNSET,
    rol: None | str | Unset = UNSET,
    actie: None | str | Unset = UNSET,
    doel: None | str | Unset = UNSET,
    beslissing: ListAuditBeslissingType0 | None | Unset = UNSET,
    verzoek_id: None | str | Unset = UNSET,
    vanaf: datetime.datetime | None | Unset = UNSET,
    tot: datetime.datetime | None | Unset = UNSET,
    doelbinding: ListAuditDoelbinding,
) -> Response[AuditPagina | Problem]:
    """Audit-records, te filteren, met een cursor (alleen de privacy officer)

    Args:
        na (int | Unset): Cursor: records na dit record-id Default: 0.
        limiet (int | Unset): Hoeveel records Default: 100.
        jongere_id (None | str | Unset):
        organisatie (None | str | Unset):
        client_id (None | str | Unset):
        rol (None | str | Unset):
        actie (None | str | Unset):
        doel (None | str | Unset):
        beslissing (ListAuditBeslissingType0 | None | Unset):
        verzoek_id (None | str | Unset): Het X-Request-ID waarmee de API het verzoek beantwoordde
        vanaf (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        tot (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        doelbinding (ListAuditDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditPagina | Problem]
    """

    kwargs = _get_kwargs(
        na=na,
        limiet=limiet,
        jongere_id=jongere_id,
        organisatie=organisatie,
        client_id=client_id,
        rol=rol,
        actie=actie,
        doel=doel,
        beslissing=beslissing,
        verzoek_id=verzoek_id,
        vanaf=vanaf,
        tot=tot,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    na: int | Unset = 0,
    limiet: int | Unset = 100,
    jongere_id: None | str | Unset = UNSET,
    organisatie: None | str | Unset = UNSET,
    client_id: None | str | Unset = UNSET,
    rol: None | str | Unset = UNSET,
    actie: None | str | Unset = UNSET,
    doel: None | str | Unset = UNSET,
    beslissing: ListAuditBeslissingType0 | None | Unset = UNSET,
    verzoek_id: None | str | Unset = UNSET,
    vanaf: datetime.datetime | None | Unset = UNSET,
    tot: datetime.datetime | None | Unset = UNSET,
    doelbinding: ListAuditDoelbinding,
) -> AuditPagina | Problem | None:
    """Audit-records, te filteren, met een cursor (alleen de privacy officer)

    Args:
        na (int | Unset): Cursor: records na dit record-id Default: 0.
        limiet (int | Unset): Hoeveel records Default: 100.
        jongere_id (None | str | Unset):
        organisatie (None | str | Unset):
        client_id (None | str | Unset):
        rol (None | str | Unset):
        actie (None | str | Unset):
        doel (None | str | Unset):
        beslissing (ListAuditBeslissingType0 | None | Unset):
        verzoek_id (None | str | Unset): Het X-Request-ID waarmee de API het verzoek beantwoordde
        vanaf (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        tot (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        doelbinding (ListAuditDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditPagina | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            na=na,
            limiet=limiet,
            jongere_id=jongere_id,
            organisatie=organisatie,
            client_id=client_id,
            rol=rol,
            actie=actie,
            doel=doel,
            beslissing=beslissing,
            verzoek_id=verzoek_id,
            vanaf=vanaf,
            tot=tot,
            doelbinding=doelbinding,
        )
    ).parsed
