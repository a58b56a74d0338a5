from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.perspectiefplan import Perspectiefplan
from ...models.perspectiefplan_inhoud import PerspectiefplanInhoud
from ...models.zet_perspectiefplan_response_400 import ZetPerspectiefplanResponse400
from ...models.zet_perspectiefplan_response_401 import ZetPerspectiefplanResponse401
from ...models.zet_perspectiefplan_response_403 import ZetPerspectiefplanResponse403
from ...models.zet_perspectiefplan_response_404 import ZetPerspectiefplanResponse404
from ...models.zet_perspectiefplan_response_503 import ZetPerspectiefplanResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    casus_id: str,
    *,
    body: PerspectiefplanInhoud,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/casussen/{casus_id}/perspectiefplan".format(
            casus_id=quote(str(casus_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Perspectiefplan
    | ZetPerspectiefplanResponse400
    | ZetPerspectiefplanResponse401
    | ZetPerspectiefplanResponse403
    | ZetPerspectiefplanResponse404
    | ZetPerspectiefplanResponse503
    | None
):
    if response.status_code == 200:
        response_200 = Perspectiefplan.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ZetPerspectiefplanResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ZetPerspectiefplanResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ZetPerspectiefplanResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ZetPerspectiefplanResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = ZetPerspectiefplanResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Perspectiefplan
    | ZetPerspectiefplanResponse400
    | ZetPerspectiefplanResponse401
    | ZetPerspectiefplanResponse403
    | ZetPerspectiefplanResponse404
    | ZetPerspectiefplanResponse503
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    casus_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PerspectiefplanInhoud,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Perspectiefplan
    | ZetPerspectiefplanResponse400
    | ZetPerspectiefplanResponse401
    | ZetPerspectiefplanResponse403
    | ZetPerspectiefplanResponse404
    | ZetPerspectiefplanResponse503
]:
    """Het sociaal perspectiefplan van een casus vastleggen

    Args:
        casus_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (PerspectiefplanInhoud):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Perspectiefplan | ZetPerspectiefplanResponse400 | ZetPerspectiefplanResponse401 | ZetPerspectiefplanResponse403 | ZetPerspectiefplanResponse404 | ZetPerspectiefplanResponse503]
    """

    kwargs = _get_kwargs(
        casus_id=casus_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    casus_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PerspectiefplanInhoud,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Perspectiefplan
    | ZetPerspectiefplanResponse400
    | ZetPerspectiefplanResponse401
    | ZetPerspectiefplanResponse403
    | ZetPerspectiefplanResponse404
    | ZetPerspectiefplanResponse503
    | None
):
    """Het sociaal perspectiefplan van een casus vastleggen

    Args:
        casus_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (PerspectiefplanInhoud):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Perspectiefplan | ZetPerspectiefplanResponse400 | ZetPerspectiefplanResponse401 | ZetPerspectiefplanResponse403 | ZetPerspectiefplanResponse404 | ZetPerspectiefplanResponse503
    """

    return sync_detailed(
        casus_id=casus_id,
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    casus_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PerspectiefplanInhoud,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Perspectiefplan
    | ZetPerspectiefplanResponse400
    | ZetPerspectiefplanResponse401
    | ZetPerspectiefplanResponse403
    | ZetPerspectiefplanResponse404
    | ZetPerspectiefplanResponse503
]:
    """Het sociaal perspectiefplan van een casus vastleggen

    Args:
        casus_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (PerspectiefplanInhoud):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Perspectiefplan | ZetPerspectiefplanResponse400 | ZetPerspectiefplanResponse401 | ZetPerspectiefplanResponse403 | ZetPerspectiefplanResponse404 | ZetPerspectiefplanResponse503]
    """

    kwargs = _get_kwargs(
        casus_id=casus_id,
        body=body,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    casus_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PerspectiefplanInhoud,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Perspectiefplan
    | ZetPerspectiefplanResponse400
    | ZetPerspectiefplanResponse401
    | ZetPerspectiefplanResponse403
    | ZetPerspectiefplanResponse404
    | ZetPerspectiefplanResponse503
    | None
):
    """Het sociaal perspectiefplan van een casus vastleggen

    Args:
        casus_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (PerspectiefplanInhoud):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Perspectiefplan | ZetPerspectiefplanResponse400 | ZetPerspectiefplanResponse401 | ZetPerspectiefplanResponse403 | ZetPerspectiefplanResponse404 | ZetPerspectiefplanResponse503
    """

    return (
        await asyncio_detailed(
            casus_id=casus_id,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
