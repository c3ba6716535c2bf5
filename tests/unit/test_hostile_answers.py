"""Hostile or broken servers, on a real loopback socket (tests/fault_server.py), with both
clients: redirects are never followed, each attempt has a deadline, resets and hostile bodies
end as ``NangoError``s, and a POST that may have run is never sent twice."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import nango
from nango import AsyncNango, Nango
from tests.fault_server import (
    FaultServer,
    deep_json,
    partial_then_stall,
    reset,
    respond,
    stall,
    trickle_body,
    trickle_headers,
)

SECRET = "sk-fault-test-secret"
CONNECTION = json.dumps(
    {
        "id": 1,
        "connection_id": "c1",
        "provider_config_key": "github",
        "provider": "github",
        "errors": [],
        "end_user": None,
        "metadata": None,
        "connection_config": {},
        "created_at": "2026-11-01T00:00:00.000Z",
        "updated_at": "2026-11-01T00:00:00.000Z",
        "last_fetched_at": None,
        "credentials": {"type": "OAUTH2", "access_token": "t", "raw": {}},
    }
).encode()


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault_server:
        yield fault_server


@pytest.fixture
def other() -> Iterator[FaultServer]:
    """A second server, on another port (another origin)."""
    with FaultServer() as fault_server:
        yield fault_server


@pytest.fixture(params=["sync", "async"])
def flavor(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def call(flavor: str, host: str, method: str, *args: Any, **kwargs: Any) -> Any:
    """Call ``method`` on a fresh client (``client=`` options), then close it."""
    options = {"timeout": 5.0, "max_retries": 0, **kwargs.pop("client", {})}
    if flavor == "sync":
        with Nango(SECRET, host=host, **options) as client:
            return getattr(client, method)(*args, **kwargs)

    async def run() -> Any:
        async with AsyncNango(SECRET, host=host, **options) as client:
            return await getattr(client, method)(*args, **kwargs)

    return asyncio.run(run())


def timed(flavor: str, host: str, method: str, *args: Any, **kwargs: Any) -> float:
    """Seconds until ``method`` raised ``NangoTimeoutError``."""
    started = time.monotonic()
    with pytest.raises(nango.NangoTimeoutError):
        call(flavor, host, method, *args, **kwargs)
    return time.monotonic() - started


# Redirects


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_to_another_origin_sends_it_nothing(
    flavor: str, server: FaultServer, other: FaultServer, status: int
) -> None:
    server.script(respond(status, headers={"Location": f"{other.url}/integrations"}))

    with pytest.raises(nango.NangoAPIError) as info:
        call(
            flavor,
            server.url,
            "create_integration",
            "github",
            "gh",
            credentials={"type": "OAUTH2", "client_id": "id", "client_secret": "oauth-secret"},
        )

    assert info.value.status_code == status
    assert info.value.headers["location"] == f"{other.url}/integrations"
    assert len(server.received) == 1
    assert other.connections == 0


def test_a_redirect_loop_sends_one_request(flavor: str, server: FaultServer) -> None:
    server.script(respond(307, headers={"Location": "/sync/trigger"}))

    with pytest.raises(nango.NangoAPIError):
        call(flavor, server.url, "trigger_sync", "github", ["issues"])

    assert len(server.received) == 1


def test_a_client_of_the_caller_does_not_follow_either(
    server: FaultServer, other: FaultServer
) -> None:
    server.script(respond(302, headers={"Location": f"{other.url}/x"}))
    http_client = httpx.Client(follow_redirects=True)

    with pytest.raises(nango.NangoAPIError):
        call("sync", server.url, "list_integrations", client={"http_client": http_client})

    http_client.close()
    assert other.connections == 0


def test_a_proxy_call_raises_the_upstream_redirect(flavor: str, server: FaultServer) -> None:
    server.script(respond(302, headers={"Location": "https://elsewhere.test/file"}))

    with pytest.raises(nango.NangoAPIError) as info:
        call(flavor, server.url, "get", "/files/1", "github", "c1")

    assert info.value.status_code == 302
    assert info.value.headers["location"] == "https://elsewhere.test/file"


# The deadline of an attempt


def test_a_trickling_body_cannot_stretch_the_call(flavor: str, server: FaultServer) -> None:
    server.script(trickle_body(CONNECTION, every=0.25))  # ~19 s in all

    elapsed = timed(flavor, server.url, "get_connection", "github", "c1", client={"timeout": 1})

    assert elapsed < 3


def test_trickling_headers_cannot_stretch_the_call(flavor: str, server: FaultServer) -> None:
    server.script(trickle_headers(CONNECTION, every=0.1))  # ~12 s of headers

    elapsed = timed(flavor, server.url, "get_connection", "github", "c1", client={"timeout": 1})

    assert elapsed < 3


def test_a_silent_server_times_out(flavor: str, server: FaultServer) -> None:
    server.script(stall(10))

    elapsed = timed(flavor, server.url, "list_integrations", client={"timeout": 0.5})

    assert elapsed < 3


def test_each_get_attempt_has_its_own_deadline(
    flavor: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("nango._http.INITIAL_BACKOFF", 0.01)
    server.script(trickle_body(CONNECTION, every=0.25), respond(200, CONNECTION))

    connection = call(
        flavor,
        server.url,
        "get_connection",
        "github",
        "c1",
        client={"timeout": 1, "max_retries": 1},
    )

    assert connection.connection_id == "c1"
    assert len(server.received) == 2


def test_a_post_that_timed_out_is_not_sent_again(flavor: str, server: FaultServer) -> None:
    server.script(trickle_body(b'{"ok":true}', every=0.5))

    timed(
        flavor,
        server.url,
        "trigger_action",
        "github",
        "c1",
        "create-issue",
        {"title": "x"},
        client={"timeout": 1, "max_retries": 2},
    )

    assert len(server.received) == 1


def test_the_sync_deadline_holds_with_a_client_of_the_caller(server: FaultServer) -> None:
    """Without nango's network layer, the deadline is checked between body chunks."""
    server.script(trickle_body(CONNECTION, every=0.25))
    http_client = httpx.Client(timeout=10)

    started = time.monotonic()
    with pytest.raises(nango.NangoTimeoutError):
        call(
            "sync",
            server.url,
            "get_connection",
            "github",
            "c1",
            client={"timeout": 1, "http_client": http_client},
        )
    http_client.close()

    assert time.monotonic() - started < 3


def read_stream(flavor: str, host: str) -> None:
    """Stream a proxy answer to its end with a 0.5 s timeout."""
    if flavor == "sync":
        with (
            Nango(SECRET, host=host, timeout=0.5, max_retries=0) as client,
            client.get("/file", "github", "c1", response_type="stream") as response,
        ):
            for _ in response.iter_bytes():
                pass
        return

    async def read() -> None:
        async with AsyncNango(SECRET, host=host, timeout=0.5, max_retries=0) as client:
            response = await client.get("/file", "github", "c1", response_type="stream")
            async with response:
                async for _ in response.aiter_bytes():
                    pass

    asyncio.run(read())


def test_a_stalled_stream_read_is_a_timeout(flavor: str, server: FaultServer) -> None:
    server.script(partial_then_stall(b"x" * 1000, 10, seconds=5))

    started = time.monotonic()
    with pytest.raises(nango.NangoTimeoutError):
        read_stream(flavor, server.url)

    assert time.monotonic() - started < 3


def test_unknown_httpx_versions_fall_back_with_one_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from nango import _deadline, _transport

    monkeypatch.setattr(_transport, "TESTED", (("9.",), ("9.",)))
    monkeypatch.setattr(_transport, "_warned", False)

    with caplog.at_level(logging.WARNING, logger="nango"):
        first, second = nango.DefaultHttpxClient(), nango.DefaultHttpxClient()

    for client in (first, second):
        assert not isinstance(client._transport._pool._network_backend, _deadline.DeadlineBackend)
        client.close()
    assert len([r for r in caplog.records if "not versions" in r.getMessage()]) == 1


# Resets and hostile bodies


def test_a_reset_get_is_retried_and_a_reset_post_is_not(
    flavor: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("nango._http.INITIAL_BACKOFF", 0.01)
    server.script(reset())

    with pytest.raises(nango.NangoConnectionError):
        call(flavor, server.url, "list_integrations", client={"max_retries": 2})
    assert len(server.received) == 3

    server.received.clear()
    with pytest.raises(nango.NangoConnectionError):
        call(flavor, server.url, "trigger_action", "gh", "c1", "a", client={"max_retries": 2})
    assert len(server.received) == 1


def test_deeply_nested_json_in_a_2xx_answer(flavor: str, server: FaultServer) -> None:
    server.script(deep_json(100_000))

    with pytest.raises(nango.NangoResponseValidationError):
        call(flavor, server.url, "get_connection", "github", "c1")
    with pytest.raises(nango.NangoResponseValidationError):
        call(flavor, server.url, "trigger_action", "github", "c1", "a")
    with pytest.raises(nango.NangoResponseValidationError):
        call(flavor, server.url, "get", "/x", "github", "c1", response_type="json")
    text = call(flavor, server.url, "get", "/x", "github", "c1").data
    assert text == "[" * 100_000 + "]" * 100_000


def test_deeply_nested_json_in_an_error_answer(flavor: str, server: FaultServer) -> None:
    server.script(deep_json(100_000, status=400))

    with pytest.raises(nango.BadRequestError) as info:
        call(flavor, server.url, "get_connection", "github", "c1")

    assert info.value.body == "[" * 100_000 + "]" * 100_000
    assert len(str(info.value)) < 500
    assert len(repr(info.value)) < 500


def test_nested_json_under_the_recursion_limit_is_shown_short(
    flavor: str, server: FaultServer
) -> None:
    server.script(deep_json(900, status=500))

    with pytest.raises(nango.InternalServerError) as info:
        call(flavor, server.url, "trigger_action", "github", "c1", "a")

    assert len(str(info.value)) < 500


@pytest.mark.parametrize(
    "retry_after",
    [
        "Wed, 21 Oct 99999999999999999999 07:28:00 GMT",
        "1e400",
        "inf",
        "nan",
        "-5",
        "soon",
    ],
)
def test_an_unusable_retry_after_is_ignored(
    flavor: str, server: FaultServer, retry_after: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("nango._http.INITIAL_BACKOFF", 0.01)
    server.script(respond(429, b"{}", {"Retry-After": retry_after}))

    with pytest.raises(nango.RateLimitError) as info:
        call(flavor, server.url, "list_integrations", client={"max_retries": 1})

    assert info.value.retry_after in (None, 0.0)
    assert len(server.received) == 2


# Headers HTTP cannot carry never reach a socket


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "argument"),
    [
        ("get", ("/x", "github", "c1\r\nX-Injected: 1"), {}, "connection_id"),
        ("get", ("/x", "gh\n", "c1"), {}, "provider_config_key"),
        ("get", ("/x", "github", "c1"), {"headers": {"X-A": "v\x00"}}, "headers['X-A']"),
        ("get", ("/x", "github", "c1"), {"headers": {"AUTHORIZATION ": "v"}}, "AUTHORIZATION"),
        ("list_records", ("github", "c1\r\n", "Issue"), {}, "connection_id"),
        ("trigger_action", ("gh\r\nX: y", "c1", "a"), {}, "provider_config_key"),
    ],
)
def test_header_values_http_cannot_carry_are_refused_before_connecting(
    flavor: str,
    server: FaultServer,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    argument: str,
) -> None:
    with pytest.raises(nango.NangoValueError, match=argument.replace("[", r"\[")):
        call(flavor, server.url, method, *args, **kwargs, client={"max_retries": 2})

    assert server.connections == 0
