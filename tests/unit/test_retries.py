"""The retry loop of the HTTP cores, and the policy ``nango._http.retry_delay``."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from nango import _http
from nango.errors import (
    BadRequestError,
    InternalServerError,
    NangoAPIError,
    NangoConnectionError,
    NangoTimeoutError,
    RateLimitError,
)

from .conftest import Client, Recorder, on_mock_transport

ACTION_ID = "00000000-0000-4000-8000-000000000001"
RATE_LIMITED = {"error": {"code": "too_many_request"}}
DOWN = {"error": {"code": "server_error"}}

# One public call per HTTP method, with a 2xx body it accepts and the result it gives.
Call = tuple[str, tuple[Any, ...], dict[str, Any]]
GET: Call = ("get_async_action_result", (), {"id": ACTION_ID})
GET_OK = {"output": 1}
POST_METADATA: Call = ("set_metadata", ("gh", "c1", {"a": 1}), {})
METADATA_OK = {"metadata": {"a": 1}, "connection_id": "c1", "provider_config_key": "gh"}
POST_SESSION: Call = ("create_connect_session", (), {"end_user": {"id": "u1"}})
POST_ACTION: Call = ("trigger_action", ("gh", "c1", "create-issue", {"title": "t"}), {})
PATCH_METADATA: Call = ("update_metadata", ("gh", "c1", {"a": 1}), {})
PUT_FREQUENCY: Call = ("update_sync_connection_frequency", ("gh", "issues", "c1", "every 1h"), {})
DELETE_CONNECTION: Call = ("delete_connection", ("gh", "c1"), {})
PROXY_GET: Call = ("get", ("/repos", "gh", "c1"), {})
PROXY_POST: Call = ("post", ("/repos", "gh", "c1"), {"data": {"name": "r"}})
PROXY_PUT: Call = ("put", ("/repos/1", "gh", "c1"), {"data": {"name": "r"}})
PROXY_PATCH: Call = ("patch", ("/repos/1", "gh", "c1"), {"data": {"name": "r"}})
PROXY_DELETE: Call = ("delete", ("/repos/1", "gh", "c1"), {})

NON_IDEMPOTENT = {
    "post-create_connect_session": POST_SESSION,
    "post-trigger_action": POST_ACTION,
    "post-set_metadata": POST_METADATA,
    "patch-update_metadata": PATCH_METADATA,
    "post-proxy": PROXY_POST,
    "patch-proxy": PROXY_PATCH,
}
IDEMPOTENT = {
    "get-action_result": GET,
    "get-proxy": PROXY_GET,
    "put-update_sync_connection_frequency": PUT_FREQUENCY,
    "put-proxy": PROXY_PUT,
    "delete-delete_connection": DELETE_CONNECTION,
    "delete-proxy": PROXY_DELETE,
}
EVERY_METHOD = {**IDEMPOTENT, **NON_IDEMPOTENT}
# A 2xx body that every call above accepts.
ANY_OK = {
    **METADATA_OK,
    "success": True,
    "frequency": "every 1h",
    "data": {"token": "t", "connect_link": "l", "expires_at": "2024-01-01T00:00:00Z"},
}


@pytest.fixture
def retrying(make_client: Callable[..., Client]) -> Client:
    return make_client(max_retries=2)


def run(client: Client, call: Call) -> Any:
    name, args, kwargs = call
    return client.call(name, *args, **kwargs)


def http_date(moment: datetime) -> str:
    return format_datetime(moment, usegmt=True)


def assert_same_requests(requests: list[httpx.Request]) -> None:
    first = requests[0]
    for request in requests[1:]:
        assert request.method == first.method
        assert request.url == first.url
        assert request.content == first.content
        assert request.headers == first.headers


def backoff_bounds(retry: int) -> tuple[float, float]:
    """The jittered window of the back-off before retry number ``retry`` (1-based)."""
    base = min(_http.MAX_BACKOFF, _http.INITIAL_BACKOFF * 2 ** (retry - 1))
    return 0.5 * base, base


# 429 and Retry-After


@pytest.mark.parametrize(
    ("call", "ok_body", "expected"),
    [
        pytest.param(GET, GET_OK, GET_OK, id="get"),
        pytest.param(POST_ACTION, {"done": True}, {"done": True}, id="post-trigger_action"),
    ],
)
def test_429_retry_after_seconds_is_honoured(
    retrying: Client,
    recorder: Recorder,
    sleeps: list[float],
    call: Call,
    ok_body: Any,
    expected: Any,
) -> None:
    recorder.reply(429, RATE_LIMITED, headers={"Retry-After": "3"})
    recorder.reply(200, ok_body)

    assert run(retrying, call) == expected

    assert sleeps == [3.0]
    assert len(recorder.requests) == 2
    assert_same_requests(recorder.requests)


def test_429_on_set_metadata_is_retried_with_the_same_body(
    retrying: Client, recorder: Recorder, sleeps: list[float]
) -> None:
    recorder.reply(429, RATE_LIMITED, headers={"Retry-After": "3"})
    recorder.reply(201, METADATA_OK)

    result = run(retrying, POST_METADATA)

    assert result.metadata.to_dict() == {"a": 1}
    assert sleeps == [3.0]
    assert [r.method for r in recorder.requests] == ["POST", "POST"]
    assert recorder.body(0) == recorder.body(1) == METADATA_OK
    assert_same_requests(recorder.requests)


def test_429_without_retry_after_backs_off_even_on_post(
    retrying: Client, recorder: Recorder, sleeps: list[float]
) -> None:
    recorder.reply(429, RATE_LIMITED)
    recorder.reply(429, RATE_LIMITED)
    recorder.reply(200, {"data": {"token": "t", "connect_link": "l", "expires_at": "2024-01-01"}})

    result = run(retrying, POST_SESSION)

    assert result.data.token == "t"
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2
    for retry, delay in enumerate(sleeps, start=1):
        low, high = backoff_bounds(retry)
        assert low <= delay <= high


def test_429_every_time_gives_up_after_max_retries(
    retrying: Client, recorder: Recorder, sleeps: list[float]
) -> None:
    for _ in range(3):
        recorder.reply(429, RATE_LIMITED, headers={"Retry-After": "1"})

    with pytest.raises(RateLimitError) as info:
        run(retrying, GET)

    assert len(recorder.requests) == 3
    assert sleeps == [1.0, 1.0]
    assert info.value.retry_after == 1.0


def test_retry_after_as_http_date(
    retrying: Client, recorder: Recorder, sleeps: list[float]
) -> None:
    when = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=10)
    recorder.reply(429, RATE_LIMITED, headers={"Retry-After": http_date(when)})
    recorder.reply(200, GET_OK)

    assert run(retrying, GET) == GET_OK

    assert len(sleeps) == 1
    assert 8.0 < sleeps[0] <= 10.0
    assert len(recorder.requests) == 2


def test_retry_after_http_date_in_the_past_waits_the_backoff(
    retrying: Client, recorder: Recorder, sleeps: list[float]
) -> None:
    when = datetime.now(UTC) - timedelta(minutes=5)
    recorder.reply(429, RATE_LIMITED, headers={"Retry-After": http_date(when)})
    recorder.reply(200, GET_OK)

    assert run(retrying, GET) == GET_OK

    low, high = backoff_bounds(1)
    assert len(sleeps) == 1
    assert low <= sleeps[0] <= high


@pytest.mark.parametrize("header", ["0", "0.0", "-1"])
def test_retry_after_zero_never_retries_back_to_back(
    retrying: Client, recorder: Recorder, sleeps: list[float], header: str
) -> None:
    """The server floors Retry-After to whole seconds: 0 when its window resets within the
    second. Every retry still waits at least its backoff delay."""
    for _ in range(3):
        recorder.reply(429, RATE_LIMITED, headers={"Retry-After": header})

    with pytest.raises(RateLimitError):
        run(retrying, GET)

    assert len(sleeps) == 2
    for retry, delay in enumerate(sleeps, start=1):
        low, high = backoff_bounds(retry)
        assert low <= delay <= high


def test_retry_after_at_the_cap_is_waited_for(
    retrying: Client, recorder: Recorder, sleeps: list[float]
) -> None:
    recorder.reply(429, RATE_LIMITED, headers={"Retry-After": f"{_http.MAX_RETRY_AFTER:g}"})
    recorder.reply(200, GET_OK)

    assert run(retrying, GET) == GET_OK

    assert sleeps == [_http.MAX_RETRY_AFTER]


@pytest.mark.parametrize("call", [GET, POST_ACTION], ids=["get", "post"])
def test_retry_after_above_the_cap_is_not_waited_for(
    retrying: Client, recorder: Recorder, sleeps: list[float], call: Call
) -> None:
    too_long = _http.MAX_RETRY_AFTER + 1
    recorder.reply(429, RATE_LIMITED, headers={"Retry-After": f"{too_long:g}"})

    with pytest.raises(RateLimitError) as info:
        run(retrying, call)

    assert info.value.retry_after == too_long
    assert info.value.code == "too_many_request"
    assert sleeps == []
    assert len(recorder.requests) == 1


def test_retry_after_http_date_above_the_cap_is_not_waited_for(
    retrying: Client, recorder: Recorder, sleeps: list[float]
) -> None:
    when = datetime.now(UTC) + timedelta(hours=1)
    recorder.reply(429, RATE_LIMITED, headers={"Retry-After": http_date(when)})

    with pytest.raises(RateLimitError) as info:
        run(retrying, GET)

    assert info.value.retry_after is not None
    assert 3500 < info.value.retry_after <= 3600
    assert sleeps == []
    assert len(recorder.requests) == 1


def test_unparseable_retry_after_falls_back_to_backoff(
    retrying: Client, recorder: Recorder, sleeps: list[float]
) -> None:
    recorder.reply(429, RATE_LIMITED, headers={"Retry-After": "soon"})
    recorder.reply(200, GET_OK)

    assert run(retrying, GET) == GET_OK

    low, high = backoff_bounds(1)
    assert len(sleeps) == 1
    assert low <= sleeps[0] <= high


def test_retry_after_on_503_get_is_honoured(
    retrying: Client, recorder: Recorder, sleeps: list[float]
) -> None:
    recorder.reply(503, DOWN, headers={"Retry-After": "2"})
    recorder.reply(200, GET_OK)

    assert run(retrying, GET) == GET_OK

    assert sleeps == [2.0]


# 5xx and 408


def test_503_on_get_backs_off_then_gives_up(
    retrying: Client, recorder: Recorder, sleeps: list[float]
) -> None:
    for _ in range(3):
        recorder.reply(503, DOWN)

    with pytest.raises(InternalServerError) as info:
        run(retrying, GET)

    assert info.value.status_code == 503
    assert len(recorder.requests) == 3
    assert_same_requests(recorder.requests)
    assert len(sleeps) == 2
    for retry, delay in enumerate(sleeps, start=1):
        low, high = backoff_bounds(retry)
        assert low <= delay <= high
    assert sleeps[0] <= sleeps[1]


def test_503_on_get_then_success(retrying: Client, recorder: Recorder, sleeps: list[float]) -> None:
    recorder.reply(503, DOWN)
    recorder.reply(200, GET_OK)

    assert run(retrying, GET) == GET_OK

    assert len(recorder.requests) == 2
    assert len(sleeps) == 1


@pytest.mark.parametrize("call", list(NON_IDEMPOTENT.values()), ids=list(NON_IDEMPOTENT))
@pytest.mark.parametrize(
    ("status", "error_class"),
    [(500, InternalServerError), (503, InternalServerError), (408, NangoAPIError)],
)
def test_5xx_and_408_on_non_idempotent_methods_are_not_retried(
    retrying: Client,
    recorder: Recorder,
    sleeps: list[float],
    call: Call,
    status: int,
    error_class: type[NangoAPIError],
) -> None:
    recorder.reply(status, DOWN)

    with pytest.raises(NangoAPIError) as info:
        run(retrying, call)

    assert type(info.value) is error_class
    assert info.value.status_code == status
    assert len(recorder.requests) == 1
    assert sleeps == []


@pytest.mark.parametrize("call", list(IDEMPOTENT.values()), ids=list(IDEMPOTENT))
@pytest.mark.parametrize("status", [408, 500, 502, 503, 504])
def test_5xx_and_408_on_idempotent_methods_are_retried(
    retrying: Client, recorder: Recorder, sleeps: list[float], call: Call, status: int
) -> None:
    recorder.reply(status, DOWN)
    recorder.reply(200, ANY_OK)

    run(retrying, call)

    assert len(recorder.requests) == 2
    assert_same_requests(recorder.requests)
    assert len(sleeps) == 1


@pytest.mark.parametrize("call", [PUT_FREQUENCY, DELETE_CONNECTION], ids=["put", "delete"])
def test_500_on_put_and_delete_gives_up_after_max_retries(
    retrying: Client, recorder: Recorder, sleeps: list[float], call: Call
) -> None:
    for _ in range(3):
        recorder.reply(500, DOWN)

    with pytest.raises(InternalServerError):
        run(retrying, call)

    assert len(recorder.requests) == 3
    assert len(sleeps) == 2


def test_408_on_get_gives_up_with_the_base_error(
    retrying: Client, recorder: Recorder, sleeps: list[float]
) -> None:
    for _ in range(3):
        recorder.reply(408, {"error": {"code": "request_timeout"}})

    with pytest.raises(NangoAPIError) as info:
        run(retrying, GET)

    assert type(info.value) is NangoAPIError
    assert info.value.status_code == 408
    assert len(recorder.requests) == 3


@pytest.mark.parametrize("status", [400, 401, 403, 404, 405, 409, 410, 413, 415, 418, 422])
@pytest.mark.parametrize(
    "call", [GET, DELETE_CONNECTION, POST_ACTION], ids=["get", "delete", "post"]
)
def test_other_4xx_are_never_retried(
    retrying: Client, recorder: Recorder, sleeps: list[float], status: int, call: Call
) -> None:
    recorder.reply(status, {"error": {"code": "nope"}}, headers={"Retry-After": "1"})

    with pytest.raises(NangoAPIError) as info:
        run(retrying, call)

    assert info.value.status_code == status
    assert len(recorder.requests) == 1
    assert sleeps == []


def test_streamed_proxy_answer_is_retried(
    retrying: Client, recorder: Recorder, sleeps: list[float]
) -> None:
    recorder.reply(503, content="upstream down")
    recorder.reply(200, content=b"chunk")

    result = retrying.call("get", "/file", "gh", "c1", response_type="stream")

    assert result.status == 200
    assert result.data is None
    assert len(recorder.requests) == 2
    assert len(sleeps) == 1
    if retrying.is_async:
        asyncio.run(result.aclose())
    else:
        result.close()


# Transport errors


def connect_error() -> httpx.ConnectError:
    return httpx.ConnectError("connection refused")


@on_mock_transport
@pytest.mark.parametrize("call", list(EVERY_METHOD.values()), ids=list(EVERY_METHOD))
@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectError("connection refused"),
        httpx.ConnectTimeout("connect timed out"),
        httpx.PoolTimeout("no connection free"),
    ],
    ids=["connect-error", "connect-timeout", "pool-timeout"],
)
def test_errors_before_sending_are_retried_for_every_method(
    retrying: Client,
    recorder: Recorder,
    sleeps: list[float],
    call: Call,
    error: httpx.TransportError,
) -> None:
    recorder.fail(error)
    recorder.reply(200, ANY_OK)

    run(retrying, call)

    assert len(recorder.requests) == 2
    assert_same_requests(recorder.requests)
    low, high = backoff_bounds(1)
    assert len(sleeps) == 1
    assert low <= sleeps[0] <= high


@on_mock_transport
def test_connect_error_every_time_gives_up_with_connection_error(
    retrying: Client, recorder: Recorder, sleeps: list[float]
) -> None:
    for _ in range(3):
        recorder.fail(connect_error())

    with pytest.raises(NangoConnectionError) as info:
        run(retrying, POST_ACTION)

    assert not isinstance(info.value, NangoTimeoutError)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert "POST" in str(info.value)
    assert "/action/trigger" in str(info.value)
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2


@on_mock_transport
@pytest.mark.parametrize("call", list(IDEMPOTENT.values()), ids=list(IDEMPOTENT))
@pytest.mark.parametrize(
    "error",
    [
        httpx.ReadError("connection reset by peer"),
        httpx.RemoteProtocolError("server disconnected"),
        httpx.WriteError("broken pipe"),
        httpx.ReadTimeout("read timed out"),
    ],
    ids=["read-error", "remote-protocol-error", "write-error", "read-timeout"],
)
def test_errors_after_sending_are_retried_on_idempotent_methods(
    retrying: Client,
    recorder: Recorder,
    sleeps: list[float],
    call: Call,
    error: httpx.TransportError,
) -> None:
    recorder.fail(error)
    recorder.reply(200, ANY_OK)

    run(retrying, call)

    assert len(recorder.requests) == 2
    assert len(sleeps) == 1


@on_mock_transport
@pytest.mark.parametrize("call", list(NON_IDEMPOTENT.values()), ids=list(NON_IDEMPOTENT))
@pytest.mark.parametrize(
    "error",
    [
        httpx.ReadError("connection reset by peer"),
        httpx.RemoteProtocolError("server disconnected"),
        httpx.WriteError("broken pipe"),
    ],
    ids=["read-error", "remote-protocol-error", "write-error"],
)
def test_errors_after_sending_a_post_are_not_retried(
    retrying: Client,
    recorder: Recorder,
    sleeps: list[float],
    call: Call,
    error: httpx.TransportError,
) -> None:
    recorder.fail(error)

    with pytest.raises(NangoConnectionError) as info:
        run(retrying, call)

    assert not isinstance(info.value, NangoTimeoutError)
    assert info.value.__cause__ is error
    assert len(recorder.requests) == 1
    assert sleeps == []


@on_mock_transport
def test_read_timeout_on_get_is_retried_then_raises_timeout_error(
    retrying: Client, recorder: Recorder, sleeps: list[float]
) -> None:
    for _ in range(3):
        recorder.fail(httpx.ReadTimeout("read timed out"))

    with pytest.raises(NangoTimeoutError) as info:
        run(retrying, GET)

    assert isinstance(info.value, NangoConnectionError)
    assert "GET" in str(info.value)
    assert f"/action/{ACTION_ID}" in str(info.value)
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2


@on_mock_transport
@pytest.mark.parametrize("call", [POST_ACTION, PROXY_POST], ids=["trigger_action", "proxy"])
def test_read_timeout_on_post_is_not_retried(
    retrying: Client, recorder: Recorder, sleeps: list[float], call: Call
) -> None:
    recorder.fail(httpx.ReadTimeout("read timed out"))

    with pytest.raises(NangoTimeoutError):
        run(retrying, call)

    assert len(recorder.requests) == 1
    assert sleeps == []


# max_retries


@on_mock_transport
@pytest.mark.parametrize(
    "failure",
    [
        pytest.param((429, {"Retry-After": "1"}), id="429"),
        pytest.param((503, {}), id="503"),
        pytest.param((408, {}), id="408"),
        pytest.param(httpx.ConnectError("refused"), id="connect-error"),
        pytest.param(httpx.ReadTimeout("slow"), id="read-timeout"),
    ],
)
def test_max_retries_zero_makes_a_single_attempt(
    make_client: Callable[..., Client],
    recorder: Recorder,
    sleeps: list[float],
    failure: tuple[int, dict[str, str]] | Exception,
) -> None:
    client = make_client(max_retries=0)
    if isinstance(failure, Exception):
        recorder.fail(failure)
    else:
        status, headers = failure
        recorder.reply(status, DOWN, headers=headers)
    recorder.reply(200, GET_OK)

    with pytest.raises((NangoAPIError, NangoConnectionError)):
        run(client, GET)

    assert len(recorder.requests) == 1
    assert sleeps == []


@pytest.mark.parametrize("max_retries", [1, 3, 5])
def test_max_retries_bounds_the_attempts(
    make_client: Callable[..., Client],
    recorder: Recorder,
    sleeps: list[float],
    max_retries: int,
) -> None:
    client = make_client(max_retries=max_retries)
    for _ in range(max_retries + 2):
        recorder.reply(503, DOWN)

    with pytest.raises(InternalServerError):
        run(client, GET)

    assert len(recorder.requests) == max_retries + 1
    assert len(sleeps) == max_retries
    for retry, delay in enumerate(sleeps, start=1):
        low, high = backoff_bounds(retry)
        assert low <= delay <= high


def test_default_client_retries_twice(
    make_client: Callable[..., Client], recorder: Recorder, sleeps: list[float]
) -> None:
    client = make_client(max_retries=_http.DEFAULT_MAX_RETRIES)
    for _ in range(5):
        recorder.reply(503, DOWN)

    with pytest.raises(InternalServerError):
        run(client, GET)

    assert _http.DEFAULT_MAX_RETRIES == 2
    assert len(recorder.requests) == 3


def test_a_4xx_after_a_retry_is_raised(
    retrying: Client, recorder: Recorder, sleeps: list[float]
) -> None:
    recorder.reply(503, DOWN)
    recorder.reply(400, {"error": {"code": "invalid_query_params"}})

    with pytest.raises(BadRequestError) as info:
        run(retrying, GET)

    assert info.value.code == "invalid_query_params"
    assert len(recorder.requests) == 2
    assert len(sleeps) == 1


# retry_delay, directly


def response(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, headers=headers)


@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "get", "delete"])
def test_retry_delay_retries_5xx_on_idempotent_methods(method: str) -> None:
    delay = _http.retry_delay(method, 0, 2, response=response(503))

    assert delay is not None
    assert 0.5 * _http.INITIAL_BACKOFF <= delay <= _http.INITIAL_BACKOFF


@pytest.mark.parametrize("method", ["POST", "PATCH", "post"])
@pytest.mark.parametrize("status", [408, 500, 502, 503, 504, 599])
def test_retry_delay_does_not_retry_5xx_on_other_methods(method: str, status: int) -> None:
    assert _http.retry_delay(method, 0, 2, response=response(status)) is None


@pytest.mark.parametrize("method", ["GET", "POST", "PATCH", "PUT", "DELETE"])
def test_retry_delay_retries_429_on_every_method(method: str) -> None:
    assert _http.retry_delay(method, 0, 2, response=response(429, {"Retry-After": "7"})) == 7.0


@pytest.mark.parametrize("status", [200, 301, 400, 401, 403, 404, 409, 422, 418])
def test_retry_delay_does_not_retry_other_statuses(status: int) -> None:
    assert _http.retry_delay("GET", 0, 2, response=response(status)) is None


@pytest.mark.parametrize(("retries_done", "max_retries"), [(0, 0), (1, 1), (2, 2), (3, 2), (5, 3)])
def test_retry_delay_stops_at_max_retries(retries_done: int, max_retries: int) -> None:
    for kwargs in (
        {"response": response(429, {"Retry-After": "1"})},
        {"response": response(503)},
        {"error": httpx.ConnectError("refused")},
    ):
        assert _http.retry_delay("GET", retries_done, max_retries, **kwargs) is None


def test_retry_delay_needs_a_response_or_an_error() -> None:
    assert _http.retry_delay("GET", 0, 2) is None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("3", 3.0),
        ("1.5", 1.5),
        (" 4 ", 4.0),
        (f"{_http.MAX_RETRY_AFTER:g}", _http.MAX_RETRY_AFTER),
        (f"{_http.MAX_RETRY_AFTER + 0.5:g}", None),
        ("3600", None),
    ],
)
def test_retry_delay_honours_retry_after_up_to_the_cap(header: str, expected: float | None) -> None:
    delay = _http.retry_delay("POST", 0, 2, response=response(429, {"Retry-After": header}))

    assert delay == expected


@pytest.mark.parametrize("header", ["soon", "", "Wed, 99 Foo 2024"])
def test_retry_delay_ignores_a_bad_retry_after(header: str) -> None:
    delay = _http.retry_delay("GET", 1, 3, response=response(429, {"Retry-After": header}))

    assert delay is not None
    low, high = backoff_bounds(2)
    assert low <= delay <= high


@pytest.mark.parametrize(
    ("retries_done", "base"),
    [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 8.0), (10, 8.0)],
)
def test_retry_delay_backoff_doubles_up_to_the_cap(
    monkeypatch: pytest.MonkeyPatch, retries_done: int, base: float
) -> None:
    calls: list[tuple[float, float]] = []

    def uniform(low: float, high: float) -> float:
        calls.append((low, high))
        return high

    monkeypatch.setattr("nango._http.random.uniform", uniform)

    delay = _http.retry_delay("GET", retries_done, 20, response=response(503))

    assert calls == [(0.5, 1.0)]
    assert delay == base
    assert base == min(_http.MAX_BACKOFF, _http.INITIAL_BACKOFF * 2**retries_done)


@pytest.mark.parametrize("retries_done", [0, 1, 2, 3, 4, 6])
def test_retry_delay_jitter_stays_within_half_and_full_base(retries_done: int) -> None:
    base = min(_http.MAX_BACKOFF, _http.INITIAL_BACKOFF * 2**retries_done)

    delays = [
        _http.retry_delay("GET", retries_done, 10, error=httpx.ConnectError("x"))
        for _ in range(300)
    ]

    assert all(d is not None and 0.5 * base <= d <= base for d in delays)
    assert len(set(delays)) > 1  # jittered, not constant


@pytest.mark.parametrize(
    "error",
    [httpx.ConnectError("x"), httpx.ConnectTimeout("x"), httpx.PoolTimeout("x")],
    ids=["connect-error", "connect-timeout", "pool-timeout"],
)
@pytest.mark.parametrize("method", ["GET", "POST", "PATCH", "PUT", "DELETE"])
def test_retry_delay_retries_unsent_requests_for_every_method(
    method: str, error: httpx.TransportError
) -> None:
    assert _http.retry_delay(method, 0, 2, error=error) is not None


@pytest.mark.parametrize(
    "error",
    [
        httpx.ReadError("x"),
        httpx.ReadTimeout("x"),
        httpx.WriteError("x"),
        httpx.WriteTimeout("x"),
        httpx.RemoteProtocolError("x"),
    ],
    ids=["read-error", "read-timeout", "write-error", "write-timeout", "remote-protocol"],
)
@pytest.mark.parametrize(
    ("method", "retried"),
    [("GET", True), ("PUT", True), ("DELETE", True), ("POST", False), ("PATCH", False)],
)
def test_retry_delay_retries_sent_requests_only_when_idempotent(
    method: str, retried: bool, error: httpx.TransportError
) -> None:
    delay = _http.retry_delay(method, 0, 2, error=error)

    assert (delay is not None) is retried
