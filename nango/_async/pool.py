"""The connection pool of the clients nango builds (``AsyncPool``; ``SyncPool`` is derived from
it): constant work per request whatever the number of connections, and a connection held by one
request at a time (HTTP/1.1).

httpcore 1.0's pool rescans every connection on each request and each response end (probing
every idle socket), lets several queued requests take the same idle connection (all but one
then fail with ``ConnectionNotAvailable`` and rescan), trims idle connections by comparing the
*total* count with ``max_keepalive_connections`` (closing connections about to be reused) and
can close a connection already handed to a queued request (encode/httpx#3215,
encode/httpcore#1000, #1110). This pool keeps its own books instead:

- idle connections on a stack per origin, the most recently used on top (so that surplus ones
  reach their keep-alive expiry); a connection is checked (expired, or closed by the server)
  when it is taken, and taking it removes it from the stack: no other request can get it;
- queued requests in arrival order, each handed a connection as soon as one is released or can
  be opened; a new request queues behind them rather than taking it first;
- HTTP/2 connections, once seen serving a request while still available, shared by the
  requests of their origin.

Connections are made by the stock pool's public ``create_connection`` (httpcore's connection
classes, with the ssl context, proxy, HTTP versions, keep-alive expiry and network backend httpx
gave it); the limits are the ``httpx.Limits`` of the client.
"""

from __future__ import annotations

import sys
import types
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Callable

import httpcore

from .._concurrency import async_event, async_pool_lock, async_shield, async_wait

Connection = httpcore.AsyncConnectionInterface
Key = tuple[bytes, bytes, int]  # an origin (httpcore.Origin is not hashable)


class _Waiter:
    __slots__ = ("connection", "event", "fresh", "key", "origin")

    def __init__(self, origin: httpcore.Origin, key: Key) -> None:
        self.origin = origin
        self.key = key
        self.connection: Connection | None = None
        self.fresh = False
        self.event = async_event()


class _Entry:
    """What the pool knows of one of its connections."""

    __slots__ = ("key", "multiplexed", "users")

    def __init__(self, key: Key) -> None:
        self.key = key
        self.users = 1  # requests holding it (more than one: HTTP/2)
        self.multiplexed = False


class AsyncPool:
    """What httpx's transport sends requests to (an httpcore request interface)."""

    def __init__(
        self,
        create_connection: Callable[[httpcore.Origin], Connection],
        *,
        max_connections: int | None,
        max_keepalive_connections: int | None,
    ) -> None:
        self._create = create_connection
        self._max = sys.maxsize if max_connections is None else max_connections
        keepalive = sys.maxsize if max_keepalive_connections is None else max_keepalive_connections
        self._max_idle = min(self._max, keepalive)
        self._entries: dict[Connection, _Entry] = {}
        self._idle: dict[Key, list[Connection]] = {}  # oldest first
        self._idle_count = 0
        self._shared: dict[Key, list[Connection]] = {}
        self._waiters: deque[_Waiter] = deque()
        self._closing: list[Connection] = []
        self._closed = False
        self._lock = async_pool_lock()

    @property
    def connections(self) -> list[Connection]:
        return list(self._entries)

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} [{len(self._entries)} connections,"
            f" {self._idle_count} idle, {len(self._waiters)} queued]>"
        )

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        scheme = request.url.scheme.decode()
        if scheme not in ("http", "https", "ws", "wss"):
            raise httpcore.UnsupportedProtocol(
                f"Request URL has an unsupported protocol '{scheme}://'."
                if scheme
                else "Request URL is missing an 'http://' or 'https://' protocol."
            )
        origin = request.url.origin
        key = (origin.scheme, origin.host, origin.port)
        timeout = request.extensions.get("timeout", {}).get("pool")
        while True:
            with self._lock:
                if self._closed:
                    raise httpcore.ConnectError("the connection pool is closed")
                connection, fresh = (None, False) if self._waiters else self._take(origin, key)
            if connection is None:
                connection, fresh = await self._wait(origin, key, timeout)
            started = False
            try:
                await self._close_pending()
                started = True
                response = await connection.handle_async_request(request)
            except httpcore.ConnectionNotAvailable:
                self._release(connection)
                continue
            except BaseException:
                self._release(connection, unused=fresh and not started)
                await self._close_pending()
                raise
            if connection.is_available():  # not so for HTTP/1.1 while its response is open
                with self._lock:
                    entry = self._entries.get(connection)
                    if entry is not None and not entry.multiplexed:
                        entry.multiplexed = True
                        self._share(entry.key, connection)
            assert isinstance(response.stream, AsyncIterable)
            return httpcore.Response(
                status=response.status,
                headers=response.headers,
                content=_PooledStream(response.stream, self, connection),
                extensions=response.extensions,
            )

    async def _wait(
        self, origin: httpcore.Origin, key: Key, timeout: float | None
    ) -> tuple[Connection, bool]:
        """Queue until a connection is handed over (``PoolTimeout`` after ``timeout``)."""
        waiter = _Waiter(origin, key)
        with self._lock:
            self._waiters.append(waiter)
            self._dispatch()  # it may have become possible meanwhile (threads)
        try:
            await async_wait(waiter.event, timeout)
        except BaseException:  # cancelled: give back what it may have been handed meanwhile
            with self._lock:
                handed = waiter.event.is_set()
                if not handed:
                    self._waiters.remove(waiter)
            if handed and waiter.connection is not None:
                self._release(waiter.connection, unused=waiter.fresh)
                await self._close_pending()
            raise
        with self._lock:
            if not waiter.event.is_set():
                self._waiters.remove(waiter)
                raise httpcore.PoolTimeout("no connection became free within the pool timeout")
        if waiter.connection is None:
            raise httpcore.ConnectError("the connection pool is closed")
        return waiter.connection, waiter.fresh

    def _take(self, origin: httpcore.Origin, key: Key) -> tuple[Connection | None, bool]:
        """A connection for ``origin`` now (shared, idle or new) and whether it is new."""
        shared = self._shared.get(key)
        while shared:
            connection = shared[-1]
            if connection.is_available() and not connection.is_closed():
                self._entries[connection].users += 1
                return connection, False
            shared.pop()  # back when released, if it can take requests again
        idle = self._idle.get(key)
        while idle:
            connection = idle.pop()
            self._idle_count -= 1
            if connection.has_expired() or connection.is_closed():
                self._drop(connection)
                continue
            entry = self._entries[connection]
            entry.users += 1
            if entry.multiplexed:
                self._share(key, connection)
            return connection, False
        if len(self._entries) >= self._max:
            # at the limit: an idle connection to another origin makes room
            stack = next((other for other in self._idle.values() if other), None)
            if stack is None:
                return None, False
            self._idle_count -= 1
            self._drop(stack.pop(0))
        connection = self._create(origin)
        self._entries[connection] = _Entry(key)
        if connection.is_available():  # may turn out HTTP/2: others may wait on its connect
            self._share(key, connection)
        return connection, True

    def _release(self, connection: Connection, *, unused: bool = False) -> None:
        """Take back ``connection`` after a response, or a failed or unsent request."""
        with self._lock:
            entry = self._entries.get(connection)
            if entry is None:  # dropped meanwhile (the pool closed, a failed connect reused)
                if not connection.is_closed():
                    self._closing.append(connection)
                return
            entry.users -= 1
            if unused or connection.is_closed():
                self._drop(connection)
            elif entry.users == 0 and connection.is_idle():
                shared = self._shared.get(entry.key)
                if shared and connection in shared:
                    shared.remove(connection)
                stack = self._idle.setdefault(entry.key, [])
                stack.append(connection)
                self._idle_count += 1
                self._dispatch()  # before trimming: a queued request may take it
                self._trim(stack)
                return
            elif entry.multiplexed and connection.is_available():
                self._share(entry.key, connection)
            self._dispatch()

    def _trim(self, stack: list[Connection]) -> None:
        """Close the oldest idle connection past ``max_keepalive_connections``, or when it has
        expired (one check per release keeps the bottom of the stacks from going stale)."""
        if self._idle_count > self._max_idle:
            stack = stack or next(other for other in self._idle.values() if other)
        elif not (len(stack) > 1 and stack[0].has_expired()):
            return
        self._idle_count -= 1
        self._drop(stack.pop(0))

    def _dispatch(self) -> None:
        """Hand connections to queued requests, first come first served, while there are any."""
        while self._waiters:
            waiter = self._waiters[0]
            connection, fresh = self._take(waiter.origin, waiter.key)
            if connection is None:
                return
            self._waiters.popleft()
            waiter.connection, waiter.fresh = connection, fresh
            waiter.event.set()

    def _share(self, key: Key, connection: Connection) -> None:
        shared = self._shared.setdefault(key, [])
        if connection not in shared:
            shared.append(connection)

    def _drop(self, connection: Connection) -> None:
        entry = self._entries.pop(connection, None)
        if entry is not None:
            shared = self._shared.get(entry.key)
            if shared and connection in shared:
                shared.remove(connection)
        self._closing.append(connection)

    async def _close_pending(self) -> None:
        if not self._closing:
            return
        with self._lock:
            closing, self._closing = self._closing, []
        with async_shield():
            for connection in closing:
                await connection.aclose()

    async def aclose(self) -> None:
        with self._lock:
            self._closed = True
            self._closing.extend(self._entries)
            self._entries.clear()
            self._idle.clear()
            self._idle_count = 0
            self._shared.clear()
            while self._waiters:
                self._waiters.popleft().event.set()  # with no connection: they raise
        await self._close_pending()

    async def __aenter__(self) -> AsyncPool:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: types.TracebackType | None = None,
    ) -> None:
        await self.aclose()


class _PooledStream:
    """A response body that gives its connection back to the pool once closed."""

    def __init__(self, stream: AsyncIterable[bytes], pool: AsyncPool, connection: Connection):
        self._stream = stream
        self._pool = pool
        self._connection = connection
        self._closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for part in self._stream:
                yield part
        except BaseException:
            await self.aclose()
            raise

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        with async_shield():
            try:
                close = getattr(self._stream, "aclose", None)
                if close is not None:
                    await close()
            finally:
                self._pool._release(self._connection)
                await self._pool._close_pending()
