from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.maatregel import Maatregel
from ...models.maatregel_wijziging import MaatregelWijziging
from ...models.problem import Problem
from ...models.update_maatregel_doelbinding import UpdateMaatregelDoelbinding
from ...types import Response


def _get_kwargs(
    maatregel_id: str,
    *,
    body: MaatregelWijziging,
    doelbinding: UpdateMaatregelDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/maatregelen/{maatregel_id}".format(
            maatregel_id=quote(str(maatregel_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Maatregel | Problem | None:
    if response.status_code == 200:
        response_200 = Maatregel.from_dict(response.json())

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
) -> Response[Maatregel | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    maatregel_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MaatregelWijziging,
    doelbinding: UpdateMaatregelDoelbinding,
) -> Response[Maatregel | Problem]:
    """Status, einddatum of toelichting van een maatregel wijzigen

    Args:
        maatregel_id (str): UUID
        doelbinding (UpdateMaatregelDoelbinding):
        body (MaatregelWijziging):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Maatregel | Problem]
    """

    kwargs = _get_kwargs(
        maatregel_id=maatregel_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    maatregel_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MaatregelWijziging,
    doelbinding: UpdateMaatregelDoelbinding,
) -> Maatregel | Problem | None:
    """Status, einddatum of toelichting van een maatregel wijzigen

    Args:
        maatregel_id (str): UUID
        doelbinding (UpdateMaatregelDoelbinding):
        body (MaatregelWijziging):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Maatregel | Problem
    """

    return sync_detailed(
        maatregel_id=maatregel_id,
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    maatregel_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MaatregelWijziging,
    doelbinding: UpdateMaatregelDoelbinding,
) -> Response[Maatregel | Problem]:
    """Status, einddatum of toelichting van een maatregel wijzigen

    Args:
        maatregel_id (str): UUID
        doelbinding (UpdateMaatregelDoelbinding):
        body (MaatregelWijziging):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Maatregel | Problem]
    """

    kwargs = _get_kwargs(
        maatregel_id=maatregel_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    maatregel_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MaatregelWijziging,
    doelbinding: UpdateMaatregelDoelbinding,
) -> Maatregel | Problem | None:
    """Status, einddatum of toelichting van een maatregel wijzigen

    Args:
        maatregel_id (str): UUID
        doelbinding (UpdateMaatregelDoelbinding):
        body (MaatregelWijziging):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Maatregel | Problem
    """

    return (
        await asyncio_detailed(
            maatregel_id=maatregel_id,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
