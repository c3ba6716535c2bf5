"""Connect sessions: ``create_connect_session`` and ``create_reconnect_session``; reading and
revoking one with its token (``get_connect_session``, ``delete_connect_session``)."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from nango import AuthenticationError, NangoTypeError, NangoValueError
from nango.models import (
    ConnectSessionData,
    ConnectSessionDetails,
    ConnectUISettings,
    EndUser,
    GetConnectSessionResponse,
)

from .conftest import SECRET, Client, Recorder, assert_not_sent

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


# get_connect_session, delete_connect_session: the session token is the credential

# What a real server (v0.71.4) answered, not the official {data: {token, ...}}.
SESSION_DETAILS = {
    "data": {
        "endUser": {
            "id": "u1",
            "display_name": None,
            "email": None,
            "tags": None,
            "organization": None,
        },
        "connectUISettings": {
            "showWatermark": True,
            "defaultTheme": "system",
            "theme": {"light": {"primary": "#00B2E3"}, "dark": {"primary": "#00B2E3"}},
        },
        "websocketsPath": "/",
    }
}


def assert_session_request(request: Any, method: str) -> None:
    assert (request.method, request.url.path, request.url.query) == (
        method,
        "/connect/session",
        b"",
    )
    assert request.content == b""
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert all(SECRET not in value for value in request.headers.values())


def test_get_connect_session(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, SESSION_DETAILS)

    result = client.call("get_connect_session", TOKEN)

    assert_session_request(recorder.last, "GET")
    assert isinstance(result, GetConnectSessionResponse)
    assert isinstance(result.data, ConnectSessionDetails)
    assert isinstance(result.data.end_user, EndUser)
    assert result.data.end_user.id == "u1"
    assert result.data.end_user.email is None
    settings = result.data.connect_ui_settings
    assert isinstance(settings, ConnectUISettings)
    assert (settings.show_watermark, settings.default_theme) == (True, "system")
    assert settings.theme.light.primary == "#00B2E3"
    assert result.data.websockets_path == "/"


def test_get_connect_session_with_tags_only_and_options(client: Client, recorder: Recorder) -> None:
    recorder.reply(
        200,
        {
            "data": {
                "endUser": None,
                "connectUISettings": SESSION_DETAILS["data"]["connectUISettings"],
                "allowed_integrations": ["github-ref"],
                "integrations_config_defaults": {
                    "github-ref": {"connection_config": {"subdomain": "acme"}}
                },
                "overrides": OVERRIDES,
                "isReconnecting": True,
                "theme_override": "dark",
            }
        },
    )

    result = client.call("get_connect_session", TOKEN)

    assert result.data.end_user is None
    assert result.data.allowed_integrations == ["github-ref"]
    defaults = result.data.integrations_config_defaults["github-ref"]
    assert defaults.connection_config["subdomain"] == "acme"
    assert (
        result.data.overrides["github-ref"].docs_connect == OVERRIDES["github-ref"]["docs_connect"]
    )
    assert result.data.is_reconnecting is True
    assert result.data.additional_properties == {"theme_override": "dark"}


def test_delete_connect_session(client: Client, recorder: Recorder) -> None:
    recorder.reply(204)

    result = client.call("delete_connect_session", TOKEN)

    assert_session_request(recorder.last, "DELETE")
    assert result is None


def test_a_revoked_session_token_is_an_authentication_error(
    client: Client, recorder: Recorder
) -> None:
    recorder.reply(
        401,
        {
            "error": {
                "code": "unknown_connect_session_token",
                "message": "The provided connect session token does not match any session",
            }
        },
    )

    with pytest.raises(AuthenticationError) as info:
        client.call("get_connect_session", TOKEN)

    assert info.value.code == "unknown_connect_session_token"
    for text in (
        str(info.value),
        repr(info.value),
        "".join(traceback.format_exception(info.value)),
    ):
        assert TOKEN not in text
        assert SECRET not in text


def test_the_session_token_is_used_on_every_attempt(
    make_client: Callable[..., Client], recorder: Recorder, sleeps: list[float]
) -> None:
    client = make_client(max_retries=2)
    recorder.reply(503, {"error": {"code": "server_error"}})
    recorder.reply(200, SESSION_DETAILS)

    client.call("get_connect_session", TOKEN)

    assert len(recorder.requests) == 2
    for request in recorder.requests:
        assert_session_request(request, "GET")


def test_the_secret_key_is_used_again_after_a_session_call(
    client: Client, recorder: Recorder
) -> None:
    recorder.reply(204)
    recorder.reply(201, SESSION)

    client.call("delete_connect_session", TOKEN)
    client.call("create_connect_session", end_user=END_USER)

    assert recorder.requests[1].headers["authorization"] == f"Bearer {SECRET}"


def test_session_calls_log_no_token(
    client: Client, recorder: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="nango")
    recorder.reply(200, SESSION_DETAILS)

    client.call("get_connect_session", TOKEN)

    assert "/connect/session" in caplog.text
    assert TOKEN not in caplog.text


@pytest.mark.parametrize("method", ["get_connect_session", "delete_connect_session"])
@pytest.mark.parametrize(
    ("token", "error"),
    [
        pytest.param(SECRET, NangoValueError, id="the-secret-key"),
        pytest.param("nango_connect_session_abc", NangoValueError, id="too-short"),
        pytest.param(TOKEN.upper(), NangoValueError, id="upper-case"),
        pytest.param(TOKEN + "\r\nX-Injected: 1", NangoValueError, id="header-injection"),
        pytest.param(TOKEN[len("nango_connect_session_") :], NangoValueError, id="no-prefix"),
        pytest.param("", NangoValueError, id="empty"),
        pytest.param(None, NangoTypeError, id="none"),
        pytest.param(TOKEN.encode(), NangoTypeError, id="bytes"),
    ],
)
def test_session_tokens_are_checked_before_sending(
    client: Client, recorder: Recorder, method: str, token: Any, error: type[Exception]
) -> None:
    with pytest.raises(error) as info:
        client.call(method, token)

    assert recorder.requests == []
    if isinstance(token, str) and token:
        assert token not in str(info.value)  # it may be the secret key given by mistake
