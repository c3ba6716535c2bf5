"""A loopback HTTP/1.1 server on a real socket that misbehaves on purpose: trickled headers or
bodies, resets, redirects, hostile bodies, slow answers, connections closed while idle. It
records what reaches it (the raw request line and headers, and on which connection), so a test
can prove that something was never sent, and counts connections (accepted, open at most,
closed by the client). Optionally TLS (``tls=`` a server ``ssl.SSLContext``).

    with FaultServer() as server:
        server.script(trickle_body(b"{}", every=0.5))
        nango = Nango("key", host=server.url)
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType


@dataclass(frozen=True)
class Received:
    method: str
    target: str  # the raw request target, as on the wire
    headers: list[tuple[str, str]]
    body: bytes
    connection: int = 0  # which connection it came on (1 for the first accepted)

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)


Behaviour = Callable[[socket.socket, Received], bool]
"""Answers one request on the socket; returns whether the connection may be kept alive."""


class FaultServer:
    """Answers each request with the next scripted behaviour (the last one repeats)."""

    def __init__(self, *, tls: ssl.SSLContext | None = None, idle_timeout: float = 10) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=512)
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self.tls = tls
        self.idle_timeout = idle_timeout  # a connection quiet that long is closed
        self.received: list[Received] = []
        self.connections = 0
        self.open = 0
        self.max_open = 0
        self.closed_by_client = 0
        self._script: deque[Behaviour] = deque([respond(200, b"{}")])
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._open: list[socket.socket] = []
        self._accepter = threading.Thread(target=self._accept, daemon=True)
        self._accepter.start()

    def script(self, *behaviours: Behaviour) -> None:
        with self._lock:
            self._script = deque(behaviours)

    def _next(self) -> Behaviour:
        with self._lock:
            return self._script.popleft() if len(self._script) > 1 else self._script[0]

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self.connections += 1
                self.open += 1
                self.max_open = max(self.max_open, self.open)
                self._open.append(conn)
                number = self.connections
            threading.Thread(target=self._serve, args=(conn, number), daemon=True).start()

    def _serve(self, conn: socket.socket, number: int) -> None:
        conn.settimeout(self.idle_timeout)
        buffer = b""
        by_client = False
        try:
            if self.tls is not None:
                conn = self.tls.wrap_socket(conn, server_side=True)
            while not self._stop.is_set():
                while b"\r\n\r\n" not in buffer:
                    chunk = conn.recv(65536)
                    if not chunk:
                        by_client = not buffer
                        return
                    buffer += chunk
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers = [tuple(line.split(":", 1)) for line in lines[1:]]
                headers = [(k.strip(), v.strip()) for k, v in headers]
                length = int(next((v for k, v in headers if k.lower() == "content-length"), 0))
                while len(buffer) < length:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                body, buffer = buffer[:length], buffer[length:]
                request = Received(method, target, headers, body, number)  # type: ignore[arg-type]
                with self._lock:
                    self.received.append(request)
                if not self._next()(conn, request):
                    return
        except OSError:  # timeouts and TLS errors included
            return
        finally:
            with self._lock:
                self.open -= 1
                self.closed_by_client += by_client
            conn.close()

    def close(self) -> None:
        """Stop accepting and cut every connection (a behaviour still sleeping then fails)."""
        self._stop.set()
        self._listener.close()
        self._accepter.join(timeout=5)
        with self._lock:
            for conn in self._open:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)

    def wait_for(self, condition: Callable[[], bool], timeout: float = 5.0) -> bool:
        """Whether ``condition`` holds within ``timeout`` seconds (the server's threads lag)."""
        deadline = time.monotonic() + timeout
        while not condition() and time.monotonic() < deadline:
            time.sleep(0.01)
        return condition()

    def __enter__(self) -> FaultServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _head(status: int, headers: dict[str, str], length: int | None) -> bytes:
    lines = [f"HTTP/1.1 {status} X"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def respond(
    status: int,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    *,
    content_type: str | None = "application/json",
) -> Behaviour:
    """A plain answer, with ``content_type`` unless ``headers`` has one (``None``: none)."""
    all_headers = dict(headers or {})
    if content_type is not None and not any(k.lower() == "content-type" for k in all_headers):
        all_headers = {"Content-Type": content_type, **all_headers}

    def behave(conn: socket.socket, request: Received) -> bool:
        conn.sendall(_head(status, all_headers, len(body)) + body)
        return True

    return behave


def trickle_body(body: bytes, *, every: float, status: int = 200) -> Behaviour:
    """Headers at once, then the body one byte every ``every`` seconds."""

    def behave(conn: socket.socket, request: Received) -> bool:
        conn.sendall(_head(status, {"Content-Type": "application/json"}, len(body)))
        for byte in body:
            time.sleep(every)
            conn.sendall(bytes([byte]))
        return True

    return behave


def trickle_headers(body: bytes, *, every: float) -> Behaviour:
    """The status line and headers one byte every ``every`` seconds."""

    def behave(conn: socket.socket, request: Received) -> bool:
        for byte in _head(200, {"Content-Type": "application/json", "X-Pad": "x" * 40}, len(body)):
            conn.sendall(bytes([byte]))
            time.sleep(every)
        conn.sendall(body)
        return True

    return behave


def partial_then_stall(body: bytes, sent: int, seconds: float) -> Behaviour:
    """Headers and the first ``sent`` bytes of ``body``, then silence for ``seconds``."""

    def behave(conn: socket.socket, request: Received) -> bool:
        conn.sendall(_head(200, {"Content-Type": "application/octet-stream"}, len(body)))
        conn.sendall(body[:sent])
        time.sleep(seconds)
        return False

    return behave


def stall(seconds: float) -> Behaviour:
    """Say nothing for ``seconds``, then close."""

    def behave(conn: socket.socket, request: Received) -> bool:
        time.sleep(seconds)
        return False

    return behave


def reset() -> Behaviour:
    """Reset the connection (RST) without answering."""

    def behave(conn: socket.socket, request: Received) -> bool:
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        return False

    return behave


def deep_json(depth: int, *, status: int = 200) -> Behaviour:
    return respond(status, b"[" * depth + b"]" * depth)


def delayed(seconds: float, then: Behaviour) -> Behaviour:
    """``then``, ``seconds`` after the request arrived (an upstream that takes that long)."""

    def behave(conn: socket.socket, request: Received) -> bool:
        time.sleep(seconds)
        return then(conn, request)

    return behave


def respond_and_close(status: int, body: bytes = b"") -> Behaviour:
    """A plain answer saying ``Connection: close``, then the close."""
    answer = respond(status, body, {"Connection": "close"})

    def behave(conn: socket.socket, request: Received) -> bool:
        answer(conn, request)
        return False

    return behave
