from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.casus import Casus
from ...models.opschaling_nieuw import OpschalingNieuw
from ...models.schaal_casus_op_response_400 import SchaalCasusOpResponse400
from ...models.schaal_casus_op_response_401 import SchaalCasusOpResponse401
from ...models.schaal_casus_op_response_403 import SchaalCasusOpResponse403
from ...models.schaal_casus_op_response_404 import SchaalCasusOpResponse404
from ...models.schaal_casus_op_response_409 import SchaalCasusOpResponse409
from ...models.schaal_casus_op_response_503 import SchaalCasusOpResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    casus_id: str,
    *,
    body: OpschalingNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/casussen/{casus_id}/opschalingen".format(
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
    Casus
    | SchaalCasusOpResponse400
    | SchaalCasusOpResponse401
    | SchaalCasusOpResponse403
    | SchaalCasusOpResponse404
    | SchaalCasusOpResponse409
    | SchaalCasusOpResponse503
    | None
):
    if response.status_code == 201:
        response_201 = Casus.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = SchaalCasusOpResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SchaalCasusOpResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = SchaalCasusOpResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SchaalCasusOpResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = SchaalCasusOpResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 503:
        response_503 = SchaalCasusOpResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Casus
    | SchaalCasusOpResponse400
    | SchaalCasusOpResponse401
    | SchaalCasusOpResponse403
    | SchaalCasusOpResponse404
    | SchaalCasusOpResponse409
    | SchaalCasusOpResponse503
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
    body: OpschalingNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Casus
    | SchaalCasusOpResponse400
    | SchaalCasusOpResponse401
    | SchaalCasusOpResponse403
    | SchaalCasusOpResponse404
    | SchaalCasusOpResponse409
    | SchaalCasusOpResponse503
]:
    """Opschalen naar het Zorg- en Veiligheidshuis, of een RIEC-melding doen

    Args:
        casus_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (OpschalingNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Casus | SchaalCasusOpResponse400 | SchaalCasusOpResponse401 | SchaalCasusOpResponse403 | SchaalCasusOpResponse404 | SchaalCasusOpResponse409 | SchaalCasusOpResponse503]
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
    body: OpschalingNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Casus
    | SchaalCasusOpResponse400
    | SchaalCasusOpResponse401
    | SchaalCasusOpResponse403
    | SchaalCasusOpResponse404
    | SchaalCasusOpResponse409
    | SchaalCasusOpResponse503
    | None
):
    """Opschalen naar het Zorg- en Veiligheidshuis, of een RIEC-melding doen

    Args:
        casus_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (OpschalingNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Casus | SchaalCasusOpResponse400 | SchaalCasusOpResponse401 | SchaalCasusOpResponse403 | SchaalCasusOpResponse404 | SchaalCasusOpResponse409 | SchaalCasusOpResponse503
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
    body: OpschalingNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    Casus
    | SchaalCasusOpResponse400
    | SchaalCasusOpResponse401
    | SchaalCasusOpResponse403
    | SchaalCasusOpResponse404
    | SchaalCasusOpResponse409
    | SchaalCasusOpResponse503
]:
    """Opschalen naar het Zorg- en Veiligheidshuis, of een RIEC-melding doen

    Args:
        casus_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (OpschalingNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Casus | SchaalCasusOpResponse400 | SchaalCasusOpResponse401 | SchaalCasusOpResponse403 | SchaalCasusOpResponse404 | SchaalCasusOpResponse409 | SchaalCasusOpResponse503]
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
    body: OpschalingNieuw,
    doelbinding: None | str | Unset = UNSET,
) -> (
    Casus
    | SchaalCasusOpResponse400
    | SchaalCasusOpResponse401
    | SchaalCasusOpResponse403
    | SchaalCasusOpResponse404
    | SchaalCasusOpResponse409
    | SchaalCasusOpResponse503
    | None
):
    """Opschalen naar het Zorg- en Veiligheidshuis, of een RIEC-melding doen

    Args:
        casus_id (str): UUID
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (OpschalingNieuw):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Casus | SchaalCasusOpResponse400 | SchaalCasusOpResponse401 | SchaalCasusOpResponse403 | SchaalCasusOpResponse404 | SchaalCasusOpResponse409 | SchaalCasusOpResponse503
    """

    return (
        await asyncio_detailed(
            casus_id=casus_id,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
