from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jongere import Jongere
from ...models.jongere_nieuw import JongereNieuw
from ...models.registreer_jongere_response_400 import RegistreerJongereResponse400
from ...models.registreer_jongere_response_401 import RegistreerJongereResponse401
from ...models.registreer_jongere_response_403 import RegistreerJongereResponse403
from ...models.registreer_jongere_response_409 import RegistreerJongereResponse409
from ...models.registreer_jongere_response_503 import RegistreerJongereResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: JongereNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jongeren",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Jongere
    | RegistreerJongereResponse400
    | RegistreerJongereResponse401
    | RegistreerJongereResponse403
    | RegistreerJongereResponse409
    | RegistreerJongereResponse503
    | None
):
    if response.status_code == 201:
        response_201 = Jongere.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = RegistreerJongereResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RegistreerJongereResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RegistreerJongereResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = RegistreerJongereResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 503:
        response_503 = RegistreerJongereResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Jongere
    | RegistreerJongereResponse400
    | RegistreerJongereResponse401
    | RegistreerJongereResponse403
    | RegistreerJongereResponse409
    | RegistreerJongereResponse503
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
    body: JongereNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Jongere
    | RegistreerJongereResponse400
    | RegistreerJongereResponse401
    | RegistreerJongereResponse403
    | RegistreerJongereResponse409
    | RegistreerJongereResponse503
]:
    """Een jongere registreren (met BSN: een jongere per BSN)

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (JongereNieuw): A youth to register. With a BSN, one youth per BSN; without, by name
            and birth date.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jongere | RegistreerJongereResponse400 | RegistreerJongereResponse401 | RegistreerJongereResponse403 | RegistreerJongereResponse409 | RegistreerJongereResponse503]
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
    body: JongereNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Jongere
    | RegistreerJongereResponse400
    | RegistreerJongereResponse401
    | RegistreerJongereResponse403
    | RegistreerJongereResponse409
    | RegistreerJongereResponse503
    | None
):
    """Een jongere registreren (met BSN: een jongere per BSN)

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (JongereNieuw): A youth to register. With a BSN, one youth per BSN; without, by name
            and birth date.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jongere | RegistreerJongereResponse400 | RegistreerJongereResponse401 | RegistreerJongereResponse403 | RegistreerJongereResponse409 | RegistreerJongereResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JongereNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Jongere
    | RegistreerJongereResponse400
    | RegistreerJongereResponse401
    | RegistreerJongereResponse403
    | RegistreerJongereResponse409
    | RegistreerJongereResponse503
]:
    """Een jongere registreren (met BSN: een jongere per BSN)

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (JongereNieuw): A youth to register. With a BSN, one youth per BSN; without, by name
            and birth date.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jongere | RegistreerJongereResponse400 | RegistreerJongereResponse401 | RegistreerJongereResponse403 | RegistreerJongereResponse409 | RegistreerJongereResponse503]
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
    body: JongereNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Jongere
    | RegistreerJongereResponse400
    | RegistreerJongereResponse401
    | RegistreerJongereResponse403
    | RegistreerJongereResponse409
    | RegistreerJongereResponse503
    | None
):
    """Een jongere registreren (met BSN: een jongere per BSN)

    Args:
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (JongereNieuw): A youth to register. With a BSN, one youth per BSN; without, by name
            and birth date.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jongere | RegistreerJongereResponse400 | RegistreerJongereResponse401 | RegistreerJongereResponse403 | RegistreerJongereResponse409 | RegistreerJongereResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
