from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.error_response import ErrorResponse
from nango_api.models.function_type_filter import FunctionTypeFilter
from nango_api.models.get_function_response import GetFunctionResponse
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
        "url": "/integrations/{unique_key}/functions/{name}".format(
            unique_key=quote(str(unique_key), safe=""),
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetFunctionResponse | None:
    if response.status_code == 200:
        response_200 = GetFunctionResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GetFunctionResponse]:
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
) -> Response[ErrorResponse | GetFunctionResponse]:
    """Get a function

     Returns one function deployed on an integration. Pass `type` when a sync and an action share the
    same name.

    Args:
        unique_key (str):
        name (str):
        type_ (FunctionTypeFilter | Unset): A function type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetFunctionResponse]
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
) -> ErrorResponse | GetFunctionResponse | None:
    """Get a function

     Returns one function deployed on an integration. Pass `type` when a sync and an action share the
    same name.

    Args:
        unique_key (str):
        name (str):
        type_ (FunctionTypeFilter | Unset): A function type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetFunctionResponse
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
) -> Response[ErrorResponse | GetFunctionResponse]:
    """Get a function

     Returns one function deployed on an integration. Pass `type` when a sync and an action share the
    same name.

    Args:
        unique_key (str):
        name (str):
        type_ (FunctionTypeFilter | Unset): A function type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetFunctionResponse]
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
) -> ErrorResponse | GetFunctionResponse | None:
    """Get a function

     Returns one function deployed on an integration. Pass `type` when a sync and an action share the
    same name.

    Args:
        unique_key (str):
        name (str):
        type_ (FunctionTypeFilter | Unset): A function type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetFunctionResponse
    """

    return (
        await asyncio_detailed(
            unique_key=unique_key,
            name=name,
            client=client,
            type_=type_,
        )
    ).parsed
