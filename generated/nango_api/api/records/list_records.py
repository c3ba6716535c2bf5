import datetime
from http import HTTPStatus
from typing import Any

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.error_response import ErrorResponse
from nango_api.models.list_records_response import ListRecordsResponse
from nango_api.types import UNSET, Response, Unset


def _get_kwargs(
    *,
    model: str,
    variant: str | Unset = UNSET,
    modified_after: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    connection_id: str,
    provider_config_key: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Connection-Id"] = connection_id

    headers["Provider-Config-Key"] = provider_config_key

    params: dict[str, Any] = {}

    params["model"] = model

    params["variant"] = variant

    json_modified_after: str | Unset = UNSET
    if not isinstance(modified_after, Unset):
        json_modified_after = modified_after.isoformat()
    params["modified_after"] = json_modified_after

    params["limit"] = limit

    params["filter"] = filter_

    params["cursor"] = cursor

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/records/",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListRecordsResponse | None:
    if response.status_code == 200:
        response_200 = ListRecordsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListRecordsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    model: str,
    variant: str | Unset = UNSET,
    modified_after: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    connection_id: str,
    provider_config_key: str,
) -> Response[ErrorResponse | ListRecordsResponse]:
    """List records

     Returns the records a sync stored for one connection and model, oldest change first, one page at a
    time. Pass the returned `next_cursor` as `cursor` to get the next page (it is `null` on the last
    page). The path has a trailing slash because the Node SDK sends `GET /records/`.

    Args:
        model (str):
        variant (str | Unset):
        modified_after (datetime.datetime | Unset):
        limit (int | Unset):
        filter_ (str | Unset):
        cursor (str | Unset):
        ids (list[str] | Unset):
        connection_id (str):
        provider_config_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListRecordsResponse]
    """

    kwargs = _get_kwargs(
        model=model,
        variant=variant,
        modified_after=modified_after,
        limit=limit,
        filter_=filter_,
        cursor=cursor,
        ids=ids,
        connection_id=connection_id,
        provider_config_key=provider_config_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    model: str,
    variant: str | Unset = UNSET,
    modified_after: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    connection_id: str,
    provider_config_key: str,
) -> ErrorResponse | ListRecordsResponse | None:
    """List records

     Returns the records a sync stored for one connection and model, oldest change first, one page at a
    time. Pass the returned `next_cursor` as `cursor` to get the next page (it is `null` on the last
    page). The path has a trailing slash because the Node SDK sends `GET /records/`.

    Args:
        model (str):
        variant (str | Unset):
        modified_after (datetime.datetime | Unset):
        limit (int | Unset):
        filter_ (str | Unset):
        cursor (str | Unset):
        ids (list[str] | Unset):
        connection_id (str):
        provider_config_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListRecordsResponse
    """

    return sync_detailed(
        client=client,
        model=model,
        variant=variant,
        modified_after=modified_after,
        limit=limit,
        filter_=filter_,
        cursor=cursor,
        ids=ids,
        connection_id=connection_id,
        provider_config_key=provider_config_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    model: str,
    variant: str | Unset = UNSET,
    modified_after: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    connection_id: str,
    provider_config_key: str,
) -> Response[ErrorResponse | ListRecordsResponse]:
    """List records

     Returns the records a sync stored for one connection and model, oldest change first, one page at a
    time. Pass the returned `next_cursor` as `cursor` to get the next page (it is `null` on the last
    page). The path has a trailing slash because the Node SDK sends `GET /records/`.

    Args:
        model (str):
        variant (str | Unset):
        modified_after (datetime.datetime | Unset):
        limit (int | Unset):
        filter_ (str | Unset):
        cursor (str | Unset):
        ids (list[str] | Unset):
        connection_id (str):
        provider_config_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListRecordsResponse]
    """

    kwargs = _get_kwargs(
        model=model,
        variant=variant,
        modified_after=modified_after,
        limit=limit,
        filter_=filter_,
        cursor=cursor,
        ids=ids,
        connection_id=connection_id,
        provider_config_key=provider_config_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    model: str,
    variant: str | Unset = UNSET,
    modified_after: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    connection_id: str,
    provider_config_key: str,
) -> ErrorResponse | ListRecordsResponse | None:
    """List records

     Returns the records a sync stored for one connection and model, oldest change first, one page at a
    time. Pass the returned `next_cursor` as `cursor` to get the next page (it is `null` on the last
    page). The path has a trailing slash because the Node SDK sends `GET /records/`.

    Args:
        model (str):
        variant (str | Unset):
        modified_after (datetime.datetime | Unset):
        limit (int | Unset):
        filter_ (str | Unset):
        cursor (str | Unset):
        ids (list[str] | Unset):
        connection_id (str):
        provider_config_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListRecordsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            model=model,
            variant=variant,
            modified_after=modified_after,
            limit=limit,
            filter_=filter_,
            cursor=cursor,
            ids=ids,
            connection_id=connection_id,
            provider_config_key=provider_config_key,
        )
    ).parsed
