import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_signalen_van_jongere_doelbinding import (
    ListSignalenVanJongereDoelbinding,
)
from ...models.problem import Problem
from ...models.signaal_lijst import SignaalLijst
from ...types import UNSET, Response, Unset


def _get_kwargs(
    jongere_id: str,
    *,
    categorie: None | str | Unset = UNSET,
    waargenomen_vanaf: datetime.date | None | Unset = UNSET,
    waargenomen_tot_en_met: datetime.date | None | Unset = UNSET,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: ListSignalenVanJongereDoelbinding,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Doelbinding"] = str(doelbinding)

    params: dict[str, Any] = {}

    json_categorie: None | str | Unset
    if isinstance(categorie, Unset):
        json_categorie = UNSET
    else:
        json_categorie = categorie
    params["categorie"] = json_categorie

    json_waargenomen_vanaf: None | str | Unset
    if isinstance(waargenomen_vanaf, Unset):
        json_waargenomen_vanaf = UNSET
    elif isinstance(waargenomen_vanaf, datetime.date):
        json_waargenomen_vanaf = waargenomen_vanaf.isoformat()
    else:
        json_waargenomen_vanaf = waargenomen_vanaf
    params["waargenomenVanaf"] = json_waargenomen_vanaf

    json_waargenomen_tot_en_met: None | str | Unset
    if isinstance(waargenomen_tot_en_met, Unset):
        json_waargenomen_tot_en_met = UNSET
    elif isinstance(waargenomen_tot_en_met, datetime.date):
        json_waargenomen_tot_en_met = waargenomen_tot_en_met.isoformat()
    else:
        json_waargenomen_tot_en_met = waargenomen_tot_en_met
    params["waargenomenTotEnMet"] = json_waargenomen_tot_en_met

    params["pagina"] = pagina

    params["paginaGrootte"] = pagina_grootte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jongeren/{jongere_id}/signalen".format(
            jongere_id=quote(str(jongere_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SignaalLijst | None:
    if response.status_code == 200:
        response_200 = SignaalLijst.from_dict(response.json())

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
) -> Response[Problem | SignaalLijst]:
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
    categorie: None | str | Unset = UNSET,
    waargenomen_vanaf: datetime.date | None | Unset = UNSET,
    waargenomen_tot_en_met: datetime.date | None | Unset = UNSET,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: ListSignalenVanJongereDoelbinding,
) -> Response[Problem | SignaalLijst]:
    """De signalen over een jongere, voor zover een convenant het toestaat

    Args:
        jongere_id (str): UUID
        categorie (None | str | Unset): Code van de signalenkaart
        waargenomen_vanaf (datetime.date | None | Unset): Vanaf deze datum
        waargenomen_tot_en_met (datetime.date | None | Unset): Tot en met deze datum
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (ListSignalenVanJongereDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SignaalLijst]
    """

    kwargs = _get_kwargs(
        jongere_id=jongere_id,
        categorie=categorie,
        waargenomen_vanaf=waargenomen_vanaf,
        waargenomen_tot_en_met=waargenomen_tot_en_met,
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
    categorie: None | str | Unset = UNSET,
    waargenomen_vanaf: datetime.date | None | Unset = UNSET,
    waargenomen_tot_en_met: datetime.date | None | Unset = UNSET,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: ListSignalenVanJongereDoelbinding,
) -> Problem | SignaalLijst | None:
    """De signalen over een jongere, voor zover een convenant het toestaat

    Args:
        jongere_id (str): UUID
        categorie (None | str | Unset): Code van de signalenkaart
        waargenomen_vanaf (datetime.date | None | Unset): Vanaf deze datum
        waargenomen_tot_en_met (datetime.date | None | Unset): Tot en met deze datum
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (ListSignalenVanJongereDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SignaalLijst
    """

    return sync_detailed(
        jongere_id=jongere_id,
        client=client,
        categorie=categorie,
        waargenomen_vanaf=waargenomen_vanaf,
        waargenomen_tot_en_met=waargenomen_tot_en_met,
        pagina=pagina,
        pagina_grootte=pagina_grootte,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    jongere_id: str,
    *,
    client: AuthenticatedClient | Client,
    categorie: None | str | Unset = UNSET,
    waargenomen_vanaf: datetime.date | None | Unset = UNSET,
    waargenomen_tot_en_met: datetime.date | None | Unset = UNSET,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: ListSignalenVanJongereDoelbinding,
) -> Response[Problem | SignaalLijst]:
    """De signalen over een jongere, voor zover een convenant het toestaat

    Args:
        jongere_id (str): UUID
        categorie (None | str | Unset): Code van de signalenkaart
        waargenomen_vanaf (datetime.date | None | Unset): Vanaf deze datum
        waargenomen_tot_en_met (datetime.date | None | Unset): Tot en met deze datum
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (ListSignalenVanJongereDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SignaalLijst]
    """

    kwargs = _get_kwargs(
        jongere_id=jongere_id,
        categorie=categorie,
        waargenomen_vanaf=waargenomen_vanaf,
        waargenomen_tot_en_met=waargenomen_tot_en_met,
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
    categorie: None | str | Unset = UNSET,
    waargenomen_vanaf: datetime.date | None | Unset = UNSET,
    waargenomen_tot_en_met: datetime.date | None | Unset = UNSET,
    pagina: int | Unset = 1,
    pagina_grootte: int | Unset = 20,
    doelbinding: ListSignalenVanJongereDoelbinding,
) -> Problem | SignaalLijst | None:
    """De signalen over een jongere, voor zover een convenant het toestaat

    Args:
        jongere_id (str): UUID
        categorie (None | str | Unset): Code van de signalenkaart
        waargenomen_vanaf (datetime.date | None | Unset): Vanaf deze datum
        waargenomen_tot_en_met (datetime.date | None | Unset): Tot en met deze datum
        pagina (int | Unset): Paginanummer, vanaf 1 Default: 1.
        pagina_grootte (int | Unset): Aantal per pagina Default: 20.
        doelbinding (ListSignalenVanJongereDoelbinding):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SignaalLijst
    """

    return (
        await asyncio_detailed(
            jongere_id=jongere_id,
            client=client,
            categorie=categorie,
            waargenomen_vanaf=waargenomen_vanaf,
            waargenomen_tot_en_met=waargenomen_tot_en_met,
            pagina=pagina,
            pagina_grootte=pagina_grootte,
            doelbinding=doelbinding,
        )
    ).parsed
