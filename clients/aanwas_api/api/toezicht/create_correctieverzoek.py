from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.correctieverzoek import Correctieverzoek
from ...models.correctieverzoek_nieuw import CorrectieverzoekNieuw
from ...models.create_correctieverzoek_doelbinding import (
    CreateCorrectieverzoekDoelbinding,
)
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    jongere_id: str,
    *,
    body: CorrectieverzoekNieuw,
    doelbinding: CreateCorrectieverzoekDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jongeren/{jongere_id}/correctieverzoeken".format(
            jongere_id=quote(str(jongere_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Correctieverzoek | Problem | None:
    if response.status_code == 201:
        response_201 = Correctieverzoek.from_dict(response.json())

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

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())

        return response_410

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Correctieverzoek | Problem]:
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
    body: CorrectieverzoekNieuw,
    doelbinding: CreateCorrectieverzoekDoelbinding,
) -> Response[Correctieverzoek | Problem]:
    """Een correctieverzoek (AVG art. 16) van een jongere indienen (alleen de privacy officer, doel
    inzage); onbekend gegeven: 404

    Args:
        jongere_id (str): UUID
        doelbinding (CreateCorrectieverzoekDoelbinding):
        body (CorrectieverzoekNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Correctieverzoek | Problem]
    """

    kwargs = _get_kwargs(
        jongere_id=jongere_id,
        body=body,
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
    body: CorrectieverzoekNieuw,
    doelbinding: CreateCorrectieverzoekDoelbinding,
) -> Correctieverzoek | Problem | None:
    """Een correctieverzoek (AVG art. 16) van een jongere indienen (alleen de privacy officer, doel
    inzage); onbekend gegeven: 404

    Args:
        jongere_id (str): UUID
        doelbinding (CreateCorrectieverzoekDoelbinding):
        body (CorrectieverzoekNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Correctieverzoek | Problem
    """

    return sync_detailed(
        jongere_id=jongere_id,
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CorrectieverzoekNieuw,
    doelbinding: CreateCorrectieverzoekDoelbinding,
) -> Response[Correctieverzoek | Problem]:
    """Een correctieverzoek (AVG art. 16) van een jongere indienen (alleen de privacy officer, doel
    inzage); onbekend gegeven: 404

    Args:
        jongere_id (str): UUID
        doelbinding (CreateCorrectieverzoekDoelbinding):
        body (CorrectieverzoekNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Correctieverzoek | Problem]
    """

    kwargs = _get_kwargs(
        jongere_id=jongere_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CorrectieverzoekNieuw,
    doelbinding: CreateCorrectieverzoekDoelbinding,
) -> Correctieverzoek | Problem | None:
    """Een correctieverzoek (AVG art. 16) van een jongere indienen (alleen de privacy officer, doel
    inzage); onbekend gegeven: 404

    Args:
        jongere_id (str): UUID
        doelbinding (CreateCorrectieverzoekDoelbinding):
        body (CorrectieverzoekNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Correctieverzoek | Problem
    """

    return (
        await asyncio_detailed(
            jongere_id=jongere_id,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
