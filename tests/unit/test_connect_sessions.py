"""Connect sessions: ``create_connect_session`` and ``create_reconnect_session``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from nango import NangoTypeError, NangoValueError
from nango.models import ConnectSessionData

from .conftest import Client, Recorder, assert_not_sent

TOKEN = "nango_connect_session_f284c67881ddd0d58071b65ccc679ece50e0218b30e76ffb7e908d5bd104507e"
SESSION = {
    "data": {
        "token": TOKEN,
        "connect_link": f"http://127.0.0.1:3009/?session_token={TOKEN}",
        "expires_at": "2026-11-22T04:13:56.188Z",
    }
}
END_USER = {"id": "u-2", "email": "u2@example.com", "display_name": "User Two"}
ORGANIZATION = {"id": "org-2", "display_name": "Org 2"}
CONFIG_DEFAULTS = {
    "github-ref": {
        "user_scopes": "repo,user",
        "authorization_params": {"prompt": "consent"},
        "connection_config": {
            "oauth_scopes_override": "repo,read:org",
            "subdomain": "acme",
            "nested": {"list": [1, 2], "flag": False},
        },
    }
}
OVERRIDES = {"github-ref": {"docs_connect": "https://docs.example.com/connect/github"}}


# create_connect_session


@pytest.mark.parametrize(
    "fields",
    [
        pytest.param({"tags": {"end_user_id": "u-1", "Org": "acme"}}, id="tags"),
        pytest.param({"end_user": END_USER}, id="end-user"),
        pytest.param({"end_user": {"id": "u-3"}}, id="end-user-id-only"),
        pytest.param(
            {"end_user": {**END_USER, "tags": {"Team": "blue", "plan": ""}}},
            id="end-user-with-tags",
        ),
        pytest.param(
            {"tags": {"team": "blue"}, "allowed_integrations": ["github-ref"]},
            id="allowed-integrations",
        ),
        pytest.param(
            {"end_user": END_USER, "organization": ORGANIZATION, "tags": {"team": "blue"}},
            id="organization",
        ),
        pytest.param(
            {"tags": {"team": "blue"}, "integrations_config_defaults": CONFIG_DEFAULTS},
            id="config-defaults",
        ),
        pytest.param({"tags": {"team": "blue"}, "overrides": OVERRIDES}, id="overrides"),
        pytest.param(
            {"tags": {"team": "blue"}, "webhook_url_override": "https://example.com/hooks/nango"},
            id="webhook-url-override",
        ),
        pytest.param(
            {
                "tags": {"end_user_id": "u-2", "team": "blue"},
                "end_user": END_USER,
                "organization": ORGANIZATION,
                "allowed_integrations": ["github-ref", "anrok-ref"],
                "integrations_config_defaults": CONFIG_DEFAULTS,
                "overrides": OVERRIDES,
                "webhook_url_override": "https://example.com/hooks/nango",
            },
            id="everything",
        ),
    ],
)
def test_create_connect_session_body_has_exactly_the_given_fields(
    client: Client, recorder: Recorder, fields: dict[str, Any]
) -> None:
    recorder.reply(201, SESSION)

    client.call("create_connect_session", **fields)

    request = recorder.last
    assert request.method == "POST"
    assert request.url.path == "/connect/sessions"
    assert request.url.query == b""
    assert request.headers["content-type"] == "application/json"
    assert request.headers["authorization"] == "Bearer sk-test-4f1c2b9e-secret"
    assert recorder.body() == fields


def test_create_connect_session_result(client: Client, recorder: Recorder) -> None:
    recorder.reply(201, SESSION)

    result = client.call("create_connect_session", end_user=END_USER)

    assert isinstance(result.data, ConnectSessionData)
    assert result.data.token == TOKEN
    assert result.data.connect_link == f"http://127.0.0.1:3009/?session_token={TOKEN}"
    assert isinstance(result.data.expires_at, datetime)
    assert result.data.expires_at == datetime(2026, 11, 22, 4, 13, 56, 188000, tzinfo=UTC)


def test_create_connect_session_keeps_tags_as_given(client: Client, recorder: Recorder) -> None:
    # Node passes tags through; the server lower-cases the keys itself.
    recorder.reply(201, SESSION)

    client.call("create_connect_session", tags={"UPPER": "Val", "Mixed_Case": "X"})

    assert recorder.body() == {"tags": {"UPPER": "Val", "Mixed_Case": "X"}}


def test_create_connect_session_needs_end_user_or_tags(client: Client, recorder: Recorder) -> None:
    assert_not_sent(
        client,
        recorder,
        NangoValueError,
        "create_connect_session",
        organization=ORGANIZATION,
        allowed_integrations=["github-ref"],
    )


def test_create_connect_session_with_nothing_is_refused(client: Client, recorder: Recorder) -> None:
    assert_not_sent(client, recorder, NangoValueError, "create_connect_session")


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"end_user": "u-1"}, NangoTypeError),
        ({"end_user": ["u-1"]}, NangoTypeError),
        ({"end_user": {"email": "no-id@example.com"}}, NangoValueError),
        ({"end_user": {"id": ""}}, NangoValueError),
        ({"end_user": {"id": 42}}, NangoTypeError),
        ({"end_user": {"id": "u-1", "email": ["a@b.c"]}}, NangoTypeError),
        ({"end_user": {"id": "u-1", "display_name": 7}}, NangoTypeError),
        ({"tags": {"team": "blue"}, "organization": {"display_name": "Acme"}}, NangoValueError),
        (
            {"tags": {"team": "blue"}, "organization": {"id": "o-1", "display_name": 1}},
            NangoTypeError,
        ),
        ({"tags": "team=blue"}, NangoTypeError),
        ({"tags": {"team": "blue"}, "organization": "org-1"}, NangoTypeError),
        ({"tags": {"team": "blue"}, "allowed_integrations": "github-ref"}, NangoTypeError),
        ({"tags": {"team": "blue"}, "allowed_integrations": [""]}, NangoValueError),
        ({"tags": {"team": "blue"}, "allowed_integrations": [1]}, NangoTypeError),
        ({"tags": {"team": "blue"}, "integrations_config_defaults": ["x"]}, NangoTypeError),
        ({"tags": {"team": "blue"}, "overrides": "docs"}, NangoTypeError),
        ({"tags": {"team": "blue"}, "webhook_url_override": ""}, NangoValueError),
        ({"tags": {"team": "blue"}, "webhook_url_override": 1}, NangoTypeError),
    ],
)
def test_create_connect_session_rejects_bad_input(
    client: Client, recorder: Recorder, fields: dict[str, Any], error: type[Exception]
) -> None:
    assert_not_sent(client, recorder, error, "create_connect_session", **fields)


# create_reconnect_session


def test_create_reconnect_session_minimal(client: Client, recorder: Recorder) -> None:
    recorder.reply(201, SESSION)

    result = client.call("create_reconnect_session", "conn-gh-1", "github-ref")

    request = recorder.last
    assert request.method == "POST"
    assert request.url.path == "/connect/sessions/reconnect"
    assert request.url.query == b""
    assert recorder.body() == {"connection_id": "conn-gh-1", "integration_id": "github-ref"}
    assert result.data.token == TOKEN
    assert result.data.expires_at == datetime(2026, 11, 22, 4, 13, 56, 188000, tzinfo=UTC)


@pytest.mark.parametrize(
    "fields",
    [
        pytest.param({"tags": {"team": "red"}}, id="tags"),
        pytest.param({"end_user": END_USER, "organization": ORGANIZATION}, id="end-user"),
        pytest.param({"integrations_config_defaults": CONFIG_DEFAULTS}, id="config-defaults"),
        pytest.param({"overrides": OVERRIDES}, id="overrides"),
        pytest.param({"webhook_url_override": "https://example.com/h"}, id="webhook"),
        pytest.param(
            {
                "tags": {"team": "red"},
                "end_user": END_USER,
                "organization": ORGANIZATION,
                "integrations_config_defaults": CONFIG_DEFAULTS,
                "overrides": OVERRIDES,
                "webhook_url_override": "https://example.com/h",
            },
            id="everything",
        ),
    ],
)
def test_create_reconnect_session_body_has_exactly_the_given_fields(
    client: Client, recorder: Recorder, fields: dict[str, Any]
) -> None:
    recorder.reply(201, SESSION)

    client.call("create_reconnect_session", "conn-gh-1", "github-ref", **fields)

    assert recorder.body() == {
        "connection_id": "conn-gh-1",
        "integration_id": "github-ref",
        **fields,
    }


@pytest.mark.parametrize(
    ("args", "kwargs", "error"),
    [
        (("", "github-ref"), {}, NangoValueError),
        (("conn-gh-1", ""), {}, NangoValueError),
        ((42, "github-ref"), {}, NangoTypeError),
        (("conn-gh-1", None), {}, NangoTypeError),
        (("conn-gh-1", "github-ref"), {"tags": ["team"]}, NangoTypeError),
        (("conn-gh-1", "github-ref"), {"end_user": "u-1"}, NangoTypeError),
        (("conn-gh-1", "github-ref"), {"end_user": {"email": "x@example.com"}}, NangoValueError),
        (("conn-gh-1", "github-ref"), {"organization": 3}, NangoTypeError),
        (("conn-gh-1", "github-ref"), {"webhook_url_override": ""}, NangoValueError),
    ],
)
def test_create_reconnect_session_rejects_bad_input(
    client: Client,
    recorder: Recorder,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    error: type[Exception],
) -> None:
    assert_not_sent(client, recorder, error, "create_reconnect_session", *args, **kwargs)
