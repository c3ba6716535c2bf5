from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.error_response import ErrorResponse
from nango_api.models.function_code import FunctionCode
from nango_api.models.function_type_filter import FunctionTypeFilter
from nango_api.types import UNSET, Response, Unset


def _get_kwargs(
    unique_key: str,
    name: str,
    *,
    type_: FunctionTypeFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integrations/{unique_key}/functions/{name}/code".format(
            unique_key=quote(str(unique_key), safe=""),
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FunctionCode | None:
    if response.status_code == 200:
        response_200 = FunctionCode.from_dict(response.json())

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
) -> Response[ErrorResponse | FunctionCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    unique_key: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    type_: FunctionTypeFilter | Unset = UNSET,
) -> Response[ErrorResponse | FunctionCode]:
    """Get a function's source code

     Returns the TypeScript source of a deployed function. Without `type`, a name shared by a sync and an
    action gives 400 `ambiguous_function`.

    Args:
        unique_key (str):
        name (str):
        type_ (FunctionTypeFilter | Unset): A function type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FunctionCode]
    """

    kwargs = _get_kwargs(
        unique_key=unique_key,
        name=name,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    unique_key: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    type_: FunctionTypeFilter | Unset = UNSET,
) -> ErrorResponse | FunctionCode | None:
    """Get a function's source code

     Returns the TypeScript source of a deployed function. Without `type`, a name shared by a sync and an
    action gives 400 `ambiguous_function`.

    Args:
        unique_key (str):
        name (str):
        type_ (FunctionTypeFilter | Unset): A function type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FunctionCode
    """

    return sync_detailed(
        unique_key=unique_key,
        name=name,
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    unique_key: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    type_: FunctionTypeFilter | Unset = UNSET,
) -> Response[ErrorResponse | FunctionCode]:
    """Get a function's source code

     Returns the TypeScript source of a deployed function. Without `type`, a name shared by a sync and an
    action gives 400 `ambiguous_function`.

    Args:
        unique_key (str):
        name (str):
        type_ (FunctionTypeFilter | Unset): A function type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FunctionCode]
    """

    kwargs = _get_kwargs(
        unique_key=unique_key,
        name=name,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    unique_key: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    type_: FunctionTypeFilter | Unset = UNSET,
) -> ErrorResponse | FunctionCode | None:
    """Get a function's source code

     Returns the TypeScript source of a deployed function. Without `type`, a name shared by a sync and an
    action gives 400 `ambiguous_function`.

    Args:
        unique_key (str):
        name (str):
        type_ (FunctionTypeFilter | Unset): A function type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FunctionCode
    """

    return (
        await asyncio_detailed(
            unique_key=unique_key,
            name=name,
            client=client,
            type_=type_,
        )
    ).parsed
