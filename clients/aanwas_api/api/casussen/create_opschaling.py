from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.casus import Casus
from ...models.create_opschaling_doelbinding import CreateOpschalingDoelbinding
from ...models.opschaling_nieuw import OpschalingNieuw
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    casus_id: str,
    *,
    body: OpschalingNieuw,
    doelbinding: CreateOpschalingDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/casussen/{casus_id}/opschalingen".format(
            casus_id=quote(str(casus_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Casus | Problem | None:
    if response.status_code == 201:
        response_201 = Casus.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())

        return response_410

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Casus | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    casus_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OpschalingNieuw,
    doelbinding: CreateOpschalingDoelbinding,
) -> Response[Casus | Problem]:
    """Opschalen naar het Zorg- en Veiligheidshuis, of een RIEC-melding doen

    Args:
        casus_id (str): UUID
        doelbinding (CreateOpschalingDoelbinding):
        body (OpschalingNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Casus | Problem]
    """

    kwargs = _get_kwargs(
        casus_id=casus_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    casus_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OpschalingNieuw,
    doelbinding: CreateOpschalingDoelbinding,
) -> Casus | Problem | None:
    """Opschalen naar het Zorg- en Veiligheidshuis, of een RIEC-melding doen

    Args:
        casus_id (str): UUID
        doelbinding (CreateOpschalingDoelbinding):
        body (OpschalingNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Casus | Problem
    """

    return sync_detailed(
        casus_id=casus_id,
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    casus_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OpschalingNieuw,
    doelbinding: CreateOpschalingDoelbinding,
) -> Response[Casus | Problem]:
    """Opschalen naar het Zorg- en Veiligheidshuis, of een RIEC-melding doen

    Args:
        casus_id (str): UUID
        doelbinding (CreateOpschalingDoelbinding):
        body (OpschalingNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Casus | Problem]
    """

    kwargs = _get_kwargs(
        casus_id=casus_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    casus_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OpschalingNieuw,
    doelbinding: CreateOpschalingDoelbinding,
) -> Casus | Problem | None:
    """Opschalen naar het Zorg- en Veiligheidshuis, of een RIEC-melding doen

    Args:
        casus_id (str): UUID
        doelbinding (CreateOpschalingDoelbinding):
        body (OpschalingNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Casus | Problem
    """

    return (
        await asyncio_detailed(
            casus_id=casus_id,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
