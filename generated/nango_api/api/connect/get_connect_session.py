from http import HTTPStatus
from typing import Any

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.error_response import ErrorResponse
from nango_api.models.get_connect_session_response import GetConnectSessionResponse
from nango_api.types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connect/session",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetConnectSessionResponse | None:
    if response.status_code == 200:
        response_200 = GetConnectSessionResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GetConnectSessionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | GetConnectSessionResponse]:
    """Get a connect session

     Returns what the Connect UI needs to know about the session whose token authenticates the request
    (not the secret key: that gets 401 `invalid_connect_session_token_format`). Differs from Nango's
    official description, which gives `{data: {token, connect_link, expires_at}}`: this models what a
    real server (v0.71.4) answers, `{data: {endUser, connectUISettings, ...}}` (`websocketsPath` on
    self-hosted servers only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetConnectSessionResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | GetConnectSessionResponse | None:
    """Get a connect session

     Returns what the Connect UI needs to know about the session whose token authenticates the request
    (not the secret key: that gets 401 `invalid_connect_session_token_format`). Differs from Nango's
    official description, which gives `{data: {token, connect_link, expires_at}}`: this models what a
    real server (v0.71.4) answers, `{data: {endUser, connectUISettings, ...}}` (`websocketsPath` on
    self-hosted servers only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetConnectSessionResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | GetConnectSessionResponse]:
    """Get a connect session

     Returns what the Connect UI needs to know about the session whose token authenticates the request
    (not the secret key: that gets 401 `invalid_connect_session_token_format`). Differs from Nango's
    official description, which gives `{data: {token, connect_link, expires_at}}`: this models what a
    real server (v0.71.4) answers, `{data: {endUser, connectUISettings, ...}}` (`websocketsPath` on
    self-hosted servers only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetConnectSessionResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | GetConnectSessionResponse | None:
    """Get a connect session

     Returns what the Connect UI needs to know about the session whose token authenticates the request
    (not the secret key: that gets 401 `invalid_connect_session_token_format`). Differs from Nango's
    official description, which gives `{data: {token, connect_link, expires_at}}`: this models what a
    real server (v0.71.4) answers, `{data: {endUser, connectUISettings, ...}}` (`websocketsPath` on
    self-hosted servers only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetConnectSessionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
