from http import HTTPStatus
from typing import Any

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.error_response import ErrorResponse
from nango_api.models.metadata_response import MetadataResponse
from nango_api.models.set_metadata_request import SetMetadataRequest
from nango_api.types import Response


def _get_kwargs(
    *,
    body: SetMetadataRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/connections/metadata",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MetadataResponse | None:
    if response.status_code == 200:
        response_200 = MetadataResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MetadataResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetMetadataRequest,
) -> Response[ErrorResponse | MetadataResponse]:
    """Update connection metadata

     Shallow-merges the given keys into the metadata of one or several connections (nested objects are
    replaced, not merged). The server echoes the request body.

    Args:
        body (SetMetadataRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MetadataResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SetMetadataRequest,
) -> ErrorResponse | MetadataResponse | None:
    """Update connection metadata

     Shallow-merges the given keys into the metadata of one or several connections (nested objects are
    replaced, not merged). The server echoes the request body.

    Args:
        body (SetMetadataRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MetadataResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetMetadataRequest,
) -> Response[ErrorResponse | MetadataResponse]:
    """Update connection metadata

     Shallow-merges the given keys into the metadata of one or several connections (nested objects are
    replaced, not merged). The server echoes the request body.

    Args:
        body (SetMetadataRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MetadataResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SetMetadataRequest,
) -> ErrorResponse | MetadataResponse | None:
    """Update connection metadata

     Shallow-merges the given keys into the metadata of one or several connections (nested objects are
    replaced, not merged). The server echoes the request body.

    Args:
        body (SetMetadataRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MetadataResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
