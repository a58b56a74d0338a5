from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_resultaat import BulkResultaat
from ...models.push_signalen_bulk_response_400 import PushSignalenBulkResponse400
from ...models.push_signalen_bulk_response_401 import PushSignalenBulkResponse401
from ...models.push_signalen_bulk_response_503 import PushSignalenBulkResponse503
from ...models.signalen_bulk import SignalenBulk
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SignalenBulk,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/signalen/bulk",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BulkResultaat
    | PushSignalenBulkResponse400
    | PushSignalenBulkResponse401
    | PushSignalenBulkResponse503
    | None
):
    if response.status_code == 200:
        response_200 = BulkResultaat.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PushSignalenBulkResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PushSignalenBulkResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 503:
        response_503 = PushSignalenBulkResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BulkResultaat
    | PushSignalenBulkResponse400
    | PushSignalenBulkResponse401
    | PushSignalenBulkResponse503
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignalenBulk,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    BulkResultaat
    | PushSignalenBulkResponse400
    | PushSignalenBulkResponse401
    | PushSignalenBulkResponse503
]:
    """Tot 1000 signalen tegelijk aanleveren, met een resultaat per signaal

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (SignalenBulk): Up to 1,000 signals; each is validated, decided and stored on its
            own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkResultaat | PushSignalenBulkResponse400 | PushSignalenBulkResponse401 | PushSignalenBulkResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SignalenBulk,
    doelbinding: None | str | Unset = UNSET,
) -> (
    BulkResultaat
    | PushSignalenBulkResponse400
    | PushSignalenBulkResponse401
    | PushSignalenBulkResponse503
    | None
):
    """Tot 1000 signalen tegelijk aanleveren, met een resultaat per signaal

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (SignalenBulk): Up to 1,000 signals; each is validated, decided and stored on its
            own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkResultaat | PushSignalenBulkResponse400 | PushSignalenBulkResponse401 | PushSignalenBulkResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignalenBulk,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    BulkResultaat
    | PushSignalenBulkResponse400
    | PushSignalenBulkResponse401
    | PushSignalenBulkResponse503
]:
    """Tot 1000 signalen tegelijk aanleveren, met een resultaat per signaal

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (SignalenBulk): Up to 1,000 signals; each is validated, decided and stored on its
            own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkResultaat | PushSignalenBulkResponse400 | PushSignalenBulkResponse401 | PushSignalenBulkResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SignalenBulk,
    doelbinding: None | str | Unset = UNSET,
) -> (
    BulkResultaat
    | PushSignalenBulkResponse400
    | PushSignalenBulkResponse401
    | PushSignalenBulkResponse503
    | None
):
    """Tot 1000 signalen tegelijk aanleveren, met een resultaat per signaal

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (SignalenBulk): Up to 1,000 signals; each is validated, decided and stored on its
            own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkResultaat | PushSignalenBulkResponse400 | PushSignalenBulkResponse401 | PushSignalenBulkResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
