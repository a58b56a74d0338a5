from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_riec_antwoord_doelbinding import CreateRiecAntwoordDoelbinding
from ...models.problem import Problem
from ...models.riec_antwoord_nieuw import RiecAntwoordNieuw
from ...models.riec_melding import RiecMelding
from ...types import Response


def _get_kwargs(
    melding_id: str,
    *,
    body: RiecAntwoordNieuw,
    doelbinding: CreateRiecAntwoordDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/riec-meldingen/{melding_id}/antwoord".format(
            melding_id=quote(str(melding_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RiecMelding | None:
    if response.status_code == 200:
        response_200 = RiecMelding.from_dict(response.json())

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
) -> Response[Problem | RiecMelding]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    melding_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RiecAntwoordNieuw,
    doelbinding: CreateRiecAntwoordDoelbinding,
) -> Response[Problem | RiecMelding]:
    """Een RIEC-melding beantwoorden (het RIEC); eenmalig, het antwoord sluit de melding

    Args:
        melding_id (str): UUID
        doelbinding (CreateRiecAntwoordDoelbinding):
        body (RiecAntwoordNieuw): The RIEC's answer to the two questions; given once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RiecMelding]
    """

    kwargs = _get_kwargs(
        melding_id=melding_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    melding_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RiecAntwoordNieuw,
    doelbinding: CreateRiecAntwoordDoelbinding,
) -> Problem | RiecMelding | None:
    """Een RIEC-melding beantwoorden (het RIEC); eenmalig, het antwoord sluit de melding

    Args:
        melding_id (str): UUID
        doelbinding (CreateRiecAntwoordDoelbinding):
        body (RiecAntwoordNieuw): The RIEC's answer to the two questions; given once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RiecMelding
    """

    return sync_detailed(
        melding_id=melding_id,
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    melding_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RiecAntwoordNieuw,
    doelbinding: CreateRiecAntwoordDoelbinding,
) -> Response[Problem | RiecMelding]:
    """Een RIEC-melding beantwoorden (het RIEC); eenmalig, het antwoord sluit de melding

    Args:
        melding_id (str): UUID
        doelbinding (CreateRiecAntwoordDoelbinding):
        body (RiecAntwoordNieuw): The RIEC's answer to the two questions; given once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RiecMelding]
    """

    kwargs = _get_kwargs(
        melding_id=melding_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    melding_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RiecAntwoordNieuw,
    doelbinding: CreateRiecAntwoordDoelbinding,
) -> Problem | RiecMelding | None:
    """Een RIEC-melding beantwoorden (het RIEC); eenmalig, het antwoord sluit de melding

    Args:
        melding_id (str): UUID
        doelbinding (CreateRiecAntwoordDoelbinding):
        body (RiecAntwoordNieuw): The RIEC's answer to the two questions; given once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RiecMelding
    """

    return (
        await asyncio_detailed(
            melding_id=melding_id,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
