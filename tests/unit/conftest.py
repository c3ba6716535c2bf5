"""Unit-test harness: a ``Nango`` or ``AsyncNango`` (every test runs with both) whose requests go
to an ``httpx.MockTransport`` that records them and answers from a queue; and the same
``AsyncNango`` on ``nango.DefaultAioHttpClient``, whose requests go over a real TLS socket to a
loopback server that hands them to the same recorder (``aiohttp`` in the test ids)."""

from __future__ import annotations

import asyncio
import inspect
import json
import socket
import ssl
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from nango import AsyncNango, DefaultAioHttpClient, Nango, NangoError
from tests.fault_server import FaultServer, Received, respond

SECRET = "sk-test-4f1c2b9e-secret"
HOST = "https://nango.test"

Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Recorder:
    """Records each request; answers with the queued responses in order (200 ``{}`` when empty)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.answers: deque[Answer] = deque()

    def reply(
        self,
        status: int = 200,
        json_body: Any = None,
        *,
        headers: dict[str, str] | None = None,
        content: bytes | str | None = None,
    ) -> None:
        if content is None and json_body is not None:
            content = json.dumps(json_body)
        self.answers.append(httpx.Response(status, headers=headers, content=content or b""))

    def fail(self, error: Exception) -> None:
        self.answers.append(error)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if not self.answers:
            return httpx.Response(200, json={})
        answer = self.answers.popleft()
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, httpx.Response):
            return answer
        return answer(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


class Client:
    """Calls the methods of a ``Nango`` or an ``AsyncNango`` the same way from sync tests (on
    ``loop`` when given: an aiohttp session belongs to one event loop)."""

    def __init__(
        self, nango: Nango | AsyncNango, loop: asyncio.AbstractEventLoop | None = None
    ) -> None:
        self.nango = nango
        self.is_async = isinstance(nango, AsyncNango)
        self.loop = loop

    def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        return self.run(getattr(self.nango, name)(*args, **kwargs))

    def call_raw(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """``nango.with_raw_response.<name>(...)``."""
        return self.run(getattr(self.nango.with_raw_response, name)(*args, **kwargs))

    def run(self, result: Any) -> Any:
        """``result``, awaited first when it is awaitable."""
        if not inspect.isawaitable(result):
            return result
        if self.loop is not None:
            return self.loop.run_until_complete(_await(result))
        return asyncio.run(_await(result))

    def collect(self, name: str, *args: Any, **kwargs: Any) -> list[Any]:
        """All items of an iterator method (``iter_records``)."""
        iterator = getattr(self.nango, name)(*args, **kwargs)
        if self.is_async:

            async def drain() -> list[Any]:
                return [item async for item in iterator]

            return self.run(drain())
        return list(iterator)


async def _await(awaitable: Any) -> Any:
    return await awaitable


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


class Wire:
    """A TLS loopback server for ``nango.test`` whose answers come from the current test's
    recorder, and how to reach it: a resolver for aiohttp and an SSL context trusting its CA."""

    def __init__(self) -> None:
        import trustme

        authority = trustme.CA()
        server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        authority.issue_cert("nango.test").configure_cert(server_context)
        self.client_context = ssl.create_default_context()
        authority.configure_trust(self.client_context)
        self.recorder: Recorder | None = None
        self.server = FaultServer(tls=server_context)
        self.server.script(self.answer)

    def answer(self, conn: socket.socket, wire: Received) -> bool:
        assert self.recorder is not None
        request = httpx.Request(
            wire.method, HOST + wire.target, headers=wire.headers, content=wire.body
        )
        try:
            response = self.recorder(request)
        except Exception as exc:  # a test that queues transport errors runs on MockTransport
            return respond(599, f"the wire cannot raise {exc!r}".encode())(conn, wire)
        # the bytes as given (a Response made with content= is read, and decoded, at once)
        raw = response.stream if isinstance(response.stream, httpx.ByteStream) else None
        content = b"".join(raw) if raw is not None else b"".join(response.iter_raw())
        headers = {
            name: value
            for name, value in response.headers.multi_items()
            if name.lower() not in ("content-length", "transfer-encoding")
        }
        answer = respond(response.status_code, content, headers, content_type=None)
        return answer(conn, wire)

    def resolver(self) -> type:
        import aiohttp.abc

        port = self.server.port

        class Resolver(aiohttp.abc.AbstractResolver):
            """``nango.test`` is the wire server; nothing else resolves."""

            def __init__(self, *args: Any, **kwargs: Any) -> None:
                pass

            async def resolve(self, host: str, port_: int = 0, family: Any = socket.AF_INET) -> Any:
                if host != "nango.test":
                    raise OSError(f"{host} does not resolve in the tests")
                return [
                    {
                        "hostname": host,
                        "host": "127.0.0.1",
                        "port": port,
                        "family": socket.AF_INET,
                        "proto": 0,
                        "flags": 0,
                    }
                ]

            async def close(self) -> None:
                pass

        return Resolver


# For tests about what cannot cross a socket: queued httpx errors (the aiohttp transport's own
# errors are checked on real faults in test_aiohttp.py), request extensions, other hosts.
on_mock_transport = pytest.mark.parametrize("make_client", ["sync", "async"], indirect=True)


@pytest.fixture(scope="session")
def wire() -> Iterator[Wire]:
    made = Wire()
    yield made
    made.server.close()


@pytest.fixture(params=["sync", "async", "aiohttp"])
def make_client(
    request: pytest.FixtureRequest, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., Client]]:
    """``make_client(**options)``: a client on the recorder; options go to the constructor."""
    transport = httpx.MockTransport(recorder)
    opened: list[Client] = []
    loop: asyncio.AbstractEventLoop | None = None
    if request.param == "aiohttp":
        import aiohttp.connector

        wire: Wire = request.getfixturevalue("wire")
        wire.recorder = recorder
        monkeypatch.setattr(aiohttp.connector, "DefaultResolver", wire.resolver())
        loop = asyncio.new_event_loop()

    def make(**options: Any) -> Client:
        options.setdefault("secret_key", SECRET)
        options.setdefault("host", HOST)
        options.setdefault("max_retries", 0)
        if request.param == "sync":
            nango: Nango | AsyncNango = Nango(
                http_client=httpx.Client(transport=transport), **options
            )
        elif request.param == "async":
            nango = AsyncNango(http_client=httpx.AsyncClient(transport=transport), **options)
        else:
            http = DefaultAioHttpClient(verify=wire.client_context)
            nango = AsyncNango(http_client=http, **options)
        opened.append(Client(nango, loop))
        return opened[-1]

    yield make
    if loop is not None:
        for client in opened:
            loop.run_until_complete(client.nango._core._client.aclose())
        loop.close()


def _fake_sleeps(monkeypatch: pytest.MonkeyPatch, module: str) -> list[float]:
    """Replace ``sync_sleep``/``async_sleep`` as imported by ``nango._sync.<module>`` and
    ``nango._async.<module>`` with functions that only record the delays asked for."""
    delays: list[float] = []

    def fake_sleep(seconds: float, cancel: Any = None) -> bool:
        delays.append(seconds)
        return False

    async def fake_async_sleep(seconds: float, cancel: Any = None) -> bool:
        delays.append(seconds)
        return False

    monkeypatch.setattr(f"nango._sync.{module}.sync_sleep", fake_sleep)
    monkeypatch.setattr(f"nango._async.{module}.async_sleep", fake_async_sleep)
    return delays


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retry back-off without waiting: the delays the cores asked for, in order."""
    return _fake_sleeps(monkeypatch, "core")


@pytest.fixture
def poll_sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The delays ``wait_for_connection`` sleeps between polls, without sleeping."""
    return _fake_sleeps(monkeypatch, "client")


@pytest.fixture
def client(make_client: Callable[..., Client]) -> Client:
    """A client with default options and retries off."""
    return make_client()


def query(request: httpx.Request) -> list[tuple[str, str]]:
    """The decoded query pairs, in order (repeated keys kept)."""
    return list(request.url.params.multi_items())


def assert_not_sent(
    client: Client, recorder: Recorder, error: type[Exception], method: str, *args: Any, **kw: Any
) -> None:
    """Calling ``method`` raises ``error`` (a ``NangoError``) and sends nothing."""
    with pytest.raises(error) as info:
        client.call(method, *args, **kw)
    assert isinstance(info.value, NangoError)
    assert recorder.requests == []
