"""openapi.yaml describes every endpoint behind the 47 methods of @nangohq/node 0.71.10, and the
12 other operations of Nango's official description (extra-endpoints.md).

The Node table is wire-reference §2: for each Node method, the operations it calls and the
query/header parameters it sends. Webhook verification (#44, #45) is local and calls no endpoint.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.openapi_spec import SPEC, deref, operations

PROXY_METHODS = ("get", "post", "put", "patch", "delete")
CONN = "/connections/{connectionId}"
GET_CONNECTION_QUERY = (
    "query:provider_config_key",
    "query:force_refresh",
    "query:refresh_token",
    "query:refresh_github_app_jwt_token",
)
RECORD_HEADERS = ("header:Connection-Id", "header:Provider-Config-Key")
PROXY_HEADERS = (
    "header:Connection-Id",
    "header:Provider-Config-Key",
    "header:Base-Url-Override",
    "header:Nango-Activity-Log-Id",
    "header:Retries",
    "header:Decompress",
    "header:Retry-On",
    "header:Forward-Headers-On-Redirect",
)

# Node method -> [(HTTP method, path, parameters it sends)]
NODE_METHODS: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {
    "listProviders": [("get", "/providers", ("query:search",))],
    "getProvider": [("get", "/providers/{provider}", ())],
    "getProviderTemplates": [("get", "/providers/{provider}/templates", ())],
    "listIntegrations": [("get", "/integrations", ())],
    "getIntegration": [("get", "/integrations/{uniqueKey}", ("query:include",))],
    "createIntegration": [("post", "/integrations", ())],
    "createQuickstartIntegration": [("post", "/integrations/quickstart", ())],
    "updateIntegration": [("patch", "/integrations/{uniqueKey}", ())],
    "deleteIntegration": [("delete", "/integrations/{uniqueKey}", ())],
    "listFunctions": [
        (
            "get",
            "/integrations/{uniqueKey}/functions",
            ("query:type", "query:search", "query:page", "query:limit"),
        )
    ],
    "getFunction": [("get", "/integrations/{uniqueKey}/functions/{name}", ("query:type",))],
    "getFunctionCode": [
        ("get", "/integrations/{uniqueKey}/functions/{name}/code", ("query:type",))
    ],
    "deleteFunction": [("delete", "/integrations/{uniqueKey}/functions/{name}", ("query:type",))],
    "listConnections": [
        (
            "get",
            "/connections",
            (
                "query:connectionId",
                "query:search",
                "query:endUserId",
                "query:endUserOrganizationId",
                "query:integrationId",
                "query:tags",
                "query:limit",
                "query:page",
            ),
        )
    ],
    "getConnection": [("get", CONN, GET_CONNECTION_QUERY)],
    "patchConnection": [("patch", CONN, ("query:provider_config_key",))],
    "getToken": [("get", CONN, GET_CONNECTION_QUERY)],
    "getRawTokenResponse": [("get", CONN, GET_CONNECTION_QUERY)],
    "getMetadata": [("get", CONN, GET_CONNECTION_QUERY)],
    "setMetadata": [("post", "/connections/metadata", ())],
    "updateMetadata": [("patch", "/connections/metadata", ())],
    "deleteConnection": [("delete", CONN, ("query:provider_config_key",))],
    "getScriptsConfig": [("get", "/scripts/config", ("query:format",))],
    "listRecords": [
        (
            "get",
            "/records/",
            (
                *RECORD_HEADERS,
                "query:model",
                "query:variant",
                "query:modified_after",
                "query:limit",
                "query:filter",
                "query:cursor",
                "query:ids",
            ),
        )
    ],
    "pruneRecords": [("patch", "/records/prune", RECORD_HEADERS)],
    "triggerSync": [("post", "/sync/trigger", ())],
    "startSync": [("post", "/sync/start", ())],
    "pauseSync": [("post", "/sync/pause", ())],
    "syncStatus": [
        (
            "get",
            "/sync/status",
            ("query:syncs", "query:provider_config_key", "query:connection_id"),
        )
    ],
    "updateSyncConnectionFrequency": [("put", "/sync/update-connection-frequency", ())],
    "waitForConnection": [("get", "/connections", ("query:endUserId",))],
    "createSyncVariant": [("post", "/sync/{name}/variant/{variant}", ())],
    "deleteSyncVariant": [("delete", "/sync/{name}/variant/{variant}", ())],
    "getEnvironmentVariables": [("get", "/environment-variables", ())],
    "triggerAction": [("post", "/action/trigger", RECORD_HEADERS)],
    "triggerActionAsync": [("post", "/action/trigger", (*RECORD_HEADERS, "header:X-Async"))],
    "getAsyncActionResult": [("get", "/action/{id}", ())],
    "proxy": [(m, "/proxy/{endpoint}", PROXY_HEADERS) for m in PROXY_METHODS],
    **{m: [(m, "/proxy/{endpoint}", PROXY_HEADERS)] for m in PROXY_METHODS},
    "verifyWebhookSignature": [],
    "verifyIncomingWebhookRequest": [],
    "createConnectSession": [("post", "/connect/sessions", ())],
    "createReconnectSession": [("post", "/connect/sessions/reconnect", ())],
}
# The documented operations no Node method calls: (HTTP method, path) -> (operationId, security).
BEARER = [{"bearerAuth": []}]
SESSION_TOKEN = [{"connectSessionAuth": []}]
DOCUMENTED_EXTRAS: dict[tuple[str, str], tuple[str, list[dict[str, list[str]]]]] = {
    ("post", "/functions/compile"): ("compileFunction", BEARER),
    ("post", "/functions/dryruns"): ("createFunctionDryrun", BEARER),
    ("get", "/functions/dryruns/{id}"): ("getFunctionDryrun", BEARER),
    ("post", "/functions/deployments"): ("createFunctionDeployment", BEARER),
    ("get", "/functions/deployments/{id}"): ("getFunctionDeployment", BEARER),
    ("post", "/environments"): ("createEnvironment", BEARER),
    ("delete", "/environments/{environmentId}"): ("deleteEnvironment", BEARER),
    ("post", "/environment/api-keys"): ("createApiKey", BEARER),
    ("delete", "/environment/api-keys"): ("deleteApiKey", BEARER),
    ("post", "/environment/webhook-signing-key/rotate"): ("rotateWebhookSigningKey", BEARER),
    ("get", "/connect/session"): ("getConnectSession", SESSION_TOKEN),
    ("delete", "/connect/session"): ("deleteConnectSession", SESSION_TOKEN),
}
TAGS = {
    "providers",
    "integrations",
    "functions",
    "connections",
    "connect",
    "records",
    "syncs",
    "actions",
    "proxy",
    "environment",
    "scripts",
}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return SPEC


def params(spec: dict[str, Any], path: str, method: str) -> set[str]:
    item = spec["paths"][path]
    found = set()
    for param in [*item.get("parameters", []), *item[method].get("parameters", [])]:
        param = deref(param)
        name = param["name"].lower() if param["in"] == "header" else param["name"]
        found.add(f"{param['in']}:{name}")
    return found


def test_the_table_has_all_47_node_methods() -> None:
    assert len(NODE_METHODS) == 47


@pytest.mark.parametrize("node_method", sorted(NODE_METHODS))
def test_every_node_method_has_its_endpoints(spec: dict[str, Any], node_method: str) -> None:
    for method, path, sent in NODE_METHODS[node_method]:
        assert path in spec["paths"], f"{node_method}: no path {path}"
        assert method in spec["paths"][path], f"{node_method}: no {method.upper()} {path}"
        declared = params(spec, path, method)
        for name in sent:
            location, _, pname = name.partition(":")
            key = f"{location}:{pname.lower()}" if location == "header" else name
            assert key in declared, f"{node_method}: {method.upper()} {path} lacks {name}"


def test_the_documented_operations_beyond_node(spec: dict[str, Any]) -> None:
    assert len(DOCUMENTED_EXTRAS) == 12
    for (method, path), (operation_id, security) in DOCUMENTED_EXTRAS.items():
        op = spec["paths"][path][method]
        assert op["operationId"] == operation_id
        assert op.get("security", spec["security"]) == security
    scheme = spec["components"]["securitySchemes"]["connectSessionAuth"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")


def test_every_operation_is_called_by_node_or_documented_beyond_it() -> None:
    node = {(method, path) for calls in NODE_METHODS.values() for method, path, _ in calls}
    import_connection = {("post", "/connections")}
    assert {(m, p) for m, p, _ in operations()} == node | import_connection | set(DOCUMENTED_EXTRAS)


def test_import_connection_endpoint(spec: dict[str, Any]) -> None:
    op = spec["paths"]["/connections"]["post"]
    assert "201" in op["responses"]


def test_operations_follow_the_generator_rules(spec: dict[str, Any]) -> None:
    ids = []
    for method, path, op in operations():
        where = f"{method.upper()} {path}"
        assert re.fullmatch(r"[a-z][A-Za-z0-9]*", op.get("operationId", "")), where
        ids.append(op["operationId"])
        assert len(op.get("tags", [])) == 1, f"{where}: exactly one tag"
        assert op["tags"][0] in TAGS, where
        assert op.get("summary"), where
        _, security = DOCUMENTED_EXTRAS.get((method, path), ("", BEARER))
        assert op.get("security", BEARER) == security, where
        assert "401" in op["responses"], f"{where}: documents 401"
    assert len(ids) == len(set(ids)), "operationIds are unique"
    assert spec["security"] == [{"bearerAuth": []}]
    scheme = spec["components"]["securitySchemes"]["bearerAuth"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
