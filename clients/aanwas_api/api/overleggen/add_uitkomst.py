from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_uitkomst_doelbinding import AddUitkomstDoelbinding
from ...models.problem import Problem
from ...models.uitkomst import Uitkomst
from ...models.uitkomst_nieuw import UitkomstNieuw
from ...types import Response


def _get_kwargs(
    overleg_id: str,
    jongere_id: str,
    *,
    body: UitkomstNieuw,
    doelbinding: AddUitkomstDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/overleggen/{overleg_id}/agenda/{jongere_id}/uitkomst".format(
            overleg_id=quote(str(overleg_id), safe=""),
            jongere_id=quote(str(jongere_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Uitkomst | None:
    if response.status_code == 201:
        response_201 = Uitkomst.from_dict(response.json())

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
) -> Response[Problem | Uitkomst]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    overleg_id: str,
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UitkomstNieuw,
    doelbinding: AddUitkomstDoelbinding,
) -> Response[Problem | Uitkomst]:
    """De uitkomst van een agendapunt vastleggen: besluit en afspraken (de voorzitter)

    Args:
        overleg_id (str): UUID
        jongere_id (str): UUID
        doelbinding (AddUitkomstDoelbinding):
        body (UitkomstNieuw): What the meeting decided about one youth on its agenda; one outcome
            per agenda item.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Uitkomst]
    """

    kwargs = _get_kwargs(
        overleg_id=overleg_id,
        jongere_id=jongere_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    overleg_id: str,
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UitkomstNieuw,
    doelbinding: AddUitkomstDoelbinding,
) -> Problem | Uitkomst | None:
    """De uitkomst van een agendapunt vastleggen: besluit en afspraken (de voorzitter)

    Args:
        overleg_id (str): UUID
        jongere_id (str): UUID
        doelbinding (AddUitkomstDoelbinding):
        body (UitkomstNieuw): What the meeting decided about one youth on its agenda; one outcome
            per agenda item.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Uitkomst
    """

    return sync_detailed(
        overleg_id=overleg_id,
        jongere_id=jongere_id,
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    overleg_id: str,
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UitkomstNieuw,
    doelbinding: AddUitkomstDoelbinding,
) -> Response[Problem | Uitkomst]:
    """De uitkomst van een agendapunt vastleggen: besluit en afspraken (de voorzitter)

    Args:
        overleg_id (str): UUID
        jongere_id (str): UUID
        doelbinding (AddUitkomstDoelbinding):
        body (UitkomstNieuw): What the meeting decided about one youth on its agenda; one outcome
            per agenda item.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Uitkomst]
    """

    kwargs = _get_kwargs(
        overleg_id=overleg_id,
        jongere_id=jongere_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    overleg_id: str,
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UitkomstNieuw,
    doelbinding: AddUitkomstDoelbinding,
) -> Problem | Uitkomst | None:
    """De uitkomst van een agendapunt vastleggen: besluit en afspraken (de voorzitter)

    Args:
        overleg_id (str): UUID
        jongere_id (str): UUID
        doelbinding (AddUitkomstDoelbinding):
        body (UitkomstNieuw): What the meeting decided about one youth on its agenda; one outcome
            per agenda item.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Uitkomst
    """

    return (
        await asyncio_detailed(
            overleg_id=overleg_id,
            jongere_id=jongere_id,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
