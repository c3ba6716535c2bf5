from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.error_response import ErrorResponse
from nango_api.types import UNSET, Response, Unset


def _get_kwargs(
    endpoint: str,
    *,
    connection_id: str,
    provider_config_key: str,
    base_url_override: str | Unset = UNSET,
    nango_activity_log_id: str | Unset = UNSET,
    retries: int | Unset = UNSET,
    decompress: bool | Unset = UNSET,
    retry_on: str | Unset = UNSET,
    forward_headers_on_redirect: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Connection-Id"] = connection_id

    headers["Provider-Config-Key"] = provider_config_key

    if not isinstance(base_url_override, Unset):
        headers["Base-Url-Override"] = base_url_override

    if not isinstance(nango_activity_log_id, Unset):
        headers["Nango-Activity-Log-Id"] = nango_activity_log_id

    if not isinstance(retries, Unset):
        headers["Retries"] = str(retries)

    if not isinstance(decompress, Unset):
        headers["Decompress"] = "true" if decompress else "false"

    if not isinstance(retry_on, Unset):
        headers["Retry-On"] = retry_on

    if not isinstance(forward_headers_on_redirect, Unset):
        headers["Forward-Headers-On-Redirect"] = (
            "true" if forward_headers_on_redirect else "false"
        )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/proxy/{endpoint}".format(
            endpoint=quote(str(endpoint), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = response.json()
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
) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    endpoint: str,
    *,
    client: AuthenticatedClient | Client,
    connection_id: str,
    provider_config_key: str,
    base_url_override: str | Unset = UNSET,
    nango_activity_log_id: str | Unset = UNSET,
    retries: int | Unset = UNSET,
    decompress: bool | Unset = UNSET,
    retry_on: str | Unset = UNSET,
    forward_headers_on_redirect: bool | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Proxy a GET request

     Sends a GET request to the provider's API with the connection's credentials and returns the
    provider's answer as is (any status). Headers prefixed `Nango-Proxy-` are forwarded without the
    prefix.

    Args:
        endpoint (str):
        connection_id (str):
        provider_config_key (str):
        base_url_override (str | Unset):
        nango_activity_log_id (str | Unset):
        retries (int | Unset):
        decompress (bool | Unset):
        retry_on (str | Unset):
        forward_headers_on_redirect (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        endpoint=endpoint,
        connection_id=connection_id,
        provider_config_key=provider_config_key,
        base_url_override=base_url_override,
        nango_activity_log_id=nango_activity_log_id,
        retries=retries,
        decompress=decompress,
        retry_on=retry_on,
        forward_headers_on_redirect=forward_headers_on_redirect,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint: str,
    *,
    client: AuthenticatedClient | Client,
    connection_id: str,
    provider_config_key: str,
    base_url_override: str | Unset = UNSET,
    nango_activity_log_id: str | Unset = UNSET,
    retries: int | Unset = UNSET,
    decompress: bool | Unset = UNSET,
    retry_on: str | Unset = UNSET,
    forward_headers_on_redirect: bool | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Proxy a GET request

     Sends a GET request to the provider's API with the connection's credentials and returns the
    provider's answer as is (any status). Headers prefixed `Nango-Proxy-` are forwarded without the
    prefix.

    Args:
        endpoint (str):
        connection_id (str):
        provider_config_key (str):
        base_url_override (str | Unset):
        nango_activity_log_id (str | Unset):
        retries (int | Unset):
        decompress (bool | Unset):
        retry_on (str | Unset):
        forward_headers_on_redirect (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        endpoint=endpoint,
        client=client,
        connection_id=connection_id,
        provider_config_key=provider_config_key,
        base_url_override=base_url_override,
        nango_activity_log_id=nango_activity_log_id,
        retries=retries,
        decompress=decompress,
        retry_on=retry_on,
        forward_headers_on_redirect=forward_headers_on_redirect,
    ).parsed


async def asyncio_detailed(
    endpoint: str,
    *,
    client: AuthenticatedClient | Client,
    connection_id: str,
    provider_config_key: str,
    base_url_override: str | Unset = UNSET,
    nango_activity_log_id: str | Unset = UNSET,
    retries: int | Unset = UNSET,
    decompress: bool | Unset = UNSET,
    retry_on: str | Unset = UNSET,
    forward_headers_on_redirect: bool | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Proxy a GET request

     Sends a GET request to the provider's API with the connection's credentials and returns the
    provider's answer as is (any status). Headers prefixed `Nango-Proxy-` are forwarded without the
    prefix.

    Args:
        endpoint (str):
        connection_id (str):
        provider_config_key (str):
        base_url_override (str | Unset):
        nango_activity_log_id (str | Unset):
        retries (int | Unset):
        decompress (bool | Unset):
        retry_on (str | Unset):
        forward_headers_on_redirect (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        endpoint=endpoint,
        connection_id=connection_id,
        provider_config_key=provider_config_key,
        base_url_override=base_url_override,
        nango_activity_log_id=nango_activity_log_id,
        retries=retries,
        decompress=decompress,
        retry_on=retry_on,
        forward_headers_on_redirect=forward_headers_on_redirect,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint: str,
    *,
    client: AuthenticatedClient | Client,
    connection_id: str,
    provider_config_key: str,
    base_url_override: str | Unset = UNSET,
    nango_activity_log_id: str | Unset = UNSET,
    retries: int | Unset = UNSET,
    decompress: bool | Unset = UNSET,
    retry_on: str | Unset = UNSET,
    forward_headers_on_redirect: bool | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Proxy a GET request

     Sends a GET request to the provider's API with the connection's credentials and returns the
    provider's answer as is (any status). Headers prefixed `Nango-Proxy-` are forwarded without the
    prefix.

    Args:
        endpoint (str):
        connection_id (str):
        provider_config_key (str):
        base_url_override (str | Unset):
        nango_activity_log_id (str | Unset):
        retries (int | Unset):
        decompress (bool | Unset):
        retry_on (str | Unset):
        forward_headers_on_redirect (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            endpoint=endpoint,
            client=client,
            connection_id=connection_id,
            provider_config_key=provider_config_key,
            base_url_override=base_url_override,
            nango_activity_log_id=nango_activity_log_id,
            retries=retries,
            decompress=decompress,
            retry_on=retry_on,
            forward_headers_on_redirect=forward_headers_on_redirect,
        )
    ).parsed
