from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.error_response import ErrorResponse
from nango_api.models.patch_connection_request import PatchConnectionRequest
from nango_api.models.success_response import SuccessResponse
from nango_api.types import UNSET, Response


def _get_kwargs(
    connection_id: str,
    *,
    body: PatchConnectionRequest,
    provider_config_key: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["provider_config_key"] = provider_config_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/connections/{connection_id}".format(
            connection_id=quote(str(connection_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: PatchConnectionRequest,
    provider_config_key: str,
) -> Response[ErrorResponse | SuccessResponse]:
    """Update a connection

     Updates the end user, the tags (the whole tag set is replaced; setting `end_user` also regenerates
    the tags) or the webhook URL override of a connection.

    Args:
        connection_id (str):
        provider_config_key (str):
        body (PatchConnectionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        body=body,
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
    body: PatchConnectionRequest,
    provider_config_key: str,
) -> ErrorResponse | SuccessResponse | None:
    """Update a connection

     Updates the end user, the tags (the whole tag set is replaced; setting `end_user` also regenerates
    the tags) or the webhook URL override of a connection.

    Args:
        connection_id (str):
        provider_config_key (str):
        body (PatchConnectionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SuccessResponse
    """

    return sync_detailed(
        connection_id=connection_id,
        client=client,
        body=body,
        provider_config_key=provider_config_key,
    ).parsed


async def asyncio_detailed(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PatchConnectionRequest,
    provider_config_key: str,
) -> Response[ErrorResponse | SuccessResponse]:
    """Update a connection

     Updates the end user, the tags (the whole tag set is replaced; setting `end_user` also regenerates
    the tags) or the webhook URL override of a connection.

    Args:
        connection_id (str):
        provider_config_key (str):
        body (PatchConnectionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        body=body,
        provider_config_key=provider_config_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PatchConnectionRequest,
    provider_config_key: str,
) -> ErrorResponse | SuccessResponse | None:
    """Update a connection

     Updates the end user, the tags (the whole tag set is replaced; setting `end_user` also regenerates
    the tags) or the webhook URL override of a connection.

    Args:
        connection_id (str):
        provider_config_key (str):
        body (PatchConnectionRequest):

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
            body=body,
            provider_config_key=provider_config_key,
        )
    ).parsed
