from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.delete_function_response import DeleteFunctionResponse
from nango_api.models.error_response import ErrorResponse
from nango_api.models.function_type_filter import FunctionTypeFilter
from nango_api.types import UNSET, Response


def _get_kwargs(
    unique_key: str,
    name: str,
    *,
    type_: FunctionTypeFilter,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_ = type_.value
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/integrations/{unique_key}/functions/{name}".format(
            unique_key=quote(str(unique_key), safe=""),
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteFunctionResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeleteFunctionResponse.from_dict(response.json())

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
) -> Response[DeleteFunctionResponse | ErrorResponse]:
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
    type_: FunctionTypeFilter,
) -> Response[DeleteFunctionResponse | ErrorResponse]:
    """Delete a function

     Deletes a sync or action from an integration. Functions managed by a CLI deployment cannot be
    deleted this way (400 `function_managed_by_deploy`).

    Args:
        unique_key (str):
        name (str):
        type_ (FunctionTypeFilter): A function type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteFunctionResponse | ErrorResponse]
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
    type_: FunctionTypeFilter,
) -> DeleteFunctionResponse | ErrorResponse | None:
    """Delete a function

     Deletes a sync or action from an integration. Functions managed by a CLI deployment cannot be
    deleted this way (400 `function_managed_by_deploy`).

    Args:
        unique_key (str):
        name (str):
        type_ (FunctionTypeFilter): A function type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteFunctionResponse | ErrorResponse
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
    type_: FunctionTypeFilter,
) -> Response[DeleteFunctionResponse | ErrorResponse]:
    """Delete a function

     Deletes a sync or action from an integration. Functions managed by a CLI deployment cannot be
    deleted this way (400 `function_managed_by_deploy`).

    Args:
        unique_key (str):
        name (str):
        type_ (FunctionTypeFilter): A function type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteFunctionResponse | ErrorResponse]
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
    type_: FunctionTypeFilter,
) -> DeleteFunctionResponse | ErrorResponse | None:
    """Delete a function

     Deletes a sync or action from an integration. Functions managed by a CLI deployment cannot be
    deleted this way (400 `function_managed_by_deploy`).

    Args:
        unique_key (str):
        name (str):
        type_ (FunctionTypeFilter): A function type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteFunctionResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            unique_key=unique_key,
            name=name,
            client=client,
            type_=type_,
        )
    ).parsed
