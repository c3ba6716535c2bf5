from http import HTTPStatus
from typing import Any

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.error_response import ErrorResponse
from nango_api.models.rotate_webhook_signing_key_response import (
    RotateWebhookSigningKeyResponse,
)
from nango_api.types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/environment/webhook-signing-key/rotate",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RotateWebhookSigningKeyResponse | None:
    if response.status_code == 200:
        response_200 = RotateWebhookSigningKeyResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | RotateWebhookSigningKeyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | RotateWebhookSigningKeyResponse]:
    """Rotate the webhook signing key

     Replaces the key Nango signs the environment's webhooks with and returns the new one (a new UUID
    each time). The previous key stops being used within 5 minutes: until then a webhook may be signed
    with either, so receivers must accept both. Works with the environment's secret key (scope
    `environment:webhook_signing_key:rotate`); sends no body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RotateWebhookSigningKeyResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | RotateWebhookSigningKeyResponse | None:
    """Rotate the webhook signing key

     Replaces the key Nango signs the environment's webhooks with and returns the new one (a new UUID
    each time). The previous key stops being used within 5 minutes: until then a webhook may be signed
    with either, so receivers must accept both. Works with the environment's secret key (scope
    `environment:webhook_signing_key:rotate`); sends no body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RotateWebhookSigningKeyResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | RotateWebhookSigningKeyResponse]:
    """Rotate the webhook signing key

     Replaces the key Nango signs the environment's webhooks with and returns the new one (a new UUID
    each time). The previous key stops being used within 5 minutes: until then a webhook may be signed
    with either, so receivers must accept both. Works with the environment's secret key (scope
    `environment:webhook_signing_key:rotate`); sends no body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RotateWebhookSigningKeyResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | RotateWebhookSigningKeyResponse | None:
    """Rotate the webhook signing key

     Replaces the key Nango signs the environment's webhooks with and returns the new one (a new UUID
    each time). The previous key stops being used within 5 minutes: until then a webhook may be signed
    with either, so receivers must accept both. Works with the environment's secret key (scope
    `environment:webhook_signing_key:rotate`); sends no body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RotateWebhookSigningKeyResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
