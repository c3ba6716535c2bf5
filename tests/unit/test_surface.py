"""The public surface: ``Nango`` and ``AsyncNango`` match each other, the Node SDK's method list
and the signatures of /work/shared/design/api.md; ``nango/_sync`` is up to date."""

from __future__ import annotations

import ast
import inspect
import re
import subprocess
import sys
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from nango import AsyncNango, Nango, ProxyOptions

ROOT = Path(__file__).resolve().parents[2]

# The documented differences between the two clients.
ASYNC_TO_SYNC_NAMES = {"aclose": "close"}
ASYNC_TO_SYNC_ANNOTATIONS = {
    "httpx.AsyncClient": "httpx.Client",
    "asyncio.Event": "threading.Event",
    "AsyncGenerator[dict[str, Any], None]": "Generator[dict[str, Any], None, None]",
    "AsyncGenerator[models.ConnectionListItem, None]": (
        "Generator[models.ConnectionListItem, None, None]"
    ),
    "AsyncGenerator[models.Function, None]": "Generator[models.Function, None, None]",
    "AsyncNango": "Nango",
    "AsyncConnectionAuth": "ConnectionAuth",
}
PLAIN_IN_BOTH = {
    "verify_incoming_webhook_request",
    "verify_webhook_signature",
    "with_options",
    "auth",
}

# Every public method of @nangohq/node 0.71.10 (wire-reference.md section 2, #1 to #47).
NODE_METHODS = {
    "listProviders": "list_providers",
    "getProvider": "get_provider",
    "getProviderTemplates": "get_provider_templates",
    "listIntegrations": "list_integrations",
    "getIntegration": "get_integration",
    "createIntegration": "create_integration",
    "createQuickstartIntegration": "create_quickstart_integration",
    "updateIntegration": "update_integration",
    "deleteIntegration": "delete_integration",
    "listFunctions": "list_functions",
    "getFunction": "get_function",
    "getFunctionCode": "get_function_code",
    "deleteFunction": "delete_function",
    "listConnections": "list_connections",
    "getConnection": "get_connection",
    "patchConnection": "patch_connection",
    "getToken": "get_token",
    "getRawTokenResponse": "get_raw_token_response",
    "getMetadata": "get_metadata",
    "setMetadata": "set_metadata",
    "updateMetadata": "update_metadata",
    "deleteConnection": "delete_connection",
    "getScriptsConfig": "get_scripts_config",
    "listRecords": "list_records",
    "pruneRecords": "prune_records",
    "triggerSync": "trigger_sync",
    "startSync": "start_sync",
    "pauseSync": "pause_sync",
    "syncStatus": "sync_status",
    "updateSyncConnectionFrequency": "update_sync_connection_frequency",
    "waitForConnection": "wait_for_connection",
    "createSyncVariant": "create_sync_variant",
    "deleteSyncVariant": "delete_sync_variant",
    "getEnvironmentVariables": "get_environment_variables",
    "triggerAction": "trigger_action",
    "triggerActionAsync": "trigger_action_async",
    "getAsyncActionResult": "get_async_action_result",
    "proxy": "proxy",
    "get": "get",
    "post": "post",
    "put": "put",
    "patch": "patch",
    "delete": "delete",
    "verifyWebhookSignature": "verify_webhook_signature",
    "verifyIncomingWebhookRequest": "verify_incoming_webhook_request",
    "createConnectSession": "create_connect_session",
    "createReconnectSession": "create_reconnect_session",
}
# The documented Nango operations no Node method calls (README "Beyond the Node SDK"), with
# their signatures (there is no api.md row to copy them from).
BEYOND_NODE_SIGNATURES = {
    "compile_function": "code",
    "dry_run_function": "integration_id, function_type, code, connection_id, *, input=None,"
    " metadata=None, checkpoint=None, last_sync_date=None",
    "get_function_dry_run": "id",
    "wait_for_function_dry_run": "id, *, timeout=300.0, poll_interval=2.0, cancel=None",
    "deploy_function": "integration_id, function_name, function_type, code, *, version=None,"
    " allow_destructive=None",
    "deploy_template": "integration_id, template, *, function_type=None",
    "get_function_deployment": "id",
    "wait_for_function_deployment": "id, *, timeout=300.0, poll_interval=2.0, cancel=None",
    "create_environment": "name, *, is_production=None, callback_url=None, hmac_key=None,"
    " hmac_enabled=None, slack_notifications=None, otlp_endpoint=None, otlp_headers=None",
    "delete_environment": "environment_id",
    "create_api_key": "environment_id, display_name",
    "delete_api_key": "environment_id, key_id",
    "rotate_webhook_signing_key": "",
    "get_connect_session": "token",
    "delete_connect_session": "token",
}
ITERATORS = {"iter_records", "iter_connections", "iter_functions"}
PYTHON_ONLY = {*ITERATORS, "with_options", "auth", *BEYOND_NODE_SIGNATURES}

_PROXY_OPTIONS = (
    "headers=None, params=None, data=None, retries=None, retry_on=None, base_url_override=None,"
    " decompress=None, response_type=None, forward_headers_on_redirect=None"
)
_RECORDS_OPTIONS = (
    "variant=None, cursor=None, limit=None, filter=None, modified_after=None, ids=None"
)
_SESSION_OPTIONS = (
    "tags=None, end_user=None, organization=None, integrations_config_defaults=None,"
    " overrides=None, webhook_url_override=None"
)

# The signatures of api.md, copied as written there ("..." = a default api.md does not give),
# and those of the methods beyond the Node SDK; __init__ adds max_response_size to api.md's.
API_SIGNATURES = {
    "__init__": "secret_key=None, *, host=None, webhook_signing_key=None, timeout=...,"
    " max_retries=2, max_response_size=268435456, http_client=None, user_agent=None,"
    " default_headers=None, connection_id=None, provider_config_key=None",
    "list_providers": "*, search=None",
    "get_provider": "provider",
    "get_provider_templates": "provider",
    "list_integrations": "",
    "get_integration": "unique_key, *, include=None",
    "create_integration": "provider, unique_key, *, display_name=None, credentials=None,"
    " forward_webhooks=None, integration_config=None, custom=None",
    "create_quickstart_integration": "provider, unique_key, *, display_name=None,"
    " forward_webhooks=None",
    "update_integration": "unique_key, *, new_unique_key=None, display_name=None,"
    " credentials=None, forward_webhooks=None, integration_config=None, custom=None",
    "delete_integration": "provider_config_key",
    "list_functions": "unique_key, *, type=None, search=None, page=None, limit=None",
    "get_function": "unique_key, name, *, type=None",
    "get_function_code": "unique_key, name, *, type=None",
    "delete_function": "unique_key, name, *, type",
    "list_connections": "*, connection_id=None, user_id=None, integration_id=None, tags=None,"
    " search=None, end_user_organization_id=None, limit=None, page=None",
    "get_connection": "provider_config_key, connection_id, force_refresh=False,"
    " refresh_token=False, refresh_github_app_jwt_token=False",
    "patch_connection": "provider_config_key, connection_id, *, tags=None, end_user=None,"
    " webhook_url_override=None",
    "get_token": "provider_config_key, connection_id, force_refresh=False,"
    " refresh_github_app_jwt_token=False",
    "get_raw_token_response": "provider_config_key, connection_id, force_refresh=False,"
    " refresh_github_app_jwt_token=False",
    "get_metadata": "provider_config_key, connection_id",
    "set_metadata": "provider_config_key, connection_id, metadata",
    "update_metadata": "provider_config_key, connection_id, metadata",
    "delete_connection": "provider_config_key, connection_id",
    "wait_for_connection": "integration_key, user_id, *, timeout=60.0, poll_interval=2.0,"
    " cancel=None",
    "create_connect_session": "*, tags=None, end_user=None, organization=None,"
    " allowed_integrations=None, integrations_config_defaults=None, overrides=None,"
    " webhook_url_override=None",
    "create_reconnect_session": f"connection_id, integration_id, *, {_SESSION_OPTIONS}",
    "get_scripts_config": "format='nango'",
    "list_records": f"provider_config_key, connection_id, model, *, {_RECORDS_OPTIONS}",
    "iter_records": f"provider_config_key, connection_id, model, *, {_RECORDS_OPTIONS}",
    # Python additions (issue 15), not in api.md: the arguments of the list they walk.
    "iter_connections": "*, connection_id=None, user_id=None, integration_id=None, tags=None,"
    " search=None, end_user_organization_id=None, limit=None, page=None",
    "iter_functions": "unique_key, *, type=None, search=None, page=None, limit=None",
    "auth": "provider_config_key, connection_id, *, skew=60.0, header=None",
    "prune_records": "provider_config_key, connection_id, model, until_cursor, *,"
    " variant=None, limit=None",
    "trigger_sync": "provider_config_key, syncs=None, connection_id=None, *, reset=None,"
    " empty_cache=None",
    "start_sync": "provider_config_key, syncs, connection_id=None",
    "pause_sync": "provider_config_key, syncs, connection_id=None",
    "sync_status": "provider_config_key, syncs, connection_id=None",
    "update_sync_connection_frequency": "provider_config_key, sync, connection_id, frequency",
    "create_sync_variant": "provider_config_key, connection_id, name, variant",
    "delete_sync_variant": "provider_config_key, connection_id, name, variant",
    "get_environment_variables": "",
    "trigger_action": "provider_config_key, connection_id, action_name, input=None",
    "trigger_action_async": "provider_config_key, connection_id, action_name, input=None",
    "get_async_action_result": "*, id=None, status_url=None",
    "proxy": "endpoint, provider_config_key=None, connection_id=None, *, method='GET',"
    f" {_PROXY_OPTIONS}",
    "get": f"endpoint, provider_config_key=None, connection_id=None, *, {_PROXY_OPTIONS}",
    "post": f"endpoint, provider_config_key=None, connection_id=None, *, {_PROXY_OPTIONS}",
    "put": f"endpoint, provider_config_key=None, connection_id=None, *, {_PROXY_OPTIONS}",
    "patch": f"endpoint, provider_config_key=None, connection_id=None, *, {_PROXY_OPTIONS}",
    "delete": f"endpoint, provider_config_key=None, connection_id=None, *, {_PROXY_OPTIONS}",
    "verify_incoming_webhook_request": "body, headers",
    "verify_webhook_signature": "signature_in_header, json_payload",
    **BEYOND_NODE_SIGNATURES,
}

NO_DEFAULT = object()
ANY_DEFAULT = object()


def public_methods(cls: type) -> dict[str, Callable[..., Any]]:
    return {
        name: member
        for name, member in vars(cls).items()
        if not name.startswith("_") and inspect.isfunction(member)
    }


def public_names(cls: type) -> set[str]:
    return {name for name in dir(cls) if not name.startswith("_")}


def sync_name(async_name: str) -> str:
    return ASYNC_TO_SYNC_NAMES.get(async_name, async_name)


def sync_annotation(annotation: Any) -> Any:
    if not isinstance(annotation, str):
        return annotation
    for async_word, sync_word in ASYNC_TO_SYNC_ANNOTATIONS.items():
        annotation = re.sub(rf"(?<!\w){re.escape(async_word)}(?!\w)", sync_word, annotation)
    return annotation


def camel_to_snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def expected_parameters(spec: str) -> list[tuple[str, inspect._ParameterKind, Any]]:
    """(name, kind, default) from an api.md parameter list, via ``ast``."""
    arguments = ast.parse(f"def f({spec}): pass").body[0].args  # type: ignore[attr-defined]

    def default(node: ast.expr | None) -> Any:
        if node is None:
            return NO_DEFAULT
        value = ast.literal_eval(node)
        return ANY_DEFAULT if value is Ellipsis else value

    positional = arguments.args
    padded = [None] * (len(positional) - len(arguments.defaults)) + list(arguments.defaults)
    result: list[tuple[str, inspect._ParameterKind, Any]] = [
        (arg.arg, inspect.Parameter.POSITIONAL_OR_KEYWORD, default(node))
        for arg, node in zip(positional, padded, strict=True)
    ]
    result += [
        (arg.arg, inspect.Parameter.KEYWORD_ONLY, default(node))
        for arg, node in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)
    ]
    return result


def actual_parameters(function: Callable[..., Any]) -> list[tuple[str, Any, Any]]:
    """(name, kind, default) of each parameter; ``**options: Unpack[ProxyOptions]`` counts as
    the keyword-only options it declares, each defaulting to ``None``."""
    parameters = list(inspect.signature(function).parameters.values())
    assert parameters[0].name == "self"
    result: list[tuple[str, Any, Any]] = []
    for p in parameters[1:]:
        if p.kind is inspect.Parameter.VAR_KEYWORD:
            assert p.annotation == "Unpack[ProxyOptions]", p
            result += [
                (key, inspect.Parameter.KEYWORD_ONLY, None) for key in ProxyOptions.__annotations__
            ]
            continue
        default = NO_DEFAULT if p.default is inspect.Parameter.empty else p.default
        result.append((p.name, p.kind, default))
    return result


# Nango vs AsyncNango


def test_same_public_names() -> None:
    async_names = {sync_name(name) for name in public_names(AsyncNango)}

    assert async_names == public_names(Nango)


def test_close_methods_and_context_managers() -> None:
    assert inspect.iscoroutinefunction(AsyncNango.aclose)
    assert not inspect.iscoroutinefunction(Nango.close)
    assert not hasattr(Nango, "aclose")
    assert not hasattr(AsyncNango, "close")
    assert inspect.iscoroutinefunction(AsyncNango.__aenter__)
    assert inspect.iscoroutinefunction(AsyncNango.__aexit__)
    assert callable(Nango.__enter__)
    assert callable(Nango.__exit__)
    assert isinstance(inspect.getattr_static(Nango, "host"), property)
    assert isinstance(inspect.getattr_static(AsyncNango, "host"), property)


@pytest.mark.parametrize("name", sorted(public_methods(AsyncNango)))
def test_same_signature(name: str) -> None:
    async_signature = inspect.signature(getattr(AsyncNango, name))
    sync_signature = inspect.signature(getattr(Nango, sync_name(name)))

    async_parameters = list(async_signature.parameters.values())
    sync_parameters = list(sync_signature.parameters.values())
    assert [p.name for p in async_parameters] == [p.name for p in sync_parameters]
    for async_p, sync_p in zip(async_parameters, sync_parameters, strict=True):
        assert async_p.kind == sync_p.kind, async_p.name
        assert async_p.default == sync_p.default, async_p.name
        assert sync_annotation(async_p.annotation) == sync_p.annotation, async_p.name
    assert sync_annotation(async_signature.return_annotation) == sync_signature.return_annotation


def test_same_constructor_signature() -> None:
    async_parameters = inspect.signature(AsyncNango.__init__).parameters.values()
    sync_parameters = inspect.signature(Nango.__init__).parameters.values()

    assert [(p.name, p.kind, p.default) for p in async_parameters] == [
        (p.name, p.kind, p.default) for p in sync_parameters
    ]
    assert [sync_annotation(p.annotation) for p in async_parameters] == [
        p.annotation for p in sync_parameters
    ]


def test_annotation_mapping_is_needed_only_for_the_documented_pairs() -> None:
    """The mapped annotations really differ (else the mapping would hide nothing)."""
    init_async = inspect.signature(AsyncNango.__init__).parameters["http_client"].annotation
    init_sync = inspect.signature(Nango.__init__).parameters["http_client"].annotation
    assert "httpx.AsyncClient" in init_async
    assert "httpx.Client" in init_sync
    for wait in (
        "wait_for_connection",
        "wait_for_function_dry_run",
        "wait_for_function_deployment",
    ):
        cancel_async = inspect.signature(getattr(AsyncNango, wait)).parameters["cancel"]
        cancel_sync = inspect.signature(getattr(Nango, wait)).parameters["cancel"]
        assert "asyncio.Event" in cancel_async.annotation, wait
        assert "threading.Event" in cancel_sync.annotation, wait
    assert "AsyncGenerator" in inspect.signature(AsyncNango.iter_records).return_annotation
    assert "Generator" in inspect.signature(Nango.iter_records).return_annotation
    assert inspect.signature(AsyncNango.auth).return_annotation == "AsyncConnectionAuth"
    assert inspect.signature(Nango.auth).return_annotation == "ConnectionAuth"


@pytest.mark.parametrize("name", sorted(public_methods(AsyncNango)))
def test_async_methods_are_coroutines(name: str) -> None:
    async_method = getattr(AsyncNango, name)
    sync_method = getattr(Nango, sync_name(name))

    assert not inspect.iscoroutinefunction(sync_method)
    assert not inspect.isasyncgenfunction(sync_method)
    if name in PLAIN_IN_BOTH:
        assert not inspect.iscoroutinefunction(async_method)
        assert not inspect.isasyncgenfunction(async_method)
    elif name in ITERATORS:
        assert inspect.isasyncgenfunction(async_method)
        assert inspect.isgeneratorfunction(sync_method)
    else:
        assert inspect.iscoroutinefunction(async_method)
        assert not inspect.isgeneratorfunction(sync_method)


# Node's method list


def test_node_table_has_the_47_methods() -> None:
    assert len(NODE_METHODS) == 47
    assert len(set(NODE_METHODS.values())) == 47


@pytest.mark.parametrize(("node_name", "python_name"), sorted(NODE_METHODS.items()))
def test_every_node_method_has_a_snake_case_twin(node_name: str, python_name: str) -> None:
    assert python_name == camel_to_snake(node_name)
    assert callable(getattr(Nango, python_name, None))
    assert callable(getattr(AsyncNango, python_name, None))


def test_no_public_method_beyond_node_and_the_documented_extras() -> None:
    expected = set(NODE_METHODS.values()) | PYTHON_ONLY

    assert set(public_methods(Nango)) == expected | {"close"}
    assert set(public_methods(AsyncNango)) == expected | {"aclose"}


@pytest.mark.parametrize("name", sorted(ITERATORS))
def test_each_iterator_takes_the_arguments_of_its_list(name: str) -> None:
    for cls in (Nango, AsyncNango):
        list_parameters = inspect.signature(getattr(cls, name.replace("iter_", "list_")))
        iter_parameters = inspect.signature(getattr(cls, name)).parameters
        assert [
            (p.name, p.kind, p.default, p.annotation) for p in list_parameters.parameters.values()
        ] == [(p.name, p.kind, p.default, p.annotation) for p in iter_parameters.values()]


# api.md signatures


def test_api_table_covers_every_public_method() -> None:
    # with_options is not in api.md (a Python addition, documented in the README).
    assert set(API_SIGNATURES) == set(public_methods(Nango)) - {"close", "with_options"} | {
        "__init__"
    }


@pytest.mark.parametrize("cls", [Nango, AsyncNango], ids=["sync", "async"])
@pytest.mark.parametrize("name", sorted(API_SIGNATURES))
def test_positional_order_and_defaults_match_api_md(cls: type, name: str) -> None:
    expected = expected_parameters(API_SIGNATURES[name])
    actual = actual_parameters(getattr(cls, name))

    # Positional order first: it is what callers rely on.
    positional = inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert [n for n, kind, _ in actual if kind == positional] == [
        n for n, kind, _ in expected if kind == positional
    ]
    # Keyword-only names (in any order), then every default.
    assert sorted(n for n, kind, _ in actual if kind != positional) == sorted(
        n for n, kind, _ in expected if kind != positional
    )
    assert {n: kind for n, kind, _ in actual} == {n: kind for n, kind, _ in expected}
    actual_defaults = {n: d for n, _, d in actual}
    for parameter, _, default in expected:
        if default is ANY_DEFAULT:
            assert actual_defaults[parameter] is not NO_DEFAULT, parameter
        elif default is NO_DEFAULT:
            assert actual_defaults[parameter] is NO_DEFAULT, parameter
        else:
            assert actual_defaults[parameter] == default, parameter
            assert type(actual_defaults[parameter]) is type(default), parameter


@pytest.mark.parametrize("cls", [Nango, AsyncNango], ids=["sync", "async"])
def test_no_unset_sentinel_in_public_signatures(cls: type) -> None:
    methods = {**public_methods(cls), "__init__": vars(cls)["__init__"]}
    for name, method in methods.items():
        signature = inspect.signature(method)
        for parameter in signature.parameters.values():
            assert "Unset" not in str(parameter.annotation), (name, parameter.name)
            assert type(parameter.default).__name__ != "Unset", (name, parameter.name)
        assert "Unset" not in str(signature.return_annotation), name


# nango/_sync is derived from nango/_async


def test_sync_client_is_up_to_date_with_the_async_source() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/unasync.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr


# Methods that send no request, or several (iterators: use their list_* twin).
NO_RAW_FORM = {*ITERATORS, "auth", "with_options", "aclose", "close"} | {
    "verify_incoming_webhook_request",
    "verify_webhook_signature",
}


@pytest.mark.parametrize("cls", [Nango, AsyncNango])
def test_every_request_method_has_a_raw_form_with_its_signature(cls: type) -> None:
    """``with_raw_response.<name>`` for every public method that sends one request, with the
    method's parameters; none for the others."""
    client = cls("sk-surface")
    raw = client.with_raw_response
    methods = [n for n in public_names(cls) if inspect.isfunction(inspect.getattr_static(cls, n))]
    for name in methods:
        if name in NO_RAW_FORM:
            with pytest.raises(AttributeError):
                getattr(raw, name)
            continue
        method = getattr(raw, name)
        assert (
            inspect.signature(method).parameters
            == inspect.signature(getattr(client, name)).parameters
        ), name
        assert inspect.signature(method).return_annotation.startswith("RawResponse["), name
        assert name in dir(raw)
    with pytest.raises(AttributeError):
        raw._core  # noqa: B018


@pytest.mark.parametrize("cls", [Nango, AsyncNango])
def test_the_static_type_of_with_raw_response_lists_the_same_methods(cls: type) -> None:
    """``nango/_async/raw.py`` (and its sync twin) declare exactly the raw forms found at run
    time, with the methods' parameters and ``RawResponse[<result>]``."""
    from nango._async.raw import AsyncRawMethods
    from nango._sync.raw import RawMethods

    protocol = RawMethods if cls is Nango else AsyncRawMethods
    raw = cls("sk-surface").with_raw_response
    declared = {n for n in vars(protocol) if not n.startswith("_")}

    assert declared == set(dir(raw))
    for name in declared:
        runtime = inspect.signature(getattr(raw, name))
        # (the overload registry is keyed by module and qualified name)
        overloads = typing.get_overloads(
            types.SimpleNamespace(
                __module__=protocol.__module__, __qualname__=f"{protocol.__name__}.{name}"
            )
        )
        for stub in overloads or [vars(protocol)[name]]:
            static = inspect.signature(stub)
            assert [(p.name, p.kind) for p in static.parameters.values()][1:] == [
                (p.name, p.kind) for p in runtime.parameters.values()
            ], name
            assert static.return_annotation.startswith("RawResponse["), name
        if not overloads:
            assert static.return_annotation == runtime.return_annotation, name
