from http import HTTPStatus
from typing import Any

import httpx

from nango_api import errors
from nango_api.client import AuthenticatedClient, Client
from nango_api.models.error_response import ErrorResponse
from nango_api.models.function_deployment_code_request import (
    FunctionDeploymentCodeRequest,
)
from nango_api.models.function_deployment_create_response import (
    FunctionDeploymentCreateResponse,
)
from nango_api.models.function_deployment_template_request import (
    FunctionDeploymentTemplateRequest,
)
from nango_api.types import Response


def _get_kwargs(
    *,
    body: FunctionDeploymentCodeRequest | FunctionDeploymentTemplateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/functions/deployments",
    }

    if isinstance(body, FunctionDeploymentCodeRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FunctionDeploymentCreateResponse | None:
    if response.status_code == 202:
        response_202 = FunctionDeploymentCreateResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[ErrorResponse | FunctionDeploymentCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FunctionDeploymentCodeRequest | FunctionDeploymentTemplateRequest,
) -> Response[ErrorResponse | FunctionDeploymentCreateResponse]:
    """Deploy a function

     Deploys a function onto an existing integration, asynchronously: `type: function` deploys the
    submitted TypeScript source, `type: template` a template of the provider's catalog (`GET
    /providers/{provider}/templates`). Poll `GET /functions/deployments/{id}` until `status` is
    `success` or `failed`. Needs an API key with the `environment:deploy` scope. A body without a valid
    `type` gives 400 `invalid_union`; a template onto an unknown integration 404
    `integration_not_found`.

    Args:
        body (FunctionDeploymentCodeRequest | FunctionDeploymentTemplateRequest): A deployment of
            submitted source code or of a catalog template, by `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FunctionDeploymentCreateResponse]
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
    body: FunctionDeploymentCodeRequest | FunctionDeploymentTemplateRequest,
) -> ErrorResponse | FunctionDeploymentCreateResponse | None:
    """Deploy a function

     Deploys a function onto an existing integration, asynchronously: `type: function` deploys the
    submitted TypeScript source, `type: template` a template of the provider's catalog (`GET
    /providers/{provider}/templates`). Poll `GET /functions/deployments/{id}` until `status` is
    `success` or `failed`. Needs an API key with the `environment:deploy` scope. A body without a valid
    `type` gives 400 `invalid_union`; a template onto an unknown integration 404
    `integration_not_found`.

    Args:
        body (FunctionDeploymentCodeRequest | FunctionDeploymentTemplateRequest): A deployment of
            submitted source code or of a catalog template, by `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FunctionDeploymentCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FunctionDeploymentCodeRequest | FunctionDeploymentTemplateRequest,
) -> Response[ErrorResponse | FunctionDeploymentCreateResponse]:
    """Deploy a function

     Deploys a function onto an existing integration, asynchronously: `type: function` deploys the
    submitted TypeScript source, `type: template` a template of the provider's catalog (`GET
    /providers/{provider}/templates`). Poll `GET /functions/deployments/{id}` until `status` is
    `success` or `failed`. Needs an API key with the `environment:deploy` scope. A body without a valid
    `type` gives 400 `invalid_union`; a template onto an unknown integration 404
    `integration_not_found`.

    Args:
        body (FunctionDeploymentCodeRequest | FunctionDeploymentTemplateRequest): A deployment of
            submitted source code or of a catalog template, by `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FunctionDeploymentCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FunctionDeploymentCodeRequest | FunctionDeploymentTemplateRequest,
) -> ErrorResponse | FunctionDeploymentCreateResponse | None:
    """Deploy a function

     Deploys a function onto an existing integration, asynchronously: `type: function` deploys the
    submitted TypeScript source, `type: template` a template of the provider's catalog (`GET
    /providers/{provider}/templates`). Poll `GET /functions/deployments/{id}` until `status` is
    `success` or `failed`. Needs an API key with the `environment:deploy` scope. A body without a valid
    `type` gives 400 `invalid_union`; a template onto an unknown integration 404
    `integration_not_found`.

    Args:
        body (FunctionDeploymentCodeRequest | FunctionDeploymentTemplateRequest): A deployment of
            submitted source code or of a catalog template, by `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FunctionDeploymentCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
