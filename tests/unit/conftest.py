"""Unit-test harness: a ``Nango`` or ``AsyncNango`` (every test runs with both) whose requests go
to an ``httpx.MockTransport`` that records them and answers from a queue. No network."""

from __future__ import annotations

import asyncio
import inspect
import json
from collections import deque
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from nango import AsyncNango, Nango, NangoError

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
    """Calls the methods of a ``Nango`` or an ``AsyncNango`` the same way from sync tests."""

    def __init__(self, nango: Nango | AsyncNango) -> None:
        self.nango = nango
        self.is_async = isinstance(nango, AsyncNango)

    def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        return self.run(getattr(self.nango, name)(*args, **kwargs))

    def call_raw(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """``nango.with_raw_response.<name>(...)``."""
        return self.run(getattr(self.nango.with_raw_response, name)(*args, **kwargs))

    def run(self, result: Any) -> Any:
        """``result``, awaited first when it is awaitable."""
        if inspect.isawaitable(result):
            return asyncio.run(_await(result))
        return result

    def collect(self, name: str, *args: Any, **kwargs: Any) -> list[Any]:
        """All items of an iterator method (``iter_records``)."""
        iterator = getattr(self.nango, name)(*args, **kwargs)
        if self.is_async:

            async def drain() -> list[Any]:
                return [item async for item in iterator]

            return asyncio.run(drain())
        return list(iterator)


async def _await(awaitable: Any) -> Any:
    return await awaitable


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture(params=["sync", "async"])
def make_client(request: pytest.FixtureRequest, recorder: Recorder) -> Callable[..., Client]:
    """``make_client(**options)``: a client on the recorder; options go to the constructor."""
    transport = httpx.MockTransport(recorder)

    def make(**options: Any) -> Client:
        options.setdefault("secret_key", SECRET)
        options.setdefault("host", HOST)
        options.setdefault("max_retries", 0)
        if request.param == "sync":
            nango: Nango | AsyncNango = Nango(
                http_client=httpx.Client(transport=transport), **options
            )
        else:
            nango = AsyncNango(http_client=httpx.AsyncClient(transport=transport), **options)
        return Client(nango)

    return make


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
