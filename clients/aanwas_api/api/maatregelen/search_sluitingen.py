from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.maatregel_lijst import MaatregelLijst
from ...models.pand_adres import PandAdres
from ...models.problem import Problem
from ...models.search_sluitingen_doelbinding import SearchSluitingenDoelbinding
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PandAdres,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: SearchSluitingenDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    params: dict[str, Any] = {}

    params["pagina"] = pagina

    params["paginaGrootte"] = pagina_grootte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sluitingen/zoeken",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MaatregelLijst | Problem | None:
    if response.status_code == 200:
        response_200 = MaatregelLijst.from_dict(response.json())

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
) -> Response[MaatregelLijst | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PandAdres,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: SearchSluitingenDoelbinding,
) -> Response[MaatregelLijst | Problem]:
    """De sluitingen van een pand, op postcode en huisnummer (in de body, nooit in de URL)

    Args:
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (SearchSluitingenDoelbinding):
        body (PandAdres): Where a premises is: postcode and house number (with any addition) find
            it again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MaatregelLijst | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: PandAdres,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: SearchSluitingenDoelbinding,
) -> MaatregelLijst | Problem | None:
    """De sluitingen van een pand, op postcode en huisnummer (in de body, nooit in de URL)

    Args:
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (SearchSluitingenDoelbinding):
        body (PandAdres): Where a premises is: postcode and house number (with any addition) find
            it again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MaatregelLijst | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        pagina=pagina,
        pagina_grootte=pagina_grootte,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PandAdres,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: SearchSluitingenDoelbinding,
) -> Response[MaatregelLijst | Problem]:
    """De sluitingen van een pand, op postcode en huisnummer (in de body, nooit in de URL)

    Args:
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (SearchSluitingenDoelbinding):
        body (PandAdres): Where a premises is: postcode and house number (with any addition) find
            it again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MaatregelLijst | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        pagina=pagina,
        pagina_grootte=pagina_grootte,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PandAdres,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: SearchSluitingenDoelbinding,
) -> MaatregelLijst | Problem | None:
    """De sluitingen van een pand, op postcode en huisnummer (in de body, nooit in de URL)

    Args:
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (SearchSluitingenDoelbinding):
        body (PandAdres): Where a premises is: postcode and house number (with any addition) find
            it again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MaatregelLijst | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            pagina=pagina,
            pagina_grootte=pagina_grootte,
            doelbinding=doelbinding,
        )
    ).parsed
