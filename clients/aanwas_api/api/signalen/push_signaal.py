from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.push_signaal_response_400 import PushSignaalResponse400
from ...models.push_signaal_response_401 import PushSignaalResponse401
from ...models.push_signaal_response_403 import PushSignaalResponse403
from ...models.push_signaal_response_409 import PushSignaalResponse409
from ...models.push_signaal_response_422 import PushSignaalResponse422
from ...models.push_signaal_response_503 import PushSignaalResponse503
from ...models.signaal import Signaal
from ...models.signaal_nieuw import SignaalNieuw
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SignaalNieuw,
    idempotency_key: None | str | Unset = UNSET,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/signalen",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PushSignaalResponse400
    | PushSignaalResponse401
    | PushSignaalResponse403
    | PushSignaalResponse409
    | PushSignaalResponse422
    | PushSignaalResponse503
    | Signaal
    | None
):
    if response.status_code == 201:
        response_201 = Signaal.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = PushSignaalResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PushSignaalResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PushSignaalResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = PushSignaalResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = PushSignaalResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = PushSignaalResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PushSignaalResponse400
    | PushSignaalResponse401
    | PushSignaalResponse403
    | PushSignaalResponse409
    | PushSignaalResponse422
    | PushSignaalResponse503
    | Signaal
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
    body: SignaalNieuw,
    idempotency_key: None | str | Unset = UNSET,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    PushSignaalResponse400
    | PushSignaalResponse401
    | PushSignaalResponse403
    | PushSignaalResponse409
    | PushSignaalResponse422
    | PushSignaalResponse503
    | Signaal
]:
    """Een signaal over een jongere aanleveren

    Args:
        idempotency_key (None | str | Unset): Een sleutel per signaal: een herhaald verzoek met
            dezelfde sleutel maakt geen tweede signaal, maar geeft het eerste terug.
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (SignaalNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PushSignaalResponse400 | PushSignaalResponse401 | PushSignaalResponse403 | PushSignaalResponse409 | PushSignaalResponse422 | PushSignaalResponse503 | Signaal]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SignaalNieuw,
    idempotency_key: None | str | Unset = UNSET,
    doelbinding: None | str | Unset = UNSET,
) -> (
    PushSignaalResponse400
    | PushSignaalResponse401
    | PushSignaalResponse403
    | PushSignaalResponse409
    | PushSignaalResponse422
    | PushSignaalResponse503
    | Signaal
    | None
):
    """Een signaal over een jongere aanleveren

    Args:
        idempotency_key (None | str | Unset): Een sleutel per signaal: een herhaald verzoek met
            dezelfde sleutel maakt geen tweede signaal, maar geeft het eerste terug.
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (SignaalNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PushSignaalResponse400 | PushSignaalResponse401 | PushSignaalResponse403 | PushSignaalResponse409 | PushSignaalResponse422 | PushSignaalResponse503 | Signaal
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignaalNieuw,
    idempotency_key: None | str | Unset = UNSET,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    PushSignaalResponse400
    | PushSignaalResponse401
    | PushSignaalResponse403
    | PushSignaalResponse409
    | PushSignaalResponse422
    | PushSignaalResponse503
    | Signaal
]:
    """Een signaal over een jongere aanleveren

    Args:
        idempotency_key (None | str | Unset): Een sleutel per signaal: een herhaald verzoek met
            dezelfde sleutel maakt geen tweede signaal, maar geeft het eerste terug.
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (SignaalNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PushSignaalResponse400 | PushSignaalResponse401 | PushSignaalResponse403 | PushSignaalResponse409 | PushSignaalResponse422 | PushSignaalResponse503 | Signaal]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SignaalNieuw,
    idempotency_key: None | str | Unset = UNSET,
    doelbinding: None | str | Unset = UNSET,
) -> (
    PushSignaalResponse400
    | PushSignaalResponse401
    | PushSignaalResponse403
    | PushSignaalResponse409
    | PushSignaalResponse422
    | PushSignaalResponse503
    | Signaal
    | None
):
    """Een signaal over een jongere aanleveren

    Args:
        idempotency_key (None | str | Unset): Een sleutel per signaal: een herhaald verzoek met
            dezelfde sleutel maakt geen tweede signaal, maar geeft het eerste terug.
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (SignaalNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PushSignaalResponse400 | PushSignaalResponse401 | PushSignaalResponse403 | PushSignaalResponse409 | PushSignaalResponse422 | PushSignaalResponse503 | Signaal
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            doelbinding=doelbinding,
        )
    ).parsed
