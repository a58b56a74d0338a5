from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.correctieverzoek_lijst import CorrectieverzoekLijst
from ...models.list_correctieverzoeken_doelbinding import (
    ListCorrectieverzoekenDoelbinding,
)
from ...models.list_correctieverzoeken_status import ListCorrectieverzoekenStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: ListCorrectieverzoekenStatus | Unset = ListCorrectieverzoekenStatus.OPEN,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: ListCorrectieverzoekenDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["pagina"] = pagina

    params["paginaGrootte"] = pagina_grootte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/correctieverzoeken",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CorrectieverzoekLijst | Problem | None:
    if response.status_code == 200:
        response_200 = CorrectieverzoekLijst.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CorrectieverzoekLijst | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: ListCorrectieverzoekenStatus | Unset = ListCorrectieverzoekenStatus.OPEN,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: ListCorrectieverzoekenDoelbinding,
) -> Response[CorrectieverzoekLijst | Problem]:
    """De correctieverzoeken over gegevens die de eigen organisatie aanleverde (doel inzage), de oudste
    termijn eerst

    Args:
        status (ListCorrectieverzoekenStatus | Unset): open (standaard) of afgehandeld Default:
            ListCorrectieverzoekenStatus.OPEN.
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (ListCorrectieverzoekenDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CorrectieverzoekLijst | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        pagina=pagina,
        pagina_grootte=pagina_grootte,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: ListCorrectieverzoekenStatus | Unset = ListCorrectieverzoekenStatus.OPEN,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: ListCorrectieverzoekenDoelbinding,
) -> CorrectieverzoekLijst | Problem | None:
    """De correctieverzoeken over gegevens die de eigen organisatie aanleverde (doel inzage), de oudste
    termijn eerst

    Args:
        status (ListCorrectieverzoekenStatus | Unset): open (standaard) of afgehandeld Default:
            ListCorrectieverzoekenStatus.OPEN.
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (ListCorrectieverzoekenDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CorrectieverzoekLijst | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        pagina=pagina,
        pagina_grootte=pagina_grootte,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: ListCorrectieverzoekenStatus | Unset = ListCorrectieverzoekenStatus.OPEN,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: ListCorrectieverzoekenDoelbinding,
) -> Response[CorrectieverzoekLijst | Problem]:
    """De correctieverzoeken over gegevens die de eigen organisatie aanleverde (doel inzage), de oudste
    termijn eerst

    Args:
        status (ListCorrectieverzoekenStatus | Unset): open (standaard) of afgehandeld Default:
            ListCorrectieverzoekenStatus.OPEN.
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (ListCorrectieverzoekenDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CorrectieverzoekLijst | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        pagina=pagina,
        pagina_grootte=pagina_grootte,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: ListCorrectieverzoekenStatus | Unset = ListCorrectieverzoekenStatus.OPEN,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: ListCorrectieverzoekenDoelbinding,
) -> CorrectieverzoekLijst | Problem | None:
    """De correctieverzoeken over gegevens die de eigen organisatie aanleverde (doel inzage), de oudste
    termijn eerst

    Args:
        status (ListCorrectieverzoekenStatus | Unset): open (standaard) of afgehandeld Default:
            ListCorrectieverzoekenStatus.OPEN.
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (ListCorrectieverzoekenDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CorrectieverzoekLijst | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            pagina=pagina,
            pagina_grootte=pagina_grootte,
            doelbinding=doelbinding,
        )
    ).parsed
