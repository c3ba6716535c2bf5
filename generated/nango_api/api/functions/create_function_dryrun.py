from http import HTTPStatus
from typing import Any

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.error_response import ErrorResponse
from nango_api.models.function_dryrun_create_response import (
    FunctionDryrunCreateResponse,
)
from nango_api.models.function_dryrun_request import FunctionDryrunRequest
from nango_api.types import Response


def _get_kwargs(
    *,
    body: FunctionDryrunRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/functions/dryruns",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FunctionDryrunCreateResponse | None:
    if response.status_code == 202:
        response_202 = FunctionDryrunCreateResponse.from_dict(response.json())

        return response_202

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

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ErrorResponse.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | FunctionDryrunCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FunctionDryrunRequest,
) -> Response[ErrorResponse | FunctionDryrunCreateResponse]:
    """Start a function dry run

     Starts an asynchronous dry run of a function's TypeScript source against a connection, without
    deploying it; poll `GET /functions/dryruns/{id}` until `status` is `success` or `failed`. A missing
    field gives 400 listing every one at once. Dry runs can only be started with a customer API key: the
    environment's secret key gets 403 `forbidden`.

    Args:
        body (FunctionDryrunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FunctionDryrunCreateResponse]
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
    body: FunctionDryrunRequest,
) -> ErrorResponse | FunctionDryrunCreateResponse | None:
    """Start a function dry run

     Starts an asynchronous dry run of a function's TypeScript source against a connection, without
    deploying it; poll `GET /functions/dryruns/{id}` until `status` is `success` or `failed`. A missing
    field gives 400 listing every one at once. Dry runs can only be started with a customer API key: the
    environment's secret key gets 403 `forbidden`.

    Args:
        body (FunctionDryrunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FunctionDryrunCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FunctionDryrunRequest,
) -> Response[ErrorResponse | FunctionDryrunCreateResponse]:
    """Start a function dry run

     Starts an asynchronous dry run of a function's TypeScript source against a connection, without
    deploying it; poll `GET /functions/dryruns/{id}` until `status` is `success` or `failed`. A missing
    field gives 400 listing every one at once. Dry runs can only be started with a customer API key: the
    environment's secret key gets 403 `forbidden`.

    Args:
        body (FunctionDryrunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FunctionDryrunCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FunctionDryrunRequest,
) -> ErrorResponse | FunctionDryrunCreateResponse | None:
    """Start a function dry run

     Starts an asynchronous dry run of a function's TypeScript source against a connection, without
    deploying it; poll `GET /functions/dryruns/{id}` until `status` is `success` or `failed`. A missing
    field gives 400 listing every one at once. Dry runs can only be started with a customer API key: the
    environment's secret key gets 403 `forbidden`.

    Args:
        body (FunctionDryrunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FunctionDryrunCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
