from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.planactie import Planactie
from ...models.planactie_nieuw import PlanactieNieuw
from ...models.voeg_planactie_toe_response_400 import VoegPlanactieToeResponse400
from ...models.voeg_planactie_toe_response_401 import VoegPlanactieToeResponse401
from ...models.voeg_planactie_toe_response_403 import VoegPlanactieToeResponse403
from ...models.voeg_planactie_toe_response_404 import VoegPlanactieToeResponse404
from ...models.voeg_planactie_toe_response_503 import VoegPlanactieToeResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    casus_id: str,
    *,
    body: PlanactieNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/casussen/{casus_id}/planacties".format(
            casus_id=quote(str(casus_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Planactie
    | VoegPlanactieToeResponse400
    | VoegPlanactieToeResponse401
    | VoegPlanactieToeResponse403
    | VoegPlanactieToeResponse404
    | VoegPlanactieToeResponse503
    | None
):
    if response.status_code == 201:
        response_201 = Planactie.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = VoegPlanactieToeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = VoegPlanactieToeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = VoegPlanactieToeResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = VoegPlanactieToeResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = VoegPlanactieToeResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Planactie
    | VoegPlanactieToeResponse400
    | VoegPlanactieToeResponse401
    | VoegPlanactieToeResponse403
    | VoegPlanactieToeResponse404
    | VoegPlanactieToeResponse503
]:
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
    body: PlanactieNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Planactie
    | VoegPlanactieToeResponse400
    | VoegPlanactieToeResponse401
    | VoegPlanactieToeResponse403
    | VoegPlanactieToeResponse404
    | VoegPlanactieToeResponse503
]:
    """Een actie aan het plan van aanpak toevoegen (domein, eigenaar, deadline)

    Args:
        casus_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (PlanactieNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Planactie | VoegPlanactieToeResponse400 | VoegPlanactieToeResponse401 | VoegPlanactieToeResponse403 | VoegPlanactieToeResponse404 | VoegPlanactieToeResponse503]
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
    body: PlanactieNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Planactie
    | VoegPlanactieToeResponse400
    | VoegPlanactieToeResponse401
    | VoegPlanactieToeResponse403
    | VoegPlanactieToeResponse404
    | VoegPlanactieToeResponse503
    | None
):
    """Een actie aan het plan van aanpak toevoegen (domein, eigenaar, deadline)

    Args:
        casus_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (PlanactieNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Planactie | VoegPlanactieToeResponse400 | VoegPlanactieToeResponse401 | VoegPlanactieToeResponse403 | VoegPlanactieToeResponse404 | VoegPlanactieToeResponse503
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
    body: PlanactieNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Planactie
    | VoegPlanactieToeResponse400
    | VoegPlanactieToeResponse401
    | VoegPlanactieToeResponse403
    | VoegPlanactieToeResponse404
    | VoegPlanactieToeResponse503
]:
    """Een actie aan het plan van aanpak toevoegen (domein, eigenaar, deadline)

    Args:
        casus_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (PlanactieNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Planactie | VoegPlanactieToeResponse400 | VoegPlanactieToeResponse401 | VoegPlanactieToeResponse403 | VoegPlanactieToeResponse404 | VoegPlanactieToeResponse503]
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
    body: PlanactieNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Planactie
    | VoegPlanactieToeResponse400
    | VoegPlanactieToeResponse401
    | VoegPlanactieToeResponse403
    | VoegPlanactieToeResponse404
    | VoegPlanactieToeResponse503
    | None
):
    """Een actie aan het plan van aanpak toevoegen (domein, eigenaar, deadline)

    Args:
        casus_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (PlanactieNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Planactie | VoegPlanactieToeResponse400 | VoegPlanactieToeResponse401 | VoegPlanactieToeResponse403 | VoegPlanactieToeResponse404 | VoegPlanactieToeResponse503
    """

    return (
        await asyncio_detailed(
            casus_id=casus_id,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
