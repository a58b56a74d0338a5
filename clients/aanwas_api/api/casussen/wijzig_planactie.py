from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.planactie import Planactie
from ...models.planactie_wijziging import PlanactieWijziging
from ...models.wijzig_planactie_response_400 import WijzigPlanactieResponse400
from ...models.wijzig_planactie_response_401 import WijzigPlanactieResponse401
from ...models.wijzig_planactie_response_403 import WijzigPlanactieResponse403
from ...models.wijzig_planactie_response_404 import WijzigPlanactieResponse404
from ...models.wijzig_planactie_response_503 import WijzigPlanactieResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    casus_id: str,
    planactie_id: str,
    *,
    body: PlanactieWijziging,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/casussen/{casus_id}/planacties/{planactie_id}".format(
            casus_id=quote(str(casus_id), safe=""),
            planactie_id=quote(str(planactie_id), safe=""),
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
    | WijzigPlanactieResponse400
    | WijzigPlanactieResponse401
    | WijzigPlanactieResponse403
    | WijzigPlanactieResponse404
    | WijzigPlanactieResponse503
    | None
):
    if response.status_code == 200:
        response_200 = Planactie.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = WijzigPlanactieResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = WijzigPlanactieResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = WijzigPlanactieResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = WijzigPlanactieResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = WijzigPlanactieResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Planactie
    | WijzigPlanactieResponse400
    | WijzigPlanactieResponse401
    | WijzigPlanactieResponse403
    | WijzigPlanactieResponse404
    | WijzigPlanactieResponse503
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    casus_id: str,
    planactie_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PlanactieWijziging,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Planactie
    | WijzigPlanactieResponse400
    | WijzigPlanactieResponse401
    | WijzigPlanactieResponse403
    | WijzigPlanactieResponse404
    | WijzigPlanactieResponse503
]:
    """De voortgang van een planactie melden (casusregisseur of eigenaar)

    Args:
        casus_id (str): UUID
        planactie_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (PlanactieWijziging):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Planactie | WijzigPlanactieResponse400 | WijzigPlanactieResponse401 | WijzigPlanactieResponse403 | WijzigPlanactieResponse404 | WijzigPlanactieResponse503]
    """

    kwargs = _get_kwargs(
        casus_id=casus_id,
        planactie_id=planactie_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    casus_id: str,
    planactie_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PlanactieWijziging,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Planactie
    | WijzigPlanactieResponse400
    | WijzigPlanactieResponse401
    | WijzigPlanactieResponse403
    | WijzigPlanactieResponse404
    | WijzigPlanactieResponse503
    | None
):
    """De voortgang van een planactie melden (casusregisseur of eigenaar)

    Args:
        casus_id (str): UUID
        planactie_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (PlanactieWijziging):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Planactie | WijzigPlanactieResponse400 | WijzigPlanactieResponse401 | WijzigPlanactieResponse403 | WijzigPlanactieResponse404 | WijzigPlanactieResponse503
    """

    return sync_detailed(
        casus_id=casus_id,
        planactie_id=planactie_id,
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    casus_id: str,
    planactie_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PlanactieWijziging,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Planactie
    | WijzigPlanactieResponse400
    | WijzigPlanactieResponse401
    | WijzigPlanactieResponse403
    | WijzigPlanactieResponse404
    | WijzigPlanactieResponse503
]:
    """De voortgang van een planactie melden (casusregisseur of eigenaar)

    Args:
        casus_id (str): UUID
        planactie_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (PlanactieWijziging):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Planactie | WijzigPlanactieResponse400 | WijzigPlanactieResponse401 | WijzigPlanactieResponse403 | WijzigPlanactieResponse404 | WijzigPlanactieResponse503]
    """

    kwargs = _get_kwargs(
        casus_id=casus_id,
        planactie_id=planactie_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    casus_id: str,
    planactie_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PlanactieWijziging,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Planactie
    | WijzigPlanactieResponse400
    | WijzigPlanactieResponse401
    | WijzigPlanactieResponse403
    | WijzigPlanactieResponse404
    | WijzigPlanactieResponse503
    | None
):
    """De voortgang van een planactie melden (casusregisseur of eigenaar)

    Args:
        casus_id (str): UUID
        planactie_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (PlanactieWijziging):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Planactie | WijzigPlanactieResponse400 | WijzigPlanactieResponse401 | WijzigPlanactieResponse403 | WijzigPlanactieResponse404 | WijzigPlanactieResponse503
    """

    return (
        await asyncio_detailed(
            casus_id=casus_id,
            planactie_id=planactie_id,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
