from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.error_response import ErrorResponse
from nango_api.models.success_response import SuccessResponse
from nango_api.types import UNSET, Response


def _get_kwargs(
    connection_id: str,
    *,
    provider_config_key: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["provider_config_key"] = provider_config_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/connections/{connection_id}".format(
            connection_id=quote(str(connection_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SuccessResponse | None:
    if response.status_code == 200:
        response_200 = SuccessResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SuccessResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider_config_key: str,
) -> Response[ErrorResponse | SuccessResponse]:
    """Delete a connection

     Deletes a connection. Deleting an unknown connection answers 400 `unknown_connection`.

    Args:
        connection_id (str):
        provider_config_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        provider_config_key=provider_config_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider_config_key: str,
) -> ErrorResponse | SuccessResponse | None:
    """Delete a connection

     Deletes a connection. Deleting an unknown connection answers 400 `unknown_connection`.

    Args:
        connection_id (str):
        provider_config_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SuccessResponse
    """

    return sync_detailed(
        connection_id=connection_id,
        client=client,
        provider_config_key=provider_config_key,
    ).parsed


async def asyncio_detailed(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider_config_key: str,
) -> Response[ErrorResponse | SuccessResponse]:
    """Delete a connection

     Deletes a connection. Deleting an unknown connection answers 400 `unknown_connection`.

    Args:
        connection_id (str):
        provider_config_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        provider_config_key=provider_config_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider_config_key: str,
) -> ErrorResponse | SuccessResponse | None:
    """Delete a connection

     Deletes a connection. Deleting an unknown connection answers 400 `unknown_connection`.

    Args:
        connection_id (str):
        provider_config_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SuccessResponse
    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            client=client,
            provider_config_key=provider_config_key,
        )
    ).parsed
