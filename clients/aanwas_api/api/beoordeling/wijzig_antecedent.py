from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.antecedent import Antecedent
from ...models.antecedent_wijziging import AntecedentWijziging
from ...models.wijzig_antecedent_response_400 import WijzigAntecedentResponse400
from ...models.wijzig_antecedent_response_401 import WijzigAntecedentResponse401
from ...models.wijzig_antecedent_response_403 import WijzigAntecedentResponse403
from ...models.wijzig_antecedent_response_404 import WijzigAntecedentResponse404
from ...models.wijzig_antecedent_response_503 import WijzigAntecedentResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    antecedent_id: str,
    *,
    body: AntecedentWijziging,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/antecedenten/{antecedent_id}".format(
            antecedent_id=quote(str(antecedent_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Antecedent
    | WijzigAntecedentResponse400
    | WijzigAntecedentResponse401
    | WijzigAntecedentResponse403
    | WijzigAntecedentResponse404
    | WijzigAntecedentResponse503
    | None
):
    if response.status_code == 200:
        response_200 = Antecedent.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = WijzigAntecedentResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = WijzigAntecedentResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = WijzigAntecedentResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = WijzigAntecedentResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = WijzigAntecedentResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Antecedent
    | WijzigAntecedentResponse400
    | WijzigAntecedentResponse401
    | WijzigAntecedentResponse403
    | WijzigAntecedentResponse404
    | WijzigAntecedentResponse503
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    antecedent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AntecedentWijziging,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Antecedent
    | WijzigAntecedentResponse400
    | WijzigAntecedentResponse401
    | WijzigAntecedentResponse403
    | WijzigAntecedentResponse404
    | WijzigAntecedentResponse503
]:
    """De status van een antecedent bijwerken (politie), bijvoorbeeld na een veroordeling

    Args:
        antecedent_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (AntecedentWijziging): One fact, one record: a suspicion that led to a conviction is
            updated, not added.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Antecedent | WijzigAntecedentResponse400 | WijzigAntecedentResponse401 | WijzigAntecedentResponse403 | WijzigAntecedentResponse404 | WijzigAntecedentResponse503]
    """

    kwargs = _get_kwargs(
        antecedent_id=antecedent_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    antecedent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AntecedentWijziging,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Antecedent
    | WijzigAntecedentResponse400
    | WijzigAntecedentResponse401
    | WijzigAntecedentResponse403
    | WijzigAntecedentResponse404
    | WijzigAntecedentResponse503
    | None
):
    """De status van een antecedent bijwerken (politie), bijvoorbeeld na een veroordeling

    Args:
        antecedent_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (AntecedentWijziging): One fact, one record: a suspicion that led to a conviction is
            updated, not added.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Antecedent | WijzigAntecedentResponse400 | WijzigAntecedentResponse401 | WijzigAntecedentResponse403 | WijzigAntecedentResponse404 | WijzigAntecedentResponse503
    """

    return sync_detailed(
        antecedent_id=antecedent_id,
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    antecedent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AntecedentWijziging,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Antecedent
    | WijzigAntecedentResponse400
    | WijzigAntecedentResponse401
    | WijzigAntecedentResponse403
    | WijzigAntecedentResponse404
    | WijzigAntecedentResponse503
]:
    """De status van een antecedent bijwerken (politie), bijvoorbeeld na een veroordeling

    Args:
        antecedent_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (AntecedentWijziging): One fact, one record: a suspicion that led to a conviction is
            updated, not added.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Antecedent | WijzigAntecedentResponse400 | WijzigAntecedentResponse401 | WijzigAntecedentResponse403 | WijzigAntecedentResponse404 | WijzigAntecedentResponse503]
    """

    kwargs = _get_kwargs(
        antecedent_id=antecedent_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    antecedent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AntecedentWijziging,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Antecedent
    | WijzigAntecedentResponse400
    | WijzigAntecedentResponse401
    | WijzigAntecedentResponse403
    | WijzigAntecedentResponse404
    | WijzigAntecedentResponse503
    | None
):
    """De status van een antecedent bijwerken (politie), bijvoorbeeld na een veroordeling

    Args:
        antecedent_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (AntecedentWijziging): One fact, one record: a suspicion that led to a conviction is
            updated, not added.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Antecedent | WijzigAntecedentResponse400 | WijzigAntecedentResponse401 | WijzigAntecedentResponse403 | WijzigAntecedentResponse404 | WijzigAntecedentResponse503
    """

    return (
        await asyncio_detailed(
            antecedent_id=antecedent_id,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
