from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.planactie import Planactie
from ...models.planactie_wijziging import PlanactieWijziging
from ...models.problem import Problem
from ...models.update_planactie_doelbinding import UpdatePlanactieDoelbinding
from ...types import Response


def _get_kwargs(
    casus_id: str,
    planactie_id: str,
    *,
    body: PlanactieWijziging,
    doelbinding: UpdatePlanactieDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

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
) -> Planactie | Problem | None:
    if response.status_code == 200:
        response_200 = Planactie.from_dict(response.json())

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
) -> Response[Planactie | Problem]:
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
    doelbinding: UpdatePlanactieDoelbinding,
) -> Response[Planactie | Problem]:
    """De voortgang van een planactie melden (casusregisseur of eigenaar)

    Args:
        casus_id (str): UUID
        planactie_id (str): UUID
        doelbinding (UpdatePlanactieDoelbinding):
        body (PlanactieWijziging):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Planactie | Problem]
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
    doelbinding: UpdatePlanactieDoelbinding,
) -> Planactie | Problem | None:
    """De voortgang van een planactie melden (casusregisseur of eigenaar)

    Args:
        casus_id (str): UUID
        planactie_id (str): UUID
        doelbinding (UpdatePlanactieDoelbinding):
        body (PlanactieWijziging):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Planactie | Problem
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
    doelbinding: UpdatePlanactieDoelbinding,
) -> Response[Planactie | Problem]:
    """De voortgang van een planactie melden (casusregisseur of eigenaar)

    Args:
        casus_id (str): UUID
        planactie_id (str): UUID
        doelbinding (UpdatePlanactieDoelbinding):
        body (PlanactieWijziging):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Planactie | Problem]
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
    doelbinding: UpdatePlanactieDoelbinding,
) -> Planactie | Problem | None:
    """De voortgang van een planactie melden (casusregisseur of eigenaar)

    Args:
        casus_id (str): UUID
        planactie_id (str): UUID
        doelbinding (UpdatePlanactieDoelbinding):
        body (PlanactieWijziging):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Planactie | Problem
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
