"""Error mapping: non-2xx answers, malformed 2xx answers, and the error tree."""

from __future__ import annotations

import pickle
from typing import Any

import httpx
import pytest

import nango
from nango import errors
from nango.errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    InvalidTagsError,
    NangoAPIError,
    NangoError,
    NangoResponseValidationError,
    NangoTimeoutError,
    NangoValueError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from nango.tags import TagProblem

from .conftest import HOST, Client, Recorder

ACTION_ID = "00000000-0000-4000-8000-000000000001"
ACTION_PATH = f"/action/{ACTION_ID}"


def fetch_action(client: Client) -> Any:
    """A plain GET whose 2xx body is returned as is: ``GET /action/<id>``."""
    return client.call("get_async_action_result", id=ACTION_ID)


def raised(client: Client, name: str, *args: Any, **kwargs: Any) -> NangoError:
    with pytest.raises(NangoError) as info:
        client.call(name, *args, **kwargs)
    return info.value


# Status -> class


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (504, InternalServerError),
        (520, InternalServerError),
        (599, InternalServerError),
        (402, NangoAPIError),
        (405, NangoAPIError),
        (410, NangoAPIError),
        (415, NangoAPIError),
        (418, NangoAPIError),
        (451, NangoAPIError),
        (499, NangoAPIError),
    ],
)
def test_status_maps_to_its_class(
    client: Client, recorder: Recorder, status: int, error_class: type[NangoAPIError]
) -> None:
    recorder.reply(status, {"error": {"code": "some_code", "message": "some message"}})

    with pytest.raises(NangoAPIError) as info:
        fetch_action(client)

    assert type(info.value) is error_class
    assert info.value.status_code == status
    assert info.value.code == "some_code"
    assert info.value.message == "some message"
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (404, NotFoundError),
        (409, ConflictError),
        (500, InternalServerError),
        (503, InternalServerError),
    ],
)
def test_status_maps_to_its_class_on_post(
    client: Client, recorder: Recorder, status: int, error_class: type[NangoAPIError]
) -> None:
    recorder.reply(status, {"error": {"code": "c"}})

    error = raised(client, "trigger_action", "gh", "c1", "create-issue", {"title": "t"})

    assert type(error) is error_class
    assert recorder.last.method == "POST"


def test_error_subclasses_share_the_api_base() -> None:
    for error_class in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        UnprocessableEntityError,
        RateLimitError,
        InternalServerError,
    ):
        assert issubclass(error_class, NangoAPIError)
    assert issubclass(NangoAPIError, NangoError)


@pytest.mark.parametrize("name", errors.__all__)
def test_every_error_class_is_a_nango_error(name: str) -> None:
    error_class = getattr(errors, name)
    assert issubclass(error_class, NangoError)
    assert getattr(nango, name) is error_class


# Attributes of NangoAPIError


def test_error_keeps_status_headers_and_parsed_body(client: Client, recorder: Recorder) -> None:
    body = {"error": {"code": "unknown_connection", "message": "No connection", "payload": {}}}
    recorder.reply(404, body, headers={"X-Request-Id": "req-1", "Content-Type": "application/json"})

    error = raised(client, "get_async_action_result", id=ACTION_ID)

    assert isinstance(error, NotFoundError)
    assert error.status_code == 404
    assert error.headers["x-request-id"] == "req-1"
    assert error.headers["content-type"] == "application/json"
    assert error.body == body
    assert error.code == "unknown_connection"
    assert error.message == "No connection"
    assert error.retry_after is None


def test_error_body_is_text_when_not_json(client: Client, recorder: Recorder) -> None:
    recorder.reply(502, content="<html>Bad Gateway</html>", headers={"Content-Type": "text/html"})

    error = raised(client, "get_async_action_result", id=ACTION_ID)

    assert isinstance(error, InternalServerError)
    assert error.body == "<html>Bad Gateway</html>"
    assert error.code is None
    assert error.message is None


def test_error_body_is_none_when_empty(client: Client, recorder: Recorder) -> None:
    recorder.reply(500, content=b"")

    error = raised(client, "get_async_action_result", id=ACTION_ID)

    assert isinstance(error, InternalServerError)
    assert error.body is None
    assert error.code is None
    assert error.message is None


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        ({"error": {"code": "invalid_body"}}, "invalid_body", None),
        ({"error": {"message": "only a message"}}, None, "only a message"),
        ({"error": {"code": 12, "message": ["x"]}}, None, None),
        ({"error": "a plain string"}, None, "a plain string"),
        ([1, 2], None, None),
        ("just text", None, None),
        (42, None, None),
        (None, None, None),
    ],
)
def test_code_and_message_from_odd_bodies(
    client: Client, recorder: Recorder, body: Any, code: str | None, message: str | None
) -> None:
    recorder.reply(400, body, content=None if body is not None else b"null")

    error = raised(client, "get_async_action_result", id=ACTION_ID)

    assert isinstance(error, BadRequestError)
    assert error.body == body
    assert error.code == code
    assert error.message == message


def test_code_and_message_from_unwrapped_proxy_error(client: Client, recorder: Recorder) -> None:
    body = {"message": "The upstream API did not answer", "code": "ECONNRESET"}
    recorder.reply(502, body)

    error = raised(client, "get", "/repos", "gh", "c1")

    assert isinstance(error, InternalServerError)
    assert recorder.last.url.path == "/proxy/repos"
    assert error.code == "ECONNRESET"
    assert error.message == "The upstream API did not answer"
    assert error.body == body


def test_validation_error_keeps_the_error_list(client: Client, recorder: Recorder) -> None:
    problems = [
        {"code": "invalid_type", "message": "Required", "path": ["end_user", "id"]},
        {"code": "too_big", "message": "Too long", "path": ["tags", "a"]},
    ]
    recorder.reply(400, {"error": {"code": "invalid_body", "errors": problems}})

    error = raised(client, "create_connect_session", end_user={"id": "u1"})

    assert isinstance(error, BadRequestError)
    assert error.code == "invalid_body"
    assert error.body["error"]["errors"] == problems


def test_rate_limit_error_has_retry_after(client: Client, recorder: Recorder) -> None:
    recorder.reply(
        429,
        {"error": {"code": "too_many_request"}},
        headers={"Retry-After": "30", "X-RateLimit-Remaining": "0"},
    )

    error = raised(client, "get_async_action_result", id=ACTION_ID)

    assert isinstance(error, RateLimitError)
    assert error.retry_after == 30.0
    assert error.headers["x-ratelimit-remaining"] == "0"
    assert error.code == "too_many_request"


def test_error_str_mentions_method_path_status_and_code(client: Client, recorder: Recorder) -> None:
    recorder.reply(404, {"error": {"code": "unknown_action", "message": "No such action"}})

    error = raised(client, "get_async_action_result", id=ACTION_ID)

    text = str(error)
    assert "GET" in text
    assert ACTION_PATH in text
    assert "404" in text
    assert "unknown_action" in text
    assert "No such action" in text
    assert "NotFoundError" in repr(error)
    assert "404" in repr(error)


def test_error_str_on_post_without_code(client: Client, recorder: Recorder) -> None:
    recorder.reply(503, content="upstream down")

    error = raised(client, "trigger_action", "gh", "c1", "act")

    text = str(error)
    assert "POST" in text
    assert "/action/trigger" in text
    assert "503" in text
    assert "upstream down" in text


@pytest.mark.parametrize("status", [520, 599])
def test_unlisted_5xx_status_does_not_crash(
    client: Client, recorder: Recorder, status: int
) -> None:
    recorder.reply(status, content=b"")

    error = raised(client, "get_async_action_result", id=ACTION_ID)

    assert isinstance(error, InternalServerError)
    assert error.status_code == status
    assert str(status) in str(error)


def test_error_str_has_no_query(client: Client, recorder: Recorder) -> None:
    recorder.reply(404, {"error": {"code": "unknown_connection"}})

    error = raised(client, "get_connection", "gh", "c1")

    assert recorder.last.url.query  # the request had one
    assert "provider_config_key" not in str(error)
    assert f"{HOST}/connections/c1" in str(error)


# 2xx answers that cannot be parsed


@pytest.mark.parametrize(
    ("name", "args", "kwargs"),
    [
        ("get_connection", ("gh", "c1"), {}),
        ("get_token", ("gh", "c1"), {}),
        ("get_metadata", ("gh", "c1"), {}),
        ("list_integrations", (), {}),
        ("list_records", ("gh", "c1", "Issue"), {}),
        ("get_environment_variables", (), {}),
        ("set_metadata", ("gh", "c1", {"a": 1}), {}),
        ("create_connect_session", (), {"end_user": {"id": "u1"}}),
        ("trigger_action", ("gh", "c1", "act"), {}),
        ("get_async_action_result", (), {"id": ACTION_ID}),
        ("compile_function", ("code",), {}),
        ("get_function_deployment", (ACTION_ID,), {}),
        ("create_environment", ("staging",), {}),
    ],
)
def test_2xx_with_non_json_body(
    client: Client,
    recorder: Recorder,
    name: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> None:
    recorder.reply(200, content="<html>not json</html>", headers={"Content-Type": "text/html"})

    with pytest.raises(NangoResponseValidationError) as info:
        client.call(name, *args, **kwargs)

    assert info.value.status_code == 200
    assert info.value.body == "<html>not json</html>"
    assert recorder.last.url.path in str(info.value)


CONN = ("gh", "c1")
WRONG_SHAPES: dict[str, tuple[str, tuple[Any, ...], dict[str, Any], Any]] = {
    "connection-missing-keys": ("get_connection", CONN, {}, {"foo": 1}),
    "connection-list": ("get_connection", CONN, {}, []),
    "token-body-list": ("get_token", CONN, {}, ["not", "an", "object"]),
    "token-credentials-str": ("get_token", CONN, {}, {"credentials": "x"}),
    "token-oauth2-no-access-token": ("get_token", CONN, {}, {"credentials": {"type": "OAUTH2"}}),
    "token-oauth2-access-token-int": (
        "get_token",
        CONN,
        {},
        {"credentials": {"type": "OAUTH2", "access_token": 1}},
    ),
    "token-oauth1-no-token": ("get_token", CONN, {}, {"credentials": {"type": "OAUTH1"}}),
    "raw-token-not-object": ("get_raw_token_response", CONN, {}, {"credentials": {"raw": 3}}),
    "metadata-body-str": ("get_metadata", CONN, {}, "text"),
    "metadata-not-object": ("get_metadata", CONN, {}, {"metadata": 3}),
    "integrations-no-data": ("list_integrations", (), {}, {"foo": 1}),
    "integration-no-keys": ("list_integrations", (), {}, {"data": [{"x": 1}]}),
    "providers-data-int": ("list_providers", (), {}, {"data": 3}),
    "connections-str": ("list_connections", (), {}, {"connections": "x"}),
    "records-no-records": ("list_records", (*CONN, "Issue"), {}, {"foo": 1}),
    "records-not-objects": ("list_records", (*CONN, "Issue"), {}, {"records": [1]}),
    "records-cursor-int": (
        "list_records",
        (*CONN, "Issue"),
        {},
        {"records": [], "next_cursor": 3},
    ),
    "env-vars-object": ("get_environment_variables", (), {}, {"foo": 1}),
    "env-var-no-value": ("get_environment_variables", (), {}, [{"name": "A"}]),
    "scripts-config-object": ("get_scripts_config", (), {}, {"data": 1}),
    "sync-status-empty-item": ("sync_status", ("gh", "*"), {}, {"syncs": [{}]}),
    "set-metadata-no-echo": ("set_metadata", (*CONN, {"a": 1}), {}, {"x": 1}),
    "connect-session-empty": (
        "create_connect_session",
        (),
        {"end_user": {"id": "u1"}},
        {"data": {}},
    ),
    "action-async-no-id": ("trigger_action_async", (*CONN, "act"), {}, {}),
    "compile-no-bundle": ("compile_function", ("code",), {}, {"compiled_at": "now"}),
    "dry-run-queued-list": ("dry_run_function", ("gh", "action", "code", "c1"), {}, []),
    "dry-run-no-status": ("get_function_dry_run", (ACTION_ID,), {}, {"id": ACTION_ID}),
    "deployment-bad-date": (
        "get_function_deployment",
        (ACTION_ID,),
        {},
        {
            "id": ACTION_ID,
            "status": "success",
            "integration_id": "gh",
            "function_name": "f",
            "function_type": "action",
            "created_at": "yesterday",
            "updated_at": "today",
        },
    ),
    "wait-dry-run-no-status": ("wait_for_function_dry_run", (ACTION_ID,), {}, {}),
    "environment-no-data": ("create_environment", ("staging",), {}, {"id": 1}),
    "connect-session-no-settings": (
        "get_connect_session",
        ("nango_connect_session_" + "0" * 64,),
        {},
        {"data": {"endUser": None}},
    ),
    "api-key-no-secret": ("create_api_key", (1, "ci"), {}, {"data": {"id": 1}}),
    "rotate-list": ("rotate_webhook_signing_key", (), {}, []),
    "delete-connection-empty": ("delete_connection", CONN, {}, None),
}


@pytest.mark.parametrize(
    ("name", "args", "kwargs", "body"), list(WRONG_SHAPES.values()), ids=list(WRONG_SHAPES)
)
def test_2xx_with_wrong_shape(
    client: Client,
    recorder: Recorder,
    name: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    body: Any,
) -> None:
    recorder.reply(200, body, content=None if body is not None else b"")

    with pytest.raises(NangoResponseValidationError) as info:
        client.call(name, *args, **kwargs)

    assert info.value.status_code == 200
    assert recorder.last.method in str(info.value)
    assert recorder.last.url.path in str(info.value)


def test_wrong_shape_error_keeps_the_body(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"foo": 1})

    with pytest.raises(NangoResponseValidationError) as info:
        client.call("get_connection", "gh", "c1")

    assert info.value.body == {"foo": 1}
    assert isinstance(info.value, NangoError)
    assert not isinstance(info.value, KeyError | TypeError | ValueError)


def _all_error_instances() -> list[NangoError]:
    headers = httpx.Headers({"retry-after": "3"})
    body = {"error": {"code": "not_found", "message": "Failed to find connection"}}
    api = [
        cls(status_code=status, headers=headers, body=body, method="GET", url="https://h/x")
        for cls, status in [(NotFoundError, 404), (RateLimitError, 429), (NangoAPIError, 418)]
    ]
    return [
        *api,
        NangoResponseValidationError("bad shape", status_code=200, body=[1]),
        InvalidTagsError([TagProblem("tags", "a", "value_empty", "tags['a']: empty")]),
        NangoTimeoutError("GET https://h/x failed: timed out"),
        NangoValueError("connection_id is required"),
    ]


@pytest.mark.parametrize("error", _all_error_instances(), ids=lambda e: type(e).__name__)
def test_errors_survive_pickling(error: NangoError) -> None:
    copy = pickle.loads(pickle.dumps(error))

    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert copy.__dict__.keys() == error.__dict__.keys()
    for name, value in vars(error).items():
        assert getattr(copy, name) == value, name


def test_a_long_body_is_truncated_in_the_message(client: Client, recorder: Recorder) -> None:
    recorder.reply(502, content="<html>" + "x" * 5000)

    with pytest.raises(InternalServerError) as caught:
        client.call("list_integrations")

    assert len(str(caught.value)) < 400
    assert caught.value.body == "<html>" + "x" * 5000


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_not_followed_and_raises(
    client: Client, recorder: Recorder, status: int
) -> None:
    recorder.reply(status, headers={"location": f"{HOST}/integrations"})

    with pytest.raises(nango.NangoAPIError) as info:
        client.call("list_integrations")

    assert info.value.status_code == status
    assert info.value.headers["location"] == f"{HOST}/integrations"
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("status", [200, 500])
def test_a_body_that_cannot_be_decompressed_is_a_connection_error(
    client: Client, recorder: Recorder, status: int
) -> None:
    recorder.answers.append(
        httpx.Response(
            status, headers={"content-encoding": "gzip"}, stream=httpx.ByteStream(b"not gzip")
        )
    )

    with pytest.raises(nango.NangoConnectionError):
        client.call("list_integrations")
