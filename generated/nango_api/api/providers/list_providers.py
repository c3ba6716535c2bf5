from http import HTTPStatus
from typing import Any

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.error_response import ErrorResponse
from nango_api.models.list_providers_response import ListProvidersResponse
from nango_api.types import UNSET, Response, Unset


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/providers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListProvidersResponse | None:
    if response.status_code == 200:
        response_200 = ListProvidersResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListProvidersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
) -> Response[ErrorResponse | ListProvidersResponse]:
    """List providers

     Returns every API provider Nango supports (the provider catalog), optionally filtered by name. The
    server rejects unknown query parameters.

    Args:
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListProvidersResponse]
    """

    kwargs = _get_kwargs(
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
) -> ErrorResponse | ListProvidersResponse | None:
    """List providers

     Returns every API provider Nango supports (the provider catalog), optionally filtered by name. The
    server rejects unknown query parameters.

    Args:
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListProvidersResponse
    """

    return sync_detailed(
        client=client,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
) -> Response[ErrorResponse | ListProvidersResponse]:
    """List providers

     Returns every API provider Nango supports (the provider catalog), optionally filtered by name. The
    server rejects unknown query parameters.

    Args:
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListProvidersResponse]
    """

    kwargs = _get_kwargs(
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
) -> ErrorResponse | ListProvidersResponse | None:
    """List providers

     Returns every API provider Nango supports (the provider catalog), optionally filtered by name. The
    server rejects unknown query parameters.

    Args:
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListProvidersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
        )
    ).parsed
