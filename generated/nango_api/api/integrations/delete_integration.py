from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.error_response import ErrorResponse
from nango_api.models.success_response import SuccessResponse
from nango_api.types import Response


def _get_kwargs(
    unique_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/integrations/{unique_key}".format(
            unique_key=quote(str(unique_key), safe=""),
        ),
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
    unique_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SuccessResponse]:
    """Delete an integration

     Deletes an integration and its connections. An unknown integration gives 404 `not_found`
    ("Integration does not exist").

    Args:
        unique_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        unique_key=unique_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    unique_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SuccessResponse | None:
    """Delete an integration

     Deletes an integration and its connections. An unknown integration gives 404 `not_found`
    ("Integration does not exist").

    Args:
        unique_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SuccessResponse
    """

    return sync_detailed(
        unique_key=unique_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    unique_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SuccessResponse]:
    """Delete an integration

     Deletes an integration and its connections. An unknown integration gives 404 `not_found`
    ("Integration does not exist").

    Args:
        unique_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        unique_key=unique_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    unique_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SuccessResponse | None:
    """Delete an integration

     Deletes an integration and its connections. An unknown integration gives 404 `not_found`
    ("Integration does not exist").

    Args:
        unique_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SuccessResponse
    """

    return (
        await asyncio_detailed(
            unique_key=unique_key,
            client=client,
        )
    ).parsed
