from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_groepsstap_doelbinding import AddGroepsstapDoelbinding
from ...models.jeugdgroep import Jeugdgroep
from ...models.problem import Problem
from ...models.stap_nieuw import StapNieuw
from ...types import Response


def _get_kwargs(
    jeugdgroep_id: str,
    *,
    body: StapNieuw,
    doelbinding: AddGroepsstapDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jeugdgroepen/{jeugdgroep_id}/stappen".format(
            jeugdgroep_id=quote(str(jeugdgroep_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Jeugdgroep | Problem | None:
    if response.status_code == 201:
        response_201 = Jeugdgroep.from_dict(response.json())

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
) -> Response[Jeugdgroep | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jeugdgroep_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StapNieuw,
    doelbinding: AddGroepsstapDoelbinding,
) -> Response[Jeugdgroep | Problem]:
    """Vastleggen dat een jeugdgroep de volgende stap van het zevenstappenmodel bereikte

     Stappen worden in volgorde vastgelegd, één voor één: een stap overslaan, herhalen of na stap 7 nog
    een stap geeft 409 en legt niets vast; zo ook een datum vóór die van de vorige stap. De organisatie
    van de aanroeper is wie de stap vastlegde. Het antwoord is de groep met haar huidige stap en de
    geschiedenis.

    Args:
        jeugdgroep_id (str): UUID
        doelbinding (AddGroepsstapDoelbinding):
        body (StapNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jeugdgroep | Problem]
    """

    kwargs = _get_kwargs(
        jeugdgroep_id=jeugdgroep_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jeugdgroep_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StapNieuw,
    doelbinding: AddGroepsstapDoelbinding,
) -> Jeugdgroep | Problem | None:
    """Vastleggen dat een jeugdgroep de volgende stap van het zevenstappenmodel bereikte

     Stappen worden in volgorde vastgelegd, één voor één: een stap overslaan, herhalen of na stap 7 nog
    een stap geeft 409 en legt niets vast; zo ook een datum vóór die van de vorige stap. De organisatie
    van de aanroeper is wie de stap vastlegde. Het antwoord is de groep met haar huidige stap en de
    geschiedenis.

    Args:
        jeugdgroep_id (str): UUID
        doelbinding (AddGroepsstapDoelbinding):
        body (StapNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jeugdgroep | Problem
    """

    return sync_detailed(
        jeugdgroep_id=jeugdgroep_id,
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    jeugdgroep_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StapNieuw,
    doelbinding: AddGroepsstapDoelbinding,
) -> Response[Jeugdgroep | Problem]:
    """Vastleggen dat een jeugdgroep de volgende stap van het zevenstappenmodel bereikte

     Stappen worden in volgorde vastgelegd, één voor één: een stap overslaan, herhalen of na stap 7 nog
    een stap geeft 409 en legt niets vast; zo ook een datum vóór die van de vorige stap. De organisatie
    van de aanroeper is wie de stap vastlegde. Het antwoord is de groep met haar huidige stap en de
    geschiedenis.

    Args:
        jeugdgroep_id (str): UUID
        doelbinding (AddGroepsstapDoelbinding):
        body (StapNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jeugdgroep | Problem]
    """

    kwargs = _get_kwargs(
        jeugdgroep_id=jeugdgroep_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jeugdgroep_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StapNieuw,
    doelbinding: AddGroepsstapDoelbinding,
) -> Jeugdgroep | Problem | None:
    """Vastleggen dat een jeugdgroep de volgende stap van het zevenstappenmodel bereikte

     Stappen worden in volgorde vastgelegd, één voor één: een stap overslaan, herhalen of na stap 7 nog
    een stap geeft 409 en legt niets vast; zo ook een datum vóór die van de vorige stap. De organisatie
    van de aanroeper is wie de stap vastlegde. Het antwoord is de groep met haar huidige stap en de
    geschiedenis.

    Args:
        jeugdgroep_id (str): UUID
        doelbinding (AddGroepsstapDoelbinding):
        body (StapNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jeugdgroep | Problem
    """

    return (
        await asyncio_detailed(
            jeugdgroep_id=jeugdgroep_id,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
