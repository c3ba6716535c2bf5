"""``Nango.with_raw_response``'s static type (see the async source).

Derived from ``nango/_async/raw.py`` by ``scripts/unasync.py``: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Protocol, Unpack, overload

if TYPE_CHECKING:
    import threading
    from collections.abc import Mapping, Sequence
    from datetime import datetime

    from .._args import SyncRef
    from .._generated import models
    from .._proxy import ProxyOptions
    from .._raw import RawResponse
    from .._results import (
        IntegrationConfigs,
        NewApiKeyResponse,
        NewWebhookSigningKeyResponse,
        OAuth1Token,
        ProxyResponse,
        RecordsPage,
    )


class RawMethods(Protocol):
    """``Nango.with_raw_response``: ``nango.with_raw_response.<method>(...)``
    returns a ``RawResponse`` of the method's result."""

    def list_providers(
        self, *, search: str | None = ...
    ) -> RawResponse[models.ListProvidersResponse]: ...

    def get_provider(self, provider: str) -> RawResponse[models.GetProviderResponse]: ...

    def get_provider_templates(
        self, provider: str
    ) -> RawResponse[models.GetProviderTemplatesResponse]: ...

    def list_integrations(self) -> RawResponse[IntegrationConfigs]: ...

    def get_integration(
        self, unique_key: str, *, include: Sequence[str] | None = ...
    ) -> RawResponse[models.IntegrationResponse]: ...

    def create_integration(
        self,
        provider: str,
        unique_key: str,
        *,
        display_name: str | None = ...,
        credentials: Mapping[str, Any] | None = ...,
        forward_webhooks: bool | None = ...,
        integration_config: Mapping[str, Any] | None = ...,
        custom: Mapping[str, Any] | None = ...,
    ) -> RawResponse[models.IntegrationResponse]: ...

    def create_quickstart_integration(
        self,
        provider: str,
        unique_key: str,
        *,
        display_name: str | None = ...,
        forward_webhooks: bool | None = ...,
    ) -> RawResponse[models.IntegrationResponse]: ...

    def update_integration(
        self,
        unique_key: str,
        *,
        new_unique_key: str | None = ...,
        display_name: str | None = ...,
        credentials: Mapping[str, Any] | None = ...,
        forward_webhooks: bool | None = ...,
        integration_config: Mapping[str, Any] | None = ...,
        custom: Mapping[str, Any] | None = ...,
    ) -> RawResponse[models.IntegrationResponse]: ...

    def delete_integration(
        self, provider_config_key: str
    ) -> RawResponse[models.SuccessResponse]: ...

    def list_functions(
        self,
        unique_key: str,
        *,
        type: Literal["sync", "action"] | None = ...,
        search: str | None = ...,
        page: int | None = ...,
        limit: int | None = ...,
    ) -> RawResponse[models.ListFunctionsResponse]: ...

    def get_function(
        self, unique_key: str, name: str, *, type: Literal["sync", "action"] | None = ...
    ) -> RawResponse[models.GetFunctionResponse]: ...

    def get_function_code(
        self, unique_key: str, name: str, *, type: Literal["sync", "action"] | None = ...
    ) -> RawResponse[models.FunctionCode]: ...

    def delete_function(
        self, unique_key: str, name: str, *, type: Literal["sync", "action"]
    ) -> RawResponse[models.DeleteFunctionResponse]: ...

    def compile_function(self, code: str) -> RawResponse[models.FunctionCompileResponse]: ...

    def dry_run_function(
        self,
        integration_id: str,
        function_type: Literal["action", "sync"],
        code: str,
        connection_id: str,
        *,
        input: Any = ...,
        metadata: Mapping[str, Any] | None = ...,
        checkpoint: Mapping[str, Any] | None = ...,
        last_sync_date: datetime | str | None = ...,
    ) -> RawResponse[models.FunctionDryrunCreateResponse]: ...

    def get_function_dry_run(self, id: str) -> RawResponse[models.FunctionDryrun]: ...

    def wait_for_function_dry_run(
        self,
        id: str,
        *,
        timeout: float = ...,
        poll_interval: float = ...,
        cancel: threading.Event | None = ...,
    ) -> RawResponse[models.FunctionDryrun]: ...

    def deploy_function(
        self,
        integration_id: str,
        function_name: str,
        function_type: Literal["action", "sync"],
        code: str,
        *,
        version: str | None = ...,
        allow_destructive: bool | None = ...,
    ) -> RawResponse[models.FunctionDeploymentCreateResponse]: ...

    def deploy_template(
        self,
        integration_id: str,
        template: str,
        *,
        function_type: Literal["action", "sync"] | None = ...,
    ) -> RawResponse[models.FunctionDeploymentCreateResponse]: ...

    def get_function_deployment(self, id: str) -> RawResponse[models.FunctionDeployment]: ...

    def wait_for_function_deployment(
        self,
        id: str,
        *,
        timeout: float = ...,
        poll_interval: float = ...,
        cancel: threading.Event | None = ...,
    ) -> RawResponse[models.FunctionDeployment]: ...

    def list_connections(
        self,
        *,
        connection_id: str | None = ...,
        user_id: str | None = ...,
        integration_id: str | Sequence[str] | None = ...,
        tags: Mapping[str, str] | None = ...,
        search: str | None = ...,
        end_user_organization_id: str | None = ...,
        limit: int | None = ...,
        page: int | None = ...,
    ) -> RawResponse[models.ListConnectionsResponse]: ...

    def get_connection(
        self,
        provider_config_key: str,
        connection_id: str,
        force_refresh: bool = ...,
        refresh_token: bool = ...,
        refresh_github_app_jwt_token: bool = ...,
    ) -> RawResponse[models.Connection]: ...

    def patch_connection(
        self,
        provider_config_key: str,
        connection_id: str,
        *,
        tags: Mapping[str, str] | None = ...,
        end_user: Mapping[str, Any] | None = ...,
        webhook_url_override: str | None = ...,
    ) -> RawResponse[models.SuccessResponse]: ...

    def get_token(
        self,
        provider_config_key: str,
        connection_id: str,
        force_refresh: bool = ...,
        refresh_github_app_jwt_token: bool = ...,
    ) -> RawResponse[str | OAuth1Token | dict[str, Any]]: ...

    def get_raw_token_response(
        self,
        provider_config_key: str,
        connection_id: str,
        force_refresh: bool = ...,
        refresh_github_app_jwt_token: bool = ...,
    ) -> RawResponse[dict[str, Any] | None]: ...

    def get_metadata(
        self, provider_config_key: str, connection_id: str
    ) -> RawResponse[dict[str, Any] | None]: ...

    def set_metadata(
        self,
        provider_config_key: str,
        connection_id: str | Sequence[str],
        metadata: Mapping[str, Any],
    ) -> RawResponse[models.MetadataResponse]: ...

    def update_metadata(
        self,
        provider_config_key: str,
        connection_id: str | Sequence[str],
        metadata: Mapping[str, Any],
    ) -> RawResponse[models.MetadataResponse]: ...

    def delete_connection(
        self, provider_config_key: str, connection_id: str
    ) -> RawResponse[models.SuccessResponse]: ...

    def wait_for_connection(
        self,
        integration_key: str,
        user_id: str,
        *,
        timeout: float = ...,
        poll_interval: float = ...,
        cancel: threading.Event | None = ...,
    ) -> RawResponse[models.ConnectionListItem]: ...

    def create_connect_session(
        self,
        *,
        tags: Mapping[str, str] | None = ...,
        end_user: Mapping[str, Any] | None = ...,
        organization: Mapping[str, Any] | None = ...,
        allowed_integrations: Sequence[str] | None = ...,
        integrations_config_defaults: Mapping[str, Any] | None = ...,
        overrides: Mapping[str, Any] | None = ...,
        webhook_url_override: str | None = ...,
    ) -> RawResponse[models.ConnectSessionResponse]: ...

    def create_reconnect_session(
        self,
        connection_id: str,
        integration_id: str,
        *,
        tags: Mapping[str, str] | None = ...,
        end_user: Mapping[str, Any] | None = ...,
        organization: Mapping[str, Any] | None = ...,
        integrations_config_defaults: Mapping[str, Any] | None = ...,
        overrides: Mapping[str, Any] | None = ...,
        webhook_url_override: str | None = ...,
    ) -> RawResponse[models.ConnectSessionResponse]: ...

    def get_connect_session(self, token: str) -> RawResponse[models.GetConnectSessionResponse]: ...

    def delete_connect_session(self, token: str) -> RawResponse[None]: ...

    @overload
    def get_scripts_config(
        self, format: Literal["nango"] = ...
    ) -> RawResponse[list[models.StandardNangoConfig]]: ...

    @overload
    def get_scripts_config(
        self, format: Literal["openai"]
    ) -> RawResponse[models.OpenAIFunctionsResponse]: ...

    def list_records(
        self,
        provider_config_key: str,
        connection_id: str,
        model: str,
        *,
        variant: str | None = ...,
        cursor: str | None = ...,
        limit: int | None = ...,
        filter: str | None = ...,
        modified_after: datetime | str | None = ...,
        ids: Sequence[str] | None = ...,
    ) -> RawResponse[RecordsPage]: ...

    def prune_records(
        self,
        provider_config_key: str,
        connection_id: str,
        model: str,
        until_cursor: str,
        *,
        variant: str | None = ...,
        limit: int | None = ...,
    ) -> RawResponse[models.PruneRecordsResponse]: ...

    def trigger_sync(
        self,
        provider_config_key: str,
        syncs: Sequence[SyncRef] | None = ...,
        connection_id: str | None = ...,
        *,
        reset: bool | None = ...,
        empty_cache: bool | None = ...,
    ) -> RawResponse[models.SuccessResponse]: ...

    def start_sync(
        self, provider_config_key: str, syncs: Sequence[SyncRef], connection_id: str | None = ...
    ) -> RawResponse[models.SuccessResponse]: ...

    def pause_sync(
        self, provider_config_key: str, syncs: Sequence[SyncRef], connection_id: str | None = ...
    ) -> RawResponse[models.SuccessResponse]: ...

    def sync_status(
        self,
        provider_config_key: str,
        syncs: Literal["*"] | Sequence[SyncRef],
        connection_id: str | None = ...,
    ) -> RawResponse[models.SyncStatusResponse]: ...

    def update_sync_connection_frequency(
        self, provider_config_key: str, sync: SyncRef, connection_id: str, frequency: str | None
    ) -> RawResponse[models.UpdateSyncFrequencyResponse]: ...

    def create_sync_variant(
        self, provider_config_key: str, connection_id: str, name: str, variant: str
    ) -> RawResponse[models.SyncVariant]: ...

    def delete_sync_variant(
        self, provider_config_key: str, connection_id: str, name: str, variant: str
    ) -> RawResponse[models.SuccessResponse]: ...

    def get_environment_variables(self) -> RawResponse[list[models.EnvironmentVariable]]: ...

    def create_environment(
        self,
        name: str,
        *,
        is_production: bool | None = ...,
        callback_url: str | None = ...,
        hmac_key: str | None = ...,
        hmac_enabled: bool | None = ...,
        slack_notifications: bool | None = ...,
        otlp_endpoint: str | None = ...,
        otlp_headers: Mapping[str, str] | Sequence[Mapping[str, str]] | None = ...,
    ) -> RawResponse[models.CreateEnvironmentResponse]: ...

    def delete_environment(self, environment_id: int) -> RawResponse[None]: ...

    def create_api_key(
        self, environment_id: int, display_name: str
    ) -> RawResponse[NewApiKeyResponse]: ...

    def delete_api_key(
        self, environment_id: int, key_id: int
    ) -> RawResponse[models.SuccessResponse]: ...

    def rotate_webhook_signing_key(self) -> RawResponse[NewWebhookSigningKeyResponse]: ...

    def trigger_action(
        self, provider_config_key: str, connection_id: str, action_name: str, input: Any = ...
    ) -> RawResponse[Any]: ...

    def trigger_action_async(
        self, provider_config_key: str, connection_id: str, action_name: str, input: Any = ...
    ) -> RawResponse[models.AsyncActionResponse]: ...

    def get_async_action_result(
        self, *, id: str | None = ..., status_url: str | None = ...
    ) -> RawResponse[Any]: ...

    def proxy(
        self,
        endpoint: str,
        provider_config_key: str | None = ...,
        connection_id: str | None = ...,
        *,
        method: str = ...,
        **options: Unpack[ProxyOptions],
    ) -> RawResponse[ProxyResponse]: ...

    def get(
        self,
        endpoint: str,
        provider_config_key: str | None = ...,
        connection_id: str | None = ...,
        **options: Unpack[ProxyOptions],
    ) -> RawResponse[ProxyResponse]: ...

    def post(
        self,
        endpoint: str,
        provider_config_key: str | None = ...,
        connection_id: str | None = ...,
        **options: Unpack[ProxyOptions],
    ) -> RawResponse[ProxyResponse]: ...

    def put(
        self,
        endpoint: str,
        provider_config_key: str | None = ...,
        connection_id: str | None = ...,
        **options: Unpack[ProxyOptions],
    ) -> RawResponse[ProxyResponse]: ...

    def patch(
        self,
        endpoint: str,
        provider_config_key: str | None = ...,
        connection_id: str | None = ...,
        **options: Unpack[ProxyOptions],
    ) -> RawResponse[ProxyResponse]: ...

    def delete(
        self,
        endpoint: str,
        provider_config_key: str | None = ...,
        connection_id: str | None = ...,
        **options: Unpack[ProxyOptions],
    ) -> RawResponse[ProxyResponse]: ...
