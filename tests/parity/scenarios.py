"""The parity scenarios: one call of @nangohq/node and the equivalent call of the Python SDK.

Each scenario is data: the Node method and its arguments (JSON; ``UNDEFINED`` stands for
``undefined``), the Python method with its args/kwargs, optional client options for either side,
and an optional ``reply`` of the recording server (else it answers with the spec's example).
Both sides are run against the recording server and their requests compared (test_parity.py);
the deliberate differences are in differences.py, nowhere else.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tests.parity.server import Reply

UNDEFINED: dict[str, Any] = {"$undefined": True}

PCK = "github-ref"
CID = "conn-gh-1"
ACTION_ID = "35f461d4-e681-4957-ab14-c0ae1609431d"
WEBHOOK_KEY = "whsec-parity-signing-key"


@dataclass(frozen=True)
class NodeCall:
    method: str
    args: tuple[Any, ...]


@dataclass(frozen=True)
class PythonCall:
    method: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]


# N(...), P(...) and S(...) keep the list below short: they read like the calls they describe.
def N(method: str, *args: Any) -> NodeCall:
    return NodeCall(method, args)


def P(method: str, /, *args: Any, **kwargs: Any) -> PythonCall:
    return PythonCall(method, args, kwargs)


@dataclass(frozen=True)
class Scenario:
    name: str
    node: NodeCall
    python: PythonCall
    node_client: dict[str, Any] = field(default_factory=dict)  # new Nango({...}) extras
    python_client: dict[str, Any] = field(default_factory=dict)  # Nango(...) extras
    reply: Reply | None = None
    fails: bool = False  # Node rejects (an error status, or its own validation)
    compare_result: bool = False  # the results are plain JSON on both sides: compare them
    xfail: str | None = None  # a suspected Python SDK bug (strict xfail)


def S(name: str, node: NodeCall, python: PythonCall, **options: Any) -> Scenario:
    return Scenario(name, node, python, **options)


def _hmac(body: str) -> str:
    return hmac.new(WEBHOOK_KEY.encode(), body.encode(), hashlib.sha256).hexdigest()


def _legacy_signature(payload: Any) -> str:
    text = json.dumps(payload, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((WEBHOOK_KEY + text).encode()).hexdigest()


WEBHOOK_BODY = '{"type":"auth","connectionId":"conn-gh-1","success":true}'
WEBHOOK_PAYLOAD = {"from": "nango", "type": "sync", "syncName": "issues", "success": True}
WEBHOOK_CLIENT = {"node_client": {"webhookSigningKey": WEBHOOK_KEY}}
WEBHOOK_PY_CLIENT = {"webhook_signing_key": WEBHOOK_KEY}

END_USER = {
    "id": "u-1",
    "email": "u1@example.com",
    "display_name": "User One",
    "tags": {"Plan": "pro"},
}
ORGANIZATION = {"id": "org-1", "display_name": "Acme"}
CONFIG_DEFAULTS = {
    PCK: {
        "user_scopes": "repo,user",
        "authorization_params": {"prompt": "consent"},
        "connection_config": {"oauth_scopes_override": "repo"},
    }
}
OVERRIDES = {PCK: {"docs_connect": "https://docs.example.com/connect"}}
CREDENTIALS = {"type": "OAUTH2", "client_id": "cid", "client_secret": "secret", "scopes": "repo"}
OAUTH1_CONNECTION = {
    "id": 7,
    "connection_id": CID,
    "provider_config_key": "twitter-ref",
    "provider": "twitter",
    "errors": [],
    "end_user": None,
    "tags": {},
    "metadata": None,
    "connection_config": {},
    "webhook_url_override": None,
    "created_at": "2026-11-22T03:45:02.118+00:00",
    "updated_at": "2026-11-22T03:45:02.118+00:00",
    "last_fetched_at": None,
    "credentials": {"type": "OAUTH1", "oauth_token": "tok", "oauth_token_secret": "sec", "raw": {}},
}
NOT_FOUND = Reply(404, {"error": {"code": "not_found", "message": "Unknown connection"}})
PROXY_BASE = {"providerConfigKey": PCK, "connectionId": CID}
PROXY_ALL_OPTIONS_NODE = {
    "endpoint": "/user/repos",
    **PROXY_BASE,
    "headers": {"X-Custom": "v", "Content-Type": "text/plain"},
    "params": {"a": "1", "b": 2, "arr": ["x", "y"], "q": "a b&c"},
    "retries": 3,
    "retryOn": [429, 500],
    "baseUrlOverride": "https://api.example.com",
    "decompress": True,
    "forwardHeadersOnRedirect": True,
}
PROXY_ALL_OPTIONS_PY = {
    "headers": {"X-Custom": "v", "Content-Type": "text/plain"},
    "params": {"a": "1", "b": 2, "arr": ["x", "y"], "q": "a b&c"},
    "retries": 3,
    "retry_on": [429, 500],
    "base_url_override": "https://api.example.com",
    "decompress": True,
    "forward_headers_on_redirect": True,
}

SCENARIOS: list[Scenario] = [
    # Providers
    S("list_providers", N("listProviders"), P("list_providers")),
    S(
        "list_providers_search",
        N("listProviders", {"search": "git hub&x"}),
        P("list_providers", search="git hub&x"),
    ),
    S("get_provider", N("getProvider", {"provider": "github"}), P("get_provider", "github")),
    S(
        "get_provider_templates",
        N("getProviderTemplates", {"provider": "github"}),
        P("get_provider_templates", "github"),
    ),
    # Integrations
    S("list_integrations", N("listIntegrations"), P("list_integrations")),
    S("get_integration", N("getIntegration", {"uniqueKey": PCK}), P("get_integration", PCK)),
    S(
        "get_integration_include_one",
        N("getIntegration", {"uniqueKey": PCK}, {"include": ["webhook"]}),
        P("get_integration", PCK, include=["webhook"]),
    ),
    S(
        "get_integration_include_both",
        N("getIntegration", {"uniqueKey": PCK}, {"include": ["webhook", "credentials"]}),
        P("get_integration", PCK, include=["webhook", "credentials"]),
    ),
    S(
        "create_integration",
        N(
            "createIntegration",
            {
                "provider": "github",
                "unique_key": PCK,
                "display_name": "GitHub Ref",
                "credentials": CREDENTIALS,
                "forward_webhooks": False,
                "integration_config": {"region": "eu"},
                "custom": {"app_link": "https://example.com"},
            },
        ),
        P(
            "create_integration",
            "github",
            PCK,
            display_name="GitHub Ref",
            credentials=CREDENTIALS,
            forward_webhooks=False,
            integration_config={"region": "eu"},
            custom={"app_link": "https://example.com"},
        ),
    ),
    S(
        "create_integration_minimal",
        N("createIntegration", {"provider": "github", "unique_key": PCK}),
        P("create_integration", "github", PCK),
    ),
    S(
        "create_quickstart_integration",
        N(
            "createQuickstartIntegration",
            {
                "provider": "github",
                "unique_key": "github-quickstart",
                "display_name": "GitHub",
                "forward_webhooks": True,
            },
        ),
        P(
            "create_quickstart_integration",
            "github",
            "github-quickstart",
            display_name="GitHub",
            forward_webhooks=True,
        ),
    ),
    S(
        "update_integration",
        N(
            "updateIntegration",
            {"uniqueKey": "apollo-ref"},
            {
                "unique_key": "apollo-new",
                "display_name": "Apollo renamed",
                "credentials": CREDENTIALS,
                "forward_webhooks": False,
                "integration_config": {"k": "v"},
                "custom": {"c": "d"},
            },
        ),
        P(
            "update_integration",
            "apollo-ref",
            new_unique_key="apollo-new",
            display_name="Apollo renamed",
            credentials=CREDENTIALS,
            forward_webhooks=False,
            integration_config={"k": "v"},
            custom={"c": "d"},
        ),
    ),
    S(
        "update_integration_display_name",
        N("updateIntegration", {"uniqueKey": "apollo-ref"}, {"display_name": "Apollo"}),
        P("update_integration", "apollo-ref", display_name="Apollo"),
    ),
    S("delete_integration", N("deleteIntegration", PCK), P("delete_integration", PCK)),
    # Functions
    S(
        "list_functions",
        N(
            "listFunctions",
            {"uniqueKey": PCK},
            {"type": "sync", "search": "a b", "page": 2, "limit": 5},
        ),
        P("list_functions", PCK, type="sync", search="a b", page=2, limit=5),
    ),
    S("list_functions_no_query", N("listFunctions", {"uniqueKey": PCK}), P("list_functions", PCK)),
    S(
        "get_function",
        N("getFunction", {"uniqueKey": PCK, "name": "issues"}, {"type": "sync"}),
        P("get_function", PCK, "issues", type="sync"),
    ),
    S(
        "get_function_code",
        N("getFunctionCode", {"uniqueKey": PCK, "name": "create-issue"}, {"type": "action"}),
        P("get_function_code", PCK, "create-issue", type="action"),
    ),
    S(
        "delete_function",
        N("deleteFunction", {"uniqueKey": PCK, "name": "create-issue"}, {"type": "action"}),
        P("delete_function", PCK, "create-issue", type="action"),
    ),
    # Connections
    S("list_connections", N("listConnections"), P("list_connections")),
    S(
        "list_connections_filters",
        N(
            "listConnections",
            {
                "connectionId": "c1",
                "userId": "u1",
                "integrationId": ["github-ref", "anrok-ref"],
                "tags": {"displayName": "D N", "email": "e@x.com", "Foo": "Bar", "TEAM": "blue"},
                "limit": 3,
                "page": 1,
            },
        ),
        P(
            "list_connections",
            connection_id="c1",
            user_id="u1",
            integration_id=["github-ref", "anrok-ref"],
            tags={"displayName": "D N", "email": "e@x.com", "Foo": "Bar", "TEAM": "blue"},
            limit=3,
            page=1,
        ),
    ),
    S(
        "list_connections_integration_string",
        N("listConnections", {"integrationId": "github-ref", "tags": {"end_user_id": "u-1"}}),
        P("list_connections", integration_id="github-ref", tags={"end_user_id": "u-1"}),
    ),
    S(
        "list_connections_legacy_form",
        N(
            "listConnections",
            "conn 1",
            "se arch",
            {"endUserId": "u1", "endUserOrganizationId": "o1", "limit": 10, "page": 2},
        ),
        P(
            "list_connections",
            connection_id="conn 1",
            search="se arch",
            user_id="u1",
            end_user_organization_id="o1",
            limit=10,
            page=2,
        ),
    ),
    S(
        "list_connections_page_zero",
        N("listConnections", {"userId": "u1", "limit": 50, "page": 0}),
        P("list_connections", user_id="u1", limit=50, page=0),
    ),
    S("get_connection", N("getConnection", PCK, CID), P("get_connection", PCK, CID)),
    S(
        "get_connection_flags",
        N("getConnection", PCK, CID, True, True, True),
        P(
            "get_connection",
            PCK,
            CID,
            force_refresh=True,
            refresh_token=True,
            refresh_github_app_jwt_token=True,
        ),
    ),
    S(
        "get_connection_special_characters",
        N("getConnection", "g h", "conn 1&x=(y)"),
        P("get_connection", "g h", "conn 1&x=(y)"),
    ),
    S(
        "get_connection_not_found",
        N("getConnection", PCK, "missing"),
        P("get_connection", PCK, "missing"),
        reply=NOT_FOUND,
        fails=True,
    ),
    S(
        "patch_connection",
        N(
            "patchConnection",
            {"connectionId": CID, "provider_config_key": PCK},
            {
                "end_user": END_USER,
                "tags": {"team": "blue"},
                "webhook_url_override": "https://example.com/hook",
            },
        ),
        P(
            "patch_connection",
            PCK,
            CID,
            end_user=END_USER,
            tags={"team": "blue"},
            webhook_url_override="https://example.com/hook",
        ),
    ),
    S(
        "patch_connection_key_injection",
        N("patchConnection", {"connectionId": CID, "provider_config_key": "k&z=1"}, {"tags": {}}),
        P("patch_connection", "k&z=1", CID, tags={}),
    ),
    S(
        "get_token",
        N("getToken", PCK, CID),
        P("get_token", PCK, CID),
        compare_result=True,
    ),
    S(
        "get_token_flags",
        N("getToken", PCK, CID, True, True),
        P("get_token", PCK, CID, force_refresh=True, refresh_github_app_jwt_token=True),
        compare_result=True,
    ),
    S(
        "get_token_oauth1",
        N("getToken", "twitter-ref", CID),
        P("get_token", "twitter-ref", CID),
        reply=Reply(200, OAUTH1_CONNECTION),
        compare_result=True,
    ),
    S(
        "get_raw_token_response",
        N("getRawTokenResponse", PCK, CID, True),
        P("get_raw_token_response", PCK, CID, force_refresh=True),
        compare_result=True,
    ),
    S(
        "get_metadata",
        N("getMetadata", PCK, CID),
        P("get_metadata", PCK, CID),
        compare_result=True,
    ),
    S(
        "get_metadata_null",
        N("getMetadata", "twitter-ref", CID),
        P("get_metadata", "twitter-ref", CID),
        reply=Reply(200, OAUTH1_CONNECTION),
        compare_result=True,
    ),
    S(
        "get_metadata_without_key",
        N("getMetadata", "", CID),
        P("get_metadata", "", CID),
        fails=True,
    ),
    S(
        "set_metadata",
        N(
            "setMetadata",
            "anrok-ref",
            "conn-apikey-1",
            {"a": 1, "nested": {"x": True}, "list": [1, 2]},
        ),
        P(
            "set_metadata",
            "anrok-ref",
            "conn-apikey-1",
            {"a": 1, "nested": {"x": True}, "list": [1, 2]},
        ),
    ),
    S(
        "set_metadata_several_connections",
        N("setMetadata", "anrok-ref", ["conn-apikey-1", "conn-gh-1"], {"plan": "pro"}),
        P("set_metadata", "anrok-ref", ["conn-apikey-1", "conn-gh-1"], {"plan": "pro"}),
    ),
    S(
        "set_metadata_without_metadata",
        N("setMetadata", "anrok-ref", "conn-apikey-1", UNDEFINED),
        P("set_metadata", "anrok-ref", "conn-apikey-1", None),
        fails=True,
    ),
    S(
        "update_metadata",
        N("updateMetadata", "anrok-ref", ["conn-apikey-1", "conn-gh-1"], {"b": "two"}),
        P("update_metadata", "anrok-ref", ["conn-apikey-1", "conn-gh-1"], {"b": "two"}),
    ),
    S("delete_connection", N("deleteConnection", PCK, CID), P("delete_connection", PCK, CID)),
    S(
        "delete_connection_key_injection",
        N("deleteConnection", "k&z=1", CID),
        P("delete_connection", "k&z=1", CID),
    ),
    S(
        "wait_for_connection",
        N("waitForConnection", PCK, "u-1"),
        P("wait_for_connection", PCK, "u-1"),
    ),
    # Connect sessions
    S(
        "create_connect_session",
        N(
            "createConnectSession",
            {
                "end_user": END_USER,
                "organization": ORGANIZATION,
                "allowed_integrations": [PCK, "anrok-ref"],
                "integrations_config_defaults": CONFIG_DEFAULTS,
                "overrides": OVERRIDES,
                "webhook_url_override": "https://example.com/hook",
                "tags": {"team": "blue"},
            },
        ),
        P(
            "create_connect_session",
            end_user=END_USER,
            organization=ORGANIZATION,
            allowed_integrations=[PCK, "anrok-ref"],
            integrations_config_defaults=CONFIG_DEFAULTS,
            overrides=OVERRIDES,
            webhook_url_override="https://example.com/hook",
            tags={"team": "blue"},
        ),
    ),
    S(
        "create_connect_session_tags_only",
        N("createConnectSession", {"tags": {"end_user_id": "u-1", "org": "acme"}}),
        P("create_connect_session", tags={"end_user_id": "u-1", "org": "acme"}),
    ),
    S(
        "create_reconnect_session",
        N(
            "createReconnectSession",
            {
                "connection_id": CID,
                "integration_id": PCK,
                "end_user": END_USER,
                "organization": ORGANIZATION,
                "integrations_config_defaults": CONFIG_DEFAULTS,
                "overrides": OVERRIDES,
                "webhook_url_override": "https://example.com/hook",
                "tags": {"team": "blue"},
            },
        ),
        P(
            "create_reconnect_session",
            CID,
            PCK,
            end_user=END_USER,
            organization=ORGANIZATION,
            integrations_config_defaults=CONFIG_DEFAULTS,
            overrides=OVERRIDES,
            webhook_url_override="https://example.com/hook",
            tags={"team": "blue"},
        ),
    ),
    S(
        "create_reconnect_session_minimal",
        N("createReconnectSession", {"connection_id": CID, "integration_id": PCK}),
        P("create_reconnect_session", CID, PCK),
    ),
    # Scripts, records
    S("get_scripts_config", N("getScriptsConfig"), P("get_scripts_config")),
    S(
        "get_scripts_config_openai",
        N("getScriptsConfig", "openai"),
        P("get_scripts_config", "openai"),
    ),
    S(
        "list_records",
        N(
            "listRecords",
            {
                "providerConfigKey": PCK,
                "connectionId": CID,
                "model": "GithubIssue",
                "variant": "v1",
                "modifiedAfter": "2024-01-01T00:00:00.000Z",
                "limit": 10,
                "filter": "added,updated",
                "cursor": "cur+/=",
                "ids": ["1", "2"],
            },
        ),
        P(
            "list_records",
            PCK,
            CID,
            "GithubIssue",
            variant="v1",
            modified_after=datetime(2024, 1, 1, tzinfo=UTC),
            limit=10,
            filter="added,updated",
            cursor="cur+/=",
            ids=["1", "2"],
        ),
    ),
    S(
        "list_records_minimal",
        N("listRecords", {"providerConfigKey": PCK, "connectionId": CID, "model": "GithubIssue"}),
        P("list_records", PCK, CID, "GithubIssue"),
    ),
    S(
        "list_records_deprecated_delta",
        N(
            "listRecords",
            {
                "providerConfigKey": PCK,
                "connectionId": CID,
                "model": "GithubIssue",
                "delta": "2024-02-03T04:05:06.789Z",
                "filter": "deleted",
            },
        ),
        P(
            "list_records",
            PCK,
            CID,
            "GithubIssue",
            modified_after="2024-02-03T04:05:06.789Z",
            filter="deleted",
        ),
    ),
    S(
        "prune_records",
        N(
            "pruneRecords",
            {
                "providerConfigKey": PCK,
                "connectionId": CID,
                "model": "GithubIssue",
                "variant": "v1",
                "untilCursor": "cur-9",
                "limit": 100,
            },
        ),
        P("prune_records", PCK, CID, "GithubIssue", "cur-9", variant="v1", limit=100),
    ),
    S(
        "prune_records_minimal",
        N(
            "pruneRecords",
            {
                "providerConfigKey": PCK,
                "connectionId": CID,
                "model": "GithubIssue",
                "untilCursor": "c",
            },
        ),
        P("prune_records", PCK, CID, "GithubIssue", "c"),
    ),
    # Syncs
    S(
        "trigger_sync",
        N(
            "triggerSync",
            PCK,
            ["issues", {"name": "issues", "variant": "acme"}],
            CID,
            {"reset": True, "emptyCache": True},
        ),
        P(
            "trigger_sync",
            PCK,
            ["issues", {"name": "issues", "variant": "acme"}],
            CID,
            reset=True,
            empty_cache=True,
        ),
    ),
    S("trigger_sync_minimal", N("triggerSync", PCK), P("trigger_sync", PCK)),
    S(
        "trigger_sync_connection_only",
        N("triggerSync", PCK, UNDEFINED, CID, {"reset": True}),
        P("trigger_sync", PCK, None, CID, reset=True),
    ),
    S(
        "trigger_sync_mode_clear_cache",
        N("triggerSync", PCK, ["issues"], CID, "full_refresh_and_clear_cache"),
        P("trigger_sync", PCK, ["issues"], CID, reset=True, empty_cache=True),
    ),
    S(
        "trigger_sync_full_resync",
        N("triggerSync", PCK, ["issues"], CID, True),
        P("trigger_sync", PCK, ["issues"], CID, reset=True),
    ),
    S(
        "trigger_sync_mode_incremental",
        N("triggerSync", PCK, ["issues"], CID, False),
        P("trigger_sync", PCK, ["issues"], CID),
    ),
    S(
        "start_sync",
        N("startSync", PCK, ["issues", {"name": "issues", "variant": "acme"}], CID),
        P("start_sync", PCK, ["issues", {"name": "issues", "variant": "acme"}], CID),
    ),
    S(
        "start_sync_not_a_list",
        N("startSync", PCK, "issues", CID),
        P("start_sync", PCK, "issues", CID),
        fails=True,
    ),
    S("pause_sync", N("pauseSync", PCK, ["issues"]), P("pause_sync", PCK, ["issues"])),
    S("sync_status_all", N("syncStatus", PCK, "*"), P("sync_status", PCK, "*")),
    S(
        "sync_status_list",
        N("syncStatus", PCK, ["issues", {"name": "issues", "variant": "acme"}, "prs"], CID),
        P("sync_status", PCK, ["issues", {"name": "issues", "variant": "acme"}, "prs"], CID),
    ),
    S("sync_status_empty_list", N("syncStatus", PCK, []), P("sync_status", PCK, [])),
    S(
        "update_sync_connection_frequency",
        N("updateSyncConnectionFrequency", PCK, "issues", CID, "every 30 minutes"),
        P("update_sync_connection_frequency", PCK, "issues", CID, "every 30 minutes"),
    ),
    S(
        "update_sync_connection_frequency_variant_reset",
        N("updateSyncConnectionFrequency", PCK, {"name": "issues", "variant": "acme"}, CID, None),
        P(
            "update_sync_connection_frequency",
            PCK,
            {"name": "issues", "variant": "acme"},
            CID,
            None,
        ),
    ),
    S(
        "create_sync_variant",
        N(
            "createSyncVariant",
            {"provider_config_key": PCK, "connection_id": CID, "name": "issues", "variant": "acme"},
        ),
        P("create_sync_variant", PCK, CID, "issues", "acme"),
    ),
    S(
        "delete_sync_variant",
        N(
            "deleteSyncVariant",
            {"provider_config_key": PCK, "connection_id": CID, "name": "issues", "variant": "acme"},
        ),
        P("delete_sync_variant", PCK, CID, "issues", "acme"),
    ),
    # Environment, actions
    S(
        "get_environment_variables",
        N("getEnvironmentVariables"),
        P("get_environment_variables"),
    ),
    S(
        "trigger_action",
        N("triggerAction", PCK, CID, "create-issue", {"title": "Hello", "labels": ["bug"]}),
        P("trigger_action", PCK, CID, "create-issue", {"title": "Hello", "labels": ["bug"]}),
        compare_result=True,
    ),
    S(
        "trigger_action_without_input",
        N("triggerAction", PCK, CID, "list-repos"),
        P("trigger_action", PCK, CID, "list-repos"),
        compare_result=True,
    ),
    S(
        "trigger_action_async",
        N("triggerActionAsync", PCK, CID, "create-issue", {"title": "Hello"}),
        P("trigger_action_async", PCK, CID, "create-issue", {"title": "Hello"}),
    ),
    S(
        "get_async_action_result_id",
        N("getAsyncActionResult", {"id": ACTION_ID}),
        P("get_async_action_result", id=ACTION_ID),
        compare_result=True,
    ),
    S(
        "get_async_action_result_status_url",
        N("getAsyncActionResult", {"id": ACTION_ID, "statusUrl": f"/action/{ACTION_ID}?poll=1"}),
        P("get_async_action_result", id=ACTION_ID, status_url=f"/action/{ACTION_ID}?poll=1"),
        compare_result=True,
    ),
    S(
        "get_async_action_result_nothing",
        N("getAsyncActionResult", {}),
        P("get_async_action_result"),
        fails=True,
    ),
    # Proxy
    S(
        "proxy_all_options",
        N("proxy", {**PROXY_ALL_OPTIONS_NODE, "method": "GET"}),
        P("proxy", "/user/repos", PCK, CID, method="GET", **PROXY_ALL_OPTIONS_PY),
    ),
    S(
        "proxy_default_method",
        N("proxy", {"endpoint": "user", **PROXY_BASE}),
        P("proxy", "user", PCK, CID),
    ),
    S(
        "proxy_post_json",
        N(
            "proxy",
            {
                "endpoint": "/repos/acme/app/issues",
                **PROXY_BASE,
                "method": "post",
                "data": {"title": "Bug", "n": [1, None]},
            },
        ),
        P(
            "proxy",
            "/repos/acme/app/issues",
            PCK,
            CID,
            method="post",
            data={"title": "Bug", "n": [1, None]},
        ),
    ),
    S(
        "proxy_post_without_body",
        N("post", {"endpoint": "/repos/acme/app/forks", **PROXY_BASE}),
        P("post", "/repos/acme/app/forks", PCK, CID),
    ),
    S(
        "proxy_put_string_body",
        N("put", {"endpoint": "/upload", **PROXY_BASE, "data": "a=1&b=2"}),
        P("put", "/upload", PCK, CID, data="a=1&b=2"),
    ),
    S(
        "proxy_post_json_text_body",
        N("post", {"endpoint": "/items", **PROXY_BASE, "data": '{"title":"Bug","n":1}'}),
        P("post", "/items", PCK, CID, data='{"title":"Bug","n":1}'),
    ),
    S(
        "proxy_patch_json_with_content_type",
        N(
            "patch",
            {
                "endpoint": "/issues/1",
                **PROXY_BASE,
                "headers": {"Content-Type": "application/merge-patch+json"},
                "data": {"state": "closed"},
            },
        ),
        P(
            "patch",
            "/issues/1",
            PCK,
            CID,
            headers={"Content-Type": "application/merge-patch+json"},
            data={"state": "closed"},
        ),
    ),
    S(
        "proxy_lowercase_content_type_header",
        N(
            "post",
            {
                "endpoint": "/items",
                **PROXY_BASE,
                "headers": {"content-type": "application/vnd.api+json"},
                "data": {"a": 1},
            },
        ),
        P(
            "post",
            "/items",
            PCK,
            CID,
            headers={"content-type": "application/vnd.api+json"},
            data={"a": 1},
        ),
    ),
    S(
        "proxy_delete",
        N("delete", {"endpoint": "/issues/1/lock", **PROXY_BASE}),
        P("delete", "/issues/1/lock", PCK, CID),
    ),
    S(
        "proxy_delete_with_body",
        N("delete", {"endpoint": "/labels", **PROXY_BASE, "data": {"names": ["bug"]}}),
        P("delete", "/labels", PCK, CID, data={"names": ["bug"]}),
    ),
    S(
        "proxy_get_shortcut",
        N(
            "get",
            {
                "endpoint": "/user/repos",
                **PROXY_BASE,
                "params": {"per_page": 10},
                "responseType": "text",
            },
        ),
        P("get", "/user/repos", PCK, CID, params={"per_page": 10}, response_type="text"),
    ),
    S(
        "proxy_params_string",
        N("get", {"endpoint": "/search", **PROXY_BASE, "params": "?q=a b&sort=stars"}),
        P("get", "/search", PCK, CID, params="?q=a b&sort=stars"),
    ),
    S(
        "proxy_params_string_without_question_mark",
        N("get", {"endpoint": "/search", **PROXY_BASE, "params": "q=x&page=2"}),
        P("get", "/search", PCK, CID, params="q=x&page=2"),
    ),
    S(
        "proxy_endpoint_query_and_params",
        N(
            "get",
            {
                "endpoint": "/search?q=old&keep=1",
                **PROXY_BASE,
                "params": {"q": "new", "extra": True},
            },
        ),
        P("get", "/search?q=old&keep=1", PCK, CID, params={"q": "new", "extra": True}),
    ),
    S(
        "proxy_endpoint_query_and_string_params",
        N("get", {"endpoint": "/search?q=old", **PROXY_BASE, "params": "x=1"}),
        P("get", "/search?q=old", PCK, CID, params="x=1"),
        fails=True,
    ),
    S(
        "proxy_client_defaults",
        N("get", {"endpoint": "/user"}),
        P("get", "/user"),
        node_client={"connectionId": "c-default", "providerConfigKey": "pk-default"},
        python_client={"connection_id": "c-default", "provider_config_key": "pk-default"},
    ),
    S(
        "proxy_activity_log_id",
        N("get", {"endpoint": "/user", **PROXY_BASE}),
        P("get", "/user", PCK, CID),
        # Node's constructor option; Python has none: a default header sends the same.
        node_client={"activityLogId": "log-123"},
        python_client={"default_headers": {"Nango-Activity-Log-Id": "log-123"}},
    ),
    S(
        "proxy_missing_connection_id",
        N("get", {"endpoint": "/user", "providerConfigKey": PCK}),
        P("get", "/user", PCK),
        fails=True,
    ),
    S(
        "proxy_retry_on_empty",
        N("get", {"endpoint": "/user", **PROXY_BASE, "retryOn": []}),
        P("get", "/user", PCK, CID, retry_on=[]),
    ),
    S(
        "proxy_params_none",
        N("get", {"endpoint": "/user", **PROXY_BASE, "params": {"a": "1", "b": None}}),
        P("get", "/user", PCK, CID, params={"a": "1", "b": None}),
    ),
    S(
        "proxy_retries_zero",
        N("get", {"endpoint": "/user", **PROXY_BASE, "retries": 0}),
        P("get", "/user", PCK, CID, retries=0),
    ),
    S(
        "proxy_decompress_false",
        N("get", {"endpoint": "/user", **PROXY_BASE, "decompress": False}),
        P("get", "/user", PCK, CID, decompress=False),
    ),
    S(
        "proxy_forward_headers_on_redirect_false",
        N("get", {"endpoint": "/user", **PROXY_BASE, "forwardHeadersOnRedirect": False}),
        P("get", "/user", PCK, CID, forward_headers_on_redirect=False),
    ),
    S(
        "proxy_delete_string_body",
        N("delete", {"endpoint": "/labels", **PROXY_BASE, "data": "name=bug"}),
        P("delete", "/labels", PCK, CID, data="name=bug"),
    ),
    S(
        "proxy_propfind_xml",
        N(
            "proxy",
            {
                "endpoint": "/dav/files",
                **PROXY_BASE,
                "method": "PROPFIND",
                "headers": {"Depth": "1"},
                "data": "<propfind/>",
            },
        ),
        P(
            "proxy",
            "/dav/files",
            PCK,
            CID,
            method="PROPFIND",
            headers={"Depth": "1"},
            data="<propfind/>",
        ),
    ),
    S(
        "proxy_report_json",
        N(
            "proxy",
            {"endpoint": "/dav/calendar", **PROXY_BASE, "method": "REPORT", "data": {"q": 1}},
        ),
        P("proxy", "/dav/calendar", PCK, CID, method="REPORT", data={"q": 1}),
    ),
    S(
        "proxy_unknown_method",
        N("proxy", {"endpoint": "/user", **PROXY_BASE, "method": "HEAD"}),
        P("proxy", "/user", PCK, CID, method="HEAD"),
    ),
    S(
        "proxy_get_with_data",
        N("get", {"endpoint": "/user", **PROXY_BASE, "data": {"ignored": True}}),
        P("get", "/user", PCK, CID, data={"ignored": True}),
    ),
    # Hostile ids and endpoints: Node's URL parser removes dot segments and sends the request
    # elsewhere; Python refuses before sending.
    S(
        "delete_connection_dot_segment",
        N("deleteConnection", PCK, ".."),
        P("delete_connection", PCK, ".."),
        fails=True,
    ),
    S(
        "delete_function_dot_segment",
        N("deleteFunction", {"uniqueKey": PCK, "name": "..", "type": "sync"}),
        P("delete_function", PCK, "..", type="sync"),
        fails=True,
    ),
    S(
        "proxy_endpoint_climbs_out",
        N("delete", {"endpoint": "/../connections/conn-1?provider_config_key=x", **PROXY_BASE}),
        P("delete", "/../connections/conn-1?provider_config_key=x", PCK, CID),
    ),
    S(
        "redirect_not_followed",
        N("listIntegrations"),
        P("list_integrations"),
        reply=Reply(307, {}, {"Location": "/integrations"}),
        fails=True,
    ),
    # Webhooks: no request on either side; the verdicts must agree.
    S(
        "verify_incoming_webhook_request_valid",
        N(
            "verifyIncomingWebhookRequest",
            WEBHOOK_BODY,
            {"X-Nango-Hmac-Sha256": _hmac(WEBHOOK_BODY)},
        ),
        P(
            "verify_incoming_webhook_request",
            WEBHOOK_BODY,
            {"X-Nango-Hmac-Sha256": _hmac(WEBHOOK_BODY)},
        ),
        python_client=WEBHOOK_PY_CLIENT,
        compare_result=True,
        **WEBHOOK_CLIENT,
    ),
    S(
        "verify_incoming_webhook_request_uppercase_hex",
        N(
            "verifyIncomingWebhookRequest",
            WEBHOOK_BODY,
            {"x-nango-hmac-sha256": _hmac(WEBHOOK_BODY).upper()},
        ),
        P(
            "verify_incoming_webhook_request",
            WEBHOOK_BODY,
            {"x-nango-hmac-sha256": _hmac(WEBHOOK_BODY).upper()},
        ),
        python_client=WEBHOOK_PY_CLIENT,
        compare_result=True,
        **WEBHOOK_CLIENT,
    ),
    S(
        "verify_incoming_webhook_request_tampered",
        N(
            "verifyIncomingWebhookRequest",
            WEBHOOK_BODY + " ",
            {"X-Nango-Hmac-Sha256": _hmac(WEBHOOK_BODY)},
        ),
        P(
            "verify_incoming_webhook_request",
            WEBHOOK_BODY + " ",
            {"X-Nango-Hmac-Sha256": _hmac(WEBHOOK_BODY)},
        ),
        python_client=WEBHOOK_PY_CLIENT,
        compare_result=True,
        **WEBHOOK_CLIENT,
    ),
    S(
        "verify_webhook_signature",
        N("verifyWebhookSignature", _legacy_signature(WEBHOOK_PAYLOAD), WEBHOOK_PAYLOAD),
        P("verify_webhook_signature", _legacy_signature(WEBHOOK_PAYLOAD), WEBHOOK_PAYLOAD),
        python_client=WEBHOOK_PY_CLIENT,
        compare_result=True,
        **WEBHOOK_CLIENT,
    ),
    # Errors and retries
    S(
        "error_status_retries_off",
        N("getProvider", {"provider": "github"}),
        P("get_provider", "github"),
        reply=Reply(503, {"error": {"code": "server_error"}}),
        fails=True,
    ),
    S(
        "rate_limited_python_retries",
        N("listIntegrations"),
        P("list_integrations"),
        reply=Reply(429, {"error": {"code": "too_many_request"}}, {"Retry-After": "0"}),
        python_client={"max_retries": 2},
        fails=True,
    ),
]

BY_NAME = {scenario.name: scenario for scenario in SCENARIOS}
