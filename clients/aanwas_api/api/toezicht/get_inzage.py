from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_inzage_doelbinding import GetInzageDoelbinding
from ...models.get_inzage_formaat import GetInzageFormaat
from ...models.inzage import Inzage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jongere_id: str,
    *,
    kenmerk: str,
    formaat: GetInzageFormaat | Unset = UNSET,
    doelbinding: GetInzageDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    params: dict[str, Any] = {}

    params["kenmerk"] = kenmerk

    json_formaat: str | Unset = UNSET
    if not isinstance(formaat, Unset):
        json_formaat = formaat.value

    params["formaat"] = json_formaat

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jongeren/{jongere_id}/inzage".format(
            jongere_id=quote(str(jongere_id), safe=""),
        ),
        "params": params,
    }

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

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())

        return response_410

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
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    kenmerk: str,
    formaat: GetInzageFormaat | Unset = UNSET,
    doelbinding: GetInzageDoelbinding,
) -> Response[Inzage | Problem]:
    """Inzage (AVG art. 15) voor een jongere (alleen de privacy officer, doel inzage)

    Args:
        jongere_id (str): UUID
        kenmerk (str): Het kenmerk van het schriftelijke inzageverzoek dat dit beantwoordt (geen
            persoonsgegeven; staat in de audit-record van de inzage)
        formaat (GetInzageFormaat | Unset): json, html (een afdrukbaar document om aan de jongere
            te geven) of pdf (hetzelfde document als PDF). Gaat voor Accept; zonder formaat beslist
            Accept (application/json, text/html, application/pdf; standaard JSON).
        doelbinding (GetInzageDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Inzage | Problem]
    """

    kwargs = _get_kwargs(
        jongere_id=jongere_id,
        kenmerk=kenmerk,
        formaat=formaat,
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
    kenmerk: str,
    formaat: GetInzageFormaat | Unset = UNSET,
    doelbinding: GetInzageDoelbinding,
) -> Inzage | Problem | None:
    """Inzage (AVG art. 15) voor een jongere (alleen de privacy officer, doel inzage)

    Args:
        jongere_id (str): UUID
        kenmerk (str): Het kenmerk van het schriftelijke inzageverzoek dat dit beantwoordt (geen
            persoonsgegeven; staat in de audit-record van de inzage)
        formaat (GetInzageFormaat | Unset): json, html (een afdrukbaar document om aan de jongere
            te geven) of pdf (hetzelfde document als PDF). Gaat voor Accept; zonder formaat beslist
            Accept (application/json, text/html, application/pdf; standaard JSON).
        doelbinding (GetInzageDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Inzage | Problem
    """

    return sync_detailed(
        jongere_id=jongere_id,
        client=client,
        kenmerk=kenmerk,
        formaat=formaat,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    kenmerk: str,
    formaat: GetInzageFormaat | Unset = UNSET,
    doelbinding: GetInzageDoelbinding,
) -> Response[Inzage | Problem]:
    """Inzage (AVG art. 15) voor een jongere (alleen de privacy officer, doel inzage)

    Args:
        jongere_id (str): UUID
        kenmerk (str): Het kenmerk van het schriftelijke inzageverzoek dat dit beantwoordt (geen
            persoonsgegeven; staat in de audit-record van de inzage)
        formaat (GetInzageFormaat | Unset): json, html (een afdrukbaar document om aan de jongere
            te geven) of pdf (hetzelfde document als PDF). Gaat voor Accept; zonder formaat beslist
            Accept (application/json, text/html, application/pdf; standaard JSON).
        doelbinding (GetInzageDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Inzage | Problem]
    """

    kwargs = _get_kwargs(
        jongere_id=jongere_id,
        kenmerk=kenmerk,
        formaat=formaat,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    kenmerk: str,
    formaat: GetInzageFormaat | Unset = UNSET,
    doelbinding: GetInzageDoelbinding,
) -> Inzage | Problem | None:
    """Inzage (AVG art. 15) voor een jongere (alleen de privacy officer, doel inzage)

    Args:
        jongere_id (str): UUID
        kenmerk (str): Het kenmerk van het schriftelijke inzageverzoek dat dit beantwoordt (geen
            persoonsgegeven; staat in de audit-record van de inzage)
        formaat (GetInzageFormaat | Unset): json, html (een afdrukbaar document om aan de jongere
            te geven) of pdf (hetzelfde document als PDF). Gaat voor Accept; zonder formaat beslist
            Accept (application/json, text/html, application/pdf; standaard JSON).
        doelbinding (GetInzageDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Inzage | Problem
    """

    return (
        await asyncio_detailed(
            jongere_id=jongere_id,
            client=client,
            kenmerk=kenmerk,
            formaat=formaat,
            doelbinding=doelbinding,
        )
    ).parsed
