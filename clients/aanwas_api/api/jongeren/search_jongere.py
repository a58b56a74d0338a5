from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jongere import Jongere
from ...models.jongere_zoekvraag import JongereZoekvraag
from ...models.problem import Problem
from ...models.search_jongere_doelbinding import SearchJongereDoelbinding
from ...types import Response


def _get_kwargs(
    *,
    body: JongereZoekvraag,
    doelbinding: SearchJongereDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jongeren/zoeken",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Jongere | Problem | None:
    if response.status_code == 200:
        response_200 = Jongere.from_dict(response.json())

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
) -> Response[Jongere | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JongereZoekvraag,
    doelbinding: SearchJongereDoelbinding,
) -> Response[Jongere | Problem]:
    """Een jongere vinden op BSN (het BSN staat in de body, nooit in de URL)

    Args:
        doelbinding (SearchJongereDoelbinding):
        body (JongereZoekvraag): Finding a youth by BSN. The BSN travels in the body, never in a
            URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jongere | Problem]
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
    body: JongereZoekvraag,
    doelbinding: SearchJongereDoelbinding,
) -> Jongere | Problem | None:
    """Een jongere vinden op BSN (het BSN staat in de body, nooit in de URL)

    Args:
        doelbinding (SearchJongereDoelbinding):
        body (JongereZoekvraag): Finding a youth by BSN. The BSN travels in the body, never in a
            URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jongere | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JongereZoekvraag,
    doelbinding: SearchJongereDoelbinding,
) -> Response[Jongere | Problem]:
    """Een jongere vinden op BSN (het BSN staat in de body, nooit in de URL)

    Args:
        doelbinding (SearchJongereDoelbinding):
        body (JongereZoekvraag): Finding a youth by BSN. The BSN travels in the body, never in a
            URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jongere | Problem]
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
    body: JongereZoekvraag,
    doelbinding: SearchJongereDoelbinding,
) -> Jongere | Problem | None:
    """Een jongere vinden op BSN (het BSN staat in de body, nooit in de URL)

    Args:
        doelbinding (SearchJongereDoelbinding):
        body (JongereZoekvraag): Finding a youth by BSN. The BSN travels in the body, never in a
            URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jongere | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
