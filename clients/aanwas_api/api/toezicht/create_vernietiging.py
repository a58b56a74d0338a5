from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_vernietiging_doelbinding import CreateVernietigingDoelbinding
from ...models.problem import Problem
from ...models.vernietiging import Vernietiging
from ...models.vernietiging_vraag import VernietigingVraag
from ...types import Response


def _get_kwargs(
    jongere_id: str,
    *,
    body: VernietigingVraag,
    doelbinding: CreateVernietigingDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jongeren/{jongere_id}/vernietiging".format(
            jongere_id=quote(str(jongere_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Vernietiging | None:
    if response.status_code == 200:
        response_200 = Vernietiging.from_dict(response.json())

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
) -> Response[Problem | Vernietiging]:
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
    body: VernietigingVraag,
    doelbinding: CreateVernietigingDoelbinding,
) -> Response[Problem | Vernietiging]:
    """De gegevens van een jongere vernietigen op diens verzoek (AVG art. 17; alleen de privacy officer,
    doel inzage; 409 zolang een bewaarplicht geldt)

    Args:
        jongere_id (str): UUID
        doelbinding (CreateVernietigingDoelbinding):
        body (VernietigingVraag): The documented request of the data subject this erasure carries
            out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Vernietiging]
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
    body: VernietigingVraag,
    doelbinding: CreateVernietigingDoelbinding,
) -> Problem | Vernietiging | None:
    """De gegevens van een jongere vernietigen op diens verzoek (AVG art. 17; alleen de privacy officer,
    doel inzage; 409 zolang een bewaarplicht geldt)

    Args:
        jongere_id (str): UUID
        doelbinding (CreateVernietigingDoelbinding):
        body (VernietigingVraag): The documented request of the data subject this erasure carries
            out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Vernietiging
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
    body: VernietigingVraag,
    doelbinding: CreateVernietigingDoelbinding,
) -> Response[Problem | Vernietiging]:
    """De gegevens van een jongere vernietigen op diens verzoek (AVG art. 17; alleen de privacy officer,
    doel inzage; 409 zolang een bewaarplicht geldt)

    Args:
        jongere_id (str): UUID
        doelbinding (CreateVernietigingDoelbinding):
        body (VernietigingVraag): The documented request of the data subject this erasure carries
            out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Vernietiging]
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
    body: VernietigingVraag,
    doelbinding: CreateVernietigingDoelbinding,
) -> Problem | Vernietiging | None:
    """De gegevens van een jongere vernietigen op diens verzoek (AVG art. 17; alleen de privacy officer,
    doel inzage; 409 zolang een bewaarplicht geldt)

    Args:
        jongere_id (str): UUID
        doelbinding (CreateVernietigingDoelbinding):
        body (VernietigingVraag): The documented request of the data subject this erasure carries
            out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Vernietiging
    """

    return (
        await asyncio_detailed(
            jongere_id=jongere_id,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
