"""Environments and their keys (beyond the Node SDK): create_environment, delete_environment,
create_api_key, delete_api_key, rotate_webhook_signing_key; the secrets in their answers never
reach a repr, a log line or an error."""

from __future__ import annotations

import json
import logging
import pickle
import traceback
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from nango import (
    InternalServerError,
    NangoResponseValidationError,
    NangoTypeError,
    NangoValueError,
    NewApiKey,
    NewApiKeyResponse,
    NewWebhookSigningKey,
    NewWebhookSigningKeyResponse,
    PermissionDeniedError,
)
from nango._secrets import parse_with_secrets
from nango.models import CreatedEnvironment, CreateEnvironmentResponse, SuccessResponse

from .conftest import SECRET, Client, Recorder, assert_not_sent

API_KEY_SECRET = "9f86d081-884c-4d63-9a1b-0b1f2c3d4e5f"
NEW_SIGNING_KEY = "5f1c0d2e-6a1b-4f3c-9d8e-7b6a5c4d3e2f"
API_KEY = {
    "data": {
        "id": 456,
        "display_name": "provisioned-ci",
        "scopes": ["environment:*"],
        "secret": API_KEY_SECRET,
        "created_at": "2026-11-22T03:55:10.231Z",
    }
}
ROTATED = {"data": {"webhook_signing_key": NEW_SIGNING_KEY}}


def assert_json_request(request: Any, method: str, path: str) -> None:
    assert request.method == method
    assert request.url.path == path
    assert request.url.query == b""
    assert request.headers["content-type"] == "application/json"
    assert request.headers["authorization"] == f"Bearer {SECRET}"


# create_environment


def test_create_environment(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"data": {"id": 123, "name": "staging"}})

    result = client.call("create_environment", "staging")

    assert_json_request(recorder.last, "POST", "/environments")
    assert recorder.body() == {"name": "staging"}
    assert isinstance(result, CreateEnvironmentResponse)
    assert result.data == CreatedEnvironment(id=123, name="staging")


@pytest.mark.parametrize(
    ("otlp_headers", "sent"),
    [
        ({"x-api-key": "k1", "x-team": "t"}, [("x-api-key", "k1"), ("x-team", "t")]),
        ([{"name": "x-api-key", "value": "k1"}], [("x-api-key", "k1")]),
        ({}, []),
    ],
)
def test_create_environment_with_every_option(
    client: Client, recorder: Recorder, otlp_headers: Any, sent: list[tuple[str, str]]
) -> None:
    recorder.reply(200, {"data": {"id": 124, "name": "prod_eu-2"}})

    client.call(
        "create_environment",
        "prod_eu-2",
        is_production=True,
        callback_url="https://app.example.com/oauth/callback",
        hmac_key="hmac-secret",
        hmac_enabled=False,
        slack_notifications=True,
        otlp_endpoint="",
        otlp_headers=otlp_headers,
    )

    assert recorder.body() == {
        "name": "prod_eu-2",
        "is_production": True,
        "callback_url": "https://app.example.com/oauth/callback",
        "hmac_key": "hmac-secret",
        "hmac_enabled": False,
        "slack_notifications": True,
        "otlp_endpoint": "",
        "otlp_headers": [{"name": name, "value": value} for name, value in sent],
    }


def test_create_environment_with_an_environment_key_is_forbidden(
    client: Client, recorder: Recorder
) -> None:
    recorder.reply(
        403,
        {
            "error": {
                "code": "forbidden",
                "message": "Insufficient scope. Required: account:environments:create",
            }
        },
    )

    with pytest.raises(PermissionDeniedError) as info:
        client.call("create_environment", "staging")

    assert "account:environments:create" in (info.value.message or "")


@pytest.mark.parametrize(
    ("args", "kwargs", "error"),
    [
        (("Staging",), {}, NangoValueError),
        (("my env",), {}, NangoValueError),
        (("staging!",), {}, NangoValueError),
        (("stag\u00e9",), {}, NangoValueError),
        (("",), {}, NangoValueError),
        (("a" * 256,), {}, NangoValueError),
        ((7,), {}, NangoTypeError),
        (("staging",), {"is_production": "yes"}, NangoTypeError),
        (("staging",), {"callback_url": ""}, NangoValueError),
        (("staging",), {"otlp_endpoint": 5}, NangoTypeError),
        (("staging",), {"otlp_headers": "x-api-key: k"}, NangoTypeError),
        (("staging",), {"otlp_headers": [{"name": "x"}]}, NangoTypeError),
        (("staging",), {"otlp_headers": {"x": ""}}, NangoValueError),
        (("staging",), {"otlp_headers": {"": "v"}}, NangoValueError),
        (("staging",), {"otlp_headers": {"x": 1}}, NangoTypeError),
        (("staging",), {"otlp_headers": {f"h{i}": "v" for i in range(101)}}, NangoValueError),
    ],
)
def test_create_environment_rejects_bad_input(
    client: Client,
    recorder: Recorder,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    error: type[Exception],
) -> None:
    assert_not_sent(client, recorder, error, "create_environment", *args, **kwargs)


def test_create_environment_accepts_the_longest_name(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"data": {"id": 1, "name": "a" * 255}})

    client.call("create_environment", "a" * 255)

    assert recorder.body() == {"name": "a" * 255}


# delete_environment


def test_delete_environment(client: Client, recorder: Recorder) -> None:
    recorder.reply(204)

    result = client.call("delete_environment", 123)

    request = recorder.last
    assert (request.method, request.url.path, request.url.query) == (
        "DELETE",
        "/environments/123",
        b"",
    )
    assert request.content == b""
    assert "content-type" not in request.headers
    assert request.headers["authorization"] == f"Bearer {SECRET}"
    assert result is None


# create_api_key, delete_api_key


def test_create_api_key(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, API_KEY)

    result = client.call("create_api_key", 123, "provisioned-ci")

    assert_json_request(recorder.last, "POST", "/environment/api-keys")
    assert recorder.body() == {"environment_id": 123, "display_name": "provisioned-ci"}
    assert isinstance(result, NewApiKeyResponse)
    assert isinstance(result.data, NewApiKey)
    assert result.data.id == 456
    assert result.data.display_name == "provisioned-ci"
    assert result.data.scopes == ["environment:*"]
    assert result.data.secret == API_KEY_SECRET
    assert result.data.created_at == datetime(2026, 11, 22, 3, 55, 10, 231000, tzinfo=UTC)


def test_create_api_key_keeps_unknown_fields(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"data": {**API_KEY["data"], "expires_at": None}, "meta": 1})

    result = client.call("create_api_key", 123, "provisioned-ci")

    assert result.data.additional_properties == {"expires_at": None}
    assert result.additional_properties == {"meta": 1}


def test_delete_api_key(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"success": True})

    result = client.call("delete_api_key", 123, 456)

    assert_json_request(recorder.last, "DELETE", "/environment/api-keys")
    assert recorder.body() == {"environment_id": 123, "key_id": 456}
    assert result == SuccessResponse(success=True)


BAD_IDS = [
    (0, NangoValueError),
    (-1, NangoValueError),
    ("123", NangoTypeError),
    (1.0, NangoTypeError),
    (True, NangoTypeError),
    (None, NangoTypeError),
]


@pytest.mark.parametrize(("value", "error"), BAD_IDS)
@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("delete_environment", ("{}",)),
        ("create_api_key", ("{}", "ci")),
        ("delete_api_key", ("{}", 456)),
        ("delete_api_key", (123, "{}")),
    ],
)
def test_numeric_ids_must_be_positive_ints(
    client: Client,
    recorder: Recorder,
    method: str,
    args: tuple[Any, ...],
    value: Any,
    error: type[Exception],
) -> None:
    arguments = [value if arg == "{}" else arg for arg in args]
    assert_not_sent(client, recorder, error, method, *arguments)


@pytest.mark.parametrize(
    ("name", "error"), [("", NangoValueError), ("a" * 256, NangoValueError), (7, NangoTypeError)]
)
def test_create_api_key_display_name(
    client: Client, recorder: Recorder, name: Any, error: type[Exception]
) -> None:
    assert_not_sent(client, recorder, error, "create_api_key", 123, name)


# rotate_webhook_signing_key


def test_rotate_webhook_signing_key(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, ROTATED)

    result = client.call("rotate_webhook_signing_key")

    request = recorder.last
    assert (request.method, request.url.path, request.url.query) == (
        "POST",
        "/environment/webhook-signing-key/rotate",
        b"",
    )
    assert request.content == b""
    assert "content-type" not in request.headers
    assert request.headers["authorization"] == f"Bearer {SECRET}"
    assert isinstance(result, NewWebhookSigningKeyResponse)
    assert isinstance(result.data, NewWebhookSigningKey)
    assert result.data.webhook_signing_key == NEW_SIGNING_KEY


def test_rotate_is_never_sent_twice(
    make_client: Callable[..., Client], recorder: Recorder, sleeps: list[float]
) -> None:
    client = make_client(max_retries=2)
    recorder.reply(503, {"error": {"code": "server_error"}})

    with pytest.raises(InternalServerError):
        client.call("rotate_webhook_signing_key")

    assert len(recorder.requests) == 1  # a POST that may have run: a second key would replace it


# Secrets stay out of reprs, logs and errors

SECRET_ANSWERS = [
    pytest.param("create_api_key", (123, "ci"), API_KEY, API_KEY_SECRET, id="api-key"),
    pytest.param("rotate_webhook_signing_key", (), ROTATED, NEW_SIGNING_KEY, id="rotate"),
]


def texts(value: Any) -> Iterator[str]:
    yield repr(value)
    yield str(value)
    yield f"{value}"
    if isinstance(value, BaseException):
        yield "".join(traceback.format_exception(value))
        yield repr(vars(value))
        yield repr(pickle.loads(pickle.dumps(value)).body)
        for arg in value.args:
            yield repr(arg)


@pytest.mark.parametrize(("method", "args", "answer", "secret"), SECRET_ANSWERS)
def test_the_secret_is_not_in_the_result_repr(
    client: Client, recorder: Recorder, method: str, args: tuple[Any, ...], answer: Any, secret: str
) -> None:
    recorder.reply(200, answer)

    result = client.call(method, *args)

    for text in (*texts(result), *texts(result.data)):
        assert secret not in text
    assert "***" not in repr(result)  # left out, not masked: nothing to guess the length from


@pytest.mark.parametrize(("method", "args", "answer", "secret"), SECRET_ANSWERS)
def test_the_secret_is_not_logged(
    client: Client,
    recorder: Recorder,
    caplog: pytest.LogCaptureFixture,
    method: str,
    args: tuple[Any, ...],
    answer: Any,
    secret: str,
) -> None:
    caplog.set_level(logging.DEBUG, logger="nango")
    recorder.reply(200, answer)

    client.call(method, *args)

    assert [r for r in caplog.records if r.name.startswith("nango")]
    assert secret not in caplog.text


def malformed(answer: dict[str, Any], secret: str) -> list[Any]:
    """Answers that carry the secret but break the spec."""
    data = answer["data"]
    first = next(iter(data))
    return [
        {"data": {k: v for k, v in data.items() if k != first} or {"x": secret}},
        {"data": {**data, "created_at": "yesterday"}} if "created_at" in data else [secret],
        {"data": [data]},
        {"data": {**data, "id": "456", "scopes": "environment:*"}}
        if "id" in data
        else {"data": {"webhook_signing_key": [secret]}},
        {"nested": {"deeper": [{"secret": secret, "webhook_signing_key": secret}]}},
        {"data": {"secret": secret, "deep": json.loads("[" * 900 + "]" * 900)}},
    ]


@pytest.mark.parametrize(("method", "args", "answer", "secret"), SECRET_ANSWERS)
def test_a_malformed_answer_does_not_leak_the_secret(
    client: Client, recorder: Recorder, method: str, args: tuple[Any, ...], answer: Any, secret: str
) -> None:
    bodies = malformed(answer, secret)
    for body in bodies:
        recorder.reply(200, body)

    errors = []
    for _ in bodies:
        with pytest.raises(NangoResponseValidationError) as info:
            client.call(method, *args)
        errors.append(info.value)

    for error in errors:
        assert error.status_code == 200
        assert recorder.last.url.path in str(error)
        assert error.__cause__ is None
        assert error.__context__ is None
        for text in texts(error):
            assert secret not in text, text
    assert errors[-1].body is None  # too deep to walk: nothing kept
    # The body is kept, with the secrets masked, to show what was wrong.
    assert errors[-2].body == {
        "nested": {"deeper": [{"secret": "***", "webhook_signing_key": "***"}]}
    }


@pytest.mark.parametrize(("method", "args", "answer", "secret"), SECRET_ANSWERS)
def test_an_answer_that_is_not_json_is_not_kept(
    client: Client, recorder: Recorder, method: str, args: tuple[Any, ...], answer: Any, secret: str
) -> None:
    recorder.reply(200, content=f'{{"data": {{"secret": "{secret}"', headers={})

    with pytest.raises(NangoResponseValidationError) as info:
        client.call(method, *args)

    assert info.value.body is None
    assert info.value.__context__ is None  # a JSONDecodeError would hold the whole body
    assert "not JSON" in str(info.value)
    for text in texts(info.value):
        assert secret not in text


def test_a_malformed_api_key_answer_keeps_its_harmless_fields(
    client: Client, recorder: Recorder
) -> None:
    recorder.reply(200, {"data": {**API_KEY["data"], "created_at": "yesterday", "note": "n"}})

    with pytest.raises(NangoResponseValidationError) as info:
        client.call("create_api_key", 123, "ci")

    assert info.value.body == {
        "data": {
            "id": 456,
            "display_name": "provisioned-ci",
            "scopes": ["environment:*"],
            "secret": "***",
            "created_at": "yesterday",
            "note": "***",
        }
    }
    assert "yesterday" in str(info.value)  # the parse error names the bad value: not a secret


def test_a_secret_under_an_unknown_name_is_hidden_too(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"data": {"signing_key": NEW_SIGNING_KEY}})

    with pytest.raises(NangoResponseValidationError) as info:
        client.call("rotate_webhook_signing_key")

    assert info.value.body == {"data": {"signing_key": "***"}}
    assert "webhook_signing_key" in str(info.value)  # what was missing


def test_a_parse_error_that_quotes_a_secret_is_not_shown() -> None:
    request = httpx.Request("POST", "https://nango.test/environment/webhook-signing-key/rotate")
    response = httpx.Response(200, json=ROTATED, request=request)

    def parse(data: Any) -> Any:
        raise ValueError(f"cannot use {data['data']['webhook_signing_key']!r}")

    with pytest.raises(NangoResponseValidationError) as info:
        parse_with_secrets(response, parse)

    assert str(info.value) == (
        "POST /environment/webhook-signing-key/rotate: unexpected response shape"
        " (ValueError, details hidden: they quote the answer)"
    )
    assert info.value.body == {"data": {"webhook_signing_key": "***"}}
    assert info.value.__context__ is None
