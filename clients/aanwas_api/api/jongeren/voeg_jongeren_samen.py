from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.samenvoeging import Samenvoeging
from ...models.samenvoeging_nieuw import SamenvoegingNieuw
from ...models.voeg_jongeren_samen_response_400 import VoegJongerenSamenResponse400
from ...models.voeg_jongeren_samen_response_401 import VoegJongerenSamenResponse401
from ...models.voeg_jongeren_samen_response_403 import VoegJongerenSamenResponse403
from ...models.voeg_jongeren_samen_response_404 import VoegJongerenSamenResponse404
from ...models.voeg_jongeren_samen_response_409 import VoegJongerenSamenResponse409
from ...models.voeg_jongeren_samen_response_503 import VoegJongerenSamenResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jongere_id: str,
    *,
    body: SamenvoegingNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jongeren/{jongere_id}/samenvoegingen".format(
            jongere_id=quote(str(jongere_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Samenvoeging
    | VoegJongerenSamenResponse400
    | VoegJongerenSamenResponse401
    | VoegJongerenSamenResponse403
    | VoegJongerenSamenResponse404
    | VoegJongerenSamenResponse409
    | VoegJongerenSamenResponse503
    | None
):
    if response.status_code == 201:
        response_201 = Samenvoeging.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = VoegJongerenSamenResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = VoegJongerenSamenResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = VoegJongerenSamenResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = VoegJongerenSamenResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = VoegJongerenSamenResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 503:
        response_503 = VoegJongerenSamenResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Samenvoeging
    | VoegJongerenSamenResponse400
    | VoegJongerenSamenResponse401
    | VoegJongerenSamenResponse403
    | VoegJongerenSamenResponse404
    | VoegJongerenSamenResponse409
    | VoegJongerenSamenResponse503
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SamenvoegingNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Samenvoeging
    | VoegJongerenSamenResponse400
    | VoegJongerenSamenResponse401
    | VoegJongerenSamenResponse403
    | VoegJongerenSamenResponse404
    | VoegJongerenSamenResponse409
    | VoegJongerenSamenResponse503
]:
    """Een tweede record van dezelfde jongere hierin samenvoegen (terug te draaien)

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (SamenvoegingNieuw): Merge another record of the same youth into this one (e.g. one
            registered without BSN).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Samenvoeging | VoegJongerenSamenResponse400 | VoegJongerenSamenResponse401 | VoegJongerenSamenResponse403 | VoegJongerenSamenResponse404 | VoegJongerenSamenResponse409 | VoegJongerenSamenResponse503]
    """

    kwargs = _get_kwargs(
        jongere_id=jongere_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SamenvoegingNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Samenvoeging
    | VoegJongerenSamenResponse400
    | VoegJongerenSamenResponse401
    | VoegJongerenSamenResponse403
    | VoegJongerenSamenResponse404
    | VoegJongerenSamenResponse409
    | VoegJongerenSamenResponse503
    | None
):
    """Een tweede record van dezelfde jongere hierin samenvoegen (terug te draaien)

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (SamenvoegingNieuw): Merge another record of the same youth into this one (e.g. one
            registered without BSN).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Samenvoeging | VoegJongerenSamenResponse400 | VoegJongerenSamenResponse401 | VoegJongerenSamenResponse403 | VoegJongerenSamenResponse404 | VoegJongerenSamenResponse409 | VoegJongerenSamenResponse503
    """

    return sync_detailed(
        jongere_id=jongere_id,
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SamenvoegingNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Samenvoeging
    | VoegJongerenSamenResponse400
    | VoegJongerenSamenResponse401
    | VoegJongerenSamenResponse403
    | VoegJongerenSamenResponse404
    | VoegJongerenSamenResponse409
    | VoegJongerenSamenResponse503
]:
    """Een tweede record van dezelfde jongere hierin samenvoegen (terug te draaien)

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (SamenvoegingNieuw): Merge another record of the same youth into this one (e.g. one
            registered without BSN).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Samenvoeging | VoegJongerenSamenResponse400 | VoegJongerenSamenResponse401 | VoegJongerenSamenResponse403 | VoegJongerenSamenResponse404 | VoegJongerenSamenResponse409 | VoegJongerenSamenResponse503]
    """

    kwargs = _get_kwargs(
        jongere_id=jongere_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SamenvoegingNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Samenvoeging
    | VoegJongerenSamenResponse400
    | VoegJongerenSamenResponse401
    | VoegJongerenSamenResponse403
    | VoegJongerenSamenResponse404
    | VoegJongerenSamenResponse409
    | VoegJongerenSamenResponse503
    | None
):
    """Een tweede record van dezelfde jongere hierin samenvoegen (terug te draaien)

    Args:
        jongere_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (SamenvoegingNieuw): Merge another record of the same youth into this one (e.g. one
            registered without BSN).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Samenvoeging | VoegJongerenSamenResponse400 | VoegJongerenSamenResponse401 | VoegJongerenSamenResponse403 | VoegJongerenSamenResponse404 | VoegJongerenSamenResponse409 | VoegJongerenSamenResponse503
    """

    return (
        await asyncio_detailed(
            jongere_id=jongere_id,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
