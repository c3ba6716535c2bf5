"""``AsyncNango``: every ``@nangohq/node`` method as a coroutine.

This file is the source of ``nango/_sync/client.py`` (``Nango``), which ``scripts/unasync``
derives from it; edit this one and rerun the script.
"""

from __future__ import annotations

import copy
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping, Sequence
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar, Unpack, cast, overload

import httpx

from .. import _args, _http, _paging, _parse, _proxy, _secrets, _signing, _tokens
from .._concurrency import async_cancel_event, async_sleep
from .._generated import api, models, types
from .._proxy import ProxyOptions
from .._raw import RawResponses
from .._results import (
    IntegrationConfigs,
    NewApiKeyResponse,
    NewWebhookSigningKeyResponse,
    OAuth1Token,
    ProxyResponse,
    RecordsPage,
)
from .._tokens import HeaderHook
from ..errors import (
    NangoTypeError,
    NangoValueError,
    WaitCancelled,
    WaitForConnectionCancelled,
    WaitForConnectionTimeout,
    WaitTimeout,
)
from .auth import AsyncConnectionAuth
from .core import AsyncCore

if TYPE_CHECKING:
    import asyncio

    from .._args import SyncRef
    from .raw import AsyncRawMethods

T = TypeVar("T")
FINAL_STATUSES = frozenset({"success", "failed"})


class _Job(Protocol):
    """A dry run or a deployment."""

    status: str


J = TypeVar("J", bound=_Job)


class AsyncNango:
    """Async Nango client (Node: ``new Nango({...})``); one connection pool per instance.

    ``secret_key`` falls back to ``NANGO_SECRET_KEY``, ``host`` to ``NANGO_HOST`` then
    ``https://api.nango.dev``, ``webhook_signing_key`` (a key, or several while a rotation
    settles: a sequence or a comma-separated str) to ``NANGO_WEBHOOK_SIGNING_KEY``
    (comma-separated). ``connection_id``/``provider_config_key`` are defaults for the proxy
    methods only.
    ``timeout`` is in seconds (or an ``httpx.Timeout``); ``max_retries=0`` disables retries.
    ``max_response_size`` bounds the decoded bytes of one answer (256 MiB; ``None``: no
    limit; a proxy ``response_type="stream"`` is not bounded).
    A given ``http_client`` is used as is and not closed by ``aclose()``.
    """

    def __init__(
        self,
        secret_key: str | None = None,
        *,
        host: str | None = None,
        webhook_signing_key: str | Sequence[str] | None = None,
        timeout: float | httpx.Timeout = _http.DEFAULT_TIMEOUT,
        max_retries: int = _http.DEFAULT_MAX_RETRIES,
        max_response_size: int | None = _http.DEFAULT_MAX_RESPONSE_SIZE,
        http_client: httpx.AsyncClient | None = None,
        user_agent: str | None = None,
        default_headers: Mapping[str, str] | None = None,
        connection_id: str | None = None,
        provider_config_key: str | None = None,
    ) -> None:
        settings = _http.resolve_settings(
            secret_key=secret_key,
            host=host,
            webhook_signing_key=webhook_signing_key,
            timeout=timeout,
            max_retries=max_retries,
            max_response_size=max_response_size,
            user_agent_extra=user_agent,
            default_headers=default_headers,
            connection_id=connection_id,
            provider_config_key=provider_config_key,
        )
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise NangoTypeError("http_client must be an httpx.AsyncClient")
        self._core = AsyncCore(settings, http_client)

    def __repr__(self) -> str:
        return _http.settings_repr(type(self).__name__, self._core.settings)

    @property
    def host(self) -> str:
        """The Nango server URL requests go to."""
        return self._core.settings.host

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        max_response_size: int | _http.Keep | None = _http.KEEP,
    ) -> AsyncNango:
        """A client on the same connection pool with another ``timeout`` and/or ``max_retries``
        (``None`` keeps this client's), ``max_response_size`` (``None``: no limit), and
        ``headers`` merged over its headers (checked like ``default_headers``):
        ``nango.with_options(timeout=600).trigger_action(...)``,
        ``nango.with_options(headers={"X-Request-Id": rid}).get_connection(...)``. Closing it
        leaves the pool open."""
        settings = _http.replace_settings(
            self._core.settings,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            max_response_size=max_response_size,
        )
        return self._with_core(self._core.derived(settings))

    @property
    def with_raw_response(self) -> AsyncRawMethods:
        """Every request method, returning a ``RawResponse`` (``.status_code``, ``.headers``,
        ``.rate_limit``, ``.http_response``, ``.parse()``) instead of its result:
        ``nango.with_raw_response.get_connection("github", "c1").rate_limit``."""
        return cast("AsyncRawMethods", RawResponses(self))

    async def aclose(self) -> None:
        """Close the connection pool (unless ``http_client`` was given)."""
        await self._core.aclose()

    async def __aenter__(self) -> AsyncNango:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # Providers

    async def list_providers(self, *, search: str | None = None) -> models.ListProvidersResponse:
        """All providers Nango supports, ``.data`` (Node: ``listProviders``)."""
        kwargs = api.providers.list_providers._get_kwargs(
            search=_args.unset(_args.optional("search", search))
        )
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.ListProvidersResponse.from_dict)

    async def get_provider(self, provider: str) -> models.GetProviderResponse:
        """One provider's definition, ``.data`` (Node: ``getProvider``)."""
        kwargs = api.providers.get_provider._get_kwargs(_args.require("provider", provider))
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.GetProviderResponse.from_dict)

    async def get_provider_templates(self, provider: str) -> models.GetProviderTemplatesResponse:
        """The catalog function templates of a provider (Node: ``getProviderTemplates``)."""
        kwargs = api.providers.get_provider_templates._get_kwargs(
            _args.require("provider", provider)
        )
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.GetProviderTemplatesResponse.from_dict)

    # Integrations

    async def list_integrations(self) -> IntegrationConfigs:
        """The environment's integrations, as ``.configs`` (Node: ``listIntegrations``)."""
        response = await self._core.request(api.integrations.list_integrations._get_kwargs())
        body = _http.parse_with(response, models.ListIntegrationsResponse.from_dict)
        return IntegrationConfigs(configs=body.data)

    async def get_integration(
        self, unique_key: str, *, include: Sequence[str] | None = None
    ) -> models.IntegrationResponse:
        """One integration, ``.data``; ``include`` adds ``"webhook"``/``"credentials"``
        (every value is sent, unlike Node's ``getIntegration``)."""
        kwargs = api.integrations.get_integration._get_kwargs(
            _args.require("unique_key", unique_key),
            include=_args.unset(_args.enum_list("include", include, models.IntegrationInclude)),
        )
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.IntegrationResponse.from_dict)

    async def create_integration(
        self,
        provider: str,
        unique_key: str,
        *,
        display_name: str | None = None,
        credentials: Mapping[str, Any] | None = None,
        forward_webhooks: bool | None = None,
        integration_config: Mapping[str, Any] | None = None,
        custom: Mapping[str, Any] | None = None,
    ) -> models.IntegrationResponse:
        """Create an integration (Node: ``createIntegration``)."""
        body = _args.body_model(
            models.CreateIntegrationRequest.from_dict,
            "integration",
            provider=_args.require("provider", provider),
            unique_key=_args.require("unique_key", unique_key),
            display_name=_args.optional("display_name", display_name),
            forward_webhooks=_args.optional_bool("forward_webhooks", forward_webhooks),
            integration_config=_args.require_mapping("integration_config", integration_config),
            custom=_args.require_mapping("custom", custom),
        )
        _args.pass_through(body, "credentials", credentials)
        response = await self._core.request(
            api.integrations.create_integration._get_kwargs(body=body)
        )
        return _http.parse_with(response, models.IntegrationResponse.from_dict)

    async def create_quickstart_integration(
        self,
        provider: str,
        unique_key: str,
        *,
        display_name: str | None = None,
        forward_webhooks: bool | None = None,
    ) -> models.IntegrationResponse:
        """Create an integration with Nango's preconfigured credentials
        (Node: ``createQuickstartIntegration``)."""
        body = _args.body_model(
            models.CreateQuickstartIntegrationRequest.from_dict,
            "integration",
            provider=_args.require("provider", provider),
            unique_key=_args.require("unique_key", unique_key),
            display_name=_args.optional("display_name", display_name),
            forward_webhooks=_args.optional_bool("forward_webhooks", forward_webhooks),
        )
        kwargs = api.integrations.create_quickstart_integration._get_kwargs(body=body)
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.IntegrationResponse.from_dict)

    async def update_integration(
        self,
        unique_key: str,
        *,
        new_unique_key: str | None = None,
        display_name: str | None = None,
        credentials: Mapping[str, Any] | None = None,
        forward_webhooks: bool | None = None,
        integration_config: Mapping[str, Any] | None = None,
        custom: Mapping[str, Any] | None = None,
    ) -> models.IntegrationResponse:
        """Update an integration; ``new_unique_key`` renames it (Node: ``updateIntegration``)."""
        body = _args.body_model(
            models.UpdateIntegrationRequest.from_dict,
            "integration",
            unique_key=_args.optional("new_unique_key", new_unique_key),
            display_name=_args.optional("display_name", display_name),
            forward_webhooks=_args.optional_bool("forward_webhooks", forward_webhooks),
            integration_config=_args.require_mapping("integration_config", integration_config),
            custom=_args.require_mapping("custom", custom),
        )
        _args.pass_through(body, "credentials", credentials)
        kwargs = api.integrations.update_integration._get_kwargs(
            _args.require("unique_key", unique_key), body=body
        )
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.IntegrationResponse.from_dict)

    async def delete_integration(self, provider_config_key: str) -> models.SuccessResponse:
        """Delete an integration and its connections (Node: ``deleteIntegration``)."""
        kwargs = api.integrations.delete_integration._get_kwargs(
            _args.require("provider_config_key", provider_config_key)
        )
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.SuccessResponse.from_dict)

    # Functions

    async def list_functions(
        self,
        unique_key: str,
        *,
        type: Literal["sync", "action"] | None = None,
        search: str | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> models.ListFunctionsResponse:
        """The functions of an integration, ``.data`` and ``.pagination``
        (Node: ``listFunctions``)."""
        kwargs = api.functions.list_functions._get_kwargs(
            _args.require("unique_key", unique_key),
            type_=_args.unset(_args.enum_value("type", type, models.FunctionTypeFilter)),
            search=_args.unset(_args.optional("search", search)),
            page=_args.unset(_args.require_int("page", page, minimum=0)),
            limit=_args.unset(_args.require_int("limit", limit, minimum=0)),
        )
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.ListFunctionsResponse.from_dict)

    async def iter_functions(
        self,
        unique_key: str,
        *,
        type: Literal["sync", "action"] | None = None,
        search: str | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> AsyncGenerator[models.Function, None]:
        """Every function of an integration across pages; holds one page at a time. Same
        arguments as ``list_functions``: ``page`` is where to start, ``limit`` the page size
        (the server's default, 20, when not given); a server that serves the same page twice
        raises ``NangoResponseValidationError`` (no endless loop)."""
        walk = _paging.PageWalk(page, limit)
        while True:
            result = await self.list_functions(
                unique_key, type=type, search=search, page=walk.page, limit=walk.limit
            )
            more = walk.turn([(f.type_, f.name) for f in result.data], result.pagination.limit)
            for function in result.data:
                yield function
            if not more:
                return
            del result  # only one page is ever held

    async def get_function(
        self, unique_key: str, name: str, *, type: Literal["sync", "action"] | None = None
    ) -> models.GetFunctionResponse:
        """One function of an integration, ``.data`` (Node: ``getFunction``)."""
        kwargs = api.functions.get_function._get_kwargs(
            _args.require("unique_key", unique_key),
            _args.require("name", name),
            type_=_args.unset(_args.enum_value("type", type, models.FunctionTypeFilter)),
        )
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.GetFunctionResponse.from_dict)

    async def get_function_code(
        self, unique_key: str, name: str, *, type: Literal["sync", "action"] | None = None
    ) -> models.FunctionCode:
        """The source code of a function, ``.code`` (Node: ``getFunctionCode``)."""
        kwargs = api.functions.get_function_code._get_kwargs(
            _args.require("unique_key", unique_key),
            _args.require("name", name),
            type_=_args.unset(_args.enum_value("type", type, models.FunctionTypeFilter)),
        )
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.FunctionCode.from_dict)

    async def delete_function(
        self, unique_key: str, name: str, *, type: Literal["sync", "action"]
    ) -> models.DeleteFunctionResponse:
        """Delete a function (Node: ``deleteFunction``)."""
        function_type = _args.enum_value("type", type, models.FunctionTypeFilter)
        if function_type is None:
            raise NangoValueError("type is required: 'sync' or 'action'")
        kwargs = api.functions.delete_function._get_kwargs(
            _args.require("unique_key", unique_key),
            _args.require("name", name),
            type_=function_type,
        )
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.DeleteFunctionResponse.from_dict)

    # Functions as code (beyond the Node SDK): compile, dry run, deploy

    async def compile_function(self, code: str) -> models.FunctionCompileResponse:
        """Compile a function's TypeScript source without deploying it: ``.bundled_js``,
        ``.bundle_size_bytes``, ``.compiled_at``."""
        body = models.FunctionCompileRequest(code=_args.require("code", code))
        kwargs = api.functions.compile_function._get_kwargs(body=body)
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.FunctionCompileResponse.from_dict)

    async def dry_run_function(
        self,
        integration_id: str,
        function_type: Literal["action", "sync"],
        code: str,
        connection_id: str,
        *,
        input: Any = None,
        metadata: Mapping[str, Any] | None = None,
        checkpoint: Mapping[str, Any] | None = None,
        last_sync_date: datetime | str | None = None,
    ) -> models.FunctionDryrunCreateResponse:
        """Start a dry run of a function's source against a connection, without deploying it:
        ``.id`` for ``get_function_dry_run`` / ``wait_for_function_dry_run``. Needs a customer
        API key (the environment's secret key gets ``PermissionDeniedError``)."""
        body = _args.body_model(
            models.FunctionDryrunRequest.from_dict,
            "dry run",
            integration_id=_args.require("integration_id", integration_id),
            function_type=_args.function_type(function_type),
            code=_args.require("code", code),
            connection_id=_args.require("connection_id", connection_id),
            input=input,
            metadata=_args.require_mapping("metadata", metadata),
            checkpoint=_args.require_mapping("checkpoint", checkpoint),
            last_sync_date=_args.iso_datetime("last_sync_date", last_sync_date),
        )
        kwargs = api.functions.create_function_dryrun._get_kwargs(body=body)
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.FunctionDryrunCreateResponse.from_dict)

    async def get_function_dry_run(self, id: str) -> models.FunctionDryrun:
        """A dry run (its UUID): ``.status`` (``waiting``, ``running``, then ``success`` with
        ``.output``/``.result`` or ``failed`` with ``.error``)."""
        kwargs = api.functions.get_function_dryrun._get_kwargs(
            _args.uuid_value("id", id, "a dry run")
        )
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.FunctionDryrun.from_dict)

    async def wait_for_function_dry_run(
        self,
        id: str,
        *,
        timeout: float = 300.0,
        poll_interval: float = 2.0,
        cancel: asyncio.Event | None = None,
    ) -> models.FunctionDryrun:
        """Poll ``get_function_dry_run`` until the dry run is ``success`` or ``failed`` and
        return it: a failed run is returned, not raised (read ``.error`` and ``.output``).
        Raises ``WaitTimeout`` after ``timeout`` seconds, ``WaitCancelled`` once ``cancel`` is
        set."""
        return await self._poll_job(
            self.get_function_dry_run, id, "dry run", timeout, poll_interval, cancel
        )

    async def deploy_function(
        self,
        integration_id: str,
        function_name: str,
        function_type: Literal["action", "sync"],
        code: str,
        *,
        version: str | None = None,
        allow_destructive: bool | None = None,
    ) -> models.FunctionDeploymentCreateResponse:
        """Deploy a function's source onto an integration (``type: function``): ``.id`` for
        ``get_function_deployment`` / ``wait_for_function_deployment``. ``allow_destructive``
        replaces a standalone function of the same name. Needs the ``environment:deploy``
        scope."""
        body = _args.body_model(
            models.FunctionDeploymentCodeRequest.from_dict,
            "deployment",
            type="function",
            integration_id=_args.require("integration_id", integration_id),
            function_name=_args.require("function_name", function_name),
            function_type=_args.function_type(function_type),
            code=_args.require("code", code),
            version=_args.optional("version", version),
            allow_destructive=_args.optional_bool("allow_destructive", allow_destructive),
        )
        kwargs = api.functions.create_function_deployment._get_kwargs(body=body)
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.FunctionDeploymentCreateResponse.from_dict)

    async def deploy_template(
        self,
        integration_id: str,
        template: str,
        *,
        function_type: Literal["action", "sync"] | None = None,
    ) -> models.FunctionDeploymentCreateResponse:
        """Deploy a template of the provider's catalog onto an integration (``type:
        template``; names from ``get_provider_templates``); ``function_type`` is needed only
        when a sync and an action share the name (else ``ConflictError``)."""
        body = _args.body_model(
            models.FunctionDeploymentTemplateRequest.from_dict,
            "deployment",
            type="template",
            integration_id=_args.require("integration_id", integration_id),
            template=_args.require("template", template),
            function_type=_args.function_type(function_type, required=False),
        )
        kwargs = api.functions.create_function_deployment._get_kwargs(body=body)
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.FunctionDeploymentCreateResponse.from_dict)

    async def get_function_deployment(self, id: str) -> models.FunctionDeployment:
        """A deployment (its UUID): ``.status`` (``waiting``, ``running``, then ``success``
        with ``.deployed_functions`` or ``failed`` with ``.error``)."""
        kwargs = api.functions.get_function_deployment._get_kwargs(
            _args.uuid_value("id", id, "a deployment")
        )
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.FunctionDeployment.from_dict)

    async def wait_for_function_deployment(
        self,
        id: str,
        *,
        timeout: float = 300.0,
        poll_interval: float = 2.0,
        cancel: asyncio.Event | None = None,
    ) -> models.FunctionDeployment:
        """Poll ``get_function_deployment`` until the deployment is ``success`` or ``failed``
        and return it: a failed deployment is returned, not raised (read ``.error``). Raises
        ``WaitTimeout`` after ``timeout`` seconds, ``WaitCancelled`` once ``cancel`` is set."""
        return await self._poll_job(
            self.get_function_deployment, id, "deployment", timeout, poll_interval, cancel
        )

    # Connections

    async def list_connections(
        self,
        *,
        connection_id: str | None = None,
        user_id: str | None = None,
        integration_id: str | Sequence[str] | None = None,
        tags: Mapping[str, str] | None = None,
        search: str | None = None,
        end_user_organization_id: str | None = None,
        limit: int | None = None,
        page: int | None = None,
    ) -> models.ListConnectionsResponse:
        """Connections, ``.connections``, filtered by every given option; ``tags`` keeps only
        connections with all these tags (Node: ``listConnections``, both forms)."""
        filters = _args.tags_filter(tags) if tags is not None else []
        kwargs = api.connections.list_connections._get_kwargs(
            connection_id=_args.unset(_args.optional("connection_id", connection_id)),
            search=_args.unset(_args.optional("search", search)),
            end_user_id=_args.unset(_args.optional("user_id", user_id)),
            end_user_organization_id=_args.unset(
                _args.optional("end_user_organization_id", end_user_organization_id)
            ),
            integration_id=_args.unset(_args.comma_list("integration_id", integration_id)),
            # 0 is not sent, as in Node (only truthy values are).
            limit=_args.unset(_args.require_int("limit", limit, minimum=0) or None),
            page=_args.unset(_args.require_int("page", page, minimum=0) or None),
        )
        # The generator flattens the deepObject filter; tags go as tags[key]=value.
        kwargs["params"] = [*kwargs["params"].items(), *filters]
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.ListConnectionsResponse.from_dict)

    async def iter_connections(
        self,
        *,
        connection_id: str | None = None,
        user_id: str | None = None,
        integration_id: str | Sequence[str] | None = None,
        tags: Mapping[str, str] | None = None,
        search: str | None = None,
        end_user_organization_id: str | None = None,
        limit: int | None = None,
        page: int | None = None,
    ) -> AsyncGenerator[models.ConnectionListItem, None]:
        """Every connection across pages; holds one page at a time. Same filters as
        ``list_connections``: ``page`` is where to start, ``limit`` the page size (2000, the
        largest the server accepts, when not given); a server that serves the same page twice
        raises ``NangoResponseValidationError`` (no endless loop)."""
        walk = _paging.PageWalk(page, limit)
        page_size = walk.limit or _paging.CONNECTIONS_PAGE_SIZE
        while True:
            result = await self.list_connections(
                connection_id=connection_id,
                user_id=user_id,
                integration_id=integration_id,
                tags=tags,
                search=search,
                end_user_organization_id=end_user_organization_id,
                limit=page_size,
                page=walk.page,
            )
            more = walk.turn([c.id for c in result.connections], page_size)
            for connection in result.connections:
                yield connection
            if not more:
                return
            del result  # only one page is ever held

    async def get_connection(
        self,
        provider_config_key: str,
        connection_id: str,
        force_refresh: bool = False,
        refresh_token: bool = False,
        refresh_github_app_jwt_token: bool = False,
    ) -> models.Connection:
        """One connection with its credentials (Node: ``getConnection``).

        ``refresh_token=True`` keeps the refresh token in the credentials; the flags need the
        read-credentials scope (403 otherwise).
        """
        response = await self._connection_response(
            provider_config_key,
            connection_id,
            force_refresh,
            refresh_token,
            refresh_github_app_jwt_token,
        )
        return _http.parse_with(response, models.Connection.from_dict)

    async def patch_connection(
        self,
        provider_config_key: str,
        connection_id: str,
        *,
        tags: Mapping[str, str] | None = None,
        end_user: Mapping[str, Any] | None = None,
        webhook_url_override: str | None = None,
    ) -> models.SuccessResponse:
        """Update a connection; ``tags`` replaces the whole tag set (Node: ``patchConnection``)."""
        body = _args.body_model(
            models.PatchConnectionRequest.from_dict,
            "connection update",
            tags=_args.tags(tags, end_user),
            end_user=_args.end_user(end_user),
            webhook_url_override=_args.optional("webhook_url_override", webhook_url_override),
        )
        kwargs = api.connections.patch_connection._get_kwargs(
            _args.require("connection_id", connection_id),
            body=body,
            provider_config_key=_args.require("provider_config_key", provider_config_key),
        )
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.SuccessResponse.from_dict)

    async def get_token(
        self,
        provider_config_key: str,
        connection_id: str,
        force_refresh: bool = False,
        refresh_github_app_jwt_token: bool = False,
    ) -> str | OAuth1Token | dict[str, Any]:
        """The connection's token (Node: ``getToken``): the access token for OAUTH2, the
        token and secret for OAUTH1, the whole credentials dict for every other type."""
        response = await self._connection_response(
            provider_config_key, connection_id, force_refresh, False, refresh_github_app_jwt_token
        )
        return _http.parse_with(response, _parse.token_from)

    async def get_raw_token_response(
        self,
        provider_config_key: str,
        connection_id: str,
        force_refresh: bool = False,
        refresh_github_app_jwt_token: bool = False,
    ) -> dict[str, Any] | None:
        """The provider's raw token response, or ``None`` (Node: ``getRawTokenResponse``)."""
        response = await self._connection_response(
            provider_config_key, connection_id, force_refresh, False, refresh_github_app_jwt_token
        )
        return _http.parse_with(response, _parse.raw_from)

    async def get_metadata(
        self, provider_config_key: str, connection_id: str
    ) -> dict[str, Any] | None:
        """The connection's metadata as a plain dict, or ``None`` (Node: ``getMetadata``)."""
        response = await self._connection_response(provider_config_key, connection_id)
        return _http.parse_with(response, _parse.metadata_from)

    async def set_metadata(
        self,
        provider_config_key: str,
        connection_id: str | Sequence[str],
        metadata: Mapping[str, Any],
    ) -> models.MetadataResponse:
        """Replace the metadata of one or several connections (Node: ``setMetadata``)."""
        body = _args.metadata_body(provider_config_key, connection_id, metadata)
        response = await self._core.request(api.connections.set_metadata._get_kwargs(body=body))
        return _http.parse_with(response, models.MetadataResponse.from_dict)

    async def update_metadata(
        self,
        provider_config_key: str,
        connection_id: str | Sequence[str],
        metadata: Mapping[str, Any],
    ) -> models.MetadataResponse:
        """Merge keys into the metadata (shallow) of one or several connections
        (Node: ``updateMetadata``)."""
        body = _args.metadata_body(provider_config_key, connection_id, metadata)
        response = await self._core.request(api.connections.update_metadata._get_kwargs(body=body))
        return _http.parse_with(response, models.MetadataResponse.from_dict)

    async def delete_connection(
        self, provider_config_key: str, connection_id: str
    ) -> models.SuccessResponse:
        """Delete a connection (Node: ``deleteConnection``)."""
        kwargs = api.connections.delete_connection._get_kwargs(
            _args.require("connection_id", connection_id),
            provider_config_key=_args.require("provider_config_key", provider_config_key),
        )
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.SuccessResponse.from_dict)

    async def wait_for_connection(
        self,
        integration_key: str,
        user_id: str,
        *,
        timeout: float = 60.0,
        poll_interval: float = 2.0,
        cancel: asyncio.Event | None = None,
    ) -> models.ConnectionListItem:
        """Poll until the end user ``user_id`` has a connection to ``integration_key``
        (Node: ``waitForConnection``).

        Raises ``WaitForConnectionTimeout`` after ``timeout`` seconds and
        ``WaitForConnectionCancelled`` once ``cancel`` is set.
        """
        _args.require("integration_key", integration_key)
        _args.require("user_id", user_id)

        async def connection() -> models.ConnectionListItem | None:
            page = await self.list_connections(user_id=user_id)
            return next(
                (c for c in page.connections if c.provider_config_key == integration_key), None
            )

        return await self._poll(
            connection,
            "wait_for_connection",
            f"no connection to {integration_key!r} for user {user_id!r}",
            timeout=timeout,
            poll_interval=poll_interval,
            cancel=cancel,
            errors=(WaitForConnectionTimeout, WaitForConnectionCancelled),
        )

    def auth(
        self,
        provider_config_key: str,
        connection_id: str,
        *,
        skew: float = _tokens.DEFAULT_SKEW,
        header: HeaderHook | None = None,
    ) -> AsyncConnectionAuth:
        """An ``httpx.Auth`` for your own ``httpx.AsyncClient`` calling the provider's API
        directly: ``Authorization: Bearer <access token>`` from ``get_connection``, cached until
        ``skew`` seconds before it expires, fetched once for concurrent requests, refreshed
        (``force_refresh=True``) and the request resent once on a 401. Credentials that are not
        a bearer token (API key, basic...) raise ``NangoValueError`` unless ``header`` builds
        the headers from the credentials dict. No request is sent until the first use."""
        return AsyncConnectionAuth(
            self, provider_config_key, connection_id, skew=skew, header=header
        )

    # Connect sessions

    async def create_connect_session(
        self,
        *,
        tags: Mapping[str, str] | None = None,
        end_user: Mapping[str, Any] | None = None,
        organization: Mapping[str, Any] | None = None,
        allowed_integrations: Sequence[str] | None = None,
        integrations_config_defaults: Mapping[str, Any] | None = None,
        overrides: Mapping[str, Any] | None = None,
        webhook_url_override: str | None = None,
    ) -> models.ConnectSessionResponse:
        """A Connect session for the frontend: ``.data.token``, ``.data.connect_link``,
        ``.data.expires_at``; needs ``end_user`` or ``tags`` (Node: ``createConnectSession``)."""
        if end_user is None and tags is None:
            raise NangoValueError("create_connect_session needs end_user or tags")
        body = _args.body_model(
            models.CreateConnectSessionRequest.from_dict,
            "connect session",
            tags=_args.tags(tags, end_user, organization),
            end_user=_args.end_user(end_user),
            organization=_args.organization(organization),
            allowed_integrations=_args.str_list("allowed_integrations", allowed_integrations),
            integrations_config_defaults=_args.require_mapping(
                "integrations_config_defaults", integrations_config_defaults
            ),
            overrides=_args.require_mapping("overrides", overrides),
            webhook_url_override=_args.optional("webhook_url_override", webhook_url_override),
        )
        response = await self._core.request(
            api.connect.create_connect_session._get_kwargs(body=body)
        )
        return _http.parse_with(response, models.ConnectSessionResponse.from_dict)

    async def create_reconnect_session(
        self,
        connection_id: str,
        integration_id: str,
        *,
        tags: Mapping[str, str] | None = None,
        end_user: Mapping[str, Any] | None = None,
        organization: Mapping[str, Any] | None = None,
        integrations_config_defaults: Mapping[str, Any] | None = None,
        overrides: Mapping[str, Any] | None = None,
        webhook_url_override: str | None = None,
    ) -> models.ConnectSessionResponse:
        """A Connect session that re-authorizes an existing connection
        (Node: ``createReconnectSession``)."""
        body = _args.body_model(
            models.CreateReconnectSessionRequest.from_dict,
            "reconnect session",
            connection_id=_args.require("connection_id", connection_id),
            integration_id=_args.require("integration_id", integration_id),
            tags=_args.tags(tags, end_user, organization),
            end_user=_args.end_user(end_user),
            organization=_args.organization(organization),
            integrations_config_defaults=_args.require_mapping(
                "integrations_config_defaults", integrations_config_defaults
            ),
            overrides=_args.require_mapping("overrides", overrides),
            webhook_url_override=_args.optional("webhook_url_override", webhook_url_override),
        )
        response = await self._core.request(
            api.connect.create_reconnect_session._get_kwargs(body=body)
        )
        return _http.parse_with(response, models.ConnectSessionResponse.from_dict)

    async def get_connect_session(self, token: str) -> models.GetConnectSessionResponse:
        """The connect session of ``token`` (``create_connect_session().data.token``), sent as
        the credential instead of the secret key: ``.data.end_user``,
        ``.data.connect_ui_settings`` (the real server's answer, not the official one)."""
        kwargs = api.connect.get_connect_session._get_kwargs()
        kwargs["bearer"] = _args.connect_session_token(token)
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.GetConnectSessionResponse.from_dict)

    async def delete_connect_session(self, token: str) -> None:
        """Revoke the connect session of ``token`` (sent instead of the secret key); the token
        then gets ``AuthenticationError``."""
        kwargs = api.connect.delete_connect_session._get_kwargs()
        kwargs["bearer"] = _args.connect_session_token(token)
        await self._core.request(kwargs)

    # Scripts, records, syncs

    @overload
    async def get_scripts_config(
        self, format: Literal["nango"] = "nango"
    ) -> list[models.StandardNangoConfig]: ...

    @overload
    async def get_scripts_config(
        self, format: Literal["openai"]
    ) -> models.OpenAIFunctionsResponse: ...

    async def get_scripts_config(
        self, format: Literal["nango", "openai"] = "nango"
    ) -> list[models.StandardNangoConfig] | models.OpenAIFunctionsResponse:
        """The deployed functions' configuration, as Nango's list or as OpenAI function
        definitions (Node: ``getScriptsConfig``); with nothing deployed, ``[]`` or an
        ``OpenAIFunctionsResponse`` with empty ``.data``."""
        scripts_format = _args.enum_value("format", format, models.ScriptsConfigFormat)
        if scripts_format is None:
            raise NangoValueError("format must be 'nango' or 'openai'")
        response = await self._core.request(
            api.scripts.get_scripts_config._get_kwargs(format_=scripts_format)
        )
        if scripts_format is models.ScriptsConfigFormat.OPENAI:
            return _http.parse_with(response, _parse.openai_functions)
        return _http.parse_with(response, _parse.scripts_list)

    async def list_records(
        self,
        provider_config_key: str,
        connection_id: str,
        model: str,
        *,
        variant: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        filter: str | None = None,
        modified_after: datetime | str | None = None,
        ids: Sequence[str] | None = None,
    ) -> RecordsPage:
        """One page of synced records (plain dicts) and ``.next_cursor``
        (Node: ``listRecords``). ``filter`` is ``"added"``, ``"updated"``, ``"deleted"``
        or a comma list; ``modified_after`` a timezone-aware ``datetime`` or an ISO string."""
        kwargs = api.records.list_records._get_kwargs(
            model=_args.require("model", model),
            variant=_args.unset(_args.optional("variant", variant)),
            limit=_args.unset(_args.require_int("limit", limit, minimum=0)),
            filter_=_args.unset(_args.optional("filter", filter)),
            cursor=_args.unset(_args.optional("cursor", cursor)),
            ids=_args.unset(_args.str_list("ids", ids)),
            connection_id=_args.require("connection_id", connection_id),
            provider_config_key=_args.require("provider_config_key", provider_config_key),
        )
        # The generator would send datetime.isoformat(); the server wants the "...000Z" form.
        kwargs["params"] = _args.with_param(
            kwargs["params"],
            "modified_after",
            _args.iso_datetime("modified_after", modified_after),
            after="variant",
        )
        response = await self._core.request(kwargs)
        return _http.parse_with(response, _parse.records_page)

    async def iter_records(
        self,
        provider_config_key: str,
        connection_id: str,
        model: str,
        *,
        variant: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        filter: str | None = None,
        modified_after: datetime | str | None = None,
        ids: Sequence[str] | None = None,
    ) -> AsyncGenerator[dict[str, Any], None]:
        """Every record across pages, following ``next_cursor``; holds one page at a time.
        Same arguments as ``list_records`` (``cursor`` is where to start); a server that sends
        back a cursor it gave before raises ``NangoResponseValidationError`` (no endless loop)."""
        trail = _parse.CursorTrail(cursor)
        while True:
            page = await self.list_records(
                provider_config_key,
                connection_id,
                model,
                variant=variant,
                cursor=cursor,
                limit=limit,
                filter=filter,
                modified_after=modified_after,
                ids=ids,
            )
            trail.follow(page.next_cursor)
            cursor = page.next_cursor
            for record in page.records:
                yield record
            if not cursor:
                return
            del page  # only one page is ever held

    async def prune_records(
        self,
        provider_config_key: str,
        connection_id: str,
        model: str,
        until_cursor: str,
        *,
        variant: str | None = None,
        limit: int | None = None,
    ) -> models.PruneRecordsResponse:
        """Prune the payloads of records up to ``until_cursor``: ``.count``, ``.has_more``
        (Node: ``pruneRecords``)."""
        body = _args.body_model(
            models.PruneRecordsRequest.from_dict,
            "prune request",
            model=_args.require("model", model),
            until_cursor=_args.require("until_cursor", until_cursor),
            limit=_args.require_int("limit", limit, minimum=0),
            variant=_args.optional("variant", variant),
        )
        kwargs = api.records.prune_records._get_kwargs(
            body=body,
            connection_id=_args.require("connection_id", connection_id),
            provider_config_key=_args.require("provider_config_key", provider_config_key),
        )
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.PruneRecordsResponse.from_dict)

    async def trigger_sync(
        self,
        provider_config_key: str,
        syncs: Sequence[SyncRef] | None = None,
        connection_id: str | None = None,
        *,
        reset: bool | None = None,
        empty_cache: bool | None = None,
    ) -> models.SuccessResponse:
        """Run syncs now (all connections unless ``connection_id``); ``reset`` runs them from
        scratch, ``empty_cache`` also deletes their records (Node: ``triggerSync``)."""
        opts = {
            "reset": _args.optional_bool("reset", reset),
            "emptyCache": _args.optional_bool("empty_cache", empty_cache),
        }
        body = _args.body_model(
            models.TriggerSyncRequest.from_dict,
            "sync trigger",
            syncs=_args.sync_list(syncs if syncs is not None else []),
            provider_config_key=_args.require("provider_config_key", provider_config_key),
            connection_id=_args.optional("connection_id", connection_id),
            opts={k: v for k, v in opts.items() if v is not None} or None,
        )
        response = await self._core.request(api.syncs.trigger_sync._get_kwargs(body=body))
        return _http.parse_with(response, models.SuccessResponse.from_dict)

    async def start_sync(
        self,
        provider_config_key: str,
        syncs: Sequence[SyncRef],
        connection_id: str | None = None,
    ) -> models.SuccessResponse:
        """Start (un-pause) the schedule of syncs (Node: ``startSync``)."""
        body = _args.sync_control_body(provider_config_key, syncs, connection_id)
        response = await self._core.request(api.syncs.start_sync._get_kwargs(body=body))
        return _http.parse_with(response, models.SuccessResponse.from_dict)

    async def pause_sync(
        self,
        provider_config_key: str,
        syncs: Sequence[SyncRef],
        connection_id: str | None = None,
    ) -> models.SuccessResponse:
        """Pause the schedule of syncs (Node: ``pauseSync``)."""
        body = _args.sync_control_body(provider_config_key, syncs, connection_id)
        response = await self._core.request(api.syncs.pause_sync._get_kwargs(body=body))
        return _http.parse_with(response, models.SuccessResponse.from_dict)

    async def sync_status(
        self,
        provider_config_key: str,
        syncs: Literal["*"] | Sequence[SyncRef],
        connection_id: str | None = None,
    ) -> models.SyncStatusResponse:
        """The status of syncs, ``.syncs``; ``syncs="*"`` means all (Node: ``syncStatus``)."""
        kwargs = api.syncs.sync_status._get_kwargs(
            syncs=_args.syncs_query(syncs),
            provider_config_key=_args.require("provider_config_key", provider_config_key),
            connection_id=_args.unset(_args.optional("connection_id", connection_id)),
        )
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.SyncStatusResponse.from_dict)

    async def update_sync_connection_frequency(
        self,
        provider_config_key: str,
        sync: SyncRef,
        connection_id: str,
        frequency: str | None,
    ) -> models.UpdateSyncFrequencyResponse:
        """Override how often a sync runs for one connection (``"every 4h"``); ``None``
        reverts to the default (Node: ``updateSyncConnectionFrequency``)."""
        if frequency is not None and not isinstance(frequency, str):
            raise NangoTypeError("frequency must be a str or None")
        ref = _args.sync_ref("sync", sync)
        body = models.UpdateSyncFrequencyRequest(
            sync_name=ref if isinstance(ref, str) else ref.name,
            sync_variant=types.UNSET if isinstance(ref, str) else ref.variant,
            provider_config_key=_args.require("provider_config_key", provider_config_key),
            connection_id=_args.require("connection_id", connection_id),
            frequency=frequency,
        )
        kwargs = api.syncs.update_sync_connection_frequency._get_kwargs(body=body)
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.UpdateSyncFrequencyResponse.from_dict)

    async def create_sync_variant(
        self, provider_config_key: str, connection_id: str, name: str, variant: str
    ) -> models.SyncVariant:
        """Create a variant of a sync for one connection (Node: ``createSyncVariant``)."""
        kwargs = api.syncs.create_sync_variant._get_kwargs(
            _args.require("name", name),
            _args.require("variant", variant),
            body=_args.variant_body(provider_config_key, connection_id),
        )
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.SyncVariant.from_dict)

    async def delete_sync_variant(
        self, provider_config_key: str, connection_id: str, name: str, variant: str
    ) -> models.SuccessResponse:
        """Delete a sync variant (Node: ``deleteSyncVariant``)."""
        kwargs = api.syncs.delete_sync_variant._get_kwargs(
            _args.require("name", name),
            _args.require("variant", variant),
            body=_args.variant_body(provider_config_key, connection_id),
        )
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.SuccessResponse.from_dict)

    # Environment, actions

    async def get_environment_variables(self) -> list[models.EnvironmentVariable]:
        """The environment's variables (Node: ``getEnvironmentVariables``)."""
        response = await self._core.request(api.environment.get_environment_variables._get_kwargs())
        return _http.parse_with(response, _parse.environment_variables)

    async def create_environment(
        self,
        name: str,
        *,
        is_production: bool | None = None,
        callback_url: str | None = None,
        hmac_key: str | None = None,
        hmac_enabled: bool | None = None,
        slack_notifications: bool | None = None,
        otlp_endpoint: str | None = None,
        otlp_headers: Mapping[str, str] | Sequence[Mapping[str, str]] | None = None,
    ) -> models.CreateEnvironmentResponse:
        """Create an environment: ``.data.id``, ``.data.name``. ``name``: lowercase letters,
        digits, ``-`` and ``_``; ``otlp_headers`` a name-to-value mapping. Needs an
        account-level API key (an environment's secret key gets ``PermissionDeniedError``)."""
        body = _args.body_model(
            models.CreateEnvironmentRequest.from_dict,
            "environment",
            name=_args.environment_name(name),
            is_production=_args.optional_bool("is_production", is_production),
            callback_url=_args.optional("callback_url", callback_url),
            hmac_key=_args.optional("hmac_key", hmac_key),
            hmac_enabled=_args.optional_bool("hmac_enabled", hmac_enabled),
            slack_notifications=_args.optional_bool("slack_notifications", slack_notifications),
            otlp_endpoint=_args.optional_str("otlp_endpoint", otlp_endpoint),
            otlp_headers=_args.otlp_headers(otlp_headers),
        )
        kwargs = api.environment.create_environment._get_kwargs(body=body)
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.CreateEnvironmentResponse.from_dict)

    async def delete_environment(self, environment_id: int) -> None:
        """Delete an environment (its numeric id); needs an account-level API key."""
        kwargs = api.environment.delete_environment._get_kwargs(
            _args.positive_int("environment_id", environment_id)
        )
        await self._core.request(kwargs)

    async def create_api_key(self, environment_id: int, display_name: str) -> NewApiKeyResponse:
        """Create an API key for an environment: ``.data.id``, ``.data.secret`` (returned only
        this once; kept out of ``repr``, logs and errors); needs an account-level API key."""
        body = models.CreateApiKeyRequest(
            environment_id=_args.positive_int("environment_id", environment_id),
            display_name=_args.bounded("display_name", display_name, 255),
        )
        kwargs = api.environment.create_api_key._get_kwargs(body=body)
        response = await self._core.request(kwargs)
        return _secrets.parse_with_secrets(response, _parse.new_api_key)

    async def delete_api_key(self, environment_id: int, key_id: int) -> models.SuccessResponse:
        """Delete an API key of an environment; needs an account-level API key."""
        body = models.DeleteApiKeyRequest(
            environment_id=_args.positive_int("environment_id", environment_id),
            key_id=_args.positive_int("key_id", key_id),
        )
        kwargs = api.environment.delete_api_key._get_kwargs(body=body)
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.SuccessResponse.from_dict)

    async def rotate_webhook_signing_key(self) -> NewWebhookSigningKeyResponse:
        """Replace the environment's webhook signing key: ``.data.webhook_signing_key`` (kept
        out of ``repr``, logs and errors). For 5 minutes Nango may still sign with the old key:
        verify with both (see the README's rotation runbook)."""
        kwargs = api.environment.rotate_webhook_signing_key._get_kwargs()
        response = await self._core.request(kwargs)
        return _secrets.parse_with_secrets(response, _parse.new_webhook_signing_key)

    async def trigger_action(
        self,
        provider_config_key: str,
        connection_id: str,
        action_name: str,
        input: Any = None,
    ) -> Any:
        """Run an action and return its output as plain JSON data (Node: ``triggerAction``)."""
        kwargs = _args.action_kwargs(provider_config_key, connection_id, action_name, input)
        response = await self._core.request(kwargs)
        return _http.parse_json(response)

    async def trigger_action_async(
        self,
        provider_config_key: str,
        connection_id: str,
        action_name: str,
        input: Any = None,
    ) -> models.AsyncActionResponse:
        """Queue an action; the result has ``.id`` and ``.status_url`` for
        ``get_async_action_result`` (Node: ``triggerActionAsync``)."""
        kwargs = _args.action_kwargs(
            provider_config_key, connection_id, action_name, input, asynchronous=True
        )
        response = await self._core.request(kwargs)
        return _http.parse_with(response, models.AsyncActionResponse.from_dict)

    async def get_async_action_result(
        self, *, id: str | None = None, status_url: str | None = None
    ) -> Any:
        """The output of an async action, by ``id`` or ``status_url`` (which wins)
        (Node: ``getAsyncActionResult``)."""
        kwargs = _args.action_result_kwargs(self._core.settings.host, id, status_url)
        response = await self._core.request(kwargs)
        return _http.parse_json(response)

    # Proxy

    async def proxy(
        self,
        endpoint: str,
        provider_config_key: str | None = None,
        connection_id: str | None = None,
        *,
        method: str = "GET",
        **options: Unpack[ProxyOptions],
    ) -> ProxyResponse:
        """Call the provider's API through Nango with the connection's credentials
        (Node: ``proxy``). The ids default to the client's; ``options`` are described on
        ``ProxyOptions``."""
        kwargs = _proxy.proxy_kwargs(
            self._core.settings, endpoint, provider_config_key, connection_id, method, options
        )
        response_type = options.get("response_type")
        response = await self._core.request(kwargs, stream=response_type == "stream")
        return _proxy.proxy_result(response, response_type)

    async def get(
        self,
        endpoint: str,
        provider_config_key: str | None = None,
        connection_id: str | None = None,
        **options: Unpack[ProxyOptions],
    ) -> ProxyResponse:
        """``proxy(..., method="GET")`` (Node: ``get``)."""
        return await self.proxy(
            endpoint, provider_config_key, connection_id, method="GET", **options
        )

    async def post(
        self,
        endpoint: str,
        provider_config_key: str | None = None,
        connection_id: str | None = None,
        **options: Unpack[ProxyOptions],
    ) -> ProxyResponse:
        """``proxy(..., method="POST")`` (Node: ``post``)."""
        return await self.proxy(
            endpoint, provider_config_key, connection_id, method="POST", **options
        )

    async def put(
        self,
        endpoint: str,
        provider_config_key: str | None = None,
        connection_id: str | None = None,
        **options: Unpack[ProxyOptions],
    ) -> ProxyResponse:
        """``proxy(..., method="PUT")`` (Node: ``put``)."""
        return await self.proxy(
            endpoint, provider_config_key, connection_id, method="PUT", **options
        )

    async def patch(
        self,
        endpoint: str,
        provider_config_key: str | None = None,
        connection_id: str | None = None,
        **options: Unpack[ProxyOptions],
    ) -> ProxyResponse:
        """``proxy(..., method="PATCH")`` (Node: ``patch``)."""
        return await self.proxy(
            endpoint, provider_config_key, connection_id, method="PATCH", **options
        )

    async def delete(
        self,
        endpoint: str,
        provider_config_key: str | None = None,
        connection_id: str | None = None,
        **options: Unpack[ProxyOptions],
    ) -> ProxyResponse:
        """``proxy(..., method="DELETE")`` (Node: ``delete``)."""
        return await self.proxy(
            endpoint, provider_config_key, connection_id, method="DELETE", **options
        )

    # Webhooks (no request is sent)

    def verify_incoming_webhook_request(
        self, body: bytes | str, headers: Mapping[str, Any]
    ) -> bool:
        """Whether a webhook's ``X-Nango-Hmac-Sha256`` header signs ``body`` (the raw request
        body) with one of this client's webhook signing keys, or its secret key when none is
        set (Node: ``verifyIncomingWebhookRequest``). Never raises on bad input."""
        return _signing.verify_incoming_webhook_request(body, headers, self._webhook_keys())

    def verify_webhook_signature(self, signature_in_header: str, json_payload: Any) -> bool:
        """Deprecated: check the legacy ``X-Nango-Signature`` header
        (Node: ``verifyWebhookSignature``); use ``verify_incoming_webhook_request``."""
        return _signing.verify_webhook_signature(
            signature_in_header, json_payload, self._webhook_keys(), stacklevel=3
        )

    # Helpers

    def _with_core(self, core: AsyncCore) -> AsyncNango:
        clone = copy.copy(self)
        clone._core = core
        return clone

    def _recording(self) -> AsyncNango:
        """A client on the same pool that keeps its last answer (``with_raw_response``)."""
        return self._with_core(self._core.derived(record=True))

    def _webhook_keys(self) -> tuple[str, ...]:
        settings = self._core.settings
        return settings.webhook_signing_keys or (settings.secret_key,)

    async def _poll(
        self,
        attempt: Callable[[], Awaitable[T | None]],
        method: str,
        waiting_for: str,
        *,
        timeout: float,
        poll_interval: float,
        cancel: asyncio.Event | None,
        errors: tuple[type[WaitTimeout], type[WaitCancelled]] = (WaitTimeout, WaitCancelled),
    ) -> T:
        """Call ``attempt`` every ``poll_interval`` seconds until it returns a value; the loop
        of every ``wait_for_...`` method."""
        async_cancel_event(cancel)
        deadline = time.monotonic() + _args.seconds("timeout", timeout, minimum=0)
        poll_interval = _args.seconds("poll_interval", poll_interval, minimum=0.001)
        timed_out, cancelled = errors
        while True:
            if cancel is not None and cancel.is_set():
                raise cancelled(f"{method} was cancelled")
            result = await attempt()
            if result is not None:
                return result
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise timed_out(f"{waiting_for} after {timeout:g} s")
            if await async_sleep(min(poll_interval, remaining), cancel):
                raise cancelled(f"{method} was cancelled")

    async def _poll_job(
        self,
        get: Callable[[str], Awaitable[J]],
        id: str,
        what: str,
        timeout: float,
        poll_interval: float,
        cancel: asyncio.Event | None,
    ) -> J:
        """``_poll`` until the dry run or deployment ``id`` has a final status."""

        async def finished() -> J | None:
            job = await get(id)
            return job if job.status in FINAL_STATUSES else None

        return await self._poll(
            finished,
            f"wait_for_function_{what.replace(' ', '_')}",
            f"the {what} {id!r} has not finished",
            timeout=timeout,
            poll_interval=poll_interval,
            cancel=cancel,
        )

    async def _connection_response(
        self,
        provider_config_key: str,
        connection_id: str,
        force_refresh: bool = False,
        refresh_token: bool = False,
        refresh_github_app_jwt_token: bool = False,
    ) -> httpx.Response:
        kwargs = _args.connection_kwargs(
            provider_config_key,
            connection_id,
            force_refresh,
            refresh_token,
            refresh_github_app_jwt_token,
        )
        return await self._core.request(kwargs)
