"""The network backend of the ``AsyncNango`` client nango builds (``nango/_asyncio_backend.py``),
on real loopback sockets: TLS, large bodies both ways, timeouts, refused connections and
untrusted certificates, and httpcore's own backend outside asyncio."""

from __future__ import annotations

import asyncio
import json
import socket
import ssl
import time
from collections.abc import Iterator
from typing import Any

import httpcore
import pytest

import nango
from nango import AsyncNango, DefaultAsyncHttpxClient, DefaultHttpxClient
from nango._asyncio_backend import AsyncioBackend
from tests.fault_server import FaultServer, Received, respond, stall

SECRET = "sk-backend-test"
BIG = 8 * 1024 * 1024


@pytest.fixture(scope="module")
def certificates() -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """(server context, client context trusting it) for 127.0.0.1."""
    import trustme

    authority = trustme.CA()
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(server)
    client = ssl.create_default_context()
    authority.configure_trust(client)
    return server, client


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault_server:
        yield fault_server


def run(
    host: str,
    method: str,
    *args: Any,
    client: dict[str, Any] | None = None,
    options: dict[str, Any] | None = None,
    **kwargs: Any,
) -> Any:
    """``method`` of an ``AsyncNango`` (``options``) on a ``DefaultAsyncHttpxClient``
    (``client``), checking that it runs on the asyncio backend."""

    async def main() -> Any:
        http = DefaultAsyncHttpxClient(**(client or {}))
        backend = http._transport._pool._create.__self__._network_backend  # type: ignore[attr-defined]
        assert isinstance(backend, AsyncioBackend)
        async with (
            http,
            AsyncNango(
                SECRET, host=host, max_retries=0, http_client=http, **(options or {})
            ) as client_,
        ):
            return await getattr(client_, method)(*args, **kwargs)

    return asyncio.run(main())


def test_calls_over_tls(certificates: tuple[ssl.SSLContext, ssl.SSLContext]) -> None:
    server_context, client_context = certificates
    with FaultServer(tls=server_context) as tls_server:
        tls_server.script(respond(200, b'{"data": []}'))

        result = run(tls_server.url, "list_integrations", client={"verify": client_context})

    assert result.configs == []
    assert tls_server.received[0].header("authorization") == f"Bearer {SECRET}"


def test_an_untrusted_certificate_is_a_connection_error(
    certificates: tuple[ssl.SSLContext, ssl.SSLContext],
) -> None:
    server_context, _ = certificates
    with FaultServer(tls=server_context) as tls_server, pytest.raises(nango.NangoConnectionError):
        run(tls_server.url, "list_integrations")


def test_large_bodies_cross_intact_both_ways(server: FaultServer) -> None:
    payload = bytes(range(256)) * (BIG // 256)

    def echo(conn: socket.socket, request: Received) -> bool:
        return respond(200, request.body, {"Content-Type": "application/octet-stream"})(
            conn, request
        )

    server.script(echo)

    answer = run(server.url, "post", "/upload", "github", "c1", data=payload, response_type="bytes")

    assert server.received[0].body == payload
    assert answer.data == payload


def test_a_silent_server_is_a_timeout(server: FaultServer) -> None:
    server.script(stall(5))

    started = time.monotonic()
    with pytest.raises(nango.NangoTimeoutError):
        run(server.url, "list_integrations", options={"timeout": 0.5})

    assert time.monotonic() - started < 3


def test_a_refused_connection_is_a_connection_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    with pytest.raises(nango.NangoConnectionError):
        run(f"http://127.0.0.1:{port}", "list_integrations")


def test_many_sequential_calls_reuse_one_connection(server: FaultServer) -> None:
    server.script(respond(200, json.dumps({"data": []}).encode()))

    async def main() -> None:
        async with AsyncNango(SECRET, host=server.url, max_retries=0) as client:
            for _ in range(50):
                await client.list_integrations()

    asyncio.run(main())

    assert server.connections == 1
    assert len(server.received) == 50


def test_outside_asyncio_httpcores_own_backend_connects() -> None:
    """Under another event loop (trio), ``asyncio.get_running_loop()`` fails: the fallback."""
    calls: list[tuple[str, int]] = []

    class Fallback(httpcore.AsyncNetworkBackend):
        async def connect_tcp(self, host: str, port: int, *args: Any, **kw: Any) -> Any:
            calls.append((host, port))
            return "stream"

    coroutine = AsyncioBackend(Fallback()).connect_tcp("example.test", 443)
    with pytest.raises(StopIteration) as done:
        coroutine.send(None)  # driven by hand: no asyncio loop runs

    assert done.value.value == "stream"
    assert calls == [("example.test", 443)]


@pytest.mark.parametrize("flavor", ["sync", "async"])
def test_cookies_are_still_kept_when_an_answer_sets_one(flavor: str, server: FaultServer) -> None:
    """nango's clients read only answers that set a cookie, but those as httpx does."""
    server.script(
        respond(200, b'{"data": []}', {"Set-Cookie": "session=abc; Path=/"}),
        respond(200, b'{"data": []}'),
    )
    http: Any = (DefaultHttpxClient if flavor == "sync" else DefaultAsyncHttpxClient)()

    async def twice_async() -> None:
        async with http:
            await http.get(f"{server.url}/a")
            await http.get(f"{server.url}/b")

    if flavor == "sync":
        with http:
            http.get(f"{server.url}/a")
            http.get(f"{server.url}/b")
    else:
        asyncio.run(twice_async())

    assert http.cookies.get("session") == "abc"
    assert server.received[1].header("cookie") == "session=abc"
