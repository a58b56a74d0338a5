import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_audit_doelbinding import ExportAuditDoelbinding
from ...models.export_audit_formaat import ExportAuditFormaat
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    formaat: ExportAuditFormaat | Unset = ExportAuditFormaat.NDJSON,
    vanaf: datetime.datetime | None | Unset = UNSET,
    tot: datetime.datetime | None | Unset = UNSET,
    doelbinding: ExportAuditDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    params: dict[str, Any] = {}

    json_formaat: str | Unset = UNSET
    if not isinstance(formaat, Unset):
        json_formaat = formaat.value

    params["formaat"] = json_formaat

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
        "url": "/audit/export",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | None:
    if response.status_code == 200:
        response_200 = response.json()
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
) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    formaat: ExportAuditFormaat | Unset = ExportAuditFormaat.NDJSON,
    vanaf: datetime.datetime | None | Unset = UNSET,
    tot: datetime.datetime | None | Unset = UNSET,
    doelbinding: ExportAuditDoelbinding,
) -> Response[Any | Problem]:
    """De audit-log van een periode als NDJSON (met checkpoints, offline te verifieren) of CSV, gestreamd

    Args:
        formaat (ExportAuditFormaat | Unset):  Default: ExportAuditFormaat.NDJSON.
        vanaf (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        tot (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        doelbinding (ExportAuditDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        formaat=formaat,
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
    formaat: ExportAuditFormaat | Unset = ExportAuditFormaat.NDJSON,
    vanaf: datetime.datetime | None | Unset = UNSET,
    tot: datetime.datetime | None | Unset = UNSET,
    doelbinding: ExportAuditDoelbinding,
) -> Any | Problem | None:
    """De audit-log van een periode als NDJSON (met checkpoints, offline te verifieren) of CSV, gestreamd

    Args:
        formaat (ExportAuditFormaat | Unset):  Default: ExportAuditFormaat.NDJSON.
        vanaf (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        tot (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        doelbinding (ExportAuditDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        client=client,
        formaat=formaat,
        vanaf=vanaf,
        tot=tot,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    formaat: ExportAuditFormaat | Unset = ExportAuditFormaat.NDJSON,
    vanaf: datetime.datetime | None | Unset = UNSET,
    tot: datetime.datetime | None | Unset = UNSET,
    doelbinding: ExportAuditDoelbinding,
) -> Response[Any | Problem]:
    """De audit-log van een periode als NDJSON (met checkpoints, offline te verifieren) of CSV, gestreamd

    Args:
        formaat (ExportAuditFormaat | Unset):  Default: ExportAuditFormaat.NDJSON.
        vanaf (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        tot (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        doelbinding (ExportAuditDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        formaat=formaat,
        vanaf=vanaf,
        tot=tot,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    formaat: ExportAuditFormaat | Unset = ExportAuditFormaat.NDJSON,
    vanaf: datetime.datetime | None | Unset = UNSET,
    tot: datetime.datetime | None | Unset = UNSET,
    doelbinding: ExportAuditDoelbinding,
) -> Any | Problem | None:
    """De audit-log van een periode als NDJSON (met checkpoints, offline te verifieren) of CSV, gestreamd

    Args:
        formaat (ExportAuditFormaat | Unset):  Default: ExportAuditFormaat.NDJSON.
        vanaf (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        tot (datetime.datetime | None | Unset): ISO 8601, met tijdzone
        doelbinding (ExportAuditDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            formaat=formaat,
            vanaf=vanaf,
            tot=tot,
            doelbinding=doelbinding,
        )
    ).parsed
