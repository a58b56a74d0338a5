from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.correctieverzoek_lijst import CorrectieverzoekLijst
from ...models.list_correctieverzoeken_van_jongere_doelbinding import (
    ListCorrectieverzoekenVanJongereDoelbinding,
)
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jongere_id: str,
    *,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: ListCorrectieverzoekenVanJongereDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    params: dict[str, Any] = {}

    params["pagina"] = pagina

    params["paginaGrootte"] = pagina_grootte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jongeren/{jongere_id}/correctieverzoeken".format(
            jongere_id=quote(str(jongere_id), safe=""),
        ),
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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[CorrectieverzoekLijst | Problem]:
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
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: ListCorrectieverzoekenVanJongereDoelbinding,
) -> Response[CorrectieverzoekLijst | Problem]:
    """De correctieverzoeken van een jongere, met status en termijn (alleen de privacy officer, doel
    inzage)

    Args:
        jongere_id (str): UUID
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (ListCorrectieverzoekenVanJongereDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CorrectieverzoekLijst | Problem]
    """

    kwargs = _get_kwargs(
        jongere_id=jongere_id,
        pagina=pagina,
        pagina_grootte=pagina_grootte,
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
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: ListCorrectieverzoekenVanJongereDoelbinding,
) -> CorrectieverzoekLijst | Problem | None:
    """De correctieverzoeken van een jongere, met status en termijn (alleen de privacy officer, doel
    inzage)

    Args:
        jongere_id (str): UUID
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (ListCorrectieverzoekenVanJongereDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CorrectieverzoekLijst | Problem
    """

    return sync_detailed(
        jongere_id=jongere_id,
        client=client,
        pagina=pagina,
        pagina_grootte=pagina_grootte,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: ListCorrectieverzoekenVanJongereDoelbinding,
) -> Response[CorrectieverzoekLijst | Problem]:
    """De correctieverzoeken van een jongere, met status en termijn (alleen de privacy officer, doel
    inzage)

    Args:
        jongere_id (str): UUID
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (ListCorrectieverzoekenVanJongereDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CorrectieverzoekLijst | Problem]
    """

    kwargs = _get_kwargs(
        jongere_id=jongere_id,
        pagina=pagina,
        pagina_grootte=pagina_grootte,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: ListCorrectieverzoekenVanJongereDoelbinding,
) -> CorrectieverzoekLijst | Problem | None:
    """De correctieverzoeken van een jongere, met status en termijn (alleen de privacy officer, doel
    inzage)

    Args:
        jongere_id (str): UUID
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (ListCorrectieverzoekenVanJongereDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CorrectieverzoekLijst | Problem
    """

    return (
        await asyncio_detailed(
            jongere_id=jongere_id,
            client=client,
            pagina=pagina,
            pagina_grootte=pagina_grootte,
            doelbinding=doelbinding,
        )
    ).parsed
