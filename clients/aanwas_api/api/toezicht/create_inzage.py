from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_inzage_doelbinding import CreateInzageDoelbinding
from ...models.create_inzage_formaat import CreateInzageFormaat
from ...models.inzage import Inzage
from ...models.inzage_vraag import InzageVraag
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: InzageVraag,
    formaat: CreateInzageFormaat | Unset = UNSET,
    doelbinding: CreateInzageDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    params: dict[str, Any] = {}

    json_formaat: str | Unset = UNSET
    if not isinstance(formaat, Unset):
        json_formaat = formaat.value

    params["formaat"] = json_formaat

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/toezicht/inzage",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Inzage | Problem | None:
    if response.status_code == 200:
        response_200 = Inzage.from_dict(response.json())

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

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

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
) -> Response[Inzage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InzageVraag,
    formaat: CreateInzageFormaat | Unset = UNSET,
    doelbinding: CreateInzageDoelbinding,
) -> Response[Inzage | Problem]:
    """Inzage (AVG art. 15) voor een jongere, gevonden op BSN (alleen de privacy officer, doel inzage)

    Args:
        formaat (CreateInzageFormaat | Unset): json, html (een afdrukbaar document om aan de
            jongere te geven) of pdf (hetzelfde document als PDF). Gaat voor Accept; zonder formaat
            beslist Accept (application/json, text/html, application/pdf; standaard JSON).
        doelbinding (CreateInzageDoelbinding):
        body (InzageVraag): Whose data: the BSN in the request of the data subject (in the body,
            never in a URL),
            and the reference of that documented request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Inzage | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        formaat=formaat,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: InzageVraag,
    formaat: CreateInzageFormaat | Unset = UNSET,
    doelbinding: CreateInzageDoelbinding,
) -> Inzage | Problem | None:
    """Inzage (AVG art. 15) voor een jongere, gevonden op BSN (alleen de privacy officer, doel inzage)

    Args:
        formaat (CreateInzageFormaat | Unset): json, html (een afdrukbaar document om aan de
            jongere te geven) of pdf (hetzelfde document als PDF). Gaat voor Accept; zonder formaat
            beslist Accept (application/json, text/html, application/pdf; standaard JSON).
        doelbinding (CreateInzageDoelbinding):
        body (InzageVraag): Whose data: the BSN in the request of the data subject (in the body,
            never in a URL),
            and the reference of that documented request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Inzage | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        formaat=formaat,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InzageVraag,
    formaat: CreateInzageFormaat | Unset = UNSET,
    doelbinding: CreateInzageDoelbinding,
) -> Response[Inzage | Problem]:
    """Inzage (AVG art. 15) voor een jongere, gevonden op BSN (alleen de privacy officer, doel inzage)

    Args:
        formaat (CreateInzageFormaat | Unset): json, html (een afdrukbaar document om aan de
            jongere te geven) of pdf (hetzelfde document als PDF). Gaat voor Accept; zonder formaat
            beslist Accept (application/json, text/html, application/pdf; standaard JSON).
        doelbinding (CreateInzageDoelbinding):
        body (InzageVraag): Whose data: the BSN in the request of the data subject (in the body,
            never in a URL),
            and the reference of that documented request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Inzage | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        formaat=formaat,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InzageVraag,
    formaat: CreateInzageFormaat | Unset = UNSET,
    doelbinding: CreateInzageDoelbinding,
) -> Inzage | Problem | None:
    """Inzage (AVG art. 15) voor een jongere, gevonden op BSN (alleen de privacy officer, doel inzage)

    Args:
        formaat (CreateInzageFormaat | Unset): json, html (een afdrukbaar document om aan de
            jongere te geven) of pdf (hetzelfde document als PDF). Gaat voor Accept; zonder formaat
            beslist Accept (application/json, text/html, application/pdf; standaard JSON).
        doelbinding (CreateInzageDoelbinding):
        body (InzageVraag): Whose data: the BSN in the request of the data subject (in the body,
            never in a URL),
            and the reference of that documented request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Inzage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            formaat=formaat,
            doelbinding=doelbinding,
        )
    ).parsed
