"""Syncs, sync variants, environment variables, scripts config and actions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from nango import (
    NangoAPIError,
    NangoResponseValidationError,
    NangoTypeError,
    NangoValueError,
    NotFoundError,
)
from nango.models import (
    AsyncActionResponse,
    EnvironmentVariable,
    OpenAIFunctionsResponse,
    StandardNangoConfig,
    SyncNameVariant,
)

from .conftest import SECRET, Client, Recorder, query

SUCCESS = {"success": True}
ACTION_ID = "0b8e1f4c-3a57-4d8e-9c1a-2f6b7d9e0a11"

# trigger_sync


def test_trigger_sync_minimal(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, SUCCESS)

    result = client.call("trigger_sync", "github")

    request = recorder.last
    assert request.method == "POST"
    assert request.url.path == "/sync/trigger"
    assert query(request) == []
    assert request.headers["Content-Type"] == "application/json"
    assert "Connection-Id" not in request.headers
    assert recorder.body() == {"syncs": [], "provider_config_key": "github"}
    assert result.success is True


def test_trigger_sync_every_argument(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, SUCCESS)

    client.call(
        "trigger_sync", "github", ["issues", "prs"], "conn-1", reset=True, empty_cache=False
    )

    body = recorder.body()
    assert body == {
        "syncs": ["issues", "prs"],
        "provider_config_key": "github",
        "connection_id": "conn-1",
        "opts": {"reset": True, "emptyCache": False},
    }
    assert list(body) == ["syncs", "provider_config_key", "connection_id", "opts"]


@pytest.mark.parametrize(
    ("kwargs", "opts"),
    [
        ({}, None),
        ({"reset": None, "empty_cache": None}, None),
        ({"reset": True}, {"reset": True}),
        ({"reset": False}, {"reset": False}),
        ({"empty_cache": True}, {"emptyCache": True}),
        ({"reset": True, "empty_cache": True}, {"reset": True, "emptyCache": True}),
    ],
)
def test_trigger_sync_opts_only_when_given(
    client: Client, recorder: Recorder, kwargs: dict[str, Any], opts: dict[str, Any] | None
) -> None:
    recorder.reply(200, SUCCESS)

    client.call("trigger_sync", "github", ["issues"], **kwargs)

    body = recorder.body()
    assert body.get("opts") == opts
    assert ("opts" in body) is (opts is not None)


@pytest.mark.parametrize(
    ("syncs", "sent"),
    [
        (None, []),
        ([], []),
        (["issues"], ["issues"]),
        ([{"name": "issues", "variant": "v1"}], [{"name": "issues", "variant": "v1"}]),
        ([SyncNameVariant(name="issues", variant="v1")], [{"name": "issues", "variant": "v1"}]),
        (
            ("a", {"name": "b", "variant": "v"}, SyncNameVariant(name="c", variant="w")),
            ["a", {"name": "b", "variant": "v"}, {"name": "c", "variant": "w"}],
        ),
    ],
)
def test_trigger_sync_sync_references(
    client: Client, recorder: Recorder, syncs: Any, sent: list[Any]
) -> None:
    recorder.reply(200, SUCCESS)

    client.call("trigger_sync", "github", syncs, "conn-1")

    assert recorder.body()["syncs"] == sent


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("github", "issues"), NangoTypeError),
        (("github", {"name": "issues", "variant": "v1"}), NangoTypeError),
        (("github", [{"name": "issues"}]), NangoTypeError),
        (("github", [{"name": "issues", "variant": ""}]), NangoValueError),
        (("github", [""]), NangoValueError),
        (("github", [42]), NangoTypeError),
        (("", ["issues"]), NangoValueError),
        (("github", ["issues"], ""), NangoValueError),
    ],
)
def test_trigger_sync_bad_arguments_send_nothing(
    client: Client, recorder: Recorder, args: tuple[Any, ...], error: type[Exception]
) -> None:
    with pytest.raises(error):
        client.call("trigger_sync", *args)

    assert recorder.requests == []


# start_sync / pause_sync

SYNC_CONTROL = [("start_sync", "/sync/start"), ("pause_sync", "/sync/pause")]


@pytest.mark.parametrize(("method", "path"), SYNC_CONTROL)
def test_sync_control_request(client: Client, recorder: Recorder, method: str, path: str) -> None:
    recorder.reply(200, SUCCESS)

    result = client.call(method, "github", ["issues", {"name": "prs", "variant": "v1"}], "conn-1")

    request = recorder.last
    assert request.method == "POST"
    assert request.url.path == path
    assert request.headers["Content-Type"] == "application/json"
    assert recorder.body() == {
        "syncs": ["issues", {"name": "prs", "variant": "v1"}],
        "provider_config_key": "github",
        "connection_id": "conn-1",
    }
    assert list(recorder.body()) == ["syncs", "provider_config_key", "connection_id"]
    assert result.success is True


@pytest.mark.parametrize(("method", "path"), SYNC_CONTROL)
def test_sync_control_without_connection(
    client: Client, recorder: Recorder, method: str, path: str
) -> None:
    recorder.reply(200, SUCCESS)

    client.call(method, "github", [SyncNameVariant(name="issues", variant="base")])

    assert recorder.last.url.path == path
    assert recorder.body() == {
        "syncs": [{"name": "issues", "variant": "base"}],
        "provider_config_key": "github",
    }


@pytest.mark.parametrize("method", ["start_sync", "pause_sync"])
@pytest.mark.parametrize("syncs", ["issues", None, {"name": "issues", "variant": "v"}])
def test_sync_control_syncs_must_be_a_list(
    client: Client, recorder: Recorder, method: str, syncs: Any
) -> None:
    with pytest.raises(NangoTypeError, match="list"):
        client.call(method, "github", syncs)

    assert recorder.requests == []


@pytest.mark.parametrize("method", ["start_sync", "pause_sync"])
def test_sync_control_requires_the_integration(
    client: Client, recorder: Recorder, method: str
) -> None:
    with pytest.raises(NangoValueError):
        client.call(method, "", ["issues"])

    assert recorder.requests == []


# sync_status

STATUS_BODY = {
    "syncs": [
        {
            "id": "sync-1",
            "connection_id": "conn-1",
            "name": "issues",
            "variant": "base",
            "status": "SUCCESS",
            "frequency": "every hour",
            "finishedAt": "2024-01-01T00:00:00.000Z",
            "nextScheduledSyncAt": None,
            "latestResult": {"Issue": {"added": 1, "updated": 2, "deleted": 0}},
            "latestExecutionStatus": "SUCCESS",
            "recordCount": {"Issue": 3},
            "checkpoint": None,
        }
    ]
}


@pytest.mark.parametrize(
    ("syncs", "sent"),
    [
        ("*", "*"),
        (["issues"], "issues"),
        (["a", "b"], "a,b"),
        (["a", {"name": "b", "variant": "v"}], "a,b::v"),
        ([SyncNameVariant(name="b", variant="v"), "c"], "b::v,c"),
        ([], ""),
    ],
)
def test_sync_status_syncs_query(client: Client, recorder: Recorder, syncs: Any, sent: str) -> None:
    recorder.reply(200, {"syncs": []})

    client.call("sync_status", "github", syncs)

    request = recorder.last
    assert request.method == "GET"
    assert request.url.path == "/sync/status"
    assert query(request) == [("syncs", sent), ("provider_config_key", "github")]
    assert request.content == b""


def test_sync_status_with_connection(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, STATUS_BODY)

    result = client.call("sync_status", "github", ["issues"], "conn 1")

    assert query(recorder.last) == [
        ("syncs", "issues"),
        ("provider_config_key", "github"),
        ("connection_id", "conn 1"),
    ]
    status = result.syncs[0]
    assert status.id == "sync-1"
    assert status.name == "issues"
    assert status.variant == "base"
    assert status.status == "SUCCESS"
    assert status.frequency == "every hour"
    assert status.connection_id == "conn-1"


@pytest.mark.parametrize(
    ("syncs", "error"),
    [("issues", NangoTypeError), ("all", NangoTypeError), (None, NangoTypeError)],
)
def test_sync_status_bad_syncs_send_nothing(
    client: Client, recorder: Recorder, syncs: Any, error: type[Exception]
) -> None:
    with pytest.raises(error):
        client.call("sync_status", "github", syncs)

    assert recorder.requests == []


# update_sync_connection_frequency


def test_update_frequency_by_name(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"frequency": "every 4h"})

    result = client.call(
        "update_sync_connection_frequency", "github", "issues", "conn-1", "every 4h"
    )

    request = recorder.last
    assert request.method == "PUT"
    assert request.url.path == "/sync/update-connection-frequency"
    assert request.headers["Content-Type"] == "application/json"
    assert recorder.body() == {
        "sync_name": "issues",
        "provider_config_key": "github",
        "connection_id": "conn-1",
        "frequency": "every 4h",
    }
    assert result.frequency == "every 4h"


@pytest.mark.parametrize(
    "sync", [{"name": "issues", "variant": "v1"}, SyncNameVariant(name="issues", variant="v1")]
)
def test_update_frequency_by_variant(client: Client, recorder: Recorder, sync: Any) -> None:
    recorder.reply(200, {"frequency": "every day"})

    client.call("update_sync_connection_frequency", "github", sync, "conn-1", "every day")

    assert recorder.body() == {
        "sync_name": "issues",
        "sync_variant": "v1",
        "provider_config_key": "github",
        "connection_id": "conn-1",
        "frequency": "every day",
    }


def test_update_frequency_none_reverts_to_default(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"frequency": None})

    result = client.call("update_sync_connection_frequency", "github", "issues", "conn-1", None)

    assert b'"frequency":null' in recorder.last.content.replace(b" ", b"")
    assert recorder.body()["frequency"] is None
    assert result.frequency is None


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("github", "issues", "conn-1", 3600), NangoTypeError),
        (("github", "issues", "conn-1", True), NangoTypeError),
        (("github", ["issues"], "conn-1", "every day"), NangoTypeError),
        (("github", "issues", "", "every day"), NangoValueError),
        (("", "issues", "conn-1", "every day"), NangoValueError),
        (("github", "", "conn-1", "every day"), NangoValueError),
    ],
)
def test_update_frequency_bad_arguments_send_nothing(
    client: Client, recorder: Recorder, args: tuple[Any, ...], error: type[Exception]
) -> None:
    with pytest.raises(error):
        client.call("update_sync_connection_frequency", *args)

    assert recorder.requests == []


# create_sync_variant / delete_sync_variant


def test_create_sync_variant(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"id": "sync-9", "name": "issues", "variant": "v1"})

    result = client.call("create_sync_variant", "github", "conn-1", "issues", "v1")

    request = recorder.last
    assert request.method == "POST"
    assert request.url.raw_path == b"/sync/issues/variant/v1"
    assert request.headers["Content-Type"] == "application/json"
    assert recorder.body() == {"provider_config_key": "github", "connection_id": "conn-1"}
    assert (result.id, result.name, result.variant) == ("sync-9", "issues", "v1")


def test_delete_sync_variant(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, SUCCESS)

    result = client.call("delete_sync_variant", "github", "conn-1", "issues", "v1")

    request = recorder.last
    assert request.method == "DELETE"
    assert request.url.raw_path == b"/sync/issues/variant/v1"
    assert request.headers["Content-Type"] == "application/json"
    assert recorder.body() == {"provider_config_key": "github", "connection_id": "conn-1"}
    assert result.success is True


@pytest.mark.parametrize("method", ["create_sync_variant", "delete_sync_variant"])
def test_sync_variant_path_is_percent_encoded(
    client: Client, recorder: Recorder, method: str
) -> None:
    recorder.reply(200, {"id": "x", "name": "a b/c", "variant": "v?1", "success": True})

    client.call(method, "github", "conn-1", "a b/c", "v?1")

    assert recorder.last.url.raw_path == b"/sync/a%20b%2Fc/variant/v%3F1"


@pytest.mark.parametrize("method", ["create_sync_variant", "delete_sync_variant"])
@pytest.mark.parametrize(
    "args",
    [
        ("", "conn-1", "issues", "v1"),
        ("github", "", "issues", "v1"),
        ("github", "conn-1", "", "v1"),
        ("github", "conn-1", "issues", ""),
    ],
)
def test_sync_variant_required_arguments(
    client: Client, recorder: Recorder, method: str, args: tuple[str, ...]
) -> None:
    with pytest.raises(NangoValueError):
        client.call(method, *args)

    assert recorder.requests == []


# get_environment_variables


def test_get_environment_variables(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, [{"name": "API_URL", "value": "https://x"}, {"name": "B", "value": ""}])

    result = client.call("get_environment_variables")

    request = recorder.last
    assert request.method == "GET"
    assert request.url.path == "/environment-variables"
    assert query(request) == []
    assert all(isinstance(item, EnvironmentVariable) for item in result)
    assert [(v.name, v.value) for v in result] == [("API_URL", "https://x"), ("B", "")]


@pytest.mark.parametrize("content", [b"", b"[]"])
def test_get_environment_variables_empty(
    client: Client, recorder: Recorder, content: bytes
) -> None:
    recorder.reply(200, content=content)

    assert client.call("get_environment_variables") == []


@pytest.mark.parametrize("body", [{"name": "A", "value": "1"}, [{"name": "A"}], "text"])
def test_get_environment_variables_unexpected_shape(
    client: Client, recorder: Recorder, body: Any
) -> None:
    recorder.reply(200, body)

    with pytest.raises(NangoResponseValidationError):
        client.call("get_environment_variables")


# get_scripts_config

NANGO_CONFIG = [
    {
        "providerConfigKey": "github",
        "provider": "github",
        "syncs": [{"name": "issues", "type": "sync", "runs": "every hour", "returns": ["Issue"]}],
        "actions": [{"name": "create-issue", "type": "action", "returns": ["Issue"]}],
    }
]
OPENAI_CONFIG = {
    "data": [
        {
            "name": "create-issue",
            "description": "Create an issue",
            "parameters": {"type": "object", "properties": {}, "required": []},
        }
    ]
}


@pytest.mark.parametrize("args", [(), ("nango",)])
def test_get_scripts_config_nango(
    client: Client, recorder: Recorder, args: tuple[str, ...]
) -> None:
    recorder.reply(200, NANGO_CONFIG)

    result = client.call("get_scripts_config", *args)

    request = recorder.last
    assert request.method == "GET"
    assert request.url.path == "/scripts/config"
    assert query(request) == [("format", "nango")]
    assert isinstance(result, list)
    assert len(result) == 1
    config = result[0]
    assert isinstance(config, StandardNangoConfig)
    assert config.provider_config_key == "github"
    assert config.provider == "github"
    assert [s.name for s in config.syncs] == ["issues"]
    assert config.syncs[0].runs == "every hour"
    assert [a.name for a in config.actions] == ["create-issue"]


def test_get_scripts_config_openai(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, OPENAI_CONFIG)

    result = client.call("get_scripts_config", "openai")

    assert query(recorder.last) == [("format", "openai")]
    assert isinstance(result, OpenAIFunctionsResponse)
    assert [f.name for f in result.data] == ["create-issue"]
    assert result.data[0].description == "Create an issue"


@pytest.mark.parametrize("format", ["nango", "openai"])
def test_get_scripts_config_with_nothing_deployed(
    client: Client, recorder: Recorder, format: str
) -> None:
    # The real server answers [] for both formats when the environment has nothing deployed.
    recorder.reply(200, [])

    result = client.call("get_scripts_config", format)

    assert query(recorder.last) == [("format", format)]
    if format == "nango":
        assert result == []
    else:
        assert isinstance(result, OpenAIFunctionsResponse)
        assert result.data == []
        assert result.to_dict() == {"data": []}


@pytest.mark.parametrize("body", [[{"providerConfigKey": "github"}], [1], {"data": 1}, "x"])
def test_get_scripts_config_openai_accepts_only_the_empty_list(
    client: Client, recorder: Recorder, body: Any
) -> None:
    recorder.reply(200, body)

    with pytest.raises(NangoResponseValidationError):
        client.call("get_scripts_config", "openai")


@pytest.mark.parametrize("value", ["yaml", "OPENAI", "", None])
def test_get_scripts_config_bad_format(client: Client, recorder: Recorder, value: Any) -> None:
    with pytest.raises(NangoValueError):
        client.call("get_scripts_config", value)

    assert recorder.requests == []


@pytest.mark.parametrize(("format", "body"), [("nango", OPENAI_CONFIG), ("openai", NANGO_CONFIG)])
def test_get_scripts_config_unexpected_shape(
    client: Client, recorder: Recorder, format: str, body: Any
) -> None:
    recorder.reply(200, body)

    with pytest.raises(NangoResponseValidationError):
        client.call("get_scripts_config", format)


# trigger_action


def test_trigger_action_request(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"id": 7, "title": "Bug"})

    result = client.call("trigger_action", "github", "conn-1", "create-issue", {"title": "Bug"})

    request = recorder.last
    assert request.method == "POST"
    assert request.url.path == "/action/trigger"
    assert query(request) == []
    assert request.headers["Connection-Id"] == "conn-1"
    assert request.headers["Provider-Config-Key"] == "github"
    assert request.headers["Content-Type"] == "application/json"
    assert "X-Async" not in request.headers
    assert "X-Max-Retries" not in request.headers
    assert recorder.body() == {"action_name": "create-issue", "input": {"title": "Bug"}}
    assert list(recorder.body()) == ["action_name", "input"]
    assert result == {"id": 7, "title": "Bug"}
    assert type(result) is dict


def test_trigger_action_without_input(client: Client, recorder: Recorder) -> None:
    client.call("trigger_action", "github", "conn-1", "list-repos")

    assert recorder.body() == {"action_name": "list-repos"}


@pytest.mark.parametrize("value", [[1, "a"], "text", 0, False, {}, {"nested": {"a": [None]}}])
def test_trigger_action_input_sent_as_given(client: Client, recorder: Recorder, value: Any) -> None:
    client.call("trigger_action", "github", "conn-1", "run", value)

    assert recorder.body() == {"action_name": "run", "input": value}


@pytest.mark.parametrize(
    ("content", "result"),
    [
        (b"[1, 2]", [1, 2]),
        (b'"done"', "done"),
        (b"42", 42),
        (b"null", None),
        (b"", None),
        (b'{"a": {"b": true}}', {"a": {"b": True}}),
    ],
)
def test_trigger_action_returns_plain_json(
    client: Client, recorder: Recorder, content: bytes, result: Any
) -> None:
    recorder.reply(200, content=content)

    assert client.call("trigger_action", "github", "conn-1", "run") == result


def test_trigger_action_non_json_answer(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, content=b"<html>oops</html>")

    with pytest.raises(NangoResponseValidationError):
        client.call("trigger_action", "github", "conn-1", "run")


def test_trigger_action_error_answer(client: Client, recorder: Recorder) -> None:
    recorder.reply(500, {"error": {"code": "action_script_failure", "message": "boom"}})

    with pytest.raises(NangoAPIError) as caught:
        client.call("trigger_action", "github", "conn-1", "run")

    assert caught.value.status_code == 500
    assert caught.value.code == "action_script_failure"
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("method", ["trigger_action", "trigger_action_async"])
@pytest.mark.parametrize(
    "args", [("", "conn-1", "run"), ("github", "", "run"), ("github", "conn-1", "")]
)
def test_trigger_action_required_arguments(
    client: Client, recorder: Recorder, method: str, args: tuple[str, ...]
) -> None:
    with pytest.raises(NangoValueError):
        client.call(method, *args)

    assert recorder.requests == []


# trigger_action_async


def test_trigger_action_async(client: Client, recorder: Recorder) -> None:
    recorder.reply(
        202,
        {"id": ACTION_ID, "statusUrl": f"/action/{ACTION_ID}"},
        headers={"Location": f"/action/{ACTION_ID}"},
    )

    result = client.call("trigger_action_async", "github", "conn-1", "create-issue", {"t": 1})

    request = recorder.last
    assert request.method == "POST"
    assert request.url.path == "/action/trigger"
    assert request.headers["X-Async"] == "true"
    assert request.headers["Connection-Id"] == "conn-1"
    assert request.headers["Provider-Config-Key"] == "github"
    assert recorder.body() == {"action_name": "create-issue", "input": {"t": 1}}
    assert isinstance(result, AsyncActionResponse)
    assert result.id == ACTION_ID
    assert result.status_url == f"/action/{ACTION_ID}"


def test_trigger_action_async_without_input(client: Client, recorder: Recorder) -> None:
    recorder.reply(202, {"id": ACTION_ID, "statusUrl": f"/action/{ACTION_ID}"})

    client.call("trigger_action_async", "github", "conn-1", "run")

    assert recorder.body() == {"action_name": "run"}


def test_trigger_action_async_unexpected_shape(client: Client, recorder: Recorder) -> None:
    recorder.reply(202, {"id": ACTION_ID})

    with pytest.raises(NangoResponseValidationError):
        client.call("trigger_action_async", "github", "conn-1", "run")


# get_async_action_result


def test_get_async_action_result_by_id(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"issue": 7})

    result = client.call("get_async_action_result", id=ACTION_ID)

    request = recorder.last
    assert request.method == "GET"
    assert request.url.host == "nango.test"
    assert request.url.raw_path == f"/action/{ACTION_ID}".encode()
    assert request.headers["Authorization"] == f"Bearer {SECRET}"
    assert result == {"issue": 7}


@pytest.mark.parametrize(
    "status_url", [f"/action/{ACTION_ID}", f"https://nango.test/action/{ACTION_ID}"]
)
def test_get_async_action_result_by_status_url(
    client: Client, recorder: Recorder, status_url: str
) -> None:
    recorder.reply(200, [1, 2])

    result = client.call("get_async_action_result", status_url=status_url)

    request = recorder.last
    assert request.method == "GET"
    assert str(request.url) == f"https://nango.test/action/{ACTION_ID}"
    assert result == [1, 2]


def test_get_async_action_result_status_url_wins(client: Client, recorder: Recorder) -> None:
    other = "7d3c2b1a-0000-4000-8000-000000000000"

    client.call("get_async_action_result", id=other, status_url=f"/action/{ACTION_ID}")

    assert recorder.last.url.path == f"/action/{ACTION_ID}"


def test_get_async_action_result_status_url_on_host_with_path(
    make_client: Callable[..., Client], recorder: Recorder
) -> None:
    client = make_client(host="https://nango.test/base")

    client.call("get_async_action_result", status_url=f"/action/{ACTION_ID}")

    assert str(recorder.last.url) == f"https://nango.test/base/action/{ACTION_ID}"


@pytest.mark.parametrize(
    "status_url",
    [
        f"https://evil.test/action/{ACTION_ID}",
        f"http://nango.test/action/{ACTION_ID}",
        f"https://nango.test.evil.test/action/{ACTION_ID}",
        f"https://nango.test@evil.test/action/{ACTION_ID}",
        f"https://nango.test:8443/action/{ACTION_ID}",
    ],
)
def test_get_async_action_result_other_host_is_refused(
    client: Client, recorder: Recorder, status_url: str
) -> None:
    with pytest.raises(NangoValueError):
        client.call("get_async_action_result", status_url=status_url)

    assert recorder.requests == []


@pytest.mark.parametrize("status_url", [f"//evil.test/action/{ACTION_ID}", "/\\evil.test/a"])
def test_get_async_action_result_never_leaves_the_host(
    client: Client, recorder: Recorder, status_url: str
) -> None:
    try:
        client.call("get_async_action_result", status_url=status_url)
    except NangoValueError:
        assert recorder.requests == []
    else:
        assert [r.url.host for r in recorder.requests] == ["nango.test"]


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"id": None, "status_url": None},
        {"id": "not-a-uuid"},
        {"id": ""},
        {"id": "123"},
        {"status_url": ""},
        {"status_url": f"action/{ACTION_ID}"},
    ],
)
def test_get_async_action_result_bad_arguments_send_nothing(
    client: Client, recorder: Recorder, kwargs: dict[str, Any]
) -> None:
    with pytest.raises(NangoValueError):
        client.call("get_async_action_result", **kwargs)

    assert recorder.requests == []


def test_get_async_action_result_unknown_id(client: Client, recorder: Recorder) -> None:
    recorder.reply(404, {"error": {"code": "not_found", "message": "Action not found"}})

    with pytest.raises(NotFoundError) as caught:
        client.call("get_async_action_result", id=ACTION_ID)

    assert caught.value.status_code == 404
    assert caught.value.code == "not_found"
