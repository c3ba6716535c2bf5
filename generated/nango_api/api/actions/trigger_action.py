from http import HTTPStatus
from typing import Any

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.async_action_response import AsyncActionResponse
from nango_api.models.error_response import ErrorResponse
from nango_api.models.trigger_action_request import TriggerActionRequest
from nango_api.types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TriggerActionRequest,
    connection_id: str,
    provider_config_key: str,
    x_async: bool | Unset = UNSET,
    x_max_retries: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Connection-Id"] = connection_id

    headers["Provider-Config-Key"] = provider_config_key

    if not isinstance(x_async, Unset):
        headers["X-Async"] = "true" if x_async else "false"

    if not isinstance(x_max_retries, Unset):
        headers["X-Max-Retries"] = str(x_max_retries)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/action/trigger",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AsyncActionResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 202:
        response_202 = AsyncActionResponse.from_dict(response.json())

        return response_202

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
) -> Response[Any | AsyncActionResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TriggerActionRequest,
    connection_id: str,
    provider_config_key: str,
    x_async: bool | Unset = UNSET,
    x_max_retries: int | Unset = UNSET,
) -> Response[Any | AsyncActionResponse | ErrorResponse]:
    """Trigger an action

     Runs an action for a connection. Synchronously (default) the answer is the action's output (200).
    With `X-Async: true` the server answers 202 with the ID and status URL to poll with
    `getAsyncActionResult`.

    Args:
        connection_id (str):
        provider_config_key (str):
        x_async (bool | Unset):
        x_max_retries (int | Unset):
        body (TriggerActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AsyncActionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        connection_id=connection_id,
        provider_config_key=provider_config_key,
        x_async=x_async,
        x_max_retries=x_max_retries,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TriggerActionRequest,
    connection_id: str,
    provider_config_key: str,
    x_async: bool | Unset = UNSET,
    x_max_retries: int | Unset = UNSET,
) -> Any | AsyncActionResponse | ErrorResponse | None:
    """Trigger an action

     Runs an action for a connection. Synchronously (default) the answer is the action's output (200).
    With `X-Async: true` the server answers 202 with the ID and status URL to poll with
    `getAsyncActionResult`.

    Args:
        connection_id (str):
        provider_config_key (str):
        x_async (bool | Unset):
        x_max_retries (int | Unset):
        body (TriggerActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AsyncActionResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        connection_id=connection_id,
        provider_config_key=provider_config_key,
        x_async=x_async,
        x_max_retries=x_max_retries,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TriggerActionRequest,
    connection_id: str,
    provider_config_key: str,
    x_async: bool | Unset = UNSET,
    x_max_retries: int | Unset = UNSET,
) -> Response[Any | AsyncActionResponse | ErrorResponse]:
    """Trigger an action

     Runs an action for a connection. Synchronously (default) the answer is the action's output (200).
    With `X-Async: true` the server answers 202 with the ID and status URL to poll with
    `getAsyncActionResult`.

    Args:
        connection_id (str):
        provider_config_key (str):
        x_async (bool | Unset):
        x_max_retries (int | Unset):
        body (TriggerActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AsyncActionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        connection_id=connection_id,
        provider_config_key=provider_config_key,
        x_async=x_async,
        x_max_retries=x_max_retries,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TriggerActionRequest,
    connection_id: str,
    provider_config_key: str,
    x_async: bool | Unset = UNSET,
    x_max_retries: int | Unset = UNSET,
) -> Any | AsyncActionResponse | ErrorResponse | None:
    """Trigger an action

     Runs an action for a connection. Synchronously (default) the answer is the action's output (200).
    With `X-Async: true` the server answers 202 with the ID and status URL to poll with
    `getAsyncActionResult`.

    Args:
        connection_id (str):
        provider_config_key (str):
        x_async (bool | Unset):
        x_max_retries (int | Unset):
        body (TriggerActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AsyncActionResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            connection_id=connection_id,
            provider_config_key=provider_config_key,
            x_async=x_async,
            x_max_retries=x_max_retries,
        )
    ).parsed
