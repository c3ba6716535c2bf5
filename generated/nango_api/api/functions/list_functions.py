from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.error_response import ErrorResponse
from nango_api.models.function_type_filter import FunctionTypeFilter
from nango_api.models.list_functions_response import ListFunctionsResponse
from nango_api.types import UNSET, Response, Unset


def _get_kwargs(
    unique_key: str,
    *,
    type_: FunctionTypeFilter | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["search"] = search

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integrations/{unique_key}/functions".format(
            unique_key=quote(str(unique_key), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListFunctionsResponse | None:
    if response.status_code == 200:
        response_200 = ListFunctionsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListFunctionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    unique_key: str,
    *,
    client: AuthenticatedClient | Client,
    type_: FunctionTypeFilter | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | ListFunctionsResponse]:
    """List an integration's functions

     Returns the functions (syncs and actions) deployed on an integration, paginated (server defaults:
    page 0, limit 20).

    Args:
        unique_key (str):
        type_ (FunctionTypeFilter | Unset): A function type.
        search (str | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListFunctionsResponse]
    """

    kwargs = _get_kwargs(
        unique_key=unique_key,
        type_=type_,
        search=search,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    unique_key: str,
    *,
    client: AuthenticatedClient | Client,
    type_: FunctionTypeFilter | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | ListFunctionsResponse | None:
    """List an integration's functions

     Returns the functions (syncs and actions) deployed on an integration, paginated (server defaults:
    page 0, limit 20).

    Args:
        unique_key (str):
        type_ (FunctionTypeFilter | Unset): A function type.
        search (str | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListFunctionsResponse
    """

    return sync_detailed(
        unique_key=unique_key,
        client=client,
        type_=type_,
        search=search,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    unique_key: str,
    *,
    client: AuthenticatedClient | Client,
    type_: FunctionTypeFilter | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | ListFunctionsResponse]:
    """List an integration's functions

     Returns the functions (syncs and actions) deployed on an integration, paginated (server defaults:
    page 0, limit 20).

    Args:
        unique_key (str):
        type_ (FunctionTypeFilter | Unset): A function type.
        search (str | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListFunctionsResponse]
    """

    kwargs = _get_kwargs(
        unique_key=unique_key,
        type_=type_,
        search=search,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    unique_key: str,
    *,
    client: AuthenticatedClient | Client,
    type_: FunctionTypeFilter | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | ListFunctionsResponse | None:
    """List an integration's functions

     Returns the functions (syncs and actions) deployed on an integration, paginated (server defaults:
    page 0, limit 20).

    Args:
        unique_key (str):
        type_ (FunctionTypeFilter | Unset): A function type.
        search (str | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListFunctionsResponse
    """

    return (
        await asyncio_detailed(
            unique_key=unique_key,
            client=client,
            type_=type_,
            search=search,
            page=page,
            limit=limit,
        )
    ).parsed
