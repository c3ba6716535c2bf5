from http import HTTPStatus
from typing import Any

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.connect_session_response import ConnectSessionResponse
from nango_api.models.create_connect_session_request import CreateConnectSessionRequest
from nango_api.models.error_response import ErrorResponse
from nango_api.types import Response


def _get_kwargs(
    *,
    body: CreateConnectSessionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/connect/sessions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectSessionResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = ConnectSessionResponse.from_dict(response.json())

        return response_201

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
) -> Response[ConnectSessionResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConnectSessionRequest,
) -> Response[ConnectSessionResponse | ErrorResponse]:
    """Create a connect session

     Creates a short-lived (30 min) session token for the Connect UI, through which an end user creates a
    connection. Either `end_user` or `tags` must be given.

    Args:
        body (CreateConnectSessionRequest): Either `end_user` or `tags` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectSessionResponse | ErrorResponse]
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
    body: CreateConnectSessionRequest,
) -> ConnectSessionResponse | ErrorResponse | None:
    """Create a connect session

     Creates a short-lived (30 min) session token for the Connect UI, through which an end user creates a
    connection. Either `end_user` or `tags` must be given.

    Args:
        body (CreateConnectSessionRequest): Either `end_user` or `tags` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectSessionResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConnectSessionRequest,
) -> Response[ConnectSessionResponse | ErrorResponse]:
    """Create a connect session

     Creates a short-lived (30 min) session token for the Connect UI, through which an end user creates a
    connection. Either `end_user` or `tags` must be given.

    Args:
        body (CreateConnectSessionRequest): Either `end_user` or `tags` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectSessionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConnectSessionRequest,
) -> ConnectSessionResponse | ErrorResponse | None:
    """Create a connect session

     Creates a short-lived (30 min) session token for the Connect UI, through which an end user creates a
    connection. Either `end_user` or `tags` must be given.

    Args:
        body (CreateConnectSessionRequest): Either `end_user` or `tags` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectSessionResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
