"""An httpcore network backend on asyncio's own protocols, for the ``AsyncNango`` client nango
builds: the same streams as httpcore's anyio backend (``httpcore.AsyncNetworkBackend``, a public
interface) without a cancel scope and a task lookup per read and write, which cost about a tenth
of each call's CPU time under many concurrent calls. Outside asyncio (trio), httpcore's own
backend is used.
"""

from __future__ import annotations

import asyncio
import ssl
import typing

import httpcore

from ._concurrency import async_deadline

HAPPY_EYEBALLS_DELAY = 0.25  # as anyio's connect_tcp, httpcore's own backend


class _Protocol(asyncio.Protocol):
    """Buffers what arrives; one reader and one writer at a time (httpcore's connections)."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.closed = False
        self.error: BaseException | None = None
        self._readable: asyncio.Future[None] | None = None
        self._writable: asyncio.Future[None] | None = None
        self._paused = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = typing.cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        self._wake_reader()

    def eof_received(self) -> bool:
        self.closed = True
        self._wake_reader()
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.error = exc
        self._wake_reader()
        self._paused = False
        if self._writable is not None and not self._writable.done():
            self._writable.set_result(None)

    def pause_writing(self) -> None:
        self._paused = True

    def resume_writing(self) -> None:
        self._paused = False
        if self._writable is not None and not self._writable.done():
            self._writable.set_result(None)

    def _wake_reader(self) -> None:
        if self._readable is not None and not self._readable.done():
            self._readable.set_result(None)

    async def wait_readable(self, timeout: float | None) -> None:
        """Until data or the end arrives; ``TimeoutError`` after ``timeout`` seconds."""
        loop = asyncio.get_running_loop()
        waiter = self._readable = loop.create_future()
        timer = None if timeout is None else loop.call_later(timeout, _expire, waiter)
        try:
            await waiter
        finally:
            self._readable = None
            if timer is not None:
                timer.cancel()

    async def wait_writable(self, timeout: float | None) -> None:
        """Until the transport's buffer drains (it asked to pause writing)."""
        loop = asyncio.get_running_loop()
        while self._paused and not self.closed:
            waiter = self._writable = loop.create_future()
            timer = None if timeout is None else loop.call_later(timeout, _expire, waiter)
            try:
                await waiter
            finally:
                self._writable = None
                if timer is not None:
                    timer.cancel()


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError("timed out"))


class AsyncioStream(httpcore.AsyncNetworkStream):
    def __init__(self, protocol: _Protocol) -> None:
        self._protocol = protocol

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        protocol = self._protocol
        if not protocol.buffer and not protocol.closed:
            try:
                await protocol.wait_readable(timeout)
            except TimeoutError as exc:
                raise httpcore.ReadTimeout(str(exc)) from exc
        if protocol.buffer:
            data = bytes(protocol.buffer[:max_bytes])
            del protocol.buffer[:max_bytes]
            return data
        if protocol.error is not None:
            raise httpcore.ReadError(str(protocol.error)) from protocol.error
        return b""

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        protocol = self._protocol
        if protocol.closed or protocol.transport is None or protocol.transport.is_closing():
            raise httpcore.WriteError("the connection is closed")
        protocol.transport.write(buffer)
        if protocol._paused:
            try:
                await protocol.wait_writable(timeout)
            except TimeoutError as exc:
                raise httpcore.WriteTimeout(str(exc)) from exc
        if protocol.closed and protocol.error is not None:
            raise httpcore.WriteError(str(protocol.error)) from protocol.error

    async def aclose(self) -> None:
        transport = self._protocol.transport
        if transport is None:
            return
        if transport.get_extra_info("ssl_object") is not None:
            # No TLS close_notify exchange (httpcore's own backend sends none either): asyncio
            # would keep the socket open for it after the event loop may be gone.
            transport.abort()
        else:
            transport.close()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        protocol = self._protocol
        assert protocol.transport is not None
        loop = asyncio.get_running_loop()
        try:
            async with async_deadline(timeout):
                transport = await loop.start_tls(
                    protocol.transport, protocol, ssl_context, server_hostname=server_hostname
                )
        except TimeoutError as exc:
            await self.aclose()
            raise httpcore.ConnectTimeout(str(exc)) from exc
        except (OSError, ssl.SSLError) as exc:
            await self.aclose()
            raise httpcore.ConnectError(str(exc)) from exc
        if transport is None:
            raise httpcore.ConnectError("the TLS handshake did not complete")
        protocol.transport = transport
        return self

    def get_extra_info(self, info: str) -> typing.Any:
        protocol = self._protocol
        transport = protocol.transport
        if info == "is_readable":
            # What arrived on an idle connection (data or its end) is already in the buffer.
            return bool(protocol.buffer) or protocol.closed
        if transport is None:
            return None
        key = {
            "ssl_object": "ssl_object",
            "client_addr": "sockname",
            "server_addr": "peername",
            "socket": "socket",
        }.get(info)
        return None if key is None else transport.get_extra_info(key)


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network interface on asyncio's loop; httpcore's own backend elsewhere."""

    def __init__(self, fallback: httpcore.AsyncNetworkBackend) -> None:
        self._fallback = fallback

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        if not _on_asyncio():
            return await self._fallback.connect_tcp(
                host, port, timeout, local_address, socket_options
            )
        loop = asyncio.get_running_loop()
        try:
            async with async_deadline(timeout):
                transport, protocol = await loop.create_connection(
                    _Protocol,
                    host,
                    port,
                    local_addr=None if local_address is None else (local_address, 0),
                    happy_eyeballs_delay=HAPPY_EYEBALLS_DELAY,
                )
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(str(exc)) from exc
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        sock = transport.get_extra_info("socket")
        if sock is not None:
            for option in socket_options or ():
                sock.setsockopt(*option)
        return AsyncioStream(protocol)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return await self._fallback.connect_unix_socket(path, timeout, socket_options)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def _on_asyncio() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True
