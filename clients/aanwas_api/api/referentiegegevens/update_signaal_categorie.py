from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.signaal_categorie_weergave import SignaalCategorieWeergave
from ...models.signaal_categorie_wijziging import SignaalCategorieWijziging
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: str,
    *,
    body: SignaalCategorieWijziging,
    doelbinding: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(doelbinding, Unset):
        headers["Doelbinding"] = doelbinding

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/signaalcategorieen/{code}".format(
            code=quote(str(code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SignaalCategorieWeergave | None:
    if response.status_code == 200:
        response_200 = SignaalCategorieWeergave.from_dict(response.json())

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
) -> Response[Problem | SignaalCategorieWeergave]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignaalCategorieWijziging,
    doelbinding: None | str | Unset = UNSET,
) -> Response[Problem | SignaalCategorieWeergave]:
    """Een categorie van de signalenkaart wijzigen of (de)activeren

    Args:
        code (str):
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (SignaalCategorieWijziging):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SignaalCategorieWeergave]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
        doelbinding=doelbinding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignaalCategorieWijziging,
    doelbinding: None | str | Unset = UNSET,
) -> Problem | SignaalCategorieWeergave | None:
    """Een categorie van de signalenkaart wijzigen of (de)activeren

    Args:
        code (str):
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (SignaalCategorieWijziging):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SignaalCategorieWeergave
    """

    return sync_detailed(
        code=code,
        client=client,
        body=body,
        doelbinding=doelbinding,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignaalCategorieWijziging,
    doelbinding: None | str | Unset = UNSET,
) -> Response[Problem | SignaalCategorieWeergave]:
    """Een categorie van de signalenkaart wijzigen of (de)activeren

    Args:
        code (str):
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (SignaalCategorieWijziging):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SignaalCategorieWeergave]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
        doelbinding=doelbinding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignaalCategorieWijziging,
    doelbinding: None | str | Unset = UNSET,
) -> Problem | SignaalCategorieWeergave | None:
    """Een categorie van de signalenkaart wijzigen of (de)activeren

    Args:
        code (str):
        doelbinding (None | str | Unset): Het doel waarvoor de gegevens worden verwerkt
            (doelbinding), bijvoorbeeld `signalering`.
        body (SignaalCategorieWijziging):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SignaalCategorieWeergave
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            body=body,
            doelbinding=doelbinding,
        )
    ).parsed
