"""Connections: listing, reading, tokens, metadata, updates, deletion and waiting."""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from nango import (
    AsyncNango,
    AuthenticationError,
    InvalidTagsError,
    Nango,
    NangoError,
    NangoTypeError,
    NangoValueError,
    WaitForConnectionCancelled,
    WaitForConnectionTimeout,
)
from nango.models import (
    Connection,
    ConnectionListItem,
    CredentialsApiKey,
    CredentialsOAuth1,
    CredentialsOAuth2,
    CredentialsOther,
    EndUser,
)

from .conftest import HOST, SECRET, Client, Recorder, assert_not_sent, query

OAUTH2_CREDENTIALS = {
    "type": "OAUTH2",
    "access_token": "gho_fake",
    "expires_at": "2030-01-01T00:00:00.000Z",
    "raw": {"access_token": "gho_fake", "token_type": "bearer", "scope": "repo,user"},
}
OAUTH1_CREDENTIALS = {
    "type": "OAUTH1",
    "oauth_token": "oat-1",
    "oauth_token_secret": "oats-2",
    "raw": {"oauth_token": "oat-1", "oauth_token_secret": "oats-2", "user_id": "42"},
}
API_KEY_CREDENTIALS = {"type": "API_KEY", "apiKey": "sk-test-123"}
BASIC_CREDENTIALS = {"type": "BASIC", "username": "api-user", "password": "pa55"}
OAUTH2_CC_CREDENTIALS = {
    "type": "OAUTH2_CC",
    "token": "cc-token-1",
    "expires_at": "2030-01-01T00:00:00.000Z",
    "client_id": "cid-1",
    "client_secret": "cs-1",
    "raw": {"access_token": "cc-token-1", "expires_in": 3600},
}


def connection_body(credentials: Any = None, **fields: Any) -> dict[str, Any]:
    """``GET /connections/{id}`` as the server answers it (openapi example)."""
    body: dict[str, Any] = {
        "id": 3,
        "connection_id": "conn-gh-1",
        "provider_config_key": "github-ref",
        "provider": "github",
        "errors": [],
        "end_user": {
            "id": "u-2",
            "display_name": "User Two",
            "email": "u2@example.com",
            "tags": None,
            "organization": {"id": "org-2", "display_name": "Org 2"},
        },
        "tags": {"team": "blue", "end_user_id": "u-2", "end_user_email": "u2@example.com"},
        "metadata": {},
        "connection_config": {},
        "webhook_url_override": None,
        "created_at": "2026-11-22T03:45:02.118+00:00",
        "updated_at": "2026-11-22T03:45:02.118+00:00",
        "last_fetched_at": "2026-11-22T03:52:40.511+00:00",
        "credentials": OAUTH2_CREDENTIALS if credentials is None else credentials,
    }
    body.update(fields)
    return body


def list_item(connection_id: str, provider_config_key: str, **fields: Any) -> dict[str, Any]:
    """A ``GET /connections`` item."""
    item = {
        "id": 3,
        "connection_id": connection_id,
        "provider_config_key": provider_config_key,
        "provider": provider_config_key.split("-")[0],
        "errors": [],
        "end_user": {
            "id": "u-1",
            "display_name": "User One",
            "email": "u1@example.com",
            "tags": None,
            "organization": None,
        },
        "tags": {"end_user_id": "u-1"},
        "metadata": {},
        "created": "2026-11-22T03:45:02.118+00:00",
    }
    item.update(fields)
    return item


def connection_query(
    pck: str = "github-ref",
    force_refresh: str = "false",
    refresh_token: str = "false",
    refresh_github_app_jwt_token: str = "false",
) -> list[tuple[str, str]]:
    return [
        ("provider_config_key", pck),
        ("force_refresh", force_refresh),
        ("refresh_token", refresh_token),
        ("refresh_github_app_jwt_token", refresh_github_app_jwt_token),
    ]


# list_connections


def test_list_connections_without_options_sends_no_query(
    client: Client, recorder: Recorder
) -> None:
    recorder.reply(
        200,
        {
            "connections": [
                list_item("conn-gh-1", "github-ref"),
                list_item(
                    "conn-apikey-1",
                    "anrok-ref",
                    id=2,
                    errors=[{"type": "auth", "log_id": "7f3f8a1c2b9d4e5f"}],
                    metadata={"plan": "pro"},
                    end_user=None,
                    created="2026-11-22T03:44:15.034+00:00",
                ),
            ]
        },
    )

    result = client.call("list_connections")

    request = recorder.last
    assert request.method == "GET"
    assert request.url.path == "/connections"
    assert request.url.query == b""
    assert all(isinstance(item, ConnectionListItem) for item in result.connections)
    first, second = result.connections
    assert (first.connection_id, first.provider_config_key, first.provider) == (
        "conn-gh-1",
        "github-ref",
        "github",
    )
    assert isinstance(first.end_user, EndUser)
    assert first.end_user.email == "u1@example.com"
    assert second.end_user is None
    assert second.errors[0].log_id == "7f3f8a1c2b9d4e5f"
    assert second.metadata["plan"] == "pro"
    assert second.created == datetime(2026, 11, 22, 3, 44, 15, 34000, tzinfo=UTC)


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"connection_id": "conn 1"}, [("connectionId", "conn 1")]),
        ({"search": "se arch"}, [("search", "se arch")]),
        ({"user_id": "u-1"}, [("endUserId", "u-1")]),
        ({"end_user_organization_id": "org-1"}, [("endUserOrganizationId", "org-1")]),
        ({"integration_id": "github-ref"}, [("integrationId", "github-ref")]),
        ({"integration_id": ["a", "b"]}, [("integrationId", "a,b")]),
        ({"integration_id": ("anrok-ref", "gh-ref")}, [("integrationId", "anrok-ref,gh-ref")]),
        ({"limit": 10}, [("limit", "10")]),
        ({"page": 0}, []),
        ({"limit": 0}, []),
        ({"page": 2}, [("page", "2")]),
        ({"tags": {"org": "acme"}}, [("tags[org]", "acme")]),
        ({"tags": {"ORG": "Acme"}}, [("tags[org]", "Acme")]),
        ({"tags": {"displayName": "D N"}}, [("tags[end_user_display_name]", "D N")]),
        ({"tags": {"email": "e@x.com"}}, [("tags[end_user_email]", "e@x.com")]),
        (
            {"tags": {"displayName": "D N", "email": "e@x.com", "Foo": "Bar"}},
            [
                ("tags[end_user_display_name]", "D N"),
                ("tags[end_user_email]", "e@x.com"),
                ("tags[foo]", "Bar"),
            ],
        ),
        ({"tags": {}}, []),
    ],
)
def test_list_connections_single_option(
    client: Client, recorder: Recorder, options: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    recorder.reply(200, {"connections": []})

    result = client.call("list_connections", **options)

    assert query(recorder.last) == expected
    assert result.connections == []


def test_list_connections_every_option(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"connections": [list_item("c1", "anrok-ref")]})

    client.call(
        "list_connections",
        connection_id="c1",
        user_id="u1",
        integration_id=["a", "b"],
        tags={"displayName": "D N", "email": "e@x.com", "Foo": "Bar"},
        search="se arch",
        end_user_organization_id="o1",
        limit=3,
        page=1,
    )

    pairs = query(recorder.last)
    assert sorted(pairs) == sorted(
        [
            ("connectionId", "c1"),
            ("search", "se arch"),
            ("endUserId", "u1"),
            ("endUserOrganizationId", "o1"),
            ("integrationId", "a,b"),
            ("tags[end_user_display_name]", "D N"),
            ("tags[end_user_email]", "e@x.com"),
            ("tags[foo]", "Bar"),
            ("limit", "3"),
            ("page", "1"),
        ]
    )
    # Tags keep the caller's order.
    assert [key for key, _ in pairs if key.startswith("tags[")] == [
        "tags[end_user_display_name]",
        "tags[end_user_email]",
        "tags[foo]",
    ]


def test_list_connections_encodes_the_query_like_a_form(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"connections": []})

    client.call("list_connections", integration_id=["a", "b"], tags={"email": "e@x.com"})

    raw = recorder.last.url.query
    assert b"integrationId=a%2Cb" in raw
    assert b"tags%5Bend_user_email%5D=e%40x.com" in raw


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"connection_id": ""}, NangoValueError),
        ({"connection_id": 12}, NangoTypeError),
        ({"user_id": ""}, NangoValueError),
        ({"search": 1}, NangoTypeError),
        ({"end_user_organization_id": ""}, NangoValueError),
        ({"integration_id": ""}, NangoValueError),
        ({"integration_id": ["a", ""]}, NangoValueError),
        ({"integration_id": ["a", 2]}, NangoTypeError),
        ({"integration_id": 5}, NangoTypeError),
        ({"limit": "10"}, NangoTypeError),
        ({"page": 1.5}, NangoTypeError),
        ({"page": False}, NangoTypeError),
        ({"tags": "org:acme"}, NangoTypeError),
        ({"tags": {"org": 1}}, InvalidTagsError),
    ],
)
def test_list_connections_rejects_bad_options(
    client: Client, recorder: Recorder, options: dict[str, Any], error: type[Exception]
) -> None:
    assert_not_sent(client, recorder, error, "list_connections", **options)


# get_connection


def test_get_connection_sends_all_four_query_values(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, connection_body())

    result = client.call("get_connection", "github-ref", "conn-gh-1")

    request = recorder.last
    assert request.method == "GET"
    assert request.url.path == "/connections/conn-gh-1"
    assert query(request) == connection_query()
    assert request.content == b""
    assert isinstance(result, Connection)
    assert result.id == 3
    assert result.connection_id == "conn-gh-1"
    assert result.provider == "github"
    assert result.end_user.organization.display_name == "Org 2"
    assert result.tags["team"] == "blue"
    assert result.metadata.to_dict() == {}
    assert result.webhook_url_override is None
    assert result.created_at == datetime(2026, 11, 22, 3, 45, 2, 118000, tzinfo=UTC)
    assert result.last_fetched_at == datetime(2026, 11, 22, 3, 52, 40, 511000, tzinfo=UTC)
    credentials = result.credentials
    assert isinstance(credentials, CredentialsOAuth2)
    assert credentials.access_token == "gho_fake"
    assert credentials.expires_at == datetime(2030, 1, 1, tzinfo=UTC)
    assert credentials.raw["token_type"] == "bearer"


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        ((True, False, False), connection_query(force_refresh="true")),
        ((False, True, False), connection_query(refresh_token="true")),
        ((False, False, True), connection_query(refresh_github_app_jwt_token="true")),
        ((True, True, True), connection_query("github-ref", "true", "true", "true")),
    ],
)
def test_get_connection_flags(
    client: Client, recorder: Recorder, flags: tuple[bool, bool, bool], expected: Any
) -> None:
    recorder.reply(200, connection_body())

    client.call("get_connection", "github-ref", "conn-gh-1", *flags)

    assert query(recorder.last) == expected


def test_get_connection_flags_by_keyword(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, connection_body())

    client.call("get_connection", "github-ref", "conn-gh-1", refresh_token=True)

    assert query(recorder.last) == connection_query(refresh_token="true")


def test_get_connection_percent_encodes_the_path(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, connection_body())

    client.call("get_connection", "g h&x=1", "conn 1/x")

    assert recorder.last.url.raw_path.split(b"?")[0] == b"/connections/conn%201%2Fx"
    assert query(recorder.last) == connection_query("g h&x=1")


@pytest.mark.parametrize(
    ("credentials", "model", "check"),
    [
        (API_KEY_CREDENTIALS, CredentialsApiKey, ("api_key", "sk-test-123")),
        (OAUTH1_CREDENTIALS, CredentialsOAuth1, ("oauth_token_secret", "oats-2")),
        ({}, CredentialsOther, ("additional_properties", {})),
    ],
)
def test_get_connection_types_the_credentials(
    client: Client, recorder: Recorder, credentials: Any, model: type, check: tuple[str, Any]
) -> None:
    recorder.reply(200, connection_body(credentials))

    result = client.call("get_connection", "github-ref", "conn-gh-1")

    assert isinstance(result.credentials, model)
    attribute, value = check
    assert getattr(result.credentials, attribute) == value


# get_token / get_raw_token_response / get_metadata


@pytest.mark.parametrize(
    ("credentials", "expected"),
    [
        pytest.param(OAUTH2_CREDENTIALS, "gho_fake", id="oauth2"),
        pytest.param(
            OAUTH1_CREDENTIALS, {"oAuthToken": "oat-1", "oAuthTokenSecret": "oats-2"}, id="oauth1"
        ),
        pytest.param(API_KEY_CREDENTIALS, API_KEY_CREDENTIALS, id="api-key"),
        pytest.param(OAUTH2_CC_CREDENTIALS, OAUTH2_CC_CREDENTIALS, id="oauth2-cc"),
        pytest.param(BASIC_CREDENTIALS, BASIC_CREDENTIALS, id="basic"),
        pytest.param({}, {}, id="empty"),
    ],
)
def test_get_token(client: Client, recorder: Recorder, credentials: Any, expected: Any) -> None:
    recorder.reply(200, connection_body(credentials))

    token = client.call("get_token", "github-ref", "conn-gh-1")

    assert token == expected
    assert type(token) is type(expected)
    assert recorder.last.method == "GET"
    assert recorder.last.url.path == "/connections/conn-gh-1"
    assert query(recorder.last) == connection_query()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((True,), connection_query(force_refresh="true")),
        ((False, True), connection_query(refresh_github_app_jwt_token="true")),
        ((True, True), connection_query("github-ref", "true", "false", "true")),
    ],
)
def test_get_token_never_asks_for_the_refresh_token(
    client: Client, recorder: Recorder, args: tuple[bool, ...], expected: Any
) -> None:
    recorder.reply(200, connection_body())

    client.call("get_token", "github-ref", "conn-gh-1", *args)

    assert query(recorder.last) == expected


@pytest.mark.parametrize(
    ("credentials", "expected"),
    [
        pytest.param(OAUTH2_CREDENTIALS, OAUTH2_CREDENTIALS["raw"], id="oauth2"),
        pytest.param(OAUTH2_CC_CREDENTIALS, OAUTH2_CC_CREDENTIALS["raw"], id="oauth2-cc"),
        pytest.param(API_KEY_CREDENTIALS, None, id="no-raw"),
        pytest.param({}, None, id="empty"),
    ],
)
def test_get_raw_token_response(
    client: Client, recorder: Recorder, credentials: Any, expected: Any
) -> None:
    recorder.reply(200, connection_body(credentials))

    raw = client.call("get_raw_token_response", "github-ref", "conn-gh-1", True)

    assert raw == expected
    assert query(recorder.last) == connection_query(force_refresh="true")


@pytest.mark.parametrize(
    "metadata",
    [{"plan": "pro", "nested": {"x": True}, "list": [1, 2]}, {}, None],
)
def test_get_metadata(client: Client, recorder: Recorder, metadata: Any) -> None:
    recorder.reply(200, connection_body(metadata=metadata))

    result = client.call("get_metadata", "github-ref", "conn-gh-1")

    assert result == metadata
    assert result is None or type(result) is dict
    assert recorder.last.url.path == "/connections/conn-gh-1"
    assert query(recorder.last) == connection_query()


# set_metadata / update_metadata


@pytest.mark.parametrize(
    ("method", "http_method", "status"),
    [("set_metadata", "POST", 201), ("update_metadata", "PATCH", 200)],
)
@pytest.mark.parametrize("connection_id", ["conn-apikey-1", ["conn-apikey-1", "conn-gh-1"]])
def test_metadata_writes(
    client: Client,
    recorder: Recorder,
    method: str,
    http_method: str,
    status: int,
    connection_id: Any,
) -> None:
    metadata = {"a": 1, "nested": {"x": True}, "list": [1, 2]}
    body = {"metadata": metadata, "connection_id": connection_id, "provider_config_key": "ak"}
    recorder.reply(status, body)

    result = client.call(method, "ak", connection_id, metadata)

    request = recorder.last
    assert request.method == http_method
    assert request.url.path == "/connections/metadata"
    assert request.url.query == b""
    assert request.headers["content-type"] == "application/json"
    assert recorder.body() == body
    assert result.connection_id == connection_id
    assert result.provider_config_key == "ak"
    assert result.metadata.to_dict() == metadata


def test_set_metadata_accepts_a_tuple_of_ids(client: Client, recorder: Recorder) -> None:
    recorder.reply(201, {"connection_id": ["a", "b"], "provider_config_key": "k", "metadata": {}})

    client.call("set_metadata", "k", ("a", "b"), {})

    assert recorder.body() == {
        "metadata": {},
        "connection_id": ["a", "b"],
        "provider_config_key": "k",
    }


@pytest.mark.parametrize("method", ["set_metadata", "update_metadata"])
@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("anrok-ref", "conn-1", "plan=pro"), NangoTypeError),
        (("anrok-ref", "conn-1", None), NangoTypeError),
        (("anrok-ref", "conn-1", [("plan", "pro")]), NangoTypeError),
        (("", "conn-1", {"a": 1}), NangoValueError),
        ((None, "conn-1", {"a": 1}), NangoTypeError),
        (("anrok-ref", "", {"a": 1}), NangoValueError),
        (("anrok-ref", 42, {"a": 1}), NangoTypeError),
        (("anrok-ref", [], {"a": 1}), NangoValueError),
        (("anrok-ref", ["conn-1", ""], {"a": 1}), NangoValueError),
        (("anrok-ref", ["conn-1", 2], {"a": 1}), NangoTypeError),
        (("anrok-ref", b"conn-1", {"a": 1}), NangoTypeError),
    ],
)
def test_metadata_writes_reject_bad_input(
    client: Client,
    recorder: Recorder,
    method: str,
    args: tuple[Any, ...],
    error: type[Exception],
) -> None:
    assert_not_sent(client, recorder, error, method, *args)


# patch_connection


@pytest.mark.parametrize(
    ("fields", "body"),
    [
        ({}, {}),
        ({"tags": {"Org": "Acme", "Region": "EU"}}, {"tags": {"Org": "Acme", "Region": "EU"}}),
        ({"tags": {}}, {"tags": {}}),
        (
            {"end_user": {"id": "u-77", "email": "u77@example.com"}},
            {"end_user": {"id": "u-77", "email": "u77@example.com"}},
        ),
        (
            {"webhook_url_override": "https://example.com/hooks/nango"},
            {"webhook_url_override": "https://example.com/hooks/nango"},
        ),
        (
            {
                "tags": {"team": "blue"},
                "end_user": {"id": "u-1", "display_name": "User One"},
                "webhook_url_override": "https://example.com/h",
            },
            {
                "tags": {"team": "blue"},
                "end_user": {"id": "u-1", "display_name": "User One"},
                "webhook_url_override": "https://example.com/h",
            },
        ),
    ],
)
def test_patch_connection_sends_only_the_given_fields(
    client: Client, recorder: Recorder, fields: dict[str, Any], body: dict[str, Any]
) -> None:
    recorder.reply(200, {"success": True})

    result = client.call("patch_connection", "anrok-ref", "conn-apikey-1", **fields)

    request = recorder.last
    assert request.method == "PATCH"
    assert request.url.path == "/connections/conn-apikey-1"
    assert query(request) == [("provider_config_key", "anrok-ref")]
    assert recorder.body() == body
    assert result.success is True


def test_patch_connection_percent_encodes_the_path(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"success": True})

    client.call("patch_connection", "k&z=1", "conn 1/x", tags={"a": "b"})

    assert recorder.last.url.raw_path.split(b"?")[0] == b"/connections/conn%201%2Fx"
    assert query(recorder.last) == [("provider_config_key", "k&z=1")]


@pytest.mark.parametrize(
    ("args", "kwargs", "error"),
    [
        (("", "c1"), {}, NangoValueError),
        (("k", ""), {}, NangoValueError),
        (("k", 1), {}, NangoTypeError),
        ((1, "c1"), {}, NangoTypeError),
        (("k", "c1"), {"tags": "team=blue"}, NangoTypeError),
        (("k", "c1"), {"tags": {"team": 7}}, InvalidTagsError),
        (("k", "c1"), {"end_user": "u-1"}, NangoTypeError),
        (("k", "c1"), {"end_user": {"email": "no-id@example.com"}}, NangoValueError),
        (("k", "c1"), {"webhook_url_override": 5}, NangoTypeError),
    ],
)
def test_patch_connection_rejects_bad_input(
    client: Client,
    recorder: Recorder,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    error: type[Exception],
) -> None:
    assert_not_sent(client, recorder, error, "patch_connection", *args, **kwargs)


# delete_connection


def test_delete_connection(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"success": True})

    result = client.call("delete_connection", "anrok-ref", "c-upper")

    request = recorder.last
    assert request.method == "DELETE"
    assert request.url.path == "/connections/c-upper"
    assert query(request) == [("provider_config_key", "anrok-ref")]
    assert request.content == b""
    assert result.success is True


def test_delete_connection_percent_encodes_the_path(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"success": True})

    client.call("delete_connection", "k&z=1", "conn 1/x")

    assert recorder.last.url.raw_path.split(b"?")[0] == b"/connections/conn%201%2Fx"
    assert query(recorder.last) == [("provider_config_key", "k&z=1")]


# Bad input for the connection readers


@pytest.mark.parametrize(
    "method",
    ["get_connection", "get_token", "get_raw_token_response", "get_metadata", "delete_connection"],
)
@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("", "conn-1"), NangoValueError),
        (("github-ref", ""), NangoValueError),
        ((None, "conn-1"), NangoTypeError),
        (("github-ref", 42), NangoTypeError),
        (("github-ref", ["conn-1"]), NangoTypeError),
    ],
)
def test_connection_methods_reject_bad_ids(
    client: Client, recorder: Recorder, method: str, args: tuple[Any, ...], error: type[Exception]
) -> None:
    assert_not_sent(client, recorder, error, method, *args)


@pytest.mark.parametrize("method", ["get_connection", "get_token", "get_raw_token_response"])
@pytest.mark.parametrize("flag", ["true", 1, None])
def test_connection_flags_must_be_bools(
    client: Client, recorder: Recorder, method: str, flag: Any
) -> None:
    assert_not_sent(client, recorder, NangoTypeError, method, "github-ref", "c1", flag)


# wait_for_connection


def answer_forever(recorder: Recorder, body: dict[str, Any], count: int = 200) -> None:
    for _ in range(count):
        recorder.reply(200, body)


def test_wait_for_connection_returns_the_first_match(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"connections": []})
    recorder.reply(200, {"connections": [list_item("conn-other", "anrok-ref")]})
    recorder.reply(
        200,
        {
            "connections": [
                list_item("conn-other", "anrok-ref"),
                list_item("conn-first", "github-ref"),
                list_item("conn-second", "github-ref"),
            ]
        },
    )

    result = client.call(
        "wait_for_connection", "github-ref", "u-1", timeout=5.0, poll_interval=0.001
    )

    assert isinstance(result, ConnectionListItem)
    assert result.connection_id == "conn-first"
    assert len(recorder.requests) == 3
    for request in recorder.requests:
        assert request.method == "GET"
        assert request.url.path == "/connections"
        assert query(request) == [("endUserId", "u-1")]


def test_wait_for_connection_found_at_once_does_not_sleep(
    client: Client, recorder: Recorder
) -> None:
    recorder.reply(200, {"connections": [list_item("conn-gh-1", "github-ref")]})

    started = time.monotonic()
    result = client.call("wait_for_connection", "github-ref", "u-1", poll_interval=30.0)

    assert time.monotonic() - started < 1.0
    assert result.connection_id == "conn-gh-1"
    assert len(recorder.requests) == 1


def test_wait_for_connection_times_out(client: Client, recorder: Recorder) -> None:
    answer_forever(recorder, {"connections": [list_item("conn-other", "anrok-ref")]})

    started = time.monotonic()
    with pytest.raises(WaitForConnectionTimeout) as info:
        client.call("wait_for_connection", "github-ref", "u-1", timeout=0.25, poll_interval=0.01)
    elapsed = time.monotonic() - started

    assert isinstance(info.value, NangoError)
    assert isinstance(info.value, TimeoutError)
    assert 0.25 <= elapsed < 1.0
    assert 2 <= len(recorder.requests) <= 30


def test_wait_for_connection_with_zero_timeout_polls_once(
    client: Client, recorder: Recorder
) -> None:
    answer_forever(recorder, {"connections": []})

    with pytest.raises(WaitForConnectionTimeout):
        client.call("wait_for_connection", "github-ref", "u-1", timeout=0)

    assert len(recorder.requests) == 1


def test_wait_for_connection_honours_poll_interval(
    client: Client, recorder: Recorder, poll_sleeps: list[float]
) -> None:
    for _ in range(3):
        recorder.reply(200, {"connections": []})
    recorder.reply(200, {"connections": [list_item("conn-gh-1", "github-ref")]})

    result = client.call(
        "wait_for_connection", "github-ref", "u-1", timeout=600.0, poll_interval=7.5
    )

    assert result.connection_id == "conn-gh-1"
    assert poll_sleeps == [7.5, 7.5, 7.5]
    assert len(recorder.requests) == 4


def test_wait_for_connection_never_sleeps_past_the_timeout(
    client: Client, recorder: Recorder, poll_sleeps: list[float]
) -> None:
    recorder.reply(200, {"connections": []})
    recorder.reply(200, {"connections": [list_item("conn-gh-1", "github-ref")]})

    client.call("wait_for_connection", "github-ref", "u-1", timeout=0.5, poll_interval=30.0)

    assert len(poll_sleeps) == 1
    assert 0 < poll_sleeps[0] <= 0.5


def test_wait_for_connection_api_errors_propagate(client: Client, recorder: Recorder) -> None:
    recorder.reply(
        401,
        {
            "error": {
                "message": "Authentication failed. The provided secret key is not a UUID v4.",
                "code": "invalid_secret_key_format",
                "payload": {},
            }
        },
    )

    with pytest.raises(AuthenticationError) as info:
        client.call("wait_for_connection", "github-ref", "u-1", timeout=5.0, poll_interval=0.01)

    assert info.value.code == "invalid_secret_key_format"
    assert len(recorder.requests) == 1


def test_wait_for_connection_already_cancelled_sends_nothing(
    client: Client, recorder: Recorder
) -> None:
    cancel: threading.Event | asyncio.Event = (
        asyncio.Event() if client.is_async else threading.Event()
    )
    cancel.set()

    with pytest.raises(WaitForConnectionCancelled) as info:
        client.call("wait_for_connection", "github-ref", "u-1", cancel=cancel)

    assert isinstance(info.value, NangoError)
    assert len(recorder.requests) == 0


def sync_nango(recorder: Recorder) -> Nango:
    transport = httpx.MockTransport(recorder)
    return Nango(SECRET, host=HOST, max_retries=0, http_client=httpx.Client(transport=transport))


def async_nango(recorder: Recorder) -> AsyncNango:
    transport = httpx.MockTransport(recorder)
    return AsyncNango(
        SECRET, host=HOST, max_retries=0, http_client=httpx.AsyncClient(transport=transport)
    )


def test_sync_wait_for_connection_cancelled_during_the_sleep(recorder: Recorder) -> None:
    answer_forever(recorder, {"connections": []})
    cancel = threading.Event()
    timer = threading.Timer(0.05, cancel.set)
    nango = sync_nango(recorder)

    started = time.monotonic()
    timer.start()
    try:
        with pytest.raises(WaitForConnectionCancelled):
            nango.wait_for_connection(
                "github-ref", "u-1", timeout=30.0, poll_interval=20.0, cancel=cancel
            )
    finally:
        timer.cancel()

    assert time.monotonic() - started < 1.0
    assert len(recorder.requests) == 1


async def test_async_wait_for_connection_cancelled_by_event(recorder: Recorder) -> None:
    answer_forever(recorder, {"connections": []})
    cancel = asyncio.Event()
    nango = async_nango(recorder)
    asyncio.get_running_loop().call_later(0.05, cancel.set)

    started = time.monotonic()
    with pytest.raises(WaitForConnectionCancelled):
        await nango.wait_for_connection(
            "github-ref", "u-1", timeout=30.0, poll_interval=20.0, cancel=cancel
        )

    assert time.monotonic() - started < 1.0
    assert len(recorder.requests) == 1


async def test_async_wait_for_connection_stops_when_its_task_is_cancelled(
    recorder: Recorder,
) -> None:
    answer_forever(recorder, {"connections": []})
    nango = async_nango(recorder)
    task = asyncio.create_task(
        nango.wait_for_connection("github-ref", "u-1", timeout=30.0, poll_interval=0.01)
    )
    await asyncio.sleep(0.05)

    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    polls = len(recorder.requests)
    assert polls >= 1
    await asyncio.sleep(0.05)
    assert len(recorder.requests) == polls
    assert task.cancelled()


@pytest.mark.parametrize(
    ("args", "kwargs", "error"),
    [
        (("", "u-1"), {}, NangoValueError),
        (("github-ref", ""), {}, NangoValueError),
        ((None, "u-1"), {}, NangoTypeError),
        (("github-ref", 7), {}, NangoTypeError),
        (("github-ref", "u-1"), {"timeout": -1}, NangoValueError),
        (("github-ref", "u-1"), {"poll_interval": 0}, NangoValueError),
        (("github-ref", "u-1"), {"poll_interval": -2.0}, NangoValueError),
        (("github-ref", "u-1"), {"timeout": "60"}, NangoTypeError),
        (("github-ref", "u-1"), {"poll_interval": None}, NangoTypeError),
        (("github-ref", "u-1"), {"timeout": float("nan")}, NangoValueError),
    ],
)
def test_wait_for_connection_rejects_bad_input(
    client: Client,
    recorder: Recorder,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    error: type[Exception],
) -> None:
    assert_not_sent(client, recorder, error, "wait_for_connection", *args, **kwargs)


# The timestamps parse whatever offset the server writes.


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("2026-11-22T03:45:02.118Z", datetime(2026, 11, 22, 3, 45, 2, 118000, tzinfo=UTC)),
        (
            "2026-11-22T05:45:02.118+02:00",
            datetime(2026, 11, 22, 5, 45, 2, 118000, tzinfo=timezone(timedelta(hours=2))),
        ),
    ],
)
def test_get_connection_timestamps(
    client: Client, recorder: Recorder, stamp: str, expected: datetime
) -> None:
    recorder.reply(200, connection_body(created_at=stamp, last_fetched_at=None))

    result = client.call("get_connection", "github-ref", "conn-gh-1")

    assert result.created_at == expected
    assert result.last_fetched_at is None
