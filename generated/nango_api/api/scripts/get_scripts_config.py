from http import HTTPStatus
from typing import Any

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.error_response import ErrorResponse
from nango_api.models.open_ai_functions_response import OpenAIFunctionsResponse
from nango_api.models.scripts_config_format import ScriptsConfigFormat
from nango_api.models.standard_nango_config import StandardNangoConfig
from nango_api.types import UNSET, Response, Unset


def _get_kwargs(
    *,
    format_: ScriptsConfigFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/scripts/config",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[StandardNangoConfig] | OpenAIFunctionsResponse | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> list[StandardNangoConfig] | OpenAIFunctionsResponse:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = []
                _response_200_type_0 = data
                for (
                    componentsschemas_standard_nango_config_list_item_data
                ) in _response_200_type_0:
                    componentsschemas_standard_nango_config_list_item = (
                        StandardNangoConfig.from_dict(
                            componentsschemas_standard_nango_config_list_item_data
                        )
                    )

                    response_200_type_0.append(
                        componentsschemas_standard_nango_config_list_item
                    )

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = OpenAIFunctionsResponse.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[ErrorResponse | list[StandardNangoConfig] | OpenAIFunctionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    format_: ScriptsConfigFormat | Unset = UNSET,
) -> Response[ErrorResponse | list[StandardNangoConfig] | OpenAIFunctionsResponse]:
    """Get the scripts configuration

     Returns the configuration of every deployed sync and action, per integration. With `format=nango`
    (default) the body is a JSON array of `StandardNangoConfig`; with `format=openai` it is an object
    `{data: OpenAIFunction[]}` (one function-calling definition per action/sync). When nothing is
    deployed in the environment the server answers `[]` for both formats (it sends `[]` before looking
    at `format`; example `empty`), so a `format=openai` client must also accept an empty array.

    Args:
        format_ (ScriptsConfigFormat | Unset): Output format of `getScriptsConfig`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[StandardNangoConfig] | OpenAIFunctionsResponse]
    """

    kwargs = _get_kwargs(
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    format_: ScriptsConfigFormat | Unset = UNSET,
) -> ErrorResponse | list[StandardNangoConfig] | OpenAIFunctionsResponse | None:
    """Get the scripts configuration

     Returns the configuration of every deployed sync and action, per integration. With `format=nango`
    (default) the body is a JSON array of `StandardNangoConfig`; with `format=openai` it is an object
    `{data: OpenAIFunction[]}` (one function-calling definition per action/sync). When nothing is
    deployed in the environment the server answers `[]` for both formats (it sends `[]` before looking
    at `format`; example `empty`), so a `format=openai` client must also accept an empty array.

    Args:
        format_ (ScriptsConfigFormat | Unset): Output format of `getScriptsConfig`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[StandardNangoConfig] | OpenAIFunctionsResponse
    """

    return sync_detailed(
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    format_: ScriptsConfigFormat | Unset = UNSET,
) -> Response[ErrorResponse | list[StandardNangoConfig] | OpenAIFunctionsResponse]:
    """Get the scripts configuration

     Returns the configuration of every deployed sync and action, per integration. With `format=nango`
    (default) the body is a JSON array of `StandardNangoConfig`; with `format=openai` it is an object
    `{data: OpenAIFunction[]}` (one function-calling definition per action/sync). When nothing is
    deployed in the environment the server answers `[]` for both formats (it sends `[]` before looking
    at `format`; example `empty`), so a `format=openai` client must also accept an empty array.

    Args:
        format_ (ScriptsConfigFormat | Unset): Output format of `getScriptsConfig`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[StandardNangoConfig] | OpenAIFunctionsResponse]
    """

    kwargs = _get_kwargs(
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    format_: ScriptsConfigFormat | Unset = UNSET,
) -> ErrorResponse | list[StandardNangoConfig] | OpenAIFunctionsResponse | None:
    """Get the scripts configuration

     Returns the configuration of every deployed sync and action, per integration. With `format=nango`
    (default) the body is a JSON array of `StandardNangoConfig`; with `format=openai` it is an object
    `{data: OpenAIFunction[]}` (one function-calling definition per action/sync). When nothing is
    deployed in the environment the server answers `[]` for both formats (it sends `[]` before looking
    at `format`; example `empty`), so a `format=openai` client must also accept an empty array.

    Args:
        format_ (ScriptsConfigFormat | Unset): Output format of `getScriptsConfig`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[StandardNangoConfig] | OpenAIFunctionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            format_=format_,
        )
    ).parsed
