from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.error_response import ErrorResponse
from nango_api.models.integration_include import IntegrationInclude
from nango_api.models.integration_response import IntegrationResponse
from nango_api.types import UNSET, Response, Unset


def _get_kwargs(
    unique_key: str,
    *,
    include: list[IntegrationInclude] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integrations/{unique_key}".format(
            unique_key=quote(str(unique_key), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | IntegrationResponse | None:
    if response.status_code == 200:
        response_200 = IntegrationResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | IntegrationResponse]:
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
    include: list[IntegrationInclude] | Unset = UNSET,
) -> Response[ErrorResponse | IntegrationResponse]:
    """Get an integration

     Returns one integration. `include` adds sensitive data: `webhook` adds `webhook_url`, `credentials`
    adds `credentials`. The server accepts repeated keys (`include=webhook&include=credentials`); the
    Node SDK only ever sends the last value.

    Args:
        unique_key (str):
        include (list[IntegrationInclude] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IntegrationResponse]
    """

    kwargs = _get_kwargs(
        unique_key=unique_key,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    unique_key: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IntegrationInclude] | Unset = UNSET,
) -> ErrorResponse | IntegrationResponse | None:
    """Get an integration

     Returns one integration. `include` adds sensitive data: `webhook` adds `webhook_url`, `credentials`
    adds `credentials`. The server accepts repeated keys (`include=webhook&include=credentials`); the
    Node SDK only ever sends the last value.

    Args:
        unique_key (str):
        include (list[IntegrationInclude] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IntegrationResponse
    """

    return sync_detailed(
        unique_key=unique_key,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    unique_key: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IntegrationInclude] | Unset = UNSET,
) -> Response[ErrorResponse | IntegrationResponse]:
    """Get an integration

     Returns one integration. `include` adds sensitive data: `webhook` adds `webhook_url`, `credentials`
    adds `credentials`. The server accepts repeated keys (`include=webhook&include=credentials`); the
    Node SDK only ever sends the last value.

    Args:
        unique_key (str):
        include (list[IntegrationInclude] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IntegrationResponse]
    """

    kwargs = _get_kwargs(
        unique_key=unique_key,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    unique_key: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IntegrationInclude] | Unset = UNSET,
) -> ErrorResponse | IntegrationResponse | None:
    """Get an integration

     Returns one integration. `include` adds sensitive data: `webhook` adds `webhook_url`, `credentials`
    adds `credentials`. The server accepts repeated keys (`include=webhook&include=credentials`); the
    Node SDK only ever sends the last value.

    Args:
        unique_key (str):
        include (list[IntegrationInclude] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IntegrationResponse
    """

    return (
        await asyncio_detailed(
            unique_key=unique_key,
            client=client,
            include=include,
        )
    ).parsed
