from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.error_response import ErrorResponse
from nango_api.models.sync_variant import SyncVariant
from nango_api.models.sync_variant_request import SyncVariantRequest
from nango_api.types import Response


def _get_kwargs(
    name: str,
    variant: str,
    *,
    body: SyncVariantRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sync/{name}/variant/{variant}".format(
            name=quote(str(name), safe=""),
            variant=quote(str(variant), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SyncVariant | None:
    if response.status_code == 200:
        response_200 = SyncVariant.from_dict(response.json())

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
) -> Response[ErrorResponse | SyncVariant]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    variant: str,
    *,
    client: AuthenticatedClient | Client,
    body: SyncVariantRequest,
) -> Response[ErrorResponse | SyncVariant]:
    """Create a sync variant

     Creates a variant of a sync for one connection.

    Args:
        name (str):
        variant (str):
        body (SyncVariantRequest): The connection a sync variant belongs to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SyncVariant]
    """

    kwargs = _get_kwargs(
        name=name,
        variant=variant,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    variant: str,
    *,
    client: AuthenticatedClient | Client,
    body: SyncVariantRequest,
) -> ErrorResponse | SyncVariant | None:
    """Create a sync variant

     Creates a variant of a sync for one connection.

    Args:
        name (str):
        variant (str):
        body (SyncVariantRequest): The connection a sync variant belongs to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SyncVariant
    """

    return sync_detailed(
        name=name,
        variant=variant,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    name: str,
    variant: str,
    *,
    client: AuthenticatedClient | Client,
    body: SyncVariantRequest,
) -> Response[ErrorResponse | SyncVariant]:
    """Create a sync variant

     Creates a variant of a sync for one connection.

    Args:
        name (str):
        variant (str):
        body (SyncVariantRequest): The connection a sync variant belongs to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SyncVariant]
    """

    kwargs = _get_kwargs(
        name=name,
        variant=variant,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    variant: str,
    *,
    client: AuthenticatedClient | Client,
    body: SyncVariantRequest,
) -> ErrorResponse | SyncVariant | None:
    """Create a sync variant

     Creates a variant of a sync for one connection.

    Args:
        name (str):
        variant (str):
        body (SyncVariantRequest): The connection a sync variant belongs to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SyncVariant
    """

    return (
        await asyncio_detailed(
            name=name,
            variant=variant,
            client=client,
            body=body,
        )
    ).parsed
