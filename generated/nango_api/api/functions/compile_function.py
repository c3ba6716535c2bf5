from http import HTTPStatus
from typing import Any

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.error_response import ErrorResponse
from nango_api.models.function_compile_request import FunctionCompileRequest
from nango_api.models.function_compile_response import FunctionCompileResponse
from nango_api.types import Response


def _get_kwargs(
    *,
    body: FunctionCompileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/functions/compile",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FunctionCompileResponse | None:
    if response.status_code == 200:
        response_200 = FunctionCompileResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | FunctionCompileResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FunctionCompileRequest,
) -> Response[ErrorResponse | FunctionCompileResponse]:
    """Compile a function

     Compiles the TypeScript source of a function (a sync or an action) and returns the bundled
    JavaScript, without deploying it. A server without its function runtime answers 500 `server_error`
    ("Failed to initialize the function execution environment").

    Args:
        body (FunctionCompileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FunctionCompileResponse]
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
    body: FunctionCompileRequest,
) -> ErrorResponse | FunctionCompileResponse | None:
    """Compile a function

     Compiles the TypeScript source of a function (a sync or an action) and returns the bundled
    JavaScript, without deploying it. A server without its function runtime answers 500 `server_error`
    ("Failed to initialize the function execution environment").

    Args:
        body (FunctionCompileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FunctionCompileResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FunctionCompileRequest,
) -> Response[ErrorResponse | FunctionCompileResponse]:
    """Compile a function

     Compiles the TypeScript source of a function (a sync or an action) and returns the bundled
    JavaScript, without deploying it. A server without its function runtime answers 500 `server_error`
    ("Failed to initialize the function execution environment").

    Args:
        body (FunctionCompileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FunctionCompileResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FunctionCompileRequest,
) -> ErrorResponse | FunctionCompileResponse | None:
    """Compile a function

     Compiles the TypeScript source of a function (a sync or an action) and returns the bundled
    JavaScript, without deploying it. A server without its function runtime answers 500 `server_error`
    ("Failed to initialize the function execution environment").

    Args:
        body (FunctionCompileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FunctionCompileResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
