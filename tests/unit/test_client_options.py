"""Constructor options, headers on every request, the owned connection pool, and secrets."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import re
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import nango
from nango import AsyncNango, DefaultAsyncHttpxClient, DefaultHttpxClient, Nango
from nango.errors import (
    AuthenticationError,
    NangoConnectionError,
    NangoError,
    NangoTypeError,
    NangoValueError,
)

from .conftest import HOST, SECRET, Client, Recorder, on_mock_transport

SIGNING_KEY = "whsk-test-9d8e7f6a-signing"
ENV_SECRET = "sk-env-1a2b3c4d-secret"
ACTION_ID = "00000000-0000-4000-8000-000000000001"
CLASSES = [Nango, AsyncNango]
CLASS_IDS = ["sync", "async"]
ENV_VARS = ("NANGO_SECRET_KEY", "NANGO_HOST", "NANGO_WEBHOOK_SIGNING_KEY")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


def fetch(client: Client) -> Any:
    """Any simple GET."""
    return client.call("get_async_action_result", id=ACTION_ID)


def sign(key: str, body: bytes) -> dict[str, str]:
    return {"X-Nango-Hmac-Sha256": hmac.new(key.encode(), body, hashlib.sha256).hexdigest()}


# secret_key


def test_secret_key_falls_back_to_the_environment(
    monkeypatch: pytest.MonkeyPatch, make_client: Callable[..., Client], recorder: Recorder
) -> None:
    monkeypatch.setenv("NANGO_SECRET_KEY", ENV_SECRET)
    client = make_client(secret_key=None)

    fetch(client)

    assert recorder.last.headers["Authorization"] == f"Bearer {ENV_SECRET}"


def test_secret_key_argument_wins_over_the_environment(
    monkeypatch: pytest.MonkeyPatch, make_client: Callable[..., Client], recorder: Recorder
) -> None:
    monkeypatch.setenv("NANGO_SECRET_KEY", ENV_SECRET)
    client = make_client(secret_key="sk-given")

    fetch(client)

    assert recorder.last.headers["Authorization"] == "Bearer sk-given"


@pytest.mark.parametrize("nango_class", CLASSES, ids=CLASS_IDS)
@pytest.mark.parametrize("secret_key", [None, ""])
def test_missing_secret_key_fails_at_construction(
    nango_class: type[Nango | AsyncNango], secret_key: str | None
) -> None:
    with pytest.raises(NangoValueError, match="NANGO_SECRET_KEY"):
        nango_class(secret_key, host=HOST)


@pytest.mark.parametrize("nango_class", CLASSES, ids=CLASS_IDS)
def test_empty_environment_secret_key_is_missing(
    monkeypatch: pytest.MonkeyPatch, nango_class: type[Nango | AsyncNango]
) -> None:
    monkeypatch.setenv("NANGO_SECRET_KEY", "")

    with pytest.raises(NangoValueError):
        nango_class(host=HOST)


@pytest.mark.parametrize("nango_class", CLASSES, ids=CLASS_IDS)
def test_secret_key_of_the_wrong_type(nango_class: type[Nango | AsyncNango]) -> None:
    with pytest.raises(NangoTypeError):
        nango_class(123, host=HOST)  # type: ignore[arg-type]


# host


@pytest.mark.parametrize("nango_class", CLASSES, ids=CLASS_IDS)
def test_host_defaults_to_nango_cloud(nango_class: type[Nango | AsyncNango]) -> None:
    assert nango_class(SECRET).host == "https://api.nango.dev"


@pytest.mark.parametrize("nango_class", CLASSES, ids=CLASS_IDS)
def test_host_falls_back_to_the_environment(
    monkeypatch: pytest.MonkeyPatch, nango_class: type[Nango | AsyncNango]
) -> None:
    monkeypatch.setenv("NANGO_HOST", "https://nango.internal:3003/")

    assert nango_class(SECRET).host == "https://nango.internal:3003"
    assert nango_class(SECRET, host="https://given.test").host == "https://given.test"


@on_mock_transport
def test_requests_go_to_the_environment_host(
    monkeypatch: pytest.MonkeyPatch, make_client: Callable[..., Client], recorder: Recorder
) -> None:
    monkeypatch.setenv("NANGO_HOST", "http://localhost:3003")
    client = make_client(host=None)

    fetch(client)

    assert str(recorder.last.url) == f"http://localhost:3003/action/{ACTION_ID}"


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("https://nango.test", "https://nango.test"),
        ("https://nango.test/", "https://nango.test"),
        ("http://localhost:3003/", "http://localhost:3003"),
        ("https://proxy.test/nango/", "https://proxy.test/nango"),
    ],
)
def test_one_trailing_slash_is_removed(host: str, expected: str) -> None:
    assert Nango(SECRET, host=host).host == expected
    assert AsyncNango(SECRET, host=host).host == expected


@on_mock_transport
def test_host_path_prefix_is_kept_in_requests(
    make_client: Callable[..., Client], recorder: Recorder
) -> None:
    client = make_client(host="https://proxy.test/nango/")

    fetch(client)

    assert str(recorder.last.url) == f"https://proxy.test/nango/action/{ACTION_ID}"


@pytest.mark.parametrize(
    "host",
    [
        "not a url",
        "ftp://x",
        "nango.test",
        "localhost:3003",
        "https://",
        "://nango.test",
        "http://[::1",
        "http://exa mple.com",
    ],
)
@pytest.mark.parametrize("nango_class", CLASSES, ids=CLASS_IDS)
def test_invalid_host_is_rejected(nango_class: type[Nango | AsyncNango], host: str) -> None:
    with pytest.raises(NangoValueError, match="host"):
        nango_class(SECRET, host=host)


# webhook_signing_key


def test_webhook_signing_key_falls_back_to_the_environment(
    monkeypatch: pytest.MonkeyPatch, make_client: Callable[..., Client]
) -> None:
    monkeypatch.setenv("NANGO_WEBHOOK_SIGNING_KEY", SIGNING_KEY)
    client = make_client()
    body = b'{"type":"auth","success":true}'

    assert client.nango.verify_incoming_webhook_request(body, sign(SIGNING_KEY, body)) is True
    assert client.nango.verify_incoming_webhook_request(body, sign(SECRET, body)) is False


def test_webhook_signing_key_argument_wins_over_the_environment(
    monkeypatch: pytest.MonkeyPatch, make_client: Callable[..., Client]
) -> None:
    monkeypatch.setenv("NANGO_WEBHOOK_SIGNING_KEY", "whsk-from-env")
    client = make_client(webhook_signing_key=SIGNING_KEY)
    body = b"{}"

    assert client.nango.verify_incoming_webhook_request(body, sign(SIGNING_KEY, body)) is True
    assert client.nango.verify_incoming_webhook_request(body, sign("whsk-from-env", body)) is False


OLD_KEY = "whsk-old-7c6b5a49"
THIRD_KEY = "whsk-third-3e2d1c0b"


@pytest.mark.parametrize(
    "option",
    [
        pytest.param([OLD_KEY, SIGNING_KEY], id="list"),
        pytest.param((SIGNING_KEY, OLD_KEY), id="tuple"),
        pytest.param(f"{OLD_KEY},{SIGNING_KEY}", id="comma-separated"),
    ],
)
def test_several_webhook_signing_keys(make_client: Callable[..., Client], option: Any) -> None:
    client = make_client(webhook_signing_key=option)
    body = b'{"type":"sync"}'

    assert client.nango.verify_incoming_webhook_request(body, sign(OLD_KEY, body)) is True
    assert client.nango.verify_incoming_webhook_request(body, sign(SIGNING_KEY, body)) is True
    assert client.nango.verify_incoming_webhook_request(body, sign(THIRD_KEY, body)) is False
    assert client.nango.verify_incoming_webhook_request(body, sign(SECRET, body)) is False


@pytest.mark.parametrize("value", [f"{OLD_KEY},{SIGNING_KEY}", f" {OLD_KEY} ,{SIGNING_KEY}, "])
def test_the_environment_variable_is_comma_separated(
    monkeypatch: pytest.MonkeyPatch, make_client: Callable[..., Client], value: str
) -> None:
    monkeypatch.setenv("NANGO_WEBHOOK_SIGNING_KEY", value)
    client = make_client()
    body = b"{}"

    assert client.nango.verify_incoming_webhook_request(body, sign(OLD_KEY, body)) is True
    assert client.nango.verify_incoming_webhook_request(body, sign(SIGNING_KEY, body)) is True
    assert client.nango.verify_incoming_webhook_request(body, sign(THIRD_KEY, body)) is False


@pytest.mark.parametrize("value", ["", " , "])
def test_an_empty_environment_variable_means_no_key(
    monkeypatch: pytest.MonkeyPatch, make_client: Callable[..., Client], value: str
) -> None:
    monkeypatch.setenv("NANGO_WEBHOOK_SIGNING_KEY", value)
    client = make_client()
    body = b"{}"

    assert client.nango.verify_incoming_webhook_request(body, sign(SECRET, body)) is True


@pytest.mark.parametrize("nango_class", CLASSES, ids=CLASS_IDS)
@pytest.mark.parametrize(
    ("option", "error"),
    [
        ("", NangoValueError),
        (",", NangoValueError),
        ([], NangoValueError),
        ([SIGNING_KEY, ""], NangoValueError),
        ([SIGNING_KEY, None], NangoTypeError),
        (SIGNING_KEY.encode(), NangoTypeError),
        (42, NangoTypeError),
        ({SIGNING_KEY}, NangoTypeError),
    ],
)
def test_bad_webhook_signing_keys_are_refused_without_showing_them(
    nango_class: type[Nango | AsyncNango], option: Any, error: type[Exception]
) -> None:
    with pytest.raises(error) as info:
        nango_class(SECRET, host=HOST, webhook_signing_key=option)

    for text in error_texts(info.value):
        assert SIGNING_KEY not in text


@pytest.mark.parametrize("nango_class", CLASSES, ids=CLASS_IDS)
def test_every_webhook_signing_key_is_hidden(nango_class: type[Nango | AsyncNango]) -> None:
    client = nango_class(SECRET, host=HOST, webhook_signing_key=[OLD_KEY, SIGNING_KEY])

    for text in (repr(client), str(client), repr(client._core), repr(client._core.settings)):
        assert OLD_KEY not in text
        assert SIGNING_KEY not in text
    assert repr(client.with_options(timeout=5)) == repr(client)


# Headers on every request

USER_AGENT = re.compile(
    r"^nango-python/" + re.escape(nango.__version__) + r" \([^;]+; python/\d+\.\d+\.\d+\)$"
)


@pytest.mark.parametrize(
    ("name", "args", "kwargs"),
    [
        ("get_async_action_result", (), {"id": ACTION_ID}),
        ("trigger_action", ("gh", "c1", "act"), {}),
        ("delete_connection", ("gh", "c1"), {}),
        ("get", ("/repos", "gh", "c1"), {}),
        ("post", ("/repos", "gh", "c1"), {"headers": {"Authorization": "token upstream"}}),
    ],
)
def test_standard_headers_on_every_request(
    client: Client,
    recorder: Recorder,
    name: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> None:
    recorder.reply(200, {"success": True})

    client.call(name, *args, **kwargs)

    headers = recorder.last.headers
    assert headers.get_list("Authorization") == [f"Bearer {SECRET}"]
    assert headers["Accept"] == "application/json"
    assert USER_AGENT.match(headers["User-Agent"]), headers["User-Agent"]


def test_user_agent_extra_is_appended(
    make_client: Callable[..., Client], recorder: Recorder
) -> None:
    client = make_client(user_agent="my-app/1.0")

    fetch(client)

    agent = recorder.last.headers["User-Agent"]
    assert agent.endswith("; my-app/1.0")
    assert USER_AGENT.match(agent.removesuffix("; my-app/1.0")), agent


def test_default_headers_are_sent_on_every_request(
    make_client: Callable[..., Client], recorder: Recorder
) -> None:
    client = make_client(default_headers={"X-Team": "growth", "X-Trace": "t-1"})

    fetch(client)
    client.call("trigger_action", "gh", "c1", "act")

    for request in recorder.requests:
        assert request.headers["X-Team"] == "growth"
        assert request.headers["X-Trace"] == "t-1"
        assert request.headers["Authorization"] == f"Bearer {SECRET}"


@pytest.mark.parametrize("nango_class", CLASSES, ids=CLASS_IDS)
@pytest.mark.parametrize("name", ["Authorization", "authorization", "AUTHORIZATION"])
def test_default_headers_cannot_set_authorization(
    nango_class: type[Nango | AsyncNango], name: str
) -> None:
    with pytest.raises(NangoValueError, match="Authorization"):
        nango_class(SECRET, host=HOST, default_headers={name: "Bearer other"})


# timeout


@on_mock_transport
def test_default_timeout_is_finite(client: Client, recorder: Recorder) -> None:
    fetch(client)

    timeout = recorder.last.extensions["timeout"]
    assert set(timeout) == {"connect", "read", "write", "pool"}
    for value in timeout.values():
        assert value is not None
        assert 0 < value <= 600


@on_mock_transport
def test_timeout_in_seconds_reaches_the_request(
    make_client: Callable[..., Client], recorder: Recorder
) -> None:
    client = make_client(timeout=5)

    fetch(client)
    client.call("post", "/repos", "gh", "c1", data={"a": 1})

    for request in recorder.requests:
        assert request.extensions["timeout"] == {
            "connect": 5.0,
            "read": 5.0,
            "write": 5.0,
            "pool": 5.0,
        }


@on_mock_transport
def test_httpx_timeout_reaches_the_request(
    make_client: Callable[..., Client], recorder: Recorder
) -> None:
    client = make_client(timeout=httpx.Timeout(30.0, connect=2.0))

    fetch(client)

    assert recorder.last.extensions["timeout"] == {
        "connect": 2.0,
        "read": 30.0,
        "write": 30.0,
        "pool": 30.0,
    }


# max_retries, http_client


@pytest.mark.parametrize("nango_class", CLASSES, ids=CLASS_IDS)
@pytest.mark.parametrize("max_retries", [-1, 1.5, "2", True, None])
def test_invalid_max_retries(nango_class: type[Nango | AsyncNango], max_retries: Any) -> None:
    with pytest.raises(NangoValueError, match="max_retries"):
        nango_class(SECRET, host=HOST, max_retries=max_retries)


@pytest.mark.parametrize("max_retries", [0, 1, 10])
def test_valid_max_retries(max_retries: int) -> None:
    Nango(SECRET, host=HOST, max_retries=max_retries)
    AsyncNango(SECRET, host=HOST, max_retries=max_retries)


def test_http_client_of_the_wrong_kind() -> None:
    async_client = httpx.AsyncClient()
    sync_client = httpx.Client()
    try:
        with pytest.raises(NangoTypeError, match=r"httpx\.Client"):
            Nango(SECRET, host=HOST, http_client=async_client)  # type: ignore[arg-type]
        with pytest.raises(NangoTypeError, match=r"httpx\.AsyncClient"):
            AsyncNango(SECRET, host=HOST, http_client=sync_client)  # type: ignore[arg-type]
        with pytest.raises(NangoTypeError):
            Nango(SECRET, host=HOST, http_client="client")  # type: ignore[arg-type]
        with pytest.raises(NangoTypeError):
            AsyncNango(SECRET, host=HOST, http_client=object())  # type: ignore[arg-type]
    finally:
        sync_client.close()
        asyncio.run(async_client.aclose())


# Closing and connection reuse


@pytest.fixture
def closed_clients(monkeypatch: pytest.MonkeyPatch) -> list[httpx.Client | httpx.AsyncClient]:
    """Every ``httpx.Client`` / ``httpx.AsyncClient`` closed during the test, in order."""
    closed: list[httpx.Client | httpx.AsyncClient] = []
    close, aclose = httpx.Client.close, httpx.AsyncClient.aclose

    def spy_close(self: httpx.Client) -> None:
        closed.append(self)
        close(self)

    async def spy_aclose(self: httpx.AsyncClient) -> None:
        closed.append(self)
        await aclose(self)

    monkeypatch.setattr(httpx.Client, "close", spy_close)
    monkeypatch.setattr(httpx.AsyncClient, "aclose", spy_aclose)
    return closed


@pytest.fixture
def transports(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Answers every request of the default (owned) transports with 200 ``{}``; records which
    transport instance sent each request."""
    used: list[object] = []

    def handle(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        used.append(self)
        return httpx.Response(200, json={})

    async def handle_async(
        self: httpx.AsyncHTTPTransport, request: httpx.Request
    ) -> httpx.Response:
        used.append(self)
        return httpx.Response(200, json={})

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", handle)
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", handle_async)
    return used


def test_sync_context_manager_closes_an_owned_client(
    closed_clients: list[Any], transports: list[object]
) -> None:
    with Nango(SECRET, host=HOST) as client:
        assert isinstance(client, Nango)
        client.get_async_action_result(id=ACTION_ID)
        assert closed_clients == []

    assert len(closed_clients) == 1
    assert isinstance(closed_clients[0], httpx.Client)
    assert closed_clients[0].is_closed
    assert len(transports) == 1


def test_async_context_manager_closes_an_owned_client(
    closed_clients: list[Any], transports: list[object]
) -> None:
    async def main() -> None:
        async with AsyncNango(SECRET, host=HOST) as client:
            assert isinstance(client, AsyncNango)
            await client.get_async_action_result(id=ACTION_ID)
            assert closed_clients == []

    asyncio.run(main())

    assert len(closed_clients) == 1
    assert isinstance(closed_clients[0], httpx.AsyncClient)
    assert closed_clients[0].is_closed
    assert len(transports) == 1


def test_close_and_aclose_close_an_owned_client(closed_clients: list[Any]) -> None:
    sync_client = Nango(SECRET, host=HOST)
    async_client = AsyncNango(SECRET, host=HOST)

    sync_client.close()
    asyncio.run(async_client.aclose())

    assert [type(c) for c in closed_clients] == [DefaultHttpxClient, DefaultAsyncHttpxClient]


def test_sync_context_manager_leaves_a_given_client_open(
    closed_clients: list[Any], recorder: Recorder
) -> None:
    given = httpx.Client(transport=httpx.MockTransport(recorder))

    with Nango(SECRET, host=HOST, http_client=given) as client:
        client.get_async_action_result(id=ACTION_ID)
    client.close()

    assert closed_clients == []
    assert not given.is_closed
    given.get(f"{HOST}/still-usable")
    assert len(recorder.requests) == 2
    given.close()


def test_async_context_manager_leaves_a_given_client_open(
    closed_clients: list[Any], recorder: Recorder
) -> None:
    given = httpx.AsyncClient(transport=httpx.MockTransport(recorder))

    async def main() -> None:
        async with AsyncNango(SECRET, host=HOST, http_client=given) as client:
            await client.get_async_action_result(id=ACTION_ID)
        await client.aclose()
        assert not given.is_closed
        await given.get(f"{HOST}/still-usable")

    asyncio.run(main())

    assert closed_clients == []
    assert len(recorder.requests) == 2
    asyncio.run(given.aclose())


def test_sync_client_reuses_one_connection_pool(transports: list[object]) -> None:
    with Nango(SECRET, host=HOST) as client:
        client.get_async_action_result(id=ACTION_ID)
        client.trigger_action("gh", "c1", "act")
        client.get("/repos", "gh", "c1")

    assert len(transports) == 3
    assert len({id(t) for t in transports}) == 1


def test_async_client_reuses_one_connection_pool(transports: list[object]) -> None:
    async def main() -> None:
        async with AsyncNango(SECRET, host=HOST) as client:
            await client.get_async_action_result(id=ACTION_ID)
            await client.trigger_action("gh", "c1", "act")
            await client.get("/repos", "gh", "c1")

    asyncio.run(main())

    assert len(transports) == 3
    assert len({id(t) for t in transports}) == 1


def test_two_clients_have_their_own_pools(transports: list[object]) -> None:
    with Nango(SECRET, host=HOST) as first, Nango(SECRET, host=HOST) as second:
        first.get_async_action_result(id=ACTION_ID)
        second.get_async_action_result(id=ACTION_ID)
        first.get_async_action_result(id=ACTION_ID)

    assert transports[0] is transports[2]
    assert transports[0] is not transports[1]


def test_a_given_client_sends_every_request(
    make_client: Callable[..., Client], recorder: Recorder
) -> None:
    client = make_client()

    fetch(client)
    client.call("trigger_action", "gh", "c1", "act")

    assert [r.method for r in recorder.requests] == ["GET", "POST"]


# Secrets never leak


def assert_no_secret(text: str) -> None:
    assert SECRET not in text
    assert SIGNING_KEY not in text


@pytest.fixture
def keyed(make_client: Callable[..., Client]) -> Client:
    return make_client(webhook_signing_key=SIGNING_KEY, max_retries=1)


def test_client_repr_and_str_hide_the_keys(keyed: Client) -> None:
    core = keyed.nango._core
    for text in (
        repr(keyed.nango),
        str(keyed.nango),
        repr(core),
        str(core),
        repr(core.settings),
        str(core.settings),
    ):
        assert_no_secret(text)
    assert HOST in repr(keyed.nango)


@pytest.mark.parametrize("nango_class", CLASSES, ids=CLASS_IDS)
def test_environment_keys_are_hidden_too(
    monkeypatch: pytest.MonkeyPatch, nango_class: type[Nango | AsyncNango]
) -> None:
    monkeypatch.setenv("NANGO_SECRET_KEY", SECRET)
    monkeypatch.setenv("NANGO_WEBHOOK_SIGNING_KEY", SIGNING_KEY)
    client = nango_class(host=HOST)

    assert_no_secret(repr(client))
    assert_no_secret(repr(client._core.settings))


def error_texts(error: BaseException) -> Iterator[str]:
    yield str(error)
    yield repr(error)
    yield "".join(traceback.format_exception(error))
    for arg in error.args:
        yield repr(arg)


def test_api_error_hides_the_keys(keyed: Client, recorder: Recorder) -> None:
    recorder.reply(
        401,
        {"error": {"code": "unknown_account", "message": "The secret key is invalid"}},
    )

    with pytest.raises(AuthenticationError) as info:
        fetch(keyed)

    for text in error_texts(info.value):
        assert_no_secret(text)
    assert_no_secret(repr(vars(info.value)))


@on_mock_transport
@pytest.mark.parametrize(
    "error",
    [httpx.ConnectError("connection refused"), httpx.ReadTimeout("timed out")],
    ids=["connect-error", "read-timeout"],
)
def test_connection_error_hides_the_keys(
    keyed: Client, recorder: Recorder, sleeps: list[float], error: httpx.TransportError
) -> None:
    recorder.fail(error)
    recorder.fail(error)

    with pytest.raises(NangoConnectionError) as info:
        fetch(keyed)

    assert len(recorder.requests) == 2
    for text in error_texts(info.value):
        assert_no_secret(text)


@pytest.mark.parametrize("nango_class", CLASSES, ids=CLASS_IDS)
def test_constructor_errors_hide_the_key(nango_class: type[Nango | AsyncNango]) -> None:
    failures: list[NangoError] = []
    for options in (
        {"host": "not a url"},
        {"host": HOST, "max_retries": -1},
        {"host": HOST, "default_headers": {"Authorization": "x"}},
        {"host": HOST, "http_client": "client"},
    ):
        with pytest.raises(NangoError) as info:
            nango_class(SECRET, webhook_signing_key=SIGNING_KEY, **options)
        failures.append(info.value)

    for failure in failures:
        for text in error_texts(failure):
            assert_no_secret(text)


def test_logs_one_line_per_request_and_per_retry_without_keys(
    keyed: Client,
    recorder: Recorder,
    sleeps: list[float],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="nango")
    recorder.reply(503, {"error": {"code": "server_error"}})
    recorder.reply(200, {"output": 1})

    assert fetch(keyed) == {"output": 1}

    nango_records = [r for r in caplog.records if r.name.startswith("nango")]
    # a retry is INFO (what NANGO_LOG=info shows), each answer DEBUG
    assert [r.levelno for r in nango_records] == [logging.DEBUG, logging.INFO, logging.DEBUG]
    messages = [r.getMessage() for r in nango_records]
    assert "-> 503" in messages[0]
    assert f"/action/{ACTION_ID}" in messages[0]
    assert "retry" in messages[1]
    assert "503" in messages[1]
    assert "-> 200" in messages[2]
    for record in caplog.records:
        assert_no_secret(record.getMessage())
        assert_no_secret(repr(record.args))
        assert_no_secret(repr(record.__dict__))


@on_mock_transport
def test_logs_a_connection_retry_without_keys(
    keyed: Client,
    recorder: Recorder,
    sleeps: list[float],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="nango")
    recorder.fail(httpx.ConnectError("connection refused"))
    recorder.reply(200, {"output": 1})

    fetch(keyed)

    nango_records = [r for r in caplog.records if r.name.startswith("nango")]
    retries = [r for r in nango_records if "retry" in r.getMessage()]
    answers = [r for r in nango_records if "-> 200" in r.getMessage()]
    assert len(retries) == 1
    assert "ConnectError" in retries[0].getMessage()
    assert len(answers) == 1
    for record in caplog.records:
        assert_no_secret(record.getMessage())
        assert_no_secret(repr(record.__dict__))


def test_nothing_logged_above_debug_by_default(
    client: Client, recorder: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    recorder.reply(404, {"error": {"code": "not_found"}})

    with pytest.raises(NangoError):
        fetch(client)

    assert [r for r in caplog.records if r.name.startswith("nango")] == []


# with_options: other timeout / retries on the same pool


@on_mock_transport
def test_with_options_changes_timeout_and_retries_only_for_the_copy(
    make_client: Callable[..., Client], recorder: Recorder, sleeps: list[float]
) -> None:
    client = make_client(timeout=5, max_retries=0)
    patient = Client(client.nango.with_options(timeout=300, max_retries=1))
    recorder.reply(503)
    recorder.reply(200, {"data": []})

    patient.call("list_integrations")
    recorder.reply(503)
    with pytest.raises(nango.InternalServerError):
        client.call("list_integrations")

    timeouts = [request.extensions["timeout"]["read"] for request in recorder.requests]
    assert timeouts == [300.0, 300.0, 5.0]
    assert len(sleeps) == 1
    assert type(patient.nango) is type(client.nango)
    assert patient.nango.host == client.nango.host


@on_mock_transport
def test_with_options_keeps_what_is_not_given(
    make_client: Callable[..., Client], recorder: Recorder
) -> None:
    client = make_client(timeout=7, default_headers={"X-Team": "blue"})

    copy = Client(client.nango.with_options())
    fetch(copy)

    assert recorder.last.extensions["timeout"]["read"] == 7.0
    assert recorder.last.headers["x-team"] == "blue"
    assert recorder.last.headers["authorization"] == f"Bearer {SECRET}"
    assert SECRET not in repr(copy.nango)


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"timeout": 0}, NangoValueError),
        ({"timeout": "soon"}, nango.NangoTypeError),
        ({"max_retries": -1}, NangoValueError),
        ({"max_retries": 1.5}, NangoValueError),
    ],
)
def test_with_options_checks_its_values(
    make_client: Callable[..., Client], options: dict[str, Any], error: type[Exception]
) -> None:
    client = make_client()

    with pytest.raises(error):
        client.nango.with_options(**options)


def test_closing_a_with_options_copy_leaves_the_pool_open() -> None:
    http = httpx.Client(transport=httpx.MockTransport(lambda _: httpx.Response(200, json={})))
    with Nango(secret_key=SECRET, host=HOST) as owner:
        owner.with_options(timeout=1).close()
        assert not owner._core._client.is_closed
    assert owner._core._client.is_closed
    with Nango(secret_key=SECRET, host=HOST, http_client=http) as borrower:
        borrower.with_options(max_retries=0).close()
    assert not http.is_closed


@pytest.mark.parametrize("key", ["sk with space", "sk\n", "sk-é"])
def test_a_secret_key_that_cannot_be_a_header_is_refused_without_echoing_it(key: str) -> None:
    with pytest.raises(NangoValueError) as caught:
        Nango(secret_key=key, host=HOST)

    assert key not in str(caught.value)


def test_a_body_that_is_not_json_is_refused_before_sending(
    client: Client, recorder: Recorder
) -> None:
    with pytest.raises(nango.NangoTypeError, match="JSON"):
        client.call("set_metadata", "gh", "c1", {"when": object()})

    assert recorder.requests == []
