"""A loopback HTTP/1.1 server on a real socket that misbehaves on purpose: trickled headers or
bodies, resets, redirects, hostile bodies. It records what reaches it (the raw request line and
headers), so a test can prove that something was never sent.

    with FaultServer() as server:
        server.script(trickle_body(b"{}", every=0.5))
        nango = Nango("key", host=server.url)
"""

from __future__ import annotations

import contextlib
import socket
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

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)


Behaviour = Callable[[socket.socket, Received], bool]
"""Answers one request on the socket; returns whether the connection may be kept alive."""


class FaultServer:
    """Answers each request with the next scripted behaviour (the last one repeats)."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.received: list[Received] = []
        self.connections = 0
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
                self._open.append(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(10)
        buffer = b""
        try:
            while not self._stop.is_set():
                while b"\r\n\r\n" not in buffer:
                    chunk = conn.recv(65536)
                    if not chunk:
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
                request = Received(method, target, headers, body)  # type: ignore[arg-type]
                with self._lock:
                    self.received.append(request)
                if not self._next()(conn, request):
                    return
        except OSError:
            return
        finally:
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


def respond(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Behaviour:
    """A plain answer (JSON content type unless ``headers`` says otherwise)."""
    all_headers = {"Content-Type": "application/json", **(headers or {})}

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
