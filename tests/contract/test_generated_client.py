"""A handful of generated operations against the mock server, results parsed into the models."""

from __future__ import annotations

import datetime
import json

import pytest

from nango_api import Client
from nango_api.api.actions import trigger_action
from nango_api.api.connect import create_connect_session
from nango_api.api.connections import get_connection, list_connections, set_metadata
from nango_api.api.integrations import get_integration
from nango_api.api.providers import get_provider, list_providers
from nango_api.api.records import list_records
from nango_api.api.syncs import sync_status
from nango_api.models import (
    AsyncActionResponse,
    Connection,
    ConnectSessionResponse,
    CreateConnectSessionRequest,
    CredentialsOAuth2,
    EndUserInput,
    ErrorResponse,
    GetProviderResponse,
    IntegrationInclude,
    IntegrationResponse,
    JsonObject,
    ListConnectionsResponse,
    ListProvidersResponse,
    ListRecordsResponse,
    MetadataResponse,
    SetMetadataRequest,
    SyncStatusResponse,
    Tags,
    TriggerActionRequest,
)

from .conftest import SECRET, assert_valid, violations

pytestmark = pytest.mark.contract


def test_list_providers(api: Client) -> None:
    response = list_providers.sync_detailed(client=api, search="git")
    assert_valid(response, 200)
    assert isinstance(response.parsed, ListProvidersResponse)
    assert response.parsed.data
    assert all(p.name and p.auth_mode for p in response.parsed.data)


def test_get_provider(api: Client) -> None:
    response = get_provider.sync_detailed("github", client=api)
    assert_valid(response, 200)
    assert isinstance(response.parsed, GetProviderResponse)
    assert response.parsed.data.name == "github"


def test_get_integration_with_every_include(api: Client) -> None:
    response = get_integration.sync_detailed(
        "github-ref",
        client=api,
        include=[IntegrationInclude.WEBHOOK, IntegrationInclude.CREDENTIALS],
    )
    assert_valid(response, 200)
    assert isinstance(response.parsed, IntegrationResponse)
    assert response.parsed.data.unique_key


def test_get_connection(api: Client) -> None:
    response = get_connection.sync_detailed(
        "conn-gh-1",
        client=api,
        provider_config_key="github-ref",
        force_refresh=False,
        refresh_token=False,
        refresh_github_app_jwt_token=False,
    )
    assert_valid(response, 200)
    connection = response.parsed
    assert isinstance(connection, Connection)
    assert isinstance(connection.created_at, datetime.datetime)
    assert connection.created_at.tzinfo is not None
    assert isinstance(connection.credentials, CredentialsOAuth2)
    assert connection.credentials.access_token


def test_list_connections(api: Client) -> None:
    response = list_connections.sync_detailed(
        client=api, end_user_id="u-1", integration_id="github-ref,anrok-ref", limit=10, page=0
    )
    assert_valid(response, 200)
    assert isinstance(response.parsed, ListConnectionsResponse)
    assert response.parsed.connections[0].connection_id


def test_set_metadata(api: Client) -> None:
    metadata = JsonObject.from_dict({"plan": "pro", "seats": 3})
    response = set_metadata.sync_detailed(
        client=api,
        body=SetMetadataRequest(
            connection_id="conn-apikey-1", provider_config_key="anrok-ref", metadata=metadata
        ),
    )
    assert_valid(response, 201)
    assert isinstance(response.parsed, MetadataResponse)


def test_create_connect_session(api: Client) -> None:
    body = CreateConnectSessionRequest(
        end_user=EndUserInput(id="u-2", email="u2@example.com", display_name="User Two"),
        allowed_integrations=["github-ref"],
        tags=Tags.from_dict({"team": "blue"}),
    )
    response = create_connect_session.sync_detailed(client=api, body=body)
    assert_valid(response, 201)
    assert isinstance(response.parsed, ConnectSessionResponse)
    assert response.parsed.data.token.startswith("nango_connect_session_")
    assert isinstance(response.parsed.data.expires_at, datetime.datetime)


def test_list_records_with_headers_and_repeated_ids(api: Client) -> None:
    response = list_records.sync_detailed(
        client=api,
        connection_id="conn-gh-1",
        provider_config_key="github-ref",
        model="Issue",
        limit=2,
        filter_="added,updated",
        ids=["1", "2"],
    )
    assert_valid(response, 200)
    assert isinstance(response.parsed, ListRecordsResponse)
    assert response.parsed.records


def test_sync_status(api: Client) -> None:
    response = sync_status.sync_detailed(client=api, syncs="*", provider_config_key="github-ref")
    assert_valid(response, 200)
    assert isinstance(response.parsed, SyncStatusResponse)
    assert response.parsed.syncs[0].status


def test_trigger_action_async_answers_202(mock_url: str) -> None:
    prefer_202 = Client(
        base_url=mock_url,
        headers={"Authorization": f"Bearer {SECRET}", "Prefer": "code=202"},
        raise_on_unexpected_status=True,
    )
    with prefer_202:
        response = trigger_action.sync_detailed(
            client=prefer_202,
            connection_id="conn-gh-1",
            provider_config_key="github-ref",
            x_async=True,
            body=TriggerActionRequest(action_name="create-issue"),
        )
    assert_valid(response, 202)
    assert isinstance(response.parsed, AsyncActionResponse)
    assert response.parsed.status_url.startswith("/action/")
    assert response.headers["location"] == response.parsed.status_url


# The mock server is a contract check, not a canned-answer machine: it rejects what breaks the spec.


def test_missing_required_query_parameter_is_rejected(api: Client) -> None:
    raw = api.get_httpx_client().get("/connections/conn-gh-1")
    assert raw.status_code == 400
    found = json.loads(raw.headers["sl-violations"])
    assert any("provider_config_key" in str(v) for v in found)


def test_wrong_type_is_rejected(api: Client) -> None:
    response = list_connections.sync_detailed(client=api, limit=0)
    assert response.status_code == 400
    assert violations(response)
    assert isinstance(response.parsed, ErrorResponse)


def test_missing_authorization_is_rejected(mock_url: str) -> None:
    with Client(base_url=mock_url) as anonymous:
        response = list_providers.sync_detailed(client=anonymous)
    assert response.status_code == 401
