"""Where sync and async code must differ: sleeping, cancellation events, locks, the attempt
deadline and reading a body within it, and the connection pool's events and shielding.
``scripts/unasync`` maps each ``async_*`` name to its ``sync_*`` twin."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from contextvars import ContextVar
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from . import _body
from .errors import NangoTypeError

if TYPE_CHECKING:
    import asyncio
    from contextlib import AbstractAsyncContextManager, AbstractContextManager

    import anyio

# The monotonic time by which the current sync attempt must be over, or None.
DEADLINE: ContextVar[float | None] = ContextVar("nango_deadline", default=None)


async def async_sleep(seconds: float, cancel: asyncio.Event | None = None) -> bool:
    """Sleep ``seconds``; return ``True`` early if ``cancel`` gets set."""
    import asyncio  # here: ``import nango`` does not need it

    if cancel is None:
        await asyncio.sleep(seconds)
        return False
    try:
        await asyncio.wait_for(cancel.wait(), timeout=seconds)
    except TimeoutError:
        return False
    return True


def sync_sleep(seconds: float, cancel: threading.Event | None = None) -> bool:
    """Sleep ``seconds``; return ``True`` early if ``cancel`` gets set."""
    if cancel is None:
        threading.Event().wait(seconds)
        return False
    return cancel.wait(seconds)


def async_cancel_event(value: object) -> asyncio.Event | None:
    """``cancel`` of ``AsyncNango.wait_for_*``: ``None`` or an ``asyncio.Event``."""
    import asyncio

    if value is not None and not isinstance(value, asyncio.Event):
        raise NangoTypeError(f"cancel must be an asyncio.Event, not {type(value).__name__}")
    return value


def sync_cancel_event(value: object) -> threading.Event | None:
    """``cancel`` of ``Nango.wait_for_*``: ``None`` or a ``threading.Event``."""
    if value is not None and not isinstance(value, threading.Event):
        raise NangoTypeError(f"cancel must be a threading.Event, not {type(value).__name__}")
    return value


def async_lock() -> asyncio.Lock:
    """A lock for tasks (``asyncio`` is imported on first use)."""
    import asyncio

    return asyncio.Lock()


def sync_lock() -> threading.Lock:
    """A lock for threads."""
    return threading.Lock()


def async_deadline(seconds: float | None) -> AbstractAsyncContextManager[object]:
    """Bound an attempt as a whole: ``TimeoutError`` once ``seconds`` have passed."""
    import asyncio

    return asyncio.timeout(seconds)


class sync_deadline:
    """Bound an attempt as a whole: the network layer of the client ``Nango`` builds
    (``nango._deadline``) clips every connect, read and write to what is left, and
    ``sync_read`` checks between chunks (all a client passed by the caller gets)."""

    __slots__ = ("_seconds", "_token")

    def __init__(self, seconds: float | None) -> None:
        self._seconds = seconds
        self._token: Any = None

    def __enter__(self) -> None:
        if self._seconds is not None:
            self._token = DEADLINE.set(time.monotonic() + self._seconds)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._token is not None:
            DEADLINE.reset(self._token)


async def async_read(response: httpx.Response, limit: int | None) -> None:
    """``response.aread()``, within ``limit`` bytes (``nango._body``)."""
    if limit is None:
        await response.aread()
    elif not _body.decoded_counting():
        limited = response.stream = _body.WireLimited(response.stream, limit)
        await response.aread()
        _body.check(response, limit, limited.truncated)
    else:
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                await response.aclose()
                break
        _body.finish(response, chunks, size, limit)


def sync_read(response: httpx.Response, limit: int | None) -> None:
    """``response.read()``, within ``limit`` bytes (``nango._body``), checking the attempt's
    deadline between chunks."""
    deadline = DEADLINE.get()
    if deadline is not None and isinstance(response.stream, httpx.SyncByteStream):
        response.stream = _BoundedStream(response.stream, deadline, response.request)
    if limit is None:
        response.read()
    elif not _body.decoded_counting():
        limited = response.stream = _body.WireLimited(response.stream, limit)
        response.read()
        _body.check(response, limit, limited.truncated)
    else:
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                response.close()
                break
        _body.finish(response, chunks, size, limit)


class _BoundedStream(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, deadline: float, request: httpx.Request):
        self._inner = inner
        self._deadline = deadline
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            if time.monotonic() > self._deadline:
                raise httpx.ReadTimeout("the answer did not end in time", request=self._request)
            yield chunk

    def close(self) -> None:
        self._inner.close()


def async_pool_lock() -> AbstractContextManager[object]:
    """The lock of a pool's books: none on an event loop, where they change between awaits."""
    return contextlib.nullcontext()


def sync_pool_lock() -> AbstractContextManager[object]:
    return threading.Lock()


def async_shield() -> AbstractContextManager[object]:
    """A block that cancellation does not interrupt (closing connections)."""
    import anyio

    return anyio.CancelScope(shield=True)


def sync_shield() -> AbstractContextManager[object]:
    return contextlib.nullcontext()


def async_event() -> anyio.Event:
    import anyio

    return anyio.Event()


def sync_event() -> threading.Event:
    return threading.Event()


async def async_wait(event: anyio.Event, timeout: float | None) -> bool:
    """Wait for ``event`` at most ``timeout`` seconds; whether it is set."""
    import anyio

    with anyio.move_on_after(timeout):
        await event.wait()
    return event.is_set()


def sync_wait(event: threading.Event, timeout: float | None) -> bool:
    return event.wait(timeout)
