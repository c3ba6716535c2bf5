"""The hostile inputs of issue 11, one by one, with both clients: each is refused with a
``NangoValueError``/``NangoTypeError`` before anything is sent (the general properties are in
test_hostile_inputs.py, over every method)."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import nango
from nango import AsyncNango, Nango
from tests.unit.conftest import SECRET, Client, Recorder, assert_not_sent, on_mock_transport

DEEP: list[Any] = []
_level = DEEP
for _ in range(20_000):
    _level.append([])
    _level = _level[0]


@pytest.mark.parametrize(
    ("method", "args", "kwargs"),
    [
        ("delete_function", ("github", ".."), {"type": "sync"}),
        ("delete_function", ("github", "."), {"type": "action"}),
        ("delete_connection", ("github", ".."), {}),
        ("delete_connection", ("github", "."), {}),
        ("delete_sync_variant", ("github", "c", "s1", ".."), {}),
        ("delete_integration", ("..",), {}),
        ("get_connection", ("github", ".."), {}),
        ("get_provider", ("..",), {}),
        ("get_async_action_result", (), {"status_url": "/action/.."}),
        ("delete", ("/../connections/conn-1?provider_config_key=github", "github", "c"), {}),
        ("get", ("/a/../../connections", "github", "c"), {}),
        ("get", ("/%2e%2e/connections", "github", "c"), {}),
        ("get", ("/a/..%2F..%2Fconnections", "github", "c"), {}),
        ("get", ("\\..\\..\\connections", "github", "c"), {}),
    ],
)
def test_dot_segments_never_reach_another_endpoint(
    client: Client, recorder: Recorder, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    assert_not_sent(client, recorder, nango.NangoValueError, method, *args, **kwargs)


@pytest.mark.parametrize(
    ("value", "segment"),
    [("...", "..."), ("%2e%2e", "%252e%252e"), ("a/..", "a%2F.."), ("a b?c#d\\e", None)],
)
def test_other_ids_are_one_encoded_segment(
    client: Client, recorder: Recorder, value: str, segment: str | None
) -> None:
    recorder.reply(200, {"success": True})

    client.call("delete_connection", "github", value)

    raw = recorder.last.url.raw_path.decode().split("?")[0]
    assert raw.count("/") == 2
    if segment is not None:
        assert raw == f"/connections/{segment}"


def test_a_proxy_endpoint_with_dot_segments_inside_stays_under_proxy(
    client: Client, recorder: Recorder
) -> None:
    client.call("get", "/repos/a/../b/./issues", "github", "c")

    assert recorder.last.url.raw_path == b"/proxy/repos/b/issues"


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "error"),
    [
        ("get_connection", ("github", "a" * 1_000_000), {}, nango.NangoValueError),
        ("get_connection", ("github", "a\ud800"), {}, nango.NangoValueError),
        ("list_providers", (), {"search": "a\ud800"}, nango.NangoValueError),
        ("set_metadata", ("github", "c", {"k": "a\ud800"}), {}, nango.NangoValueError),
        ("get", ("/x", "github", "c"), {"headers": 1}, nango.NangoTypeError),
        ("get", ("/x", "github", "c"), {"headers": ""}, nango.NangoTypeError),
        ("get", ("/x", "github", "c"), {"params": {"q": "a\ud800"}}, nango.NangoValueError),
        ("set_metadata", ("github", "c", {"deep": DEEP}), {}, nango.NangoValueError),
        ("post", ("/x", "github", "c"), {"data": DEEP}, nango.NangoValueError),
        ("trigger_action", ("github", "c", "act", DEEP), {}, nango.NangoValueError),
        ("set_metadata", ("github", "c", {"n": float("nan")}), {}, nango.NangoValueError),
        ("trigger_sync", ("github", ["s"]), {"reset": 1}, nango.NangoTypeError),
        ("trigger_sync", ("github", ["s"]), {"empty_cache": "yes"}, nango.NangoTypeError),
        ("list_connections", (), {"limit": -1}, nango.NangoValueError),
        ("list_connections", (), {"page": -1}, nango.NangoValueError),
        ("list_functions", ("github",), {"page": -2}, nango.NangoValueError),
        ("get", ("/x", "github", "c"), {"retries": -1}, nango.NangoValueError),
        ("wait_for_connection", ("github", "u1"), {"cancel": object()}, nango.NangoTypeError),
    ],
)
def test_bad_arguments_are_refused_before_sending(
    client: Client,
    recorder: Recorder,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    error: type[Exception],
) -> None:
    assert_not_sent(client, recorder, error, method, *args, **kwargs)


def test_the_other_clients_event_is_refused(client: Client, recorder: Recorder) -> None:
    other: Any = asyncio.Event() if not client.is_async else threading.Event()

    assert_not_sent(
        client, recorder, nango.NangoTypeError, "wait_for_connection", "g", "u", cancel=other
    )


@pytest.mark.parametrize("make", [Nango, AsyncNango])
@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"host": 1}, nango.NangoTypeError),
        ({"host": "https://api.nango.test/?env=prod"}, nango.NangoValueError),
        ({"host": "https://api.nango.test/#top"}, nango.NangoValueError),
        ({"host": "https://api.nango.test//"}, nango.NangoValueError),
        ({"host": "https://api.nango.test/a/../b"}, nango.NangoValueError),
        ({"host": "https://user:pass@api.nango.test"}, nango.NangoValueError),
        ({"default_headers": [1]}, nango.NangoTypeError),
        ({"default_headers": {"X-Trace": "a\r\nb"}}, nango.NangoValueError),
        ({"default_headers": {"X Trace": "a"}}, nango.NangoValueError),
        ({"default_headers": {"X-Trace": 1}}, nango.NangoTypeError),
        ({"user_agent": "app\nX: y"}, nango.NangoValueError),
        ({"user_agent": 1}, nango.NangoTypeError),
        ({"connection_id": "c\r\n"}, nango.NangoValueError),
        ({"provider_config_key": 5}, nango.NangoTypeError),
        ({"timeout": float("inf")}, nango.NangoValueError),
        ({"timeout": float("nan")}, nango.NangoValueError),
        ({"timeout": httpx.Timeout(5, read=float("inf"))}, nango.NangoValueError),
        ({"webhook_signing_key": 1}, nango.NangoTypeError),
    ],
)
def test_client_options_are_checked_at_construction(
    make: Callable[..., Any], options: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error) as info:
        make(SECRET, **options)

    assert "pass" not in str(info.value) or "user:pass" not in str(info.value)


@on_mock_transport  # request extensions do not cross a socket
def test_no_timeout_at_all_works_for_both_clients(
    make_client: Callable[..., Client], recorder: Recorder
) -> None:
    client = make_client(timeout=httpx.Timeout(None))
    recorder.reply(200, {"data": []})

    client.call("list_integrations")

    assert recorder.last.extensions["timeout"] == {
        "connect": None,
        "read": None,
        "write": None,
        "pool": None,
    }


@pytest.mark.parametrize("make", [Nango, AsyncNango])
def test_a_closed_client_raises_a_nango_error(make: Callable[..., Any]) -> None:
    client = Client(make(SECRET, host="https://nango.test"))
    client.run(client.nango.aclose() if client.is_async else client.nango.close())

    with pytest.raises(nango.NangoConnectionError, match="closed"):
        client.call("list_integrations")


def test_log_lines_leave_out_a_proxy_calls_query(
    client: Client, recorder: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="nango"):
        client.call("get", "/items", "github", "c1", params={"api_key": "provider-secret"})
        recorder.reply(200, {"connections": []})
        client.call("list_connections", user_id="user-42")

    lines = [record.getMessage() for record in caplog.records]
    assert not any("provider-secret" in line for line in lines)
    assert any("/proxy/items?<query hidden>" in line for line in lines)
    assert any("endUserId=user-42" in line for line in lines)
