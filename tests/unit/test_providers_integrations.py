"""Providers, integrations and functions: requests sent and results parsed, for both clients."""

from __future__ import annotations

from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

import pytest

from nango import IntegrationConfigs, NangoTypeError, NangoValueError
from nango.models import (
    Function,
    Integration,
    IntegrationOAuth2Credentials,
    Provider,
    ProviderTemplate,
)

from .conftest import Client, Recorder, assert_not_sent, query

GITHUB_PROVIDER = {
    "display_name": "GitHub (User OAuth)",
    "categories": ["dev-tools", "support", "ticketing"],
    "auth_mode": "OAUTH2",
    "authorization_url": "https://github.com/login/oauth/authorize",
    "token_url": "https://github.com/login/oauth/access_token",
    "proxy": {
        "base_url": "https://api.github.com",
        "retry": {"at": "x-ratelimit-reset", "remaining": "x-ratelimit-remaining"},
        "paginate": {
            "type": "link",
            "limit_name_in_request": "per_page",
            "link_rel_in_response_header": "next",
        },
    },
    "docs": "https://docs.nango.dev/integrations/all/github",
    "name": "github",
    "logo_url": "https://api.nango.dev/images/template-logos/github.svg",
}
OPENAI_PROVIDER = {
    "name": "openai",
    "display_name": "OpenAI",
    "categories": ["ai"],
    "auth_mode": "API_KEY",
    "proxy": {
        "base_url": "https://api.openai.com",
        "headers": {"authorization": "Bearer ${apiKey}"},
    },
    "credentials": {
        "apiKey": {
            "type": "string",
            "title": "API Key",
            "description": "The API key for your OpenAI account",
            "pattern": "^sk-[A-Za-z0-9_-]+$",
            "order": 1,
            "automated": False,
        }
    },
    "logo_url": "https://api.nango.dev/images/template-logos/openai.svg",
}
TEMPLATES = [
    {
        "name": "issues",
        "type": "sync",
        "description": "Fetches the GitHub issues of all the user's repositories.",
        "scopes": ["repo"],
        "returns": ["GithubIssue"],
        "json_schema": None,
        "runs": "every hour",
        "auto_start": True,
        "track_deletes": False,
    },
    {
        "name": "create-issue",
        "type": "action",
        "description": "Creates an issue in a repository.",
        "input": "GithubCreateIssueInput",
        "returns": ["GithubIssue"],
        "json_schema": None,
    },
]
GITHUB_INTEGRATION = {
    "unique_key": "github-ref",
    "provider": "github",
    "display_name": "GitHub Ref",
    "logo": "https://api.nango.dev/images/template-logos/github.svg",
    "forward_webhooks": True,
    "created_at": "2026-11-22T03:43:50.824Z",
    "updated_at": "2026-11-22T03:43:50.824Z",
}
OPENAI_INTEGRATION = {
    "unique_key": "openai-ref",
    "provider": "openai",
    "display_name": "OpenAI",
    "logo": "https://api.nango.dev/images/template-logos/openai.svg",
    "forward_webhooks": True,
    "created_at": "2026-11-22T03:44:02.117Z",
    "updated_at": "2026-11-22T03:44:02.117Z",
}
OAUTH2_CREDENTIALS = {
    "type": "OAUTH2",
    "client_id": "cid-123",
    "client_secret": "csecret-456",
    "scopes": "repo,user",
}
PRIVATE_KEY = "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----"
SYNC_FUNCTION = {
    "name": "issues",
    "type": "sync",
    "description": "Fetches the GitHub issues of all the user's repositories.",
    "scopes": ["repo"],
    "returns": ["GithubIssue"],
    "json_schema": None,
    "runs": "every hour",
    "auto_start": True,
    "track_deletes": False,
    "id": 12,
    "enabled": True,
    "last_deployed": "2026-11-22T03:50:12.000Z",
    "source": "repo",
}
ACTION_FUNCTION = {
    "name": "create-issue",
    "type": "action",
    "description": "Creates an issue in a repository.",
    "input": "GithubCreateIssueInput",
    "returns": ["GithubIssue"],
    "json_schema": None,
    "id": 13,
    "enabled": True,
    "last_deployed": "2026-11-22T03:50:12.000Z",
    "source": "catalog",
}
ACTION_CODE = (
    "import { createAction } from 'nango';\n\nexport default createAction({\n"
    "    exec: async (nango, input) => ({ ok: true })\n});\n"
)


# Providers


def test_list_providers_without_search_sends_no_query(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"data": [GITHUB_PROVIDER, OPENAI_PROVIDER]})

    result = client.call("list_providers")

    request = recorder.last
    assert request.method == "GET"
    assert request.url.path == "/providers"
    assert request.url.query == b""
    assert request.headers["authorization"] == "Bearer sk-test-4f1c2b9e-secret"
    assert [provider.name for provider in result.data] == ["github", "openai"]
    assert all(isinstance(provider, Provider) for provider in result.data)
    openai = result.data[1]
    assert openai.auth_mode == "API_KEY"
    assert openai.proxy.base_url == "https://api.openai.com"
    assert openai.logo_url == "https://api.nango.dev/images/template-logos/openai.svg"


def test_list_providers_search_is_form_encoded(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"data": [GITHUB_PROVIDER]})

    result = client.call("list_providers", search="git hub&x")

    assert query(recorder.last) == [("search", "git hub&x")]
    assert recorder.last.url.query == b"search=git+hub%26x"
    assert result.data[0].display_name == "GitHub (User OAuth)"


def test_get_provider(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"data": GITHUB_PROVIDER})

    result = client.call("get_provider", "github")

    assert recorder.last.method == "GET"
    assert recorder.last.url.path == "/providers/github"
    assert recorder.last.url.query == b""
    provider = result.data
    assert isinstance(provider, Provider)
    assert provider.name == "github"
    assert provider.auth_mode == "OAUTH2"
    assert provider.categories == ["dev-tools", "support", "ticketing"]
    assert provider.authorization_url == "https://github.com/login/oauth/authorize"
    assert provider.proxy.base_url == "https://api.github.com"


def test_get_provider_percent_encodes_the_path(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"data": GITHUB_PROVIDER})

    client.call("get_provider", "git hub/x")

    assert recorder.last.url.raw_path == b"/providers/git%20hub%2Fx"


def test_get_provider_templates(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"data": TEMPLATES})

    result = client.call("get_provider_templates", "github")

    assert recorder.last.method == "GET"
    assert recorder.last.url.path == "/providers/github/templates"
    assert all(isinstance(template, ProviderTemplate) for template in result.data)
    sync, action = result.data
    assert (sync.name, sync.type_, sync.runs, sync.auto_start) == (
        "issues",
        "sync",
        "every hour",
        True,
    )
    assert (action.name, action.type_, action.input_) == (
        "create-issue",
        "action",
        "GithubCreateIssueInput",
    )
    assert action.returns == ["GithubIssue"]


# Integrations


def test_list_integrations_returns_configs(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"data": [GITHUB_INTEGRATION, OPENAI_INTEGRATION]})

    result = client.call("list_integrations")

    assert recorder.last.method == "GET"
    assert recorder.last.url.path == "/integrations"
    assert recorder.last.url.query == b""
    assert isinstance(result, IntegrationConfigs)
    assert isinstance(result.configs, list)
    assert all(isinstance(item, Integration) for item in result.configs)
    assert [item.unique_key for item in result.configs] == ["github-ref", "openai-ref"]
    github = result.configs[0]
    assert github.provider == "github"
    assert github.display_name == "GitHub Ref"
    assert github.forward_webhooks is True
    assert github.created_at == datetime(2026, 11, 22, 3, 43, 50, 824000, tzinfo=UTC)


def test_list_integrations_empty(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"data": []})

    assert client.call("list_integrations").configs == []


def test_get_integration_without_include(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"data": GITHUB_INTEGRATION})

    result = client.call("get_integration", "github-ref")

    assert recorder.last.method == "GET"
    assert recorder.last.url.path == "/integrations/github-ref"
    assert query(recorder.last) == []
    assert isinstance(result.data, Integration)
    assert result.data.unique_key == "github-ref"
    assert result.data.logo == "https://api.nango.dev/images/template-logos/github.svg"


@pytest.mark.parametrize(
    ("include", "expected"),
    [
        (["webhook"], [("include", "webhook")]),
        (["credentials"], [("include", "credentials")]),
        (["webhook", "credentials"], [("include", "webhook"), ("include", "credentials")]),
        (("credentials", "webhook"), [("include", "credentials"), ("include", "webhook")]),
    ],
)
def test_get_integration_sends_every_include_value(
    client: Client, recorder: Recorder, include: Any, expected: list[tuple[str, str]]
) -> None:
    recorder.reply(200, {"data": GITHUB_INTEGRATION})

    client.call("get_integration", "github-ref", include=include)

    assert query(recorder.last) == expected


def test_get_integration_parses_included_data(client: Client, recorder: Recorder) -> None:
    webhook_url = "https://api.nango.dev/webhook/d2c4a6e0-6f2d-4b52-9e0e-1c5a4b3c2d1e/github-ref"
    recorder.reply(
        200,
        {
            "data": {
                **GITHUB_INTEGRATION,
                "webhook_url": webhook_url,
                "credentials": {**OAUTH2_CREDENTIALS, "webhook_secret": None},
            }
        },
    )

    result = client.call("get_integration", "github-ref", include=["webhook", "credentials"])

    assert result.data.webhook_url == webhook_url
    credentials = result.data.credentials
    assert isinstance(credentials, IntegrationOAuth2Credentials)
    assert credentials.client_id == "cid-123"
    assert credentials.client_secret == "csecret-456"
    assert credentials.scopes == "repo,user"


@pytest.mark.parametrize("include", [["webhooks"], ["webhook", "secrets"], ["WEBHOOK"]])
def test_get_integration_rejects_an_unknown_include(
    client: Client, recorder: Recorder, include: list[str]
) -> None:
    assert_not_sent(
        client, recorder, NangoValueError, "get_integration", "github-ref", include=include
    )


def test_get_integration_percent_encodes_the_key(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"data": GITHUB_INTEGRATION})

    client.call("get_integration", "conn 1/x")

    assert recorder.last.url.raw_path == b"/integrations/conn%201%2Fx"


def test_create_integration_sends_only_the_given_fields(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"data": GITHUB_INTEGRATION})

    result = client.call("create_integration", "github", "github-ref")

    request = recorder.last
    assert request.method == "POST"
    assert request.url.path == "/integrations"
    assert request.headers["content-type"] == "application/json"
    assert recorder.body() == {"provider": "github", "unique_key": "github-ref"}
    assert isinstance(result.data, Integration)
    assert result.data.unique_key == "github-ref"


def test_create_integration_sends_every_field(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"data": GITHUB_INTEGRATION})

    client.call(
        "create_integration",
        "github",
        "github-ref",
        display_name="GitHub Ref",
        credentials=OAUTH2_CREDENTIALS,
        forward_webhooks=False,
        integration_config={"webhook_secret": "whsec-1"},
        custom={"region": "eu"},
    )

    assert recorder.body() == {
        "provider": "github",
        "unique_key": "github-ref",
        "display_name": "GitHub Ref",
        "credentials": OAUTH2_CREDENTIALS,
        "forward_webhooks": False,
        "integration_config": {"webhook_secret": "whsec-1"},
        "custom": {"region": "eu"},
    }


@pytest.mark.parametrize(
    "credentials",
    [
        pytest.param(OAUTH2_CREDENTIALS, id="oauth2"),
        pytest.param(
            {
                **OAUTH2_CREDENTIALS,
                "webhook_secret": "whs-1",
                "extra": {"nested": {"deep": [1, 2]}},
            },
            id="oauth2-nested-extra",
        ),
        pytest.param({"type": "OAUTH1", "client_id": "ck-1", "client_secret": "cs-1"}, id="oauth1"),
        pytest.param(
            {
                "type": "APP",
                "app_id": "123456",
                "app_link": "https://github.com/apps/acme-app",
                "private_key": PRIVATE_KEY,
            },
            id="app",
        ),
        pytest.param(
            {
                "type": "CUSTOM",
                "client_id": "cid",
                "client_secret": "cs",
                "app_id": "123456",
                "app_link": "https://github.com/apps/acme-app",
                "private_key": PRIVATE_KEY,
            },
            id="custom",
        ),
    ],
)
def test_create_integration_passes_credentials_through(
    client: Client, recorder: Recorder, credentials: dict[str, Any]
) -> None:
    recorder.reply(200, {"data": GITHUB_INTEGRATION})

    client.call("create_integration", "github", "github-ref", credentials=credentials)

    assert recorder.body()["credentials"] == credentials


@pytest.mark.parametrize(
    ("method", "args"),
    [("create_integration", ("github", "github-ref")), ("update_integration", ("github-ref",))],
)
def test_integration_credentials_of_an_unknown_type_pass_through(
    client: Client, recorder: Recorder, method: str, args: tuple[str, ...]
) -> None:
    # Node sends the caller's object as is; a type newer than this SDK's spec must still go out.
    credentials = {"type": "MCP_OAUTH2", "client_id": "cid-123", "options": {"dcr": True}}
    recorder.reply(200, {"data": GITHUB_INTEGRATION})

    client.call(method, *args, credentials=credentials)

    assert recorder.body()["credentials"] == credentials


def test_create_integration_accepts_any_mapping_as_credentials(
    client: Client, recorder: Recorder
) -> None:
    recorder.reply(200, {"data": GITHUB_INTEGRATION})

    client.call(
        "create_integration",
        "github",
        "github-ref",
        credentials=MappingProxyType(dict(OAUTH2_CREDENTIALS)),
    )

    assert recorder.body()["credentials"] == OAUTH2_CREDENTIALS


def test_create_quickstart_integration(client: Client, recorder: Recorder) -> None:
    recorder.reply(
        200,
        {
            "data": {
                **GITHUB_INTEGRATION,
                "unique_key": "github-quickstart",
                "display_name": "GitHub (User OAuth)",
            }
        },
    )

    result = client.call("create_quickstart_integration", "github", "github-quickstart")

    assert recorder.last.method == "POST"
    assert recorder.last.url.path == "/integrations/quickstart"
    assert recorder.body() == {"provider": "github", "unique_key": "github-quickstart"}
    assert result.data.unique_key == "github-quickstart"
    assert result.data.display_name == "GitHub (User OAuth)"


def test_create_quickstart_integration_every_field(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"data": GITHUB_INTEGRATION})

    client.call(
        "create_quickstart_integration",
        "github",
        "github-quickstart",
        display_name="GitHub QS",
        forward_webhooks=False,
    )

    assert recorder.body() == {
        "provider": "github",
        "unique_key": "github-quickstart",
        "display_name": "GitHub QS",
        "forward_webhooks": False,
    }


def test_update_integration_renames_with_unique_key(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"data": {**GITHUB_INTEGRATION, "unique_key": "github-new"}})

    result = client.call("update_integration", "github-ref", new_unique_key="github-new")

    assert recorder.last.method == "PATCH"
    assert recorder.last.url.path == "/integrations/github-ref"
    assert recorder.body() == {"unique_key": "github-new"}
    assert result.data.unique_key == "github-new"


def test_update_integration_sends_only_the_given_fields(client: Client, recorder: Recorder) -> None:
    recorder.reply(
        200,
        {
            "data": {
                "unique_key": "apollo-ref",
                "provider": "apollo",
                "display_name": "Apollo renamed",
                "logo": "https://api.nango.dev/images/template-logos/apollo.svg",
                "forward_webhooks": True,
                "created_at": "2026-11-22T03:44:05.310Z",
                "updated_at": "2026-11-22T03:47:21.906Z",
            }
        },
    )

    result = client.call("update_integration", "apollo-ref", display_name="Apollo renamed")

    assert recorder.body() == {"display_name": "Apollo renamed"}
    assert result.data.display_name == "Apollo renamed"
    assert result.data.updated_at == datetime(2026, 11, 22, 3, 47, 21, 906000, tzinfo=UTC)


def test_update_integration_every_field(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"data": GITHUB_INTEGRATION})

    client.call(
        "update_integration",
        "github-ref",
        new_unique_key="github-2",
        display_name="GitHub 2",
        credentials=OAUTH2_CREDENTIALS,
        forward_webhooks=True,
        integration_config={"webhook_secret": "whsec-2"},
        custom={"region": "us"},
    )

    assert recorder.body() == {
        "unique_key": "github-2",
        "display_name": "GitHub 2",
        "credentials": OAUTH2_CREDENTIALS,
        "forward_webhooks": True,
        "integration_config": {"webhook_secret": "whsec-2"},
        "custom": {"region": "us"},
    }


def test_update_integration_with_nothing_sends_an_empty_body(
    client: Client, recorder: Recorder
) -> None:
    recorder.reply(200, {"data": GITHUB_INTEGRATION})

    client.call("update_integration", "github-ref")

    assert recorder.body() == {}


def test_delete_integration(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"success": True})

    result = client.call("delete_integration", "openai-ref")

    assert recorder.last.method == "DELETE"
    assert recorder.last.url.path == "/integrations/openai-ref"
    assert recorder.last.content == b""
    assert result.success is True


def test_delete_integration_percent_encodes_the_key(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"success": True})

    client.call("delete_integration", "a b/c")

    assert recorder.last.url.raw_path == b"/integrations/a%20b%2Fc"


# Functions


def test_list_functions_without_options(client: Client, recorder: Recorder) -> None:
    recorder.reply(
        200,
        {
            "data": [SYNC_FUNCTION, ACTION_FUNCTION],
            "pagination": {"total": 2, "page": 0, "limit": 20},
        },
    )

    result = client.call("list_functions", "github-ref")

    assert recorder.last.method == "GET"
    assert recorder.last.url.path == "/integrations/github-ref/functions"
    assert query(recorder.last) == []
    assert all(isinstance(item, Function) for item in result.data)
    sync, action = result.data
    assert (sync.name, sync.type_, sync.id, sync.enabled, sync.source) == (
        "issues",
        "sync",
        12,
        True,
        "repo",
    )
    assert sync.runs == "every hour"
    assert (action.name, action.type_, action.input_) == (
        "create-issue",
        "action",
        "GithubCreateIssueInput",
    )
    assert (result.pagination.total, result.pagination.page, result.pagination.limit) == (2, 0, 20)


def test_list_functions_sends_every_option(client: Client, recorder: Recorder) -> None:
    recorder.reply(
        200, {"data": [SYNC_FUNCTION], "pagination": {"total": 1, "page": 2, "limit": 5}}
    )

    client.call("list_functions", "github-ref", type="sync", search="a b", page=2, limit=5)

    assert query(recorder.last) == [
        ("type", "sync"),
        ("search", "a b"),
        ("page", "2"),
        ("limit", "5"),
    ]
    assert recorder.last.url.query == b"type=sync&search=a+b&page=2&limit=5"


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"type": "action"}, [("type", "action")]),
        ({"search": "issue"}, [("search", "issue")]),
        ({"page": 0}, [("page", "0")]),
        ({"limit": 100}, [("limit", "100")]),
    ],
)
def test_list_functions_single_option(
    client: Client, recorder: Recorder, options: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    recorder.reply(200, {"data": [], "pagination": {"total": 0, "page": 0, "limit": 20}})

    client.call("list_functions", "github-ref", **options)

    assert query(recorder.last) == expected


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"type": "on-event"}, NangoValueError),
        ({"type": "SYNC"}, NangoValueError),
        ({"search": ""}, NangoValueError),
        ({"search": 5}, NangoTypeError),
        ({"page": "2"}, NangoTypeError),
        ({"limit": 5.0}, NangoTypeError),
        ({"limit": True}, NangoTypeError),
    ],
)
def test_list_functions_rejects_bad_options(
    client: Client, recorder: Recorder, options: dict[str, Any], error: type[Exception]
) -> None:
    assert_not_sent(client, recorder, error, "list_functions", "github-ref", **options)


@pytest.mark.parametrize(
    ("type_", "expected"),
    [(None, []), ("sync", [("type", "sync")]), ("action", [("type", "action")])],
)
def test_get_function(
    client: Client, recorder: Recorder, type_: str | None, expected: list[tuple[str, str]]
) -> None:
    recorder.reply(200, {"data": SYNC_FUNCTION})

    result = client.call("get_function", "github-ref", "issues", type=type_)

    assert recorder.last.method == "GET"
    assert recorder.last.url.path == "/integrations/github-ref/functions/issues"
    assert query(recorder.last) == expected
    assert isinstance(result.data, Function)
    assert result.data.name == "issues"
    assert result.data.track_deletes is False
    assert result.data.last_deployed == "2026-11-22T03:50:12.000Z"


def test_get_function_percent_encodes_both_path_parameters(
    client: Client, recorder: Recorder
) -> None:
    recorder.reply(200, {"data": SYNC_FUNCTION})

    client.call("get_function", "git hub", "a/b")

    assert recorder.last.url.raw_path == b"/integrations/git%20hub/functions/a%2Fb"


@pytest.mark.parametrize(
    ("type_", "expected"),
    [(None, []), ("action", [("type", "action")])],
)
def test_get_function_code(
    client: Client, recorder: Recorder, type_: str | None, expected: list[tuple[str, str]]
) -> None:
    recorder.reply(200, {"type": "action", "code": ACTION_CODE})

    result = client.call("get_function_code", "github-ref", "create-issue", type=type_)

    assert recorder.last.method == "GET"
    assert recorder.last.url.path == "/integrations/github-ref/functions/create-issue/code"
    assert query(recorder.last) == expected
    assert result.type_ == "action"
    assert result.code == ACTION_CODE


@pytest.mark.parametrize("type_", ["sync", "action"])
def test_delete_function(client: Client, recorder: Recorder, type_: str) -> None:
    recorder.reply(200, {"data": {"success": True}})

    result = client.call("delete_function", "github-ref", "issues", type=type_)

    assert recorder.last.method == "DELETE"
    assert recorder.last.url.path == "/integrations/github-ref/functions/issues"
    assert query(recorder.last) == [("type", type_)]
    assert recorder.last.content == b""
    assert result.data.success is True


@pytest.mark.parametrize(("type_", "error"), [(None, NangoValueError), ("both", NangoValueError)])
def test_delete_function_needs_a_valid_type(
    client: Client, recorder: Recorder, type_: Any, error: type[Exception]
) -> None:
    assert_not_sent(client, recorder, error, "delete_function", "github-ref", "issues", type=type_)


# Bad input fails before any request


@pytest.mark.parametrize(
    ("args", "kwargs", "error"),
    [
        (("list_providers",), {"search": ""}, NangoValueError),
        (("list_providers",), {"search": 3}, NangoTypeError),
        (("get_provider", ""), {}, NangoValueError),
        (("get_provider", None), {}, NangoTypeError),
        (("get_provider_templates", ""), {}, NangoValueError),
        (("get_provider_templates", 1), {}, NangoTypeError),
        (("get_integration", ""), {}, NangoValueError),
        (("get_integration", 7), {}, NangoTypeError),
        (("get_integration", "github-ref"), {"include": 1}, NangoTypeError),
        (("create_integration", "", "github-ref"), {}, NangoValueError),
        (("create_integration", "github", ""), {}, NangoValueError),
        (("create_integration", "github", 1), {}, NangoTypeError),
        (("create_integration", "github", "k"), {"display_name": ""}, NangoValueError),
        (("create_integration", "github", "k"), {"credentials": "cid:secret"}, NangoTypeError),
        (("create_integration", "github", "k"), {"integration_config": ["a"]}, NangoTypeError),
        (("create_integration", "github", "k"), {"custom": "x"}, NangoTypeError),
        (("create_quickstart_integration", "", "k"), {}, NangoValueError),
        (("create_quickstart_integration", "github", None), {}, NangoTypeError),
        (("update_integration", ""), {"display_name": "x"}, NangoValueError),
        (("update_integration", 5), {"display_name": "x"}, NangoTypeError),
        (("update_integration", "k"), {"new_unique_key": ""}, NangoValueError),
        (("update_integration", "k"), {"credentials": ["x"]}, NangoTypeError),
        (("delete_integration", ""), {}, NangoValueError),
        (("delete_integration", 3), {}, NangoTypeError),
        (("list_functions", ""), {}, NangoValueError),
        (("list_functions", 1), {}, NangoTypeError),
        (("get_function", "", "issues"), {}, NangoValueError),
        (("get_function", "k", ""), {}, NangoValueError),
        (("get_function", "k", 1), {}, NangoTypeError),
        (("get_function", "k", "issues"), {"type": "job"}, NangoValueError),
        (("get_function_code", "k", ""), {}, NangoValueError),
        (("get_function_code", None, "issues"), {}, NangoTypeError),
        (("delete_function", "", "issues"), {"type": "sync"}, NangoValueError),
        (("delete_function", "k", 2), {"type": "sync"}, NangoTypeError),
    ],
)
def test_bad_input_fails_before_any_request(
    client: Client,
    recorder: Recorder,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    error: type[Exception],
) -> None:
    assert_not_sent(client, recorder, error, *args, **kwargs)


def test_get_integration_with_an_empty_include_sends_no_query(
    client: Client, recorder: Recorder
) -> None:
    recorder.reply(200, {"data": GITHUB_INTEGRATION})

    client.call("get_integration", "github-ref", include=[])

    assert recorder.last.url.query == b""


@pytest.mark.parametrize("method", ["create_integration", "create_quickstart_integration"])
def test_forward_webhooks_must_be_a_bool(client: Client, recorder: Recorder, method: str) -> None:
    with pytest.raises(NangoTypeError, match="forward_webhooks"):
        client.call(method, "github", "github-ref", forward_webhooks="yes")

    assert recorder.requests == []
