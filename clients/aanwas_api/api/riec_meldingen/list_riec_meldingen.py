from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_riec_meldingen_doelbinding import ListRiecMeldingenDoelbinding
from ...models.list_riec_meldingen_status_type_0 import ListRiecMeldingenStatusType0
from ...models.problem import Problem
from ...models.riec_melding_lijst import RiecMeldingLijst
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: ListRiecMeldingenStatusType0 | None | Unset = UNSET,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: ListRiecMeldingenDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ListRiecMeldingenStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    params["pagina"] = pagina

    params["paginaGrootte"] = pagina_grootte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/riec-meldingen",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RiecMeldingLijst | None:
    if response.status_code == 200:
        response_200 = RiecMeldingLijst.from_dict(response.json())

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
) -> Response[Problem | RiecMeldingLijst]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: ListRiecMeldingenStatusType0 | None | Unset = UNSET,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: ListRiecMeldingenDoelbinding,
) -> Response[Problem | RiecMeldingLijst]:
    """RIEC-meldingen met reden, vragen, status en antwoord (team ondermijning, RIEC)

    Args:
        status (ListRiecMeldingenStatusType0 | None | Unset): Alleen deze status
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (ListRiecMeldingenDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RiecMeldingLijst]
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
    status: ListRiecMeldingenStatusType0 | None | Unset = UNSET,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: ListRiecMeldingenDoelbinding,
) -> Problem | RiecMeldingLijst | None:
    """RIEC-meldingen met reden, vragen, status en antwoord (team ondermijning, RIEC)

    Args:
        status (ListRiecMeldingenStatusType0 | None | Unset): Alleen deze status
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (ListRiecMeldingenDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RiecMeldingLijst
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
    status: ListRiecMeldingenStatusType0 | None | Unset = UNSET,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: ListRiecMeldingenDoelbinding,
) -> Response[Problem | RiecMeldingLijst]:
    """RIEC-meldingen met reden, vragen, status en antwoord (team ondermijning, RIEC)

    Args:
        status (ListRiecMeldingenStatusType0 | None | Unset): Alleen deze status
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (ListRiecMeldingenDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RiecMeldingLijst]
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
    status: ListRiecMeldingenStatusType0 | None | Unset = UNSET,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: ListRiecMeldingenDoelbinding,
) -> Problem | RiecMeldingLijst | None:
    """RIEC-meldingen met reden, vragen, status en antwoord (team ondermijning, RIEC)

    Args:
        status (ListRiecMeldingenStatusType0 | None | Unset): Alleen deze status
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (ListRiecMeldingenDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RiecMeldingLijst
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
