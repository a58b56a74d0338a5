from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_resultaat import BulkResultaat
from ...models.create_signalen_bulk_doelbinding import CreateSignalenBulkDoelbinding
from ...models.problem import Problem
from ...models.signalen_bulk import SignalenBulk
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SignalenBulk,
    idempotency_key: str | Unset = UNSET,
    doelbinding: CreateSignalenBulkDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    headers["Doelbinding"] = str(doelbinding)

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
) -> BulkResultaat | Problem | None:
    if response.status_code == 200:
        response_200 = BulkResultaat.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkResultaat | Problem]:
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
    idempotency_key: str | Unset = UNSET,
    doelbinding: CreateSignalenBulkDoelbinding,
) -> Response[BulkResultaat | Problem]:
    """Tot 1000 signalen tegelijk aanleveren, met een resultaat per signaal

    Args:
        idempotency_key (str | Unset):
        doelbinding (CreateSignalenBulkDoelbinding):
        body (SignalenBulk): Up to 1,000 signals; each is validated, decided and stored on its
            own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkResultaat | Problem]
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
    body: SignalenBulk,
    idempotency_key: str | Unset = UNSET,
    doelbinding: CreateSignalenBulkDoelbinding,
) -> BulkResultaat | Problem | None:
    """Tot 1000 signalen tegelijk aanleveren, met een resultaat per signaal

    Args:
        idempotency_key (str | Unset):
        doelbinding (CreateSignalenBulkDoelbinding):
        body (SignalenBulk): Up to 1,000 signals; each is validated, decided and stored on its
            own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkResultaat | Problem
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
    body: SignalenBulk,
    idempotency_key: str | Unset = UNSET,
    doelbinding: CreateSignalenBulkDoelbinding,
) -> Response[BulkResultaat | Problem]:
    """Tot 1000 signalen tegelijk aanleveren, met een resultaat per signaal

    Args:
        idempotency_key (str | Unset):
        doelbinding (CreateSignalenBulkDoelbinding):
        body (SignalenBulk): Up to 1,000 signals; each is validated, decided and stored on its
            own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkResultaat | Problem]
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
    body: SignalenBulk,
    idempotency_key: str | Unset = UNSET,
    doelbinding: CreateSignalenBulkDoelbinding,
) -> BulkResultaat | Problem | None:
    """Tot 1000 signalen tegelijk aanleveren, met een resultaat per signaal

    Args:
        idempotency_key (str | Unset):
        doelbinding (CreateSignalenBulkDoelbinding):
        body (SignalenBulk): Up to 1,000 signals; each is validated, decided and stored on its
            own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkResultaat | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            doelbinding=doelbinding,
        )
    ).parsed
