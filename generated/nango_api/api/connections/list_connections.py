from http import HTTPStatus
from typing import Any

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.connection_tags_filter import ConnectionTagsFilter
from nango_api.models.error_response import ErrorResponse
from nango_api.models.list_connections_response import ListConnectionsResponse
from nango_api.types import UNSET, Response, Unset


def _get_kwargs(
    *,
    connection_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    end_user_id: str | Unset = UNSET,
    end_user_organization_id: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    tags: ConnectionTagsFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["connectionId"] = connection_id

    params["search"] = search

    params["endUserId"] = end_user_id

    params["endUserOrganizationId"] = end_user_organization_id

    params["integrationId"] = integration_id

    params["limit"] = limit

    params["page"] = page

    json_tags: dict[str, Any] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags.to_dict()
    if not isinstance(json_tags, Unset):
        params.update(json_tags)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListConnectionsResponse | None:
    if response.status_code == 200:
        response_200 = ListConnectionsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListConnectionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    connection_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    end_user_id: str | Unset = UNSET,
    end_user_organization_id: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    tags: ConnectionTagsFilter | Unset = UNSET,
) -> Response[ErrorResponse | ListConnectionsResponse]:
    """List connections

     Lists the connections of the environment, newest first, without credentials. All filters are
    optional and combined with AND. Unknown query parameters are rejected by the server.

    Args:
        connection_id (str | Unset):
        search (str | Unset):
        end_user_id (str | Unset):
        end_user_organization_id (str | Unset):
        integration_id (str | Unset):
        limit (int | Unset):
        page (int | Unset):
        tags (ConnectionTagsFilter | Unset): Tag filter for listing connections, serialized as
            `tags[<key>]=<value>` query pairs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListConnectionsResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        search=search,
        end_user_id=end_user_id,
        end_user_organization_id=end_user_organization_id,
        integration_id=integration_id,
        limit=limit,
        page=page,
        tags=tags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    connection_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    end_user_id: str | Unset = UNSET,
    end_user_organization_id: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    tags: ConnectionTagsFilter | Unset = UNSET,
) -> ErrorResponse | ListConnectionsResponse | None:
    """List connections

     Lists the connections of the environment, newest first, without credentials. All filters are
    optional and combined with AND. Unknown query parameters are rejected by the server.

    Args:
        connection_id (str | Unset):
        search (str | Unset):
        end_user_id (str | Unset):
        end_user_organization_id (str | Unset):
        integration_id (str | Unset):
        limit (int | Unset):
        page (int | Unset):
        tags (ConnectionTagsFilter | Unset): Tag filter for listing connections, serialized as
            `tags[<key>]=<value>` query pairs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListConnectionsResponse
    """

    return sync_detailed(
        client=client,
        connection_id=connection_id,
        search=search,
        end_user_id=end_user_id,
        end_user_organization_id=end_user_organization_id,
        integration_id=integration_id,
        limit=limit,
        page=page,
        tags=tags,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    connection_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    end_user_id: str | Unset = UNSET,
    end_user_organization_id: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    tags: ConnectionTagsFilter | Unset = UNSET,
) -> Response[ErrorResponse | ListConnectionsResponse]:
    """List connections

     Lists the connections of the environment, newest first, without credentials. All filters are
    optional and combined with AND. Unknown query parameters are rejected by the server.

    Args:
        connection_id (str | Unset):
        search (str | Unset):
        end_user_id (str | Unset):
        end_user_organization_id (str | Unset):
        integration_id (str | Unset):
        limit (int | Unset):
        page (int | Unset):
        tags (ConnectionTagsFilter | Unset): Tag filter for listing connections, serialized as
            `tags[<key>]=<value>` query pairs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListConnectionsResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        search=search,
        end_user_id=end_user_id,
        end_user_organization_id=end_user_organization_id,
        integration_id=integration_id,
        limit=limit,
        page=page,
        tags=tags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    connection_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    end_user_id: str | Unset = UNSET,
    end_user_organization_id: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    tags: ConnectionTagsFilter | Unset = UNSET,
) -> ErrorResponse | ListConnectionsResponse | None:
    """List connections

     Lists the connections of the environment, newest first, without credentials. All filters are
    optional and combined with AND. Unknown query parameters are rejected by the server.

    Args:
        connection_id (str | Unset):
        search (str | Unset):
        end_user_id (str | Unset):
        end_user_organization_id (str | Unset):
        integration_id (str | Unset):
        limit (int | Unset):
        page (int | Unset):
        tags (ConnectionTagsFilter | Unset): Tag filter for listing connections, serialized as
            `tags[<key>]=<value>` query pairs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListConnectionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            connection_id=connection_id,
            search=search,
            end_user_id=end_user_id,
            end_user_organization_id=end_user_organization_id,
            integration_id=integration_id,
            limit=limit,
            page=page,
            tags=tags,
        )
    ).parsed
