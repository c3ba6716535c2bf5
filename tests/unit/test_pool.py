"""nango's connection pool (``nango/_async/pool.py``, ``SyncPool`` derived from it) under load
against a real loopback server: connections reused and limited, queued requests served in
order, cancellation, pool timeouts, connections closed by the server or expired, no request
left waiting on a connection closed under it (encode/httpcore#1110), HTTP/1.1 and HTTP/2; and
how the clients nango builds install it (proxies from the environment, the caller's limits,
the fallback to httpx's stock pool on untested versions)."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpcore
import httpx
import pytest

import nango
from benchmarks import _bodies
from nango import AsyncNango, DefaultAsyncHttpxClient, DefaultHttpxClient, Nango, _transport
from nango._async.pool import AsyncPool
from nango._sync.pool import SyncPool
from tests.fault_server import (
    FaultServer,
    delayed,
    respond,
    respond_and_close,
    stall,
)

BODY = _bodies.encode(_bodies.connection())  # a Connection, as GET /connections/{id} answers
OK = respond(200, BODY)

TIMEOUT = httpx.Timeout(10.0)


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        running.script(OK)
        yield running


class Runner:
    """Runs calls on a nango-built httpx client, with threads (sync) or tasks (async)."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.loop = asyncio.new_event_loop()  # one per test: connections belong to their loop

    def client(self, **options: Any) -> httpx.Client | httpx.AsyncClient:
        options.setdefault("timeout", TIMEOUT)
        if self.mode == "sync":
            return DefaultHttpxClient(**options)
        return DefaultAsyncHttpxClient(**options)

    def calls(
        self, client: Any, url: str, count: int, concurrency: int
    ) -> list[tuple[float, httpx.Response | BaseException]]:
        """``count`` GETs of ``url``, ``concurrency`` at a time: (seconds, result) each."""
        if self.mode == "sync":

            def one(_: int) -> tuple[float, httpx.Response | BaseException]:
                started = time.monotonic()
                try:
                    return time.monotonic() - started, client.get(url)
                except Exception as exc:
                    return time.monotonic() - started, exc

            with ThreadPoolExecutor(concurrency) as threads:
                return list(threads.map(one, range(count)))

        async def main() -> list[tuple[float, httpx.Response | BaseException]]:
            gate = asyncio.Semaphore(concurrency)

            async def one() -> tuple[float, httpx.Response | BaseException]:
                async with gate:
                    started = time.monotonic()
                    try:
                        return time.monotonic() - started, await client.get(url)
                    except Exception as exc:
                        return time.monotonic() - started, exc

            return await asyncio.gather(*(one() for _ in range(count)))

        return self.run(main())

    def run(self, coroutine: Any) -> Any:
        return self.loop.run_until_complete(coroutine)

    def close(self, client: Any) -> None:
        if self.mode == "sync":
            client.close()
        else:
            self.run(client.aclose())


@pytest.fixture(params=["sync", "async"])
def runner(request: pytest.FixtureRequest) -> Iterator[Runner]:
    made = Runner(request.param)
    yield made
    made.loop.close()


def pool_of(client: httpx.Client | httpx.AsyncClient) -> Any:
    return client._transport._pool  # type: ignore[union-attr]


def statuses(results: list[tuple[float, httpx.Response | BaseException]]) -> list[object]:
    return [r.status_code if isinstance(r, httpx.Response) else r for _, r in results]


# Installation


def test_the_clients_nango_builds_use_nangos_pool() -> None:
    sync, aio = Nango("sk"), AsyncNango("sk")
    assert isinstance(pool_of(sync._core._client), SyncPool)
    assert isinstance(pool_of(aio._core._client), AsyncPool)
    assert sync._core._client.follow_redirects is False
    sync.close()
    asyncio.run(aio.aclose())


def test_default_limits_allow_256_connections_all_kept_alive() -> None:
    assert nango.DefaultAsyncHttpxClient()._transport._pool._max == 256  # type: ignore[attr-defined]
    assert (
        httpx.Limits(max_connections=256, max_keepalive_connections=256, keepalive_expiry=5.0)
        == _transport.DEFAULT_LIMITS
    )


def test_the_sync_pool_keeps_the_deadline_backend() -> None:
    from nango._deadline import DeadlineBackend

    client = DefaultHttpxClient()
    connection = pool_of(client)._create(httpcore.Origin(b"http", b"127.0.0.1", 80))
    assert isinstance(connection._network_backend, DeadlineBackend)
    client.close()


def test_a_given_transport_or_mount_is_left_alone() -> None:
    transport = httpx.AsyncHTTPTransport()
    mounted = httpx.AsyncHTTPTransport()
    client = DefaultAsyncHttpxClient(transport=transport, mounts={"http://x": mounted})
    assert isinstance(transport._pool, httpcore.AsyncConnectionPool)
    assert isinstance(mounted._pool, httpcore.AsyncConnectionPool)
    asyncio.run(client.aclose())


def test_untested_httpx_versions_keep_the_stock_pool_and_warn_once(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, server: FaultServer
) -> None:
    monkeypatch.setattr(_transport, "TESTED", (("0.99.",), ("9.",)))
    monkeypatch.setattr(_transport, "_warned", False)
    with caplog.at_level(logging.WARNING, logger="nango"):
        first, second = DefaultHttpxClient(), DefaultAsyncHttpxClient()
        built = Nango("sk", host=server.url)
    assert type(pool_of(first)) is httpcore.ConnectionPool
    assert type(pool_of(second)) is httpcore.AsyncConnectionPool
    warnings = [r for r in caplog.records if r.name == "nango" and r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "stock connection pool" in warnings[0].getMessage()
    assert built.get_connection("github", "conn-1").connection_id == "conn-gh-1"
    for client in (first, built):
        client.close()
    asyncio.run(second.aclose())


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch, server: FaultServer) -> FaultServer:
    """``server``, named as the HTTP proxy by the environment."""
    monkeypatch.setenv("HTTP_PROXY", server.url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    return server


def test_proxies_from_the_environment_are_kept(runner: Runner, proxy: FaultServer) -> None:
    server = proxy
    client = runner.client()
    mounted = [t for t in client._mounts.values() if t is not None]
    assert mounted
    assert all(isinstance(t._pool, SyncPool | AsyncPool) for t in mounted)  # type: ignore[union-attr]

    results = runner.calls(client, "http://nango.invalid/connections/conn-1", 3, 1)

    assert statuses(results) == [200, 200, 200]
    assert [r.target for r in server.received] == ["http://nango.invalid/connections/conn-1"] * 3
    assert server.connections == 1
    runner.close(client)
    untrusting = runner.client(trust_env=False)
    assert not [t for t in untrusting._mounts.values() if t is not None]
    runner.close(untrusting)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_nango_and_async_nango_use_proxies_from_the_environment(
    mode: str, proxy: FaultServer
) -> None:
    if mode == "sync":
        with Nango("sk", host="http://nango.invalid") as client:
            assert client.get_connection("github", "conn-1").connection_id == "conn-gh-1"
    else:

        async def main() -> None:
            async with AsyncNango("sk", host="http://nango.invalid") as client:
                connection = await client.get_connection("github", "conn-1")
                assert connection.connection_id == "conn-gh-1"

        asyncio.run(main())
    assert proxy.received[0].target.startswith("http://nango.invalid/connections/conn-1?")


# Under load


def test_concurrent_calls_reuse_their_connections(runner: Runner, server: FaultServer) -> None:
    server.script(delayed(0.005, OK))
    client = runner.client()

    results = runner.calls(client, server.url, 640, 32)

    assert statuses(results) == [200] * 640
    connections = [request.connection for request in server.received]
    assert server.connections <= 32, sorted(connections)
    assert len(pool_of(client).connections) == server.connections, pool_of(client)
    runner.close(client)


def test_the_callers_limits_cap_the_connections(runner: Runner, server: FaultServer) -> None:
    server.script(delayed(0.005, OK))
    client = runner.client(limits=httpx.Limits(max_connections=3, max_keepalive_connections=1))

    results = runner.calls(client, server.url, 60, 12)

    assert statuses(results) == [200] * 60
    assert server.max_open <= 3
    assert len(pool_of(client).connections) == 1  # idle ones trimmed to the keep-alive limit
    runner.close(client)


def test_no_request_waits_for_its_read_timeout_1110(runner: Runner, server: FaultServer) -> None:
    """Many more callers than connections, few kept alive: connections are closed and handed
    over all the time; none may be closed under a request (which would hang until timeout)."""
    server.script(delayed(0.002, OK))
    client = runner.client(
        limits=httpx.Limits(max_connections=8, max_keepalive_connections=2),
        timeout=httpx.Timeout(8.0, pool=8.0),
    )
    started = time.monotonic()

    results = runner.calls(client, server.url, 400, 60)

    assert statuses(results) == [200] * 400
    assert max(seconds for seconds, _ in results) < 4.0
    assert time.monotonic() - started < 8.0
    assert server.max_open <= 8
    runner.close(client)


def test_pool_timeout_when_every_connection_is_busy(runner: Runner, server: FaultServer) -> None:
    server.script(delayed(0.6, OK))
    client = runner.client(
        limits=httpx.Limits(max_connections=1), timeout=httpx.Timeout(5, pool=0.1)
    )

    results = runner.calls(client, server.url, 3, 3)

    outcomes = statuses(results)
    assert outcomes.count(200) == 1
    assert sum(isinstance(o, httpx.PoolTimeout) for o in outcomes) == 2
    server.script(OK)
    assert statuses(runner.calls(client, server.url, 2, 2)) == [200, 200]
    assert not pool_of(client)._waiters
    runner.close(client)


def test_pool_timeout_is_a_nango_timeout_error_and_retried(server: FaultServer) -> None:
    server.script(delayed(0.5, OK))
    http = DefaultHttpxClient(limits=httpx.Limits(max_connections=1))
    client = Nango(
        "sk", host=server.url, http_client=http, max_retries=0, timeout=httpx.Timeout(5, pool=0.05)
    )
    with ThreadPoolExecutor(2) as threads:
        first = threads.submit(client.get_connection, "github", "conn-1")
        time.sleep(0.1)
        with pytest.raises(nango.NangoTimeoutError):
            client.get_connection("github", "conn-1")
        assert first.result().connection_id == "conn-gh-1"
    http.close()


def test_connections_closed_by_the_server_while_idle_are_replaced(runner: Runner) -> None:
    with FaultServer(idle_timeout=0.05) as server:
        server.script(OK)
        client = runner.client()
        assert statuses(runner.calls(client, server.url, 6, 6)) == [200] * 6
        assert server.wait_for(lambda: server.open == 0)

        results = runner.calls(client, server.url, 6, 6)

        assert statuses(results) == [200] * 6
        assert server.connections <= 12
        runner.close(client)


def test_connections_closed_by_the_server_after_each_answer(
    runner: Runner, server: FaultServer
) -> None:
    server.script(respond_and_close(200, BODY))
    client = runner.client()

    results = runner.calls(client, server.url, 30, 5)

    assert statuses(results) == [200] * 30
    assert server.connections == 30
    runner.close(client)


def test_expired_connections_are_closed_not_reused(runner: Runner, server: FaultServer) -> None:
    client = runner.client(limits=httpx.Limits(keepalive_expiry=0.1))
    assert statuses(runner.calls(client, server.url, 1, 1)) == [200]
    time.sleep(0.3)

    assert statuses(runner.calls(client, server.url, 1, 1)) == [200]

    assert server.connections == 2
    assert server.wait_for(lambda: server.closed_by_client == 1)
    assert [r.connection for r in server.received] == [1, 2]
    runner.close(client)


def test_a_dropped_answer_is_an_error_and_the_connection_is_not_reused(
    runner: Runner, server: FaultServer
) -> None:
    client = runner.client()
    assert statuses(runner.calls(client, server.url, 1, 1)) == [200]
    server.script(stall(0))  # closes without an answer
    [(_, error)] = runner.calls(client, server.url, 1, 1)
    assert isinstance(error, httpx.RemoteProtocolError)
    server.script(OK)

    assert statuses(runner.calls(client, server.url, 1, 1)) == [200]
    assert [r.connection for r in server.received] == [1, 1, 2]
    runner.close(client)


def test_a_streamed_response_holds_its_connection_until_closed(server: FaultServer) -> None:
    client = DefaultHttpxClient(limits=httpx.Limits(max_connections=1), timeout=TIMEOUT)
    with client.stream("GET", server.url) as response:
        assert response.status_code == 200
        with pytest.raises(httpx.PoolTimeout):
            client.get(server.url, timeout=httpx.Timeout(5, pool=0.05))
        assert response.read() == BODY
    assert client.get(server.url).status_code == 200
    assert server.connections == 1
    client.close()


# Cancellation (async)


def test_cancelled_requests_give_back_or_close_their_connections(server: FaultServer) -> None:
    server.script(delayed(0.3, OK))

    async def main() -> None:
        client = DefaultAsyncHttpxClient(limits=httpx.Limits(max_connections=6), timeout=TIMEOUT)
        tasks = [asyncio.create_task(client.get(server.url)) for _ in range(12)]
        await asyncio.sleep(0.1)  # 6 sent, 6 queued
        for task in tasks[::2]:  # some in flight, some queued
            task.cancel()
        done = await asyncio.gather(*tasks, return_exceptions=True)
        assert sum(isinstance(d, asyncio.CancelledError) for d in done) == 6
        assert [d.status_code for d in done if isinstance(d, httpx.Response)] == [200] * 6
        pool = pool_of(client)
        assert not pool._waiters
        assert len(pool.connections) <= 6
        server.script(OK)
        again = await asyncio.gather(*(client.get(server.url) for _ in range(12)))
        assert [r.status_code for r in again] == [200] * 12
        # the 3 connections of the requests cancelled in flight were closed and replaced once
        assert server.connections == 9
        assert len(pool.connections) == 6
        await client.aclose()

    asyncio.run(main())


def test_a_request_cancelled_just_after_being_handed_a_connection_gives_it_back(
    server: FaultServer,
) -> None:
    async def main() -> None:
        client = DefaultAsyncHttpxClient(
            limits=httpx.Limits(max_connections=1), timeout=httpx.Timeout(5, pool=1.0)
        )
        pool = pool_of(client)
        holder = await client.send(client.build_request("GET", server.url), stream=True)
        queued = asyncio.create_task(client.get(server.url))
        await asyncio.sleep(0.05)
        assert len(pool._waiters) == 1
        await holder.aread()  # its end hands the connection to the queued request...
        queued.cancel()  # ...which is cancelled before it runs
        with pytest.raises(asyncio.CancelledError):
            await queued
        assert (await client.get(server.url)).status_code == 200  # no pool timeout: not leaked
        assert len(pool.connections) == 1
        assert server.connections == 1
        await client.aclose()

    asyncio.run(main())


def test_async_nango_cancelled_mid_call_leaves_the_pool_usable(server: FaultServer) -> None:
    server.script(delayed(0.2, OK))

    async def main() -> None:
        async with AsyncNango("sk", host=server.url, max_retries=0) as client:
            calls = [asyncio.create_task(client.get_connection("github", "c")) for _ in range(20)]
            await asyncio.sleep(0.05)
            for call in calls[:10]:
                call.cancel()
            results = await asyncio.gather(*calls, return_exceptions=True)
            assert sum(isinstance(r, asyncio.CancelledError) for r in results) == 10
            server.script(OK)
            again = await asyncio.gather(*(client.get_connection("g", "c") for _ in range(20)))
            assert len(again) == 20
            assert len(pool_of(client._core._client).connections) <= 20

    asyncio.run(main())


def test_closing_the_pool_wakes_queued_requests(server: FaultServer) -> None:
    server.script(delayed(0.3, OK))

    async def main() -> None:
        client = DefaultAsyncHttpxClient(limits=httpx.Limits(max_connections=1), timeout=TIMEOUT)
        pool = pool_of(client)
        first = asyncio.create_task(client.get(server.url))
        second = asyncio.create_task(client.get(server.url))
        await asyncio.sleep(0.05)
        await pool.aclose()
        results = await asyncio.gather(first, second, return_exceptions=True)
        assert all(isinstance(r, httpx.TransportError) for r in results)

    asyncio.run(main())


# HTTP/2


class H2Server:
    """A plain-text HTTP/2 (prior knowledge) server on its own event loop, in a thread."""

    def __init__(self, delay: float = 0.01) -> None:
        self.accepted = 0
        self.streams = 0
        self.delay = delay
        self._transports: list[asyncio.Transport] = []
        self._loop = asyncio.new_event_loop()
        self._server = self._loop.run_until_complete(
            self._loop.create_server(self._protocol, "127.0.0.1", 0)
        )
        self.url = f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()

    def _protocol(self) -> asyncio.Protocol:
        import h2.config
        import h2.connection
        import h2.events

        outer = self

        class Protocol(asyncio.Protocol):
            def connection_made(self, transport: Any) -> None:
                outer.accepted += 1
                outer._transports.append(transport)
                self.transport = transport
                self.h2 = h2.connection.H2Connection(h2.config.H2Configuration(client_side=False))
                self.h2.initiate_connection()
                transport.write(self.h2.data_to_send())

            def data_received(self, data: bytes) -> None:
                for event in self.h2.receive_data(data):
                    if isinstance(event, h2.events.RequestReceived):
                        outer.streams += 1
                        asyncio.get_running_loop().call_later(
                            outer.delay, self.answer, event.stream_id
                        )
                self.transport.write(self.h2.data_to_send())

            def answer(self, stream_id: int) -> None:
                if self.transport.is_closing():
                    return
                headers = [(":status", "200"), ("content-length", str(len(BODY)))]
                self.h2.send_headers(stream_id, headers)
                self.h2.send_data(stream_id, BODY, end_stream=True)
                self.transport.write(self.h2.data_to_send())

        return Protocol()

    def stop(self) -> None:
        async def shut() -> None:
            self._server.close()
            for transport in self._transports:
                transport.close()
            await self._server.wait_closed()

        asyncio.run_coroutine_threadsafe(shut(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()


@pytest.fixture
def h2_server() -> Iterator[H2Server]:
    running = H2Server()
    yield running
    running.stop()


def test_http2_requests_share_one_connection(runner: Runner, h2_server: H2Server) -> None:
    # Threads open their streams one at a time: httpcore 1.0.9's sync HTTP/2 connection takes
    # a stream id and sends its headers without a lock between, so two threads can send them
    # out of order (a protocol error), whatever the pool.
    concurrency = 20 if runner.mode == "async" else 1
    client = runner.client(http1=False, http2=True)

    results = runner.calls(client, h2_server.url, 60, concurrency)

    assert statuses(results) == [200] * 60
    assert all(r.http_version == "HTTP/2" for _, r in results if isinstance(r, httpx.Response))
    assert h2_server.accepted == 1
    assert h2_server.streams == 60
    assert len(pool_of(client).connections) == 1
    runner.close(client)


def test_http2_enabled_falls_back_to_http11_connections(
    runner: Runner, server: FaultServer
) -> None:
    server.script(delayed(0.005, OK))
    client = runner.client(http2=True)  # http:// has no ALPN: HTTP/1.1, one request each

    results = runner.calls(client, server.url, 60, 6)

    assert statuses(results) == [200] * 60
    assert server.connections <= 6
    runner.close(client)
