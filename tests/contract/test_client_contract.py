"""Every HTTP method of `nango.Nango` (and a few of `nango.AsyncNango`) against the Prism mock.

Each test checks the parsed result against the spec's example answer and that Prism found nothing
wrong with the request the SDK sent (no `sl-violations` header on any answer).
"""

from __future__ import annotations

import datetime
import inspect
import re
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterator
from contextlib import aclosing
from pathlib import Path
from typing import Any, Literal

import httpx
import pytest
import pytest_asyncio

import nango
from nango.models import (
    AsyncActionResponse,
    Connection,
    ConnectionListItem,
    ConnectSessionResponse,
    CreateEnvironmentResponse,
    CredentialsOAuth2,
    DeleteFunctionResponse,
    EnvironmentVariable,
    FunctionCode,
    FunctionCompileResponse,
    FunctionDeployment,
    FunctionDeploymentCreateResponse,
    FunctionDryrun,
    FunctionDryrunCreateResponse,
    GetConnectSessionResponse,
    GetFunctionResponse,
    GetProviderResponse,
    GetProviderTemplatesResponse,
    Integration,
    IntegrationOAuth2Credentials,
    IntegrationResponse,
    ListConnectionsResponse,
    ListFunctionsResponse,
    ListProvidersResponse,
    MetadataResponse,
    OpenAIFunctionsResponse,
    Organization,
    PruneRecordsResponse,
    StandardNangoConfig,
    SuccessResponse,
    SyncNameVariant,
    SyncRecordCounts,
    SyncStatusResponse,
    SyncVariant,
    UpdateSyncFrequencyResponse,
)
from nango.testing import prefer

from .client_fixtures import Prism, json_body, query
from .conftest import SECRET

pytestmark = pytest.mark.contract

ACTION_ID = "35f461d4-e681-4957-ab14-c0ae1609431d"
RECORDS_CURSOR = (
    "MjAyNC0wMy0wNVQwOTozMDoxMS4wMDUxMiswMDowMHx8YTFiMmMzZDQtZTVmNi00Nzg5LWFiY2QtZWYwMTIzNDU2Nzg5"
)
ACTION_OUTPUT = {"id": "1524", "url": "https://github.com/acme/app/issues/1524"}


@pytest.fixture
def prism() -> Prism:
    """The recorder every client of a test reports to."""
    return Prism()


@pytest.fixture
def make_client(mock_url: str, prism: Prism) -> Iterator[Callable[..., nango.Nango]]:
    """`nango.Nango` clients for the mock (extra constructor options allowed), all recorded."""
    opened: list[tuple[nango.Nango, httpx.Client]] = []

    def make(**options: Any) -> nango.Nango:
        http = nango.DefaultHttpxClient(event_hooks={"response": [prism.record]})
        client = nango.Nango(
            secret_key=SECRET, host=mock_url, max_retries=0, http_client=http, **options
        )
        opened.append((client, http))
        return client

    yield make
    for client, http in opened:
        client.close()
        http.close()
    # When a request broke the spec the SDK raised a 4xx error: show what Prism found wrong.
    assert prism.violations == [], "\n".join(prism.violations)


@pytest.fixture
def client(make_client: Callable[..., nango.Nango]) -> nango.Nango:
    return make_client()


@pytest_asyncio.fixture(loop_scope="function", params=["httpx", "aiohttp"])
async def make_async_client(
    request: pytest.FixtureRequest, mock_url: str, prism: Prism
) -> AsyncIterator[Callable[..., nango.AsyncNango]]:
    """`make_client` for `nango.AsyncNango`, on each of the clients nango offers: the one it
    builds (`DefaultAsyncHttpxClient`) and `DefaultAioHttpClient`."""
    opened: list[tuple[nango.AsyncNango, httpx.AsyncClient]] = []
    kind = {"httpx": nango.DefaultAsyncHttpxClient, "aiohttp": nango.DefaultAioHttpClient}

    def make(**options: Any) -> nango.AsyncNango:
        http = kind[request.param](event_hooks={"response": [prism.arecord]})
        client = nango.AsyncNango(
            secret_key=SECRET, host=mock_url, max_retries=0, http_client=http, **options
        )
        opened.append((client, http))
        return client

    yield make
    for client, http in opened:
        await client.aclose()
        await http.aclose()
    assert prism.violations == [], "\n".join(prism.violations)


@pytest_asyncio.fixture(loop_scope="function")
async def aclient(make_async_client: Callable[..., nango.AsyncNango]) -> nango.AsyncNango:
    return make_async_client()


# Providers


def test_list_providers(client: nango.Nango, prism: Prism) -> None:
    result = client.list_providers(search="git")
    prism.assert_clean()
    assert query(prism.last) == [("search", "git")]
    assert prism.last.headers["Authorization"] == f"Bearer {SECRET}"
    assert prism.last.headers["User-Agent"].startswith(f"nango-python/{nango.__version__} ")
    assert isinstance(result, ListProvidersResponse)
    assert [p.name for p in result.data] == ["github", "openai"]
    assert result.data[1].auth_mode == "API_KEY"


def test_list_providers_without_search_sends_no_query(client: nango.Nango, prism: Prism) -> None:
    client.list_providers()
    prism.assert_clean()
    assert query(prism.last) == []


def test_get_provider(client: nango.Nango, prism: Prism) -> None:
    result = client.get_provider("github")
    prism.assert_clean()
    assert prism.last.url.path == "/providers/github"
    assert isinstance(result, GetProviderResponse)
    assert result.data.name == "github"
    assert result.data.auth_mode == "OAUTH2"


def test_get_provider_templates(client: nango.Nango, prism: Prism) -> None:
    result = client.get_provider_templates("github")
    prism.assert_clean()
    assert prism.last.url.path == "/providers/github/templates"
    assert isinstance(result, GetProviderTemplatesResponse)
    assert [(t.name, t.type_) for t in result.data] == [
        ("issues", "sync"),
        ("create-issue", "action"),
    ]
    assert result.data[1].input_ == "GithubCreateIssueInput"


# Integrations


def test_list_integrations(client: nango.Nango, prism: Prism) -> None:
    result = client.list_integrations()
    prism.assert_clean()
    assert isinstance(result, nango.IntegrationConfigs)
    assert all(isinstance(config, Integration) for config in result.configs)
    assert [c.unique_key for c in result.configs] == ["github-ref", "openai-ref"]
    assert result.configs[0].created_at == datetime.datetime(
        2026, 11, 22, 3, 43, 50, 824000, tzinfo=datetime.UTC
    )


def test_get_integration_with_both_includes(client: nango.Nango, prism: Prism) -> None:
    result = client.get_integration("github-ref", include=["webhook", "credentials"])
    prism.assert_clean()
    assert prism.last.url.path == "/integrations/github-ref"
    assert query(prism.last) == [("include", "webhook"), ("include", "credentials")]
    assert isinstance(result, IntegrationResponse)
    assert result.data.unique_key == "github-ref"
    assert isinstance(result.data.credentials, IntegrationOAuth2Credentials)
    assert result.data.credentials.client_id == "cid-123"


def test_get_integration_without_include(client: nango.Nango, prism: Prism) -> None:
    result = client.get_integration("github-ref")
    prism.assert_clean()
    assert query(prism.last) == []
    assert result.data.provider == "github"


def test_create_integration(client: nango.Nango, prism: Prism) -> None:
    result = client.create_integration(
        "github",
        "github-ref",
        display_name="GitHub Ref",
        credentials={
            "type": "OAUTH2",
            "client_id": "cid-123",
            "client_secret": "csecret-456",
            "scopes": "repo,user",
        },
        forward_webhooks=False,
        custom={"region": "eu"},
    )
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("POST", "/integrations")
    assert json_body(prism.last) == {
        "provider": "github",
        "unique_key": "github-ref",
        "display_name": "GitHub Ref",
        "credentials": {
            "type": "OAUTH2",
            "client_id": "cid-123",
            "client_secret": "csecret-456",
            "scopes": "repo,user",
        },
        "forward_webhooks": False,
        "custom": {"region": "eu"},
    }
    assert isinstance(result, IntegrationResponse)
    assert result.data.unique_key == "github-ref"


def test_create_quickstart_integration(client: nango.Nango, prism: Prism) -> None:
    result = client.create_quickstart_integration(
        "github", "github-quickstart", display_name="GitHub", forward_webhooks=True
    )
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("POST", "/integrations/quickstart")
    assert json_body(prism.last) == {
        "provider": "github",
        "unique_key": "github-quickstart",
        "display_name": "GitHub",
        "forward_webhooks": True,
    }
    assert isinstance(result, IntegrationResponse)
    assert result.data.unique_key == "github-quickstart"


def test_update_integration(client: nango.Nango, prism: Prism) -> None:
    result = client.update_integration(
        "apollo-ref", new_unique_key="apollo-main", display_name="Apollo renamed"
    )
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("PATCH", "/integrations/apollo-ref")
    assert json_body(prism.last) == {"unique_key": "apollo-main", "display_name": "Apollo renamed"}
    assert isinstance(result, IntegrationResponse)
    assert result.data.display_name == "Apollo renamed"
    assert result.data.updated_at > result.data.created_at


def test_delete_integration(client: nango.Nango, prism: Prism) -> None:
    result = client.delete_integration("github-ref")
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("DELETE", "/integrations/github-ref")
    assert isinstance(result, SuccessResponse)
    assert result.success is True


# Functions


def test_list_functions(client: nango.Nango, prism: Prism) -> None:
    result = client.list_functions("github-ref", type="sync", search="iss", page=0, limit=20)
    prism.assert_clean()
    assert prism.last.url.path == "/integrations/github-ref/functions"
    assert sorted(query(prism.last)) == [
        ("limit", "20"),
        ("page", "0"),
        ("search", "iss"),
        ("type", "sync"),
    ]
    assert isinstance(result, ListFunctionsResponse)
    assert [(f.name, f.id) for f in result.data] == [("issues", 12), ("create-issue", 13)]
    assert result.pagination.total == 2


def test_iter_functions(client: nango.Nango, prism: Prism) -> None:
    # The example page holds 2 functions and reports a page size of 20: the walk ends there.
    functions = list(client.iter_functions("github-ref", type="sync"))
    prism.assert_clean(calls=1)
    assert [f.name for f in functions] == ["issues", "create-issue"]
    assert sorted(query(prism.last)) == [("page", "0"), ("type", "sync")]


def test_get_function(client: nango.Nango, prism: Prism) -> None:
    result = client.get_function("github-ref", "issues", type="sync")
    prism.assert_clean()
    assert prism.last.url.path == "/integrations/github-ref/functions/issues"
    assert query(prism.last) == [("type", "sync")]
    assert isinstance(result, GetFunctionResponse)
    assert (result.data.name, result.data.type_, result.data.enabled) == ("issues", "sync", True)


def test_get_function_code(client: nango.Nango, prism: Prism) -> None:
    result = client.get_function_code("github-ref", "create-issue", type="action")
    prism.assert_clean()
    assert prism.last.url.path == "/integrations/github-ref/functions/create-issue/code"
    assert query(prism.last) == [("type", "action")]
    assert isinstance(result, FunctionCode)
    assert result.code.startswith("import { createAction } from 'nango';")


def test_delete_function(client: nango.Nango, prism: Prism) -> None:
    result = client.delete_function("github-ref", "create-issue", type="action")
    prism.assert_clean()
    assert prism.last.method == "DELETE"
    assert prism.last.url.path == "/integrations/github-ref/functions/create-issue"
    assert query(prism.last) == [("type", "action")]
    assert isinstance(result, DeleteFunctionResponse)
    assert result.data.success is True


# Connections


def test_list_connections_with_every_filter(client: nango.Nango, prism: Prism) -> None:
    result = client.list_connections(
        connection_id="conn-gh-1",
        user_id="u-1",
        integration_id=["github-ref", "anrok-ref"],
        tags={"Team": "blue", "email": "u1@example.com"},
        search="conn",
        end_user_organization_id="org-1",
        limit=10,
        page=1,
    )
    prism.assert_clean()
    assert sorted(query(prism.last)) == [
        ("connectionId", "conn-gh-1"),
        ("endUserId", "u-1"),
        ("endUserOrganizationId", "org-1"),
        ("integrationId", "github-ref,anrok-ref"),
        ("limit", "10"),
        ("page", "1"),
        ("search", "conn"),
        ("tags[end_user_email]", "u1@example.com"),
        ("tags[team]", "blue"),
    ]
    assert isinstance(result, ListConnectionsResponse)
    first, second = result.connections
    assert isinstance(first, ConnectionListItem)
    assert (first.connection_id, first.provider_config_key) == ("conn-gh-1", "github-ref")
    assert first.end_user is None
    assert second.end_user is not None
    assert isinstance(second.end_user.organization, Organization)
    assert second.end_user.organization.id == "org-1"
    assert second.errors[0].type_ == "auth"
    assert second.created.tzinfo is not None


def test_list_connections_with_one_integration_id(client: nango.Nango, prism: Prism) -> None:
    result = client.list_connections(integration_id="github-ref")
    prism.assert_clean()
    assert query(prism.last) == [("integrationId", "github-ref")]
    assert len(result.connections) == 2


def test_list_connections_without_filters(client: nango.Nango, prism: Prism) -> None:
    client.list_connections()
    prism.assert_clean()
    assert query(prism.last) == []


def test_iter_connections(client: nango.Nango, prism: Prism) -> None:
    connections = list(client.iter_connections(user_id="u-1"))
    prism.assert_clean(calls=1)
    assert [c.connection_id for c in connections] == ["conn-gh-1", "conn-apikey-1"]
    assert sorted(query(prism.last)) == [("endUserId", "u-1"), ("limit", "2000")]


def test_iter_connections_refuses_a_repeated_page(client: nango.Nango, prism: Prism) -> None:
    # The mock serves its 2 examples for every page: a full page of 2, then the same again.
    connections: list[ConnectionListItem] = []
    with pytest.raises(nango.NangoResponseValidationError, match="items of page 0"):
        connections.extend(client.iter_connections(limit=2))
    prism.assert_clean(calls=2)
    assert len(connections) == 2
    assert [query(request) for request in prism.requests] == [
        [("limit", "2")],
        [("limit", "2"), ("page", "1")],
    ]


def test_auth_fetches_and_refreshes_the_token_as_the_spec_describes(
    client: nango.Nango, prism: Prism
) -> None:
    answers = [401, 200]  # the provider refuses the first token it is sent
    transport = httpx.MockTransport(lambda request: httpx.Response(answers.pop(0), json={}))
    with httpx.Client(transport=transport, auth=client.auth("github-ref", "conn-gh-1")) as http:
        response = http.get("https://api.github.test/user")
    prism.assert_clean(calls=2)
    assert response.status_code == 200
    assert response.request.headers["Authorization"] == "Bearer gho_fake"  # the spec's example
    assert [request.url.params["force_refresh"] for request in prism.requests] == ["false", "true"]


def test_get_connection(client: nango.Nango, prism: Prism) -> None:
    result = client.get_connection(
        "github-ref", "conn-gh-1", force_refresh=True, refresh_token=True
    )
    prism.assert_clean()
    assert prism.last.url.path == "/connections/conn-gh-1"
    assert sorted(query(prism.last)) == [
        ("force_refresh", "true"),
        ("provider_config_key", "github-ref"),
        ("refresh_github_app_jwt_token", "false"),
        ("refresh_token", "true"),
    ]
    assert isinstance(result, Connection)
    assert result.connection_id == "conn-gh-1"
    assert isinstance(result.credentials, CredentialsOAuth2)
    assert result.credentials.access_token == "gho_fake"
    assert result.created_at == datetime.datetime(
        2026, 11, 22, 3, 45, 2, 118000, tzinfo=datetime.UTC
    )


def test_patch_connection(client: nango.Nango, prism: Prism) -> None:
    result = client.patch_connection(
        "github-ref",
        "conn-gh-1",
        tags={"team": "red"},
        end_user={"id": "u-2", "email": "u2@example.com", "display_name": "User Two"},
        webhook_url_override="https://example.com/hooks",
    )
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("PATCH", "/connections/conn-gh-1")
    assert query(prism.last) == [("provider_config_key", "github-ref")]
    assert json_body(prism.last) == {
        "tags": {"team": "red"},
        "end_user": {"id": "u-2", "email": "u2@example.com", "display_name": "User Two"},
        "webhook_url_override": "https://example.com/hooks",
    }
    assert isinstance(result, SuccessResponse)
    assert result.success is True


def test_get_token(client: nango.Nango, prism: Prism) -> None:
    token = client.get_token("github-ref", "conn-gh-1", force_refresh=True)
    prism.assert_clean()
    assert ("force_refresh", "true") in query(prism.last)
    assert token == "gho_fake"


def test_get_raw_token_response(client: nango.Nango, prism: Prism) -> None:
    raw = client.get_raw_token_response("github-ref", "conn-gh-1")
    prism.assert_clean()
    assert raw == {"access_token": "gho_fake", "token_type": "bearer", "scope": "repo,user"}


def test_get_metadata(client: nango.Nango, prism: Prism) -> None:
    metadata = client.get_metadata("github-ref", "conn-gh-1")
    prism.assert_clean()
    assert prism.last.url.path == "/connections/conn-gh-1"
    assert ("provider_config_key", "github-ref") in query(prism.last)
    assert metadata == {}


def test_set_metadata_for_several_connections(client: nango.Nango, prism: Prism) -> None:
    result = client.set_metadata(
        "anrok-ref", ["conn-apikey-1", "conn-gh-1"], {"a": 1, "nested": {"x": True}}
    )
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("POST", "/connections/metadata")
    assert json_body(prism.last) == {
        "connection_id": ["conn-apikey-1", "conn-gh-1"],
        "provider_config_key": "anrok-ref",
        "metadata": {"a": 1, "nested": {"x": True}},
    }
    assert isinstance(result, MetadataResponse)
    assert result.connection_id == "conn-apikey-1"
    assert result.metadata.to_dict() == {"a": 1, "nested": {"x": True}, "list": [1, 2]}


def test_update_metadata(client: nango.Nango, prism: Prism) -> None:
    result = client.update_metadata("anrok-ref", "conn-apikey-1", {"b": "two"})
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("PATCH", "/connections/metadata")
    assert json_body(prism.last) == {
        "connection_id": "conn-apikey-1",
        "provider_config_key": "anrok-ref",
        "metadata": {"b": "two"},
    }
    assert isinstance(result, MetadataResponse)
    assert result.connection_id == ["conn-apikey-1", "conn-gh-1"]
    assert result.metadata.to_dict() == {"b": "two", "nested": {"y": False}}


def test_delete_connection(client: nango.Nango, prism: Prism) -> None:
    result = client.delete_connection("github-ref", "conn-gh-1")
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("DELETE", "/connections/conn-gh-1")
    assert query(prism.last) == [("provider_config_key", "github-ref")]
    assert isinstance(result, SuccessResponse)
    assert result.success is True


def test_wait_for_connection_finds_the_listed_connection(client: nango.Nango, prism: Prism) -> None:
    connection = client.wait_for_connection("anrok-ref", "u-1", timeout=5, poll_interval=0.1)
    prism.assert_clean(calls=1)
    assert (prism.last.url.path, query(prism.last)) == ("/connections", [("endUserId", "u-1")])
    assert isinstance(connection, ConnectionListItem)
    assert connection.connection_id == "conn-apikey-1"


def test_wait_for_connection_times_out_without_a_match(client: nango.Nango, prism: Prism) -> None:
    with pytest.raises(nango.WaitForConnectionTimeout, match="unknown-ref"):
        client.wait_for_connection("unknown-ref", "u-1", timeout=0.3, poll_interval=0.1)
    assert len(prism.responses) >= 2  # it polled again before giving up
    prism.assert_clean(calls=len(prism.responses))


# Connect sessions


def test_create_connect_session(client: nango.Nango, prism: Prism) -> None:
    result = client.create_connect_session(
        end_user={"id": "u-2", "email": "u2@example.com", "display_name": "User Two"},
        organization={"id": "org-2", "display_name": "Org 2"},
        allowed_integrations=["github-ref"],
        integrations_config_defaults={
            "github-ref": {"user_scopes": "repo", "connection_config": {"x": 1}}
        },
        overrides={"github-ref": {"docs_connect": "https://example.com/docs"}},
        webhook_url_override="https://example.com/hooks",
        tags={"team": "blue"},
    )
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("POST", "/connect/sessions")
    body = json_body(prism.last)
    assert body["end_user"] == {"id": "u-2", "email": "u2@example.com", "display_name": "User Two"}
    assert body["allowed_integrations"] == ["github-ref"]
    assert body["integrations_config_defaults"]["github-ref"]["connection_config"] == {"x": 1}
    assert isinstance(result, ConnectSessionResponse)
    assert result.data.token.startswith("nango_connect_session_")
    assert result.data.connect_link.endswith(result.data.token)
    assert result.data.expires_at == datetime.datetime(
        2026, 11, 22, 4, 13, 56, 188000, tzinfo=datetime.UTC
    )


def test_create_connect_session_with_tags_only(client: nango.Nango, prism: Prism) -> None:
    result = client.create_connect_session(tags={"end_user_id": "u-9"})
    prism.assert_clean()
    assert json_body(prism.last) == {"tags": {"end_user_id": "u-9"}}
    assert result.data.token.startswith("nango_connect_session_")


def test_create_reconnect_session(client: nango.Nango, prism: Prism) -> None:
    result = client.create_reconnect_session(
        "conn-gh-1", "github-ref", end_user={"id": "u-2"}, tags={"team": "blue"}
    )
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("POST", "/connect/sessions/reconnect")
    assert json_body(prism.last) == {
        "connection_id": "conn-gh-1",
        "integration_id": "github-ref",
        "end_user": {"id": "u-2"},
        "tags": {"team": "blue"},
    }
    assert isinstance(result, ConnectSessionResponse)
    assert result.data.token.startswith("nango_connect_session_")


# Scripts config


def test_get_scripts_config_nango_format(client: nango.Nango, prism: Prism) -> None:
    result = client.get_scripts_config()
    prism.assert_clean()
    assert query(prism.last) == [("format", "nango")]
    assert isinstance(result, list)
    (config,) = result
    assert isinstance(config, StandardNangoConfig)
    assert config.provider_config_key == "github-ref"
    assert [s.name for s in config.syncs] == ["issues"]
    assert [a.name for a in config.actions] == ["create-issue"]
    assert config.on_events == []


def test_get_scripts_config_openai_format(
    make_client: Callable[..., nango.Nango], prism: Prism
) -> None:
    client = make_client(default_headers={"Prefer": "example=openai"})

    result = client.get_scripts_config("openai")

    prism.assert_clean()
    assert query(prism.last) == [("format", "openai")]
    assert isinstance(result, OpenAIFunctionsResponse)
    (function,) = result.data
    assert function.name == "create-issue"
    assert function.parameters.required == ["title"]


def test_get_scripts_config_openai_format_rejects_the_nango_shaped_example(
    client: nango.Nango, prism: Prism
) -> None:
    # Prism serves the first example (the nango-format list) unless told otherwise: asked for
    # the openai format, the SDK must report that as a shape error, not leak a KeyError.
    with pytest.raises(nango.NangoResponseValidationError) as caught:
        client.get_scripts_config("openai")
    prism.assert_clean()
    assert query(prism.last) == [("format", "openai")]
    assert caught.value.status_code == 200
    assert isinstance(caught.value.body, list)


# Records


def test_list_records(client: nango.Nango, prism: Prism) -> None:
    page = client.list_records(
        "github-ref",
        "conn-gh-1",
        "GithubIssue",
        variant="base",
        cursor="abc",
        limit=2,
        filter="added,updated",
        modified_after=datetime.datetime(
            2024, 1, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
        ),
        ids=["1523", "1498"],
    )
    prism.assert_clean()
    request = prism.last
    assert request.url.path == "/records/"
    assert request.headers["Connection-Id"] == "conn-gh-1"
    assert request.headers["Provider-Config-Key"] == "github-ref"
    assert sorted(query(request)) == [
        ("cursor", "abc"),
        ("filter", "added,updated"),
        ("ids", "1498"),
        ("ids", "1523"),
        ("limit", "2"),
        ("model", "GithubIssue"),
        ("modified_after", "2024-01-01T00:00:00.000Z"),
        ("variant", "base"),
    ]
    assert isinstance(page, nango.RecordsPage)
    assert [r["id"] for r in page.records] == ["1523", "1498"]
    assert page.records[0]["_nango_metadata"]["last_action"] == "ADDED"
    assert page.next_cursor == RECORDS_CURSOR


def test_iter_records_follows_next_cursor(client: nango.Nango, prism: Prism) -> None:
    # The mock serves one example page whose next_cursor never changes: iter_records follows it
    # once, then refuses to loop forever.
    records: list[dict[str, Any]] = []
    with pytest.raises(nango.NangoResponseValidationError, match="again: paging would never end"):
        records.extend(client.iter_records("github-ref", "conn-gh-1", "GithubIssue", limit=2))
    prism.assert_clean(calls=2)
    assert [r["id"] for r in records] == ["1523", "1498"]
    cursors = [request.url.params.get("cursor") for request in prism.requests]
    assert cursors == [None, RECORDS_CURSOR]
    assert all(request.url.params["limit"] == "2" for request in prism.requests)


def test_prune_records(client: nango.Nango, prism: Prism) -> None:
    result = client.prune_records(
        "github-ref", "conn-gh-1", "GithubIssue", RECORDS_CURSOR, variant="base", limit=1000
    )
    prism.assert_clean()
    request = prism.last
    assert (request.method, request.url.path) == ("PATCH", "/records/prune")
    assert request.headers["Connection-Id"] == "conn-gh-1"
    assert json_body(request) == {
        "model": "GithubIssue",
        "until_cursor": RECORDS_CURSOR,
        "limit": 1000,
        "variant": "base",
    }
    assert isinstance(result, PruneRecordsResponse)
    assert (result.count, result.has_more) == (150, True)


# Syncs


def test_trigger_sync_with_variants_and_options(client: nango.Nango, prism: Prism) -> None:
    result = client.trigger_sync(
        "github-ref",
        ["github-issues", {"name": "github-issues", "variant": "acme-repo"}],
        "conn-gh-1",
        reset=True,
        empty_cache=False,
    )
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("POST", "/sync/trigger")
    assert json_body(prism.last) == {
        "syncs": ["github-issues", {"name": "github-issues", "variant": "acme-repo"}],
        "provider_config_key": "github-ref",
        "connection_id": "conn-gh-1",
        "opts": {"reset": True, "emptyCache": False},
    }
    assert isinstance(result, SuccessResponse)
    assert result.success is True


def test_trigger_sync_of_every_sync(client: nango.Nango, prism: Prism) -> None:
    client.trigger_sync("github-ref")
    prism.assert_clean()
    assert json_body(prism.last) == {"syncs": [], "provider_config_key": "github-ref"}


def test_start_sync(client: nango.Nango, prism: Prism) -> None:
    result = client.start_sync(
        "github-ref", ["github-issues", SyncNameVariant(name="github-prs", variant="acme")]
    )
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("POST", "/sync/start")
    assert json_body(prism.last) == {
        "syncs": ["github-issues", {"name": "github-prs", "variant": "acme"}],
        "provider_config_key": "github-ref",
    }
    assert result.success is True


def test_pause_sync(client: nango.Nango, prism: Prism) -> None:
    result = client.pause_sync("github-ref", ["github-issues"], "conn-gh-1")
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("POST", "/sync/pause")
    assert json_body(prism.last) == {
        "syncs": ["github-issues"],
        "provider_config_key": "github-ref",
        "connection_id": "conn-gh-1",
    }
    assert isinstance(result, SuccessResponse)
    assert result.success is True


def test_sync_status_of_all_syncs(client: nango.Nango, prism: Prism) -> None:
    result = client.sync_status("github-ref", "*")
    prism.assert_clean()
    assert sorted(query(prism.last)) == [("provider_config_key", "github-ref"), ("syncs", "*")]
    assert isinstance(result, SyncStatusResponse)
    (status,) = result.syncs
    assert (status.name, status.status, status.variant) == ("github-issues", "SUCCESS", "base")
    assert status.finished_at == datetime.datetime(
        2024, 3, 5, 9, 30, 12, 341000, tzinfo=datetime.UTC
    )
    assert isinstance(status.record_count, SyncRecordCounts)
    assert status.record_count.to_dict() == {"GithubIssue": 1523}


def test_sync_status_of_named_syncs_for_one_connection(client: nango.Nango, prism: Prism) -> None:
    client.sync_status(
        "github-ref",
        ["github-issues", {"name": "github-prs", "variant": "acme-repo"}],
        "conn-gh-1",
    )
    prism.assert_clean()
    assert sorted(query(prism.last)) == [
        ("connection_id", "conn-gh-1"),
        ("provider_config_key", "github-ref"),
        ("syncs", "github-issues,github-prs::acme-repo"),
    ]


def test_update_sync_connection_frequency(client: nango.Nango, prism: Prism) -> None:
    result = client.update_sync_connection_frequency(
        "github-ref",
        {"name": "github-issues", "variant": "acme-repo"},
        "conn-gh-1",
        "every 30 minutes",
    )
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("PUT", "/sync/update-connection-frequency")
    assert json_body(prism.last) == {
        "sync_name": "github-issues",
        "sync_variant": "acme-repo",
        "provider_config_key": "github-ref",
        "connection_id": "conn-gh-1",
        "frequency": "every 30 minutes",
    }
    assert isinstance(result, UpdateSyncFrequencyResponse)
    assert result.frequency == "every 30 minutes"


def test_update_sync_connection_frequency_back_to_default(
    client: nango.Nango, prism: Prism
) -> None:
    client.update_sync_connection_frequency("github-ref", "github-issues", "conn-gh-1", None)
    prism.assert_clean()
    assert json_body(prism.last) == {
        "sync_name": "github-issues",
        "provider_config_key": "github-ref",
        "connection_id": "conn-gh-1",
        "frequency": None,
    }


def test_create_sync_variant(client: nango.Nango, prism: Prism) -> None:
    result = client.create_sync_variant("github-ref", "conn-gh-1", "github-issues", "acme-repo")
    prism.assert_clean()
    assert prism.last.method == "POST"
    assert prism.last.url.path == "/sync/github-issues/variant/acme-repo"
    assert json_body(prism.last) == {
        "provider_config_key": "github-ref",
        "connection_id": "conn-gh-1",
    }
    assert isinstance(result, SyncVariant)
    assert (result.name, result.variant) == ("github-issues", "acme-repo")


def test_delete_sync_variant(client: nango.Nango, prism: Prism) -> None:
    result = client.delete_sync_variant("github-ref", "conn-gh-1", "github-issues", "acme-repo")
    prism.assert_clean()
    assert prism.last.method == "DELETE"
    assert prism.last.url.path == "/sync/github-issues/variant/acme-repo"
    assert json_body(prism.last) == {
        "provider_config_key": "github-ref",
        "connection_id": "conn-gh-1",
    }
    assert isinstance(result, SuccessResponse)
    assert result.success is True


# Environment, actions


def test_get_environment_variables(client: nango.Nango, prism: Prism) -> None:
    result = client.get_environment_variables()
    prism.assert_clean()
    assert all(isinstance(variable, EnvironmentVariable) for variable in result)
    assert {v.name: v.value for v in result} == {
        "MY_SECRET_KEY": "sk_test_373892NSHFNCOWFO",
        "REGION": "eu-west-1",
    }


def test_trigger_action(client: nango.Nango, prism: Prism) -> None:
    output = client.trigger_action(
        "github-ref", "conn-gh-1", "create-issue", {"repo": "acme/app", "title": "Crash"}
    )
    prism.assert_clean()
    request = prism.last
    assert (request.method, request.url.path) == ("POST", "/action/trigger")
    assert request.headers["Connection-Id"] == "conn-gh-1"
    assert request.headers["Provider-Config-Key"] == "github-ref"
    assert "X-Async" not in request.headers
    assert json_body(request) == {
        "action_name": "create-issue",
        "input": {"repo": "acme/app", "title": "Crash"},
    }
    assert output == ACTION_OUTPUT


def test_trigger_action_without_input(client: nango.Nango, prism: Prism) -> None:
    client.trigger_action("github-ref", "conn-gh-1", "list-repos")
    prism.assert_clean()
    assert json_body(prism.last) == {"action_name": "list-repos"}


def test_trigger_action_async(make_client: Callable[..., nango.Nango], prism: Prism) -> None:
    # Prism cannot tell that `X-Async: true` means 202: ask for that documented answer.
    client = make_client(default_headers={"Prefer": "code=202"})
    result = client.trigger_action_async("github-ref", "conn-gh-1", "create-issue", {"x": 1})
    prism.assert_clean()
    assert prism.responses[-1].status_code == 202
    assert prism.last.headers["X-Async"] == "true"
    assert json_body(prism.last) == {"action_name": "create-issue", "input": {"x": 1}}
    assert isinstance(result, AsyncActionResponse)
    assert result.id == ACTION_ID
    assert result.status_url == f"/action/{ACTION_ID}"


def test_get_async_action_result_by_id(client: nango.Nango, prism: Prism) -> None:
    output = client.get_async_action_result(id=ACTION_ID)
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("GET", f"/action/{ACTION_ID}")
    assert output == ACTION_OUTPUT


def test_get_async_action_result_by_status_url(client: nango.Nango, prism: Prism) -> None:
    output = client.get_async_action_result(status_url=f"/action/{ACTION_ID}")
    prism.assert_clean()
    assert prism.last.url.path == f"/action/{ACTION_ID}"
    assert output == ACTION_OUTPUT


def test_get_async_action_result_by_absolute_status_url(
    client: nango.Nango, prism: Prism, mock_url: str
) -> None:
    output = client.get_async_action_result(status_url=f"{mock_url}/action/{ACTION_ID}")
    prism.assert_clean()
    assert prism.last.url.path == f"/action/{ACTION_ID}"
    assert output == ACTION_OUTPUT


# Proxy (single-segment endpoints: Prism cannot route `a/b` to `/proxy/{endpoint}`)


def test_proxy_get_with_every_option(client: nango.Nango, prism: Prism) -> None:
    result = client.get(
        "user",
        "github-ref",
        "conn-gh-1",
        headers={"X-Test": "1"},
        params={"per_page": 5, "all": True},
        retries=2,
        retry_on=[404, 409],
        base_url_override="https://api.github.com",
        decompress=True,
        forward_headers_on_redirect=True,
    )
    prism.assert_clean()
    request = prism.last
    assert (request.method, request.url.path) == ("GET", "/proxy/user")
    assert query(request) == [("per_page", "5"), ("all", "true")]
    headers = request.headers
    assert headers["Connection-Id"] == "conn-gh-1"
    assert headers["Provider-Config-Key"] == "github-ref"
    assert headers["Nango-Proxy-X-Test"] == "1"
    assert headers["Retries"] == "2"
    assert headers["Retry-On"] == "404,409"
    assert headers["Base-Url-Override"] == "https://api.github.com"
    assert headers["Decompress"] == "true"
    assert headers["Forward-Headers-On-Redirect"] == "true"
    assert "Content-Type" not in headers
    assert isinstance(result, nango.ProxyResponse)
    assert result.status == 200
    assert result.data == {"login": "octocat", "id": 583231}
    assert isinstance(result.response, httpx.Response)


def test_proxy_endpoint_with_leading_slash_and_query(client: nango.Nango, prism: Prism) -> None:
    result = client.get("/user?per_page=5", "github-ref", "conn-gh-1", params={"page": 2})
    prism.assert_clean()
    assert prism.last.url.path == "/proxy/user"
    assert query(prism.last) == [("per_page", "5"), ("page", "2")]
    assert result.data["id"] == 583231


def test_proxy_uses_the_client_defaults(
    make_client: Callable[..., nango.Nango], prism: Prism
) -> None:
    client = make_client(connection_id="conn-gh-1", provider_config_key="github-ref")
    result = client.proxy("user", method="GET")
    prism.assert_clean()
    assert prism.last.headers["Connection-Id"] == "conn-gh-1"
    assert prism.last.headers["Provider-Config-Key"] == "github-ref"
    assert result.data["login"] == "octocat"


def test_proxy_post(client: nango.Nango, prism: Prism) -> None:
    result = client.post("issues", "github-ref", "conn-gh-1", data={"title": "Crash on startup"})
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("POST", "/proxy/issues")
    assert prism.last.headers["Content-Type"] == "application/json"
    assert json_body(prism.last) == {"title": "Crash on startup"}
    assert result.data == {"id": 1524, "title": "Crash on startup"}


def test_proxy_put(client: nango.Nango, prism: Prism) -> None:
    result = client.put("repo", "github-ref", "conn-gh-1", data={"name": "new-name"})
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("PUT", "/proxy/repo")
    assert json_body(prism.last) == {"name": "new-name"}
    assert result.data == {"name": "new-name"}


def test_proxy_patch(client: nango.Nango, prism: Prism) -> None:
    result = client.patch("issue", "github-ref", "conn-gh-1", data={"state": "closed"})
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("PATCH", "/proxy/issue")
    assert json_body(prism.last) == {"state": "closed"}
    assert result.data == {"id": 1524, "state": "closed"}


def test_proxy_delete_without_body(client: nango.Nango, prism: Prism) -> None:
    result = client.delete("issue", "github-ref", "conn-gh-1")
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("DELETE", "/proxy/issue")
    assert prism.last.content == b""
    assert result.data == {"deleted": True}


def test_proxy_delete_with_body(client: nango.Nango, prism: Prism) -> None:
    result = client.delete("issues", "github-ref", "conn-gh-1", data={"ids": [1, 2]})
    prism.assert_clean()
    assert json_body(prism.last) == {"ids": [1, 2]}
    assert result.data == {"deleted": True}


def test_proxy_text_and_bytes_responses(client: nango.Nango, prism: Prism) -> None:
    text = client.get("user", "github-ref", "conn-gh-1", response_type="text")
    raw = client.get("user", "github-ref", "conn-gh-1", response_type="bytes")
    prism.assert_clean(calls=2)
    assert isinstance(text.data, str)
    assert '"login"' in text.data
    assert isinstance(raw.data, bytes)
    assert raw.data == text.data.encode()


def test_proxy_stream_response(client: nango.Nango, prism: Prism) -> None:
    with client.get("user", "github-ref", "conn-gh-1", response_type="stream") as result:
        assert result.data is None
        body = b"".join(result.iter_bytes())
    prism.assert_clean()
    assert b"octocat" in body


# Error answers, chosen with Prism's `Prefer: code=...`


def test_not_found_is_mapped_to_not_found_error(
    make_client: Callable[..., nango.Nango], prism: Prism
) -> None:
    client = make_client(default_headers={"Prefer": "code=404"})
    with pytest.raises(nango.NotFoundError) as caught:
        client.get_connection("github-ref", "conn-missing")
    error = caught.value
    assert isinstance(error, nango.NangoAPIError)
    assert error.status_code == 404
    assert (error.code, error.message) == ("not_found", "Failed to find connection")
    assert error.body == {"error": {"code": "not_found", "message": "Failed to find connection"}}
    assert prism.violations == []
    assert len(prism.responses) == 1


def test_headers_per_call_pick_the_mocks_answer(client: nango.Nango, prism: Prism) -> None:
    with pytest.raises(nango.NotFoundError):
        client.with_options(headers=prefer(code=404)).get_connection("github-ref", "conn-1")
    connection = client.get_connection("github-ref", "conn-gh-1")  # the same client, unchanged
    assert connection.connection_id == "conn-gh-1"
    assert [response.status_code for response in prism.responses] == [404, 200]
    assert prism.violations == []


def test_a_raw_response_of_the_mock(client: nango.Nango, prism: Prism) -> None:
    raw = client.with_raw_response.list_integrations()
    prism.assert_clean()
    assert raw.status_code == 200
    assert raw.http_response.request.url.path == "/integrations"
    assert [integration.unique_key for integration in raw.parse().configs]


def test_not_found_while_an_async_action_runs(
    make_client: Callable[..., nango.Nango], prism: Prism
) -> None:
    client = make_client(default_headers={"Prefer": "code=404"})
    with pytest.raises(nango.NotFoundError) as caught:
        client.get_async_action_result(id=ACTION_ID)
    assert caught.value.code == "not_found"
    assert prism.violations == []


def test_unauthorized_is_mapped_to_authentication_error(
    make_client: Callable[..., nango.Nango], prism: Prism
) -> None:
    client = make_client(default_headers={"Prefer": "code=401"})
    with pytest.raises(nango.AuthenticationError) as caught:
        client.list_integrations()
    error = caught.value
    assert error.status_code == 401
    assert error.code == "missing_auth_header"
    assert error.message == (
        "Authentication failed. The request is missing the Authorization header."
    )
    assert SECRET not in str(error)
    assert SECRET not in repr(error)
    assert prism.violations == []
    assert len(prism.responses) == 1


def test_bad_request_is_mapped_to_bad_request_error(
    make_client: Callable[..., nango.Nango], prism: Prism
) -> None:
    client = make_client(default_headers={"Prefer": "code=400"})
    with pytest.raises(nango.BadRequestError) as caught:
        client.trigger_sync("github-ref", ["github-issues"])
    error = caught.value
    assert error.code == "invalid_body"
    assert error.body["error"]["errors"][0]["path"] == ["provider_config_key"]
    assert prism.violations == []


def test_a_request_that_breaks_the_spec_is_caught(client: nango.Nango, prism: Prism) -> None:
    # The harness itself: an out-of-range limit is not checked client-side, Prism rejects it.
    with pytest.raises(nango.BadRequestError):
        client.list_connections(limit=2001)
    assert len(prism.violations) == 1
    assert "limit" in prism.violations[0]
    prism.violations.clear()  # expected here; the fixture fails the test on any other


# AsyncNango: representative methods


async def test_async_list_providers(aclient: nango.AsyncNango, prism: Prism) -> None:
    result = await aclient.list_providers(search="git")
    prism.assert_clean()
    assert query(prism.last) == [("search", "git")]
    assert isinstance(result, ListProvidersResponse)
    assert [p.name for p in result.data] == ["github", "openai"]


async def test_async_get_integration_with_both_includes(
    aclient: nango.AsyncNango, prism: Prism
) -> None:
    result = await aclient.get_integration("github-ref", include=["webhook", "credentials"])
    prism.assert_clean()
    assert query(prism.last) == [("include", "webhook"), ("include", "credentials")]
    assert isinstance(result.data.credentials, IntegrationOAuth2Credentials)


async def test_async_list_connections_with_tags(aclient: nango.AsyncNango, prism: Prism) -> None:
    result = await aclient.list_connections(
        integration_id=["github-ref", "anrok-ref"], tags={"team": "blue"}, user_id="u-1"
    )
    prism.assert_clean()
    assert sorted(query(prism.last)) == [
        ("endUserId", "u-1"),
        ("integrationId", "github-ref,anrok-ref"),
        ("tags[team]", "blue"),
    ]
    assert [c.connection_id for c in result.connections] == ["conn-gh-1", "conn-apikey-1"]


async def test_async_iter_connections_and_functions(
    aclient: nango.AsyncNango, prism: Prism
) -> None:
    connections = [c async for c in aclient.iter_connections(integration_id="github-ref")]
    functions = [f async for f in aclient.iter_functions("github-ref", limit=50)]
    prism.assert_clean(calls=2)
    assert [c.connection_id for c in connections] == ["conn-gh-1", "conn-apikey-1"]
    assert [f.name for f in functions] == ["issues", "create-issue"]
    assert query(prism.requests[1]) == [("page", "0"), ("limit", "50")]


async def test_async_auth_fetches_the_token(aclient: nango.AsyncNango, prism: Prism) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={}))
    auth = aclient.auth("github-ref", "conn-gh-1")
    async with httpx.AsyncClient(transport=transport, auth=auth) as http:
        responses = [await http.get("https://api.github.test/user") for _ in range(3)]
    prism.assert_clean(calls=1)  # the example token expires in 2030: fetched once
    assert [r.request.headers["Authorization"] for r in responses] == ["Bearer gho_fake"] * 3


async def test_async_get_connection_and_token(aclient: nango.AsyncNango, prism: Prism) -> None:
    connection = await aclient.get_connection("github-ref", "conn-gh-1")
    token = await aclient.get_token("github-ref", "conn-gh-1")
    prism.assert_clean(calls=2)
    assert isinstance(connection, Connection)
    assert connection.provider_config_key == "github-ref"
    assert token == "gho_fake"


async def test_async_set_metadata(aclient: nango.AsyncNango, prism: Prism) -> None:
    result = await aclient.set_metadata("anrok-ref", "conn-apikey-1", {"plan": "pro"})
    prism.assert_clean()
    assert json_body(prism.last)["metadata"] == {"plan": "pro"}
    assert isinstance(result, MetadataResponse)
    assert result.provider_config_key == "anrok-ref"


async def test_async_create_connect_session(aclient: nango.AsyncNango, prism: Prism) -> None:
    result = await aclient.create_connect_session(
        end_user={"id": "u-2"}, allowed_integrations=["github-ref"]
    )
    prism.assert_clean()
    assert isinstance(result, ConnectSessionResponse)
    assert result.data.token.startswith("nango_connect_session_")


async def test_async_iter_records(aclient: nango.AsyncNango, prism: Prism) -> None:
    records: list[dict[str, Any]] = []
    pages = aclient.iter_records("github-ref", "conn-gh-1", "GithubIssue", filter="added")
    assert isinstance(pages, AsyncGenerator)  # so that it can be closed after `break`
    async with aclosing(pages) as stream:
        async for record in stream:
            records.append(record)
            if len(records) == 2:
                break
    prism.assert_clean(calls=1)
    assert [r["id"] for r in records] == ["1523", "1498"]
    with pytest.raises(nango.NangoResponseValidationError, match="again: paging would never end"):
        _ = [record async for record in aclient.iter_records("github-ref", "conn-gh-1", "M")]
    assert [request.url.params.get("cursor") for request in prism.requests] == [
        None,
        None,
        RECORDS_CURSOR,
    ]


async def test_async_wait_for_connection(aclient: nango.AsyncNango, prism: Prism) -> None:
    connection = await aclient.wait_for_connection("github-ref", "u-2", poll_interval=0.1)
    prism.assert_clean()
    assert query(prism.last) == [("endUserId", "u-2")]
    assert connection.connection_id == "conn-gh-1"


async def test_async_action_round_trip(
    make_async_client: Callable[..., nango.AsyncNango], prism: Prism
) -> None:
    queued = await make_async_client(default_headers={"Prefer": "code=202"}).trigger_action_async(
        "github-ref", "conn-gh-1", "create-issue"
    )
    output = await make_async_client().get_async_action_result(status_url=queued.status_url)
    prism.assert_clean(calls=2)
    assert queued.id == ACTION_ID
    assert prism.last.url.path == f"/action/{ACTION_ID}"
    assert output == ACTION_OUTPUT


async def test_async_proxy_post(aclient: nango.AsyncNango, prism: Prism) -> None:
    result = await aclient.proxy(
        "issues", "github-ref", "conn-gh-1", method="POST", data={"title": "Crash on startup"}
    )
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("POST", "/proxy/issues")
    assert json_body(prism.last) == {"title": "Crash on startup"}
    assert result.status == 200
    assert result.data == {"id": 1524, "title": "Crash on startup"}


async def test_async_not_found_error(
    make_async_client: Callable[..., nango.AsyncNango], prism: Prism
) -> None:
    client = make_async_client(default_headers={"Prefer": "code=404"})
    with pytest.raises(nango.NotFoundError) as caught:
        await client.get_provider("nope")
    assert (caught.value.code, caught.value.message) == ("not_found", "Failed to find connection")
    assert prism.violations == []


# Beyond the Node SDK: the other documented operations

DRYRUN_ID = "7b539769-6d39-4442-89fc-33fbac96ea66"
DEPLOYMENT_ID = "2d0c35a4-1f9b-4a57-b3e2-6c18f0a9d471"
SESSION_TOKEN = (
    "nango_connect_session_f284c67881ddd0d58071b65ccc679ece50e0218b30e76ffb7e908d5bd104507e"
)
CODE = (
    "import { createAction } from 'nango';\nexport default createAction({ exec: async () => 1 });\n"
)


def test_compile_function(client: nango.Nango, prism: Prism) -> None:
    result = client.compile_function(CODE)
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("POST", "/functions/compile")
    assert json_body(prism.last) == {"code": CODE}
    assert isinstance(result, FunctionCompileResponse)
    assert result.bundle_size_bytes == 1873
    assert result.compiled_at == datetime.datetime(
        2026, 11, 22, 3, 50, 12, 417000, tzinfo=datetime.UTC
    )


def test_dry_run_function_with_every_option(client: nango.Nango, prism: Prism) -> None:
    result = client.dry_run_function(
        "github-ref",
        "sync",
        CODE,
        "conn-gh-1",
        input={"owner": "acme"},
        metadata={"plan": "pro"},
        checkpoint={"cursor": "abc"},
        last_sync_date=datetime.datetime(2026, 11, 1, tzinfo=datetime.UTC),
    )
    prism.assert_clean()  # the body matches the strict schema, last_sync_date ends in Z
    assert json_body(prism.last)["last_sync_date"] == "2026-11-01T00:00:00.000Z"
    assert isinstance(result, FunctionDryrunCreateResponse)
    assert (result.id, result.status) == (DRYRUN_ID, "waiting")


@pytest.mark.parametrize("example", ["success", "failed", "running"])
def test_get_function_dry_run(
    make_client: Callable[..., nango.Nango], prism: Prism, example: str
) -> None:
    client = make_client(default_headers={"Prefer": f"example={example}"})
    result = client.get_function_dry_run(DRYRUN_ID)
    prism.assert_clean()
    assert prism.last.url.path == f"/functions/dryruns/{DRYRUN_ID}"
    assert isinstance(result, FunctionDryrun)
    assert result.status == example
    if example == "success":
        assert result.result == {"login": "octocat"}
    if example == "failed":
        assert result.error is not None
        assert result.error.code == "compilation_error"


def test_wait_for_function_dry_run(client: nango.Nango, prism: Prism) -> None:
    result = client.wait_for_function_dry_run(DRYRUN_ID, timeout=5, poll_interval=0.1)
    prism.assert_clean()
    assert result.status == "success"


def test_wait_for_function_dry_run_gives_up_on_a_running_dry_run(
    make_client: Callable[..., nango.Nango], prism: Prism
) -> None:
    client = make_client(default_headers={"Prefer": "example=running"})
    with pytest.raises(nango.WaitTimeout, match=DRYRUN_ID):
        client.wait_for_function_dry_run(DRYRUN_ID, timeout=0.3, poll_interval=0.1)
    assert len(prism.responses) >= 2
    prism.assert_clean(calls=len(prism.responses))


def test_dry_run_with_the_secret_key_is_forbidden(
    make_client: Callable[..., nango.Nango], prism: Prism
) -> None:
    client = make_client(default_headers={"Prefer": "code=403"})
    with pytest.raises(nango.PermissionDeniedError) as caught:
        client.dry_run_function("github-ref", "action", CODE, "conn-gh-1")
    assert caught.value.code == "forbidden"
    assert prism.violations == []


def test_deploy_function(client: nango.Nango, prism: Prism) -> None:
    result = client.deploy_function(
        "github-ref", "fetch-user", "action", CODE, version="1.0.0", allow_destructive=False
    )
    prism.assert_clean()
    assert json_body(prism.last)["type"] == "function"
    assert isinstance(result, FunctionDeploymentCreateResponse)
    assert result.id == DEPLOYMENT_ID


def test_deploy_template(client: nango.Nango, prism: Prism) -> None:
    result = client.deploy_template("github-ref", "issues", function_type="sync")
    prism.assert_clean()
    assert json_body(prism.last) == {
        "type": "template",
        "integration_id": "github-ref",
        "template": "issues",
        "function_type": "sync",
    }
    assert result.status == "waiting"


def test_get_and_wait_for_function_deployment(client: nango.Nango, prism: Prism) -> None:
    got = client.get_function_deployment(DEPLOYMENT_ID)
    waited = client.wait_for_function_deployment(DEPLOYMENT_ID, timeout=5, poll_interval=0.1)
    prism.assert_clean(calls=2)
    assert prism.last.url.path == f"/functions/deployments/{DEPLOYMENT_ID}"
    for result in (got, waited):
        assert isinstance(result, FunctionDeployment)
        assert result.status == "success"
        assert [f.name for f in result.deployed_functions] == ["fetch-user"]


def test_create_environment_with_every_option(client: nango.Nango, prism: Prism) -> None:
    result = client.create_environment(
        "staging",
        is_production=False,
        callback_url="https://app.example.com/oauth/callback",
        hmac_key="hmac-key",
        hmac_enabled=True,
        slack_notifications=True,
        otlp_endpoint="https://otel.example.com/v1/traces",
        otlp_headers={"x-api-key": "otel-ingest-0b1c2d3e"},
    )
    prism.assert_clean()
    assert json_body(prism.last)["otlp_headers"] == [
        {"name": "x-api-key", "value": "otel-ingest-0b1c2d3e"}
    ]
    assert isinstance(result, CreateEnvironmentResponse)
    assert (result.data.id, result.data.name) == (123, "staging")


def test_delete_environment(client: nango.Nango, prism: Prism) -> None:
    assert client.delete_environment(123) is None
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("DELETE", "/environments/123")


def test_create_and_delete_api_key(client: nango.Nango, prism: Prism) -> None:
    created = client.create_api_key(123, "provisioned-ci")
    deleted = client.delete_api_key(123, created.data.id)
    prism.assert_clean(calls=2)
    assert json_body(prism.requests[0]) == {"environment_id": 123, "display_name": "provisioned-ci"}
    assert json_body(prism.last) == {"environment_id": 123, "key_id": 456}
    assert isinstance(created, nango.NewApiKeyResponse)
    assert created.data.secret == "9f86d081-884c-4d63-9a1b-0b1f2c3d4e5f"
    assert created.data.secret not in repr(created)
    assert deleted == SuccessResponse(success=True)


def test_rotate_webhook_signing_key(client: nango.Nango, prism: Prism) -> None:
    result = client.rotate_webhook_signing_key()
    prism.assert_clean()
    assert prism.last.content == b""
    assert result.data.webhook_signing_key == "5f1c0d2e-6a1b-4f3c-9d8e-7b6a5c4d3e2f"
    assert result.data.webhook_signing_key not in repr(result)


def test_get_connect_session_with_its_token(client: nango.Nango, prism: Prism) -> None:
    result = client.get_connect_session(SESSION_TOKEN)
    prism.assert_clean()
    assert prism.last.headers["Authorization"] == f"Bearer {SESSION_TOKEN}"
    assert isinstance(result, GetConnectSessionResponse)
    assert result.data.end_user is not None
    assert result.data.end_user.id == "u1"
    assert result.data.connect_ui_settings.default_theme == "system"


def test_delete_connect_session_with_its_token(client: nango.Nango, prism: Prism) -> None:
    assert client.delete_connect_session(SESSION_TOKEN) is None
    prism.assert_clean()
    assert (prism.last.method, prism.last.url.path) == ("DELETE", "/connect/session")
    assert prism.last.headers["Authorization"] == f"Bearer {SESSION_TOKEN}"


def test_revoked_connect_session(make_client: Callable[..., nango.Nango], prism: Prism) -> None:
    client = make_client(default_headers={"Prefer": "code=401"})
    with pytest.raises(nango.AuthenticationError) as caught:
        client.get_connect_session(SESSION_TOKEN)
    assert caught.value.code == "unknown_connect_session_token"
    assert prism.violations == []


@pytest.mark.parametrize("format", ["nango", "openai"])
def test_get_scripts_config_with_nothing_deployed(
    make_client: Callable[..., nango.Nango], prism: Prism, format: Literal["nango", "openai"]
) -> None:
    client = make_client(default_headers={"Prefer": "example=empty"})
    result = client.get_scripts_config(format)
    prism.assert_clean()
    assert query(prism.last) == [("format", format)]
    if format == "nango":
        assert result == []
    else:
        assert isinstance(result, OpenAIFunctionsResponse)
        assert result.data == []


async def test_async_deploy_and_wait(aclient: nango.AsyncNango, prism: Prism) -> None:
    queued = await aclient.deploy_function("github-ref", "fetch-user", "action", CODE)
    done = await aclient.wait_for_function_deployment(queued.id, timeout=5, poll_interval=0.1)
    prism.assert_clean(calls=2)
    assert done.status == "success"


async def test_async_connect_session_round_trip(aclient: nango.AsyncNango, prism: Prism) -> None:
    session = await aclient.create_connect_session(end_user={"id": "u1"})
    details = await aclient.get_connect_session(session.data.token)
    await aclient.delete_connect_session(session.data.token)
    prism.assert_clean(calls=3)
    assert [r.headers["Authorization"] for r in prism.requests] == [
        f"Bearer {SECRET}",
        f"Bearer {session.data.token}",
        f"Bearer {session.data.token}",
    ]
    assert details.data.end_user is not None


async def test_async_rotate_and_api_key(aclient: nango.AsyncNango, prism: Prism) -> None:
    rotated = await aclient.rotate_webhook_signing_key()
    created = await aclient.create_api_key(123, "provisioned-ci")
    prism.assert_clean(calls=2)
    assert rotated.data.webhook_signing_key
    assert created.data.display_name == "provisioned-ci"


# Every method that sends a request has a contract test in this file (found by introspection).

LOCAL_METHODS = {
    "close",
    "with_options",
    "verify_incoming_webhook_request",
    "verify_webhook_signature",
}


def test_every_http_method_is_called_against_the_mock() -> None:
    source = Path(__file__).read_text()
    called = set(re.findall(r"\b(?:client|aclient|missing|nango_client)\.(\w+)\(", source))
    methods = {
        name
        for name, member in vars(nango.Nango).items()
        if not name.startswith("_") and inspect.isfunction(member)
    }
    assert sorted(methods - LOCAL_METHODS - called) == []
