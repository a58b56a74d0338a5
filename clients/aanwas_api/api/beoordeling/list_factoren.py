from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.factor_lijst import FactorLijst
from ...models.list_factoren_response_400 import ListFactorenResponse400
from ...models.list_factoren_response_401 import ListFactorenResponse401
from ...models.list_factoren_response_403 import ListFactorenResponse403
from ...models.list_factoren_response_404 import ListFactorenResponse404
from ...models.list_factoren_response_503 import ListFactorenResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jongere_id: str,
    *,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    params: dict[str, Any] = {}

    params["pagina"] = pagina

    params["paginaGrootte"] = pagina_grootte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jongeren/{jongere_id}/factoren".format(
            jongere_id=quote(str(jongere_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    FactorLijst
    | ListFactorenResponse400
    | ListFactorenResponse401
    | ListFactorenResponse403
    | ListFactorenResponse404
    | ListFactorenResponse503
    | None
):
    if response.status_code == 200:
        response_200 = FactorLijst.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListFactorenResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListFactorenResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListFactorenResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListFactorenResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = ListFactorenResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    FactorLijst
    | ListFactorenResponse400
    | ListFactorenResponse401
    | ListFactorenResponse403
    | ListFactorenResponse404
    | ListFactorenResponse503
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
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    FactorLijst
    | ListFactorenResponse400
    | ListFactorenResponse401
    | ListFactorenResponse403
    | ListFactorenResponse404
    | ListFactorenResponse503
]:
    """De risico- en beschermende factoren van een jongere

    Args:
        jongere_id (str): UUID
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FactorLijst | ListFactorenResponse400 | ListFactorenResponse401 | ListFactorenResponse403 | ListFactorenResponse404 | ListFactorenResponse503]
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
    doelbinding: None | str | Unset = UNSET,
) -> (
    FactorLijst
    | ListFactorenResponse400
    | ListFactorenResponse401
    | ListFactorenResponse403
    | ListFactorenResponse404
    | ListFactorenResponse503
    | None
):
    """De risico- en beschermende factoren van een jongere

    Args:
        jongere_id (str): UUID
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FactorLijst | ListFactorenResponse400 | ListFactorenResponse401 | ListFactorenResponse403 | ListFactorenResponse404 | ListFactorenResponse503
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
    doelbinding: None | str | Unset = UNSET,
) -> Response[
    FactorLijst
    | ListFactorenResponse400
    | ListFactorenResponse401
    | ListFactorenResponse403
    | ListFactorenResponse404
    | ListFactorenResponse503
]:
    """De risico- en beschermende factoren van een jongere

    Args:
        jongere_id (str): UUID
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FactorLijst | ListFactorenResponse400 | ListFactorenResponse401 | ListFactorenResponse403 | ListFactorenResponse404 | ListFactorenResponse503]
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
    doelbinding: None | str | Unset = UNSET,
) -> (
    FactorLijst
    | ListFactorenResponse400
    | ListFactorenResponse401
    | ListFactorenResponse403
    | ListFactorenResponse404
    | ListFactorenResponse503
    | None
):
    """De risico- en beschermende factoren van een jongere

    Args:
        jongere_id (str): UUID
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FactorLijst | ListFactorenResponse400 | ListFactorenResponse401 | ListFactorenResponse403 | ListFactorenResponse404 | ListFactorenResponse503
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
