"""``AsyncNango`` on real faults, with the client it builds and with ``DefaultAioHttpClient``
(the ``aiohttp`` extra): the same errors, retries and timeouts from both (``nango/_aiohttp.py``
maps aiohttp's errors to httpx's), streaming and decompression, a connection limit that
serves queued calls in arrival order, proxies from the environment, and options aiohttp
cannot honour refused at construction."""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import nango
from benchmarks import _bodies
from nango import AsyncNango, NangoConnectionError, NangoTimeoutError, NangoValueError
from tests.fault_server import FaultServer, delayed, partial_then_stall, respond, stall

BODY = _bodies.encode(_bodies.connection())
OK = respond(200, BODY)

CLIENTS: dict[str, Callable[..., httpx.AsyncClient]] = {
    "httpx": nango.DefaultAsyncHttpxClient,
    "aiohttp": nango.DefaultAioHttpClient,
}


@pytest.fixture(params=list(CLIENTS))
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        running.script(OK)
        yield running


def run(
    kind: str,
    url: str,
    call: Callable[[AsyncNango], Any],
    *,
    http: dict[str, Any] | None = None,
    **options: Any,
) -> Any:
    """``call(client)`` on an ``AsyncNango`` on ``url`` over a fresh client of ``kind``."""

    async def main() -> Any:
        http_client = CLIENTS[kind](**(http or {}))
        options.setdefault("max_retries", 0)
        try:
            client = AsyncNango("sk", host=url, http_client=http_client, **options)
            return await call(client)
        finally:
            await http_client.aclose()

    return asyncio.run(main())


def get(client: AsyncNango) -> Any:
    return client.get_connection("github", "conn-1")


def post(client: AsyncNango) -> Any:
    return client.trigger_action("github", "conn-1", "create-issue", {"title": "x"})


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    async def instant(seconds: float, cancel: Any = None) -> bool:
        return False

    monkeypatch.setattr("nango._async.core.async_sleep", instant)


def test_a_call_works_and_reuses_its_connection(kind: str, server: FaultServer) -> None:
    async def calls(client: AsyncNango) -> list[str]:
        return [(await get(client)).connection_id for _ in range(3)]

    assert run(kind, server.url, calls) == ["conn-gh-1"] * 3
    assert server.connections == 1
    request = server.received[0]
    assert request.target.startswith("/connections/conn-1?provider_config_key=github")
    assert request.header("authorization") == "Bearer sk"
    assert request.header("user-agent").startswith("nango-python/")
    assert request.header("content-type") is None


def test_a_refused_connection_is_a_connection_error_retried_for_a_post(
    kind: str, no_sleep: None
) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(NangoConnectionError) as info:
        run(kind, url, post, max_retries=2)

    assert not isinstance(info.value, NangoTimeoutError)
    assert isinstance(info.value.__cause__, httpx.ConnectError)


def test_a_dropped_answer_is_not_resent_for_a_post(
    kind: str, server: FaultServer, no_sleep: None
) -> None:
    server.script(stall(0))  # closes without an answer
    with pytest.raises(NangoConnectionError) as info:
        run(kind, server.url, post, max_retries=2)

    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)
    assert len(server.received) == 1


def test_a_dropped_answer_is_retried_for_a_get(
    kind: str, server: FaultServer, no_sleep: None
) -> None:
    server.script(stall(0))  # closes without an answer
    with pytest.raises(NangoConnectionError):
        run(kind, server.url, get, max_retries=2)

    assert len(server.received) == 3


def test_a_slow_answer_is_a_read_timeout_not_resent_for_a_post(
    kind: str, server: FaultServer, no_sleep: None
) -> None:
    server.script(delayed(1.0, OK))
    started = time.monotonic()
    with pytest.raises(NangoTimeoutError) as info:
        run(kind, server.url, post, max_retries=2, timeout=httpx.Timeout(5, read=0.2))

    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert time.monotonic() - started < 0.9
    assert len(server.received) == 1


def test_a_body_that_stops_coming_ends_at_the_whole_attempt_deadline(
    kind: str, server: FaultServer
) -> None:
    server.script(partial_then_stall(BODY, len(BODY) - 1, 30))
    started = time.monotonic()
    with pytest.raises(NangoTimeoutError):
        run(kind, server.url, get, timeout=0.4)

    assert 0.35 < time.monotonic() - started < 1.5


def test_no_free_connection_is_a_pool_timeout(kind: str, server: FaultServer) -> None:
    async def held(client: AsyncNango) -> None:
        http_client = client._core._client
        request = http_client.build_request("GET", server.url)
        response = await http_client.send(request, stream=True)  # holds the only connection
        try:
            await get(client)
        finally:
            await response.aclose()

    with pytest.raises(NangoTimeoutError) as info:
        run(
            kind,
            server.url,
            held,
            http={"limits": httpx.Limits(max_connections=1)},
            timeout=httpx.Timeout(5, pool=0.1),
        )

    assert isinstance(info.value.__cause__, httpx.PoolTimeout)


def test_streamed_proxy_answers_and_gzip(kind: str, server: FaultServer) -> None:
    zipped = gzip.compress(json.dumps({"items": list(range(2000))}).encode())
    server.script(respond(200, zipped, {"Content-Encoding": "gzip"}))

    async def both(client: AsyncNango) -> tuple[Any, bytes]:
        parsed = await client.get("/items", "github", "conn-1")
        streamed = await client.get("/items", "github", "conn-1", response_type="stream")
        async with streamed:
            body = b"".join([chunk async for chunk in streamed.aiter_bytes()])
        return parsed.data, body

    parsed, streamed = run(kind, server.url, both)

    assert parsed == {"items": list(range(2000))}
    assert json.loads(streamed) == parsed
    assert server.connections == 1


def test_queued_calls_are_served_in_arrival_order(server: FaultServer) -> None:
    """aiohttp's own limit lets a new request take a released connection before the queued
    ones (measured: p99 ~1 s at 256-way); DefaultAioHttpClient's gate is first come, first
    served."""
    server.script(delayed(0.01, OK))
    limit, calls = 4, 40

    async def many(client: AsyncNango) -> None:
        async def one(number: int) -> None:
            await client.get("/seq", "github", "conn-1", headers={"X-Seq": str(number)})

        tasks = []
        for number in range(calls):
            tasks.append(asyncio.create_task(one(number)))
            await asyncio.sleep(0)  # each task asks for a connection in turn
        await asyncio.gather(*tasks)

    run("aiohttp", server.url, many, http={"limits": httpx.Limits(max_connections=limit)})

    arrival = [int(request.header("nango-proxy-x-seq") or -1) for request in server.received]
    assert sorted(arrival) == list(range(calls))
    assert all(abs(position - number) <= limit for position, number in enumerate(arrival))
    assert server.max_open <= limit


def test_aiohttp_uses_proxies_from_the_environment(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", server.url)
    monkeypatch.setenv("NO_PROXY", "bypassed.invalid")

    assert run("aiohttp", "http://nango.invalid", get).connection_id == "conn-gh-1"
    assert server.received[0].target.startswith("http://nango.invalid/connections/conn-1?")
    with pytest.raises(NangoConnectionError):
        run("aiohttp", "http://bypassed.invalid", get)
    assert len(server.received) == 1
    assert run("aiohttp", "http://nango.invalid", get, http={"trust_env": True})
    with pytest.raises(NangoConnectionError):
        run("aiohttp", "http://nango.invalid", get, http={"trust_env": False})


def test_an_explicit_proxy(server: FaultServer) -> None:
    assert run("aiohttp", "http://nango.invalid", get, http={"proxy": server.url})
    assert server.received[0].target.startswith("http://nango.invalid/")


@pytest.mark.parametrize(
    "options",
    [
        {"http2": True},
        {"proxy": "socks5://127.0.0.1:1080"},
        {"transport": httpx.AsyncHTTPTransport()},
    ],
    ids=["http2", "socks-proxy", "transport"],
)
def test_options_aiohttp_cannot_honour_are_refused(options: dict[str, Any]) -> None:
    with pytest.raises(NangoValueError):
        nango.DefaultAioHttpClient(**options)


def test_without_aiohttp_the_error_says_which_extra_to_install() -> None:
    probe = (
        "import sys; sys.modules['aiohttp'] = None\n"
        "import nango\n"
        "try:\n    nango.DefaultAioHttpClient()\n"
        "except ImportError as error:\n    print(error)\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert 'pip install "nango-python[aiohttp]"' in output
