from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.maatregel import Maatregel
from ...models.maatregel_wijziging import MaatregelWijziging
from ...models.wijzig_maatregel_response_400 import WijzigMaatregelResponse400
from ...models.wijzig_maatregel_response_401 import WijzigMaatregelResponse401
from ...models.wijzig_maatregel_response_403 import WijzigMaatregelResponse403
from ...models.wijzig_maatregel_response_404 import WijzigMaatregelResponse404
from ...models.wijzig_maatregel_response_503 import WijzigMaatregelResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    maatregel_id: str,
    *,
    body: MaatregelWijziging,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

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
) -> (
    Maatregel
    | WijzigMaatregelResponse400
    | WijzigMaatregelResponse401
    | WijzigMaatregelResponse403
    | WijzigMaatregelResponse404
    | WijzigMaatregelResponse503
    | None
):
    if response.status_code == 200:
        response_200 = Maatregel.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = WijzigMaatregelResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = WijzigMaatregelResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = WijzigMaatregelResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = WijzigMaatregelResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = WijzigMaatregelResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Maatregel
    | WijzigMaatregelResponse400
    | WijzigMaatregelResponse401
    | WijzigMaatregelResponse403
    | WijzigMaatregelResponse404
    | WijzigMaatregelResponse503
]:
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
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Maatregel
    | WijzigMaatregelResponse400
    | WijzigMaatregelResponse401
    | WijzigMaatregelResponse403
    | WijzigMaatregelResponse404
    | WijzigMaatregelResponse503
]:
    """Status, einddatum of toelichting van een maatregel wijzigen

    Args:
        maatregel_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (MaatregelWijziging):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Maatregel | WijzigMaatregelResponse400 | WijzigMaatregelResponse401 | WijzigMaatregelResponse403 | WijzigMaatregelResponse404 | WijzigMaatregelResponse503]
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
    doelbinding: None | str | Unset = UNSET,
) -> (
    Maatregel
    | WijzigMaatregelResponse400
    | WijzigMaatregelResponse401
    | WijzigMaatregelResponse403
    | WijzigMaatregelResponse404
    | WijzigMaatregelResponse503
    | None
):
    """Status, einddatum of toelichting van een maatregel wijzigen

    Args:
        maatregel_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (MaatregelWijziging):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Maatregel | WijzigMaatregelResponse400 | WijzigMaatregelResponse401 | WijzigMaatregelResponse403 | WijzigMaatregelResponse404 | WijzigMaatregelResponse503
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
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Maatregel
    | WijzigMaatregelResponse400
    | WijzigMaatregelResponse401
    | WijzigMaatregelResponse403
    | WijzigMaatregelResponse404
    | WijzigMaatregelResponse503
]:
    """Status, einddatum of toelichting van een maatregel wijzigen

    Args:
        maatregel_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (MaatregelWijziging):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Maatregel | WijzigMaatregelResponse400 | WijzigMaatregelResponse401 | WijzigMaatregelResponse403 | WijzigMaatregelResponse404 | WijzigMaatregelResponse503]
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
    doelbinding: None | str | Unset = UNSET,
) -> (
    Maatregel
    | WijzigMaatregelResponse400
    | WijzigMaatregelResponse401
    | WijzigMaatregelResponse403
    | WijzigMaatregelResponse404
    | WijzigMaatregelResponse503
    | None
):
    """Status, einddatum of toelichting van een maatregel wijzigen

    Args:
        maatregel_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (MaatregelWijziging):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Maatregel | WijzigMaatregelResponse400 | WijzigMaatregelResponse401 | WijzigMaatregelResponse403 | WijzigMaatregelResponse404 | WijzigMaatregelResponse503
    """

    return (
        await asyncio_detailed(
            maatregel_id=maatregel_id,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
