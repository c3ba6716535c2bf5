"""A real HTTP/1.1 server on 127.0.0.1 for the transport tests: one thread per connection,
keep-alive, optionally TLS, and faults a ``MockTransport`` cannot show (answers that take
time, connections closed while idle, after N answers or without an answer). It answers with
its ``Behaviour`` or, given a ``handler``, with what the handler returns for each request. It
counts the connections it accepts and the most open at once.
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

from benchmarks import _bodies

BODY = _bodies.encode(_bodies.connection())  # a Connection, as GET /connections/{id} answers


@dataclass
class Request:
    method: str
    target: str
    headers: dict[str, str]  # lower-cased names
    body: bytes
    connection: int  # the number of the connection it came on (1 for the first accepted)
    raw_headers: list[tuple[str, str]] = field(default_factory=list)


# (status, headers, body): what a handler answers
Answer = tuple[int, list[tuple[str, str]], bytes]


@dataclass
class Behaviour:
    """What the server does; tests change it while it runs."""

    delay: float = 0.0  # before each answer
    status: int = 200
    body: bytes = BODY
    headers: dict[str, str] = field(default_factory=dict)
    close_after: int | None = None  # answers per connection, then close
    idle_close: float | None = None  # close a connection idle that long
    drop: bool = False  # close the connection instead of answering
    stall: bool = False  # send the headers, then part of the body, then nothing


class LoopbackServer:
    def __init__(
        self,
        behaviour: Behaviour | None = None,
        *,
        handler: Callable[[Request], Answer] | None = None,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.behaviour = behaviour or Behaviour()
        self.handler = handler
        self.tls = tls
        self.requests: list[Request] = []
        self.accepted = 0
        self.open = 0
        self.max_open = 0
        self.closed_by_client = 0
        self._lock = threading.Lock()
        self._socket = socket.create_server(("127.0.0.1", 0), backlog=512)
        self.port = self._socket.getsockname()[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self._stopping = False
        self._connections: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stopping:
            try:
                conn, _ = self._socket.accept()
            except OSError:
                return
            with self._lock:
                self.accepted += 1
                self.open += 1
                self.max_open = max(self.max_open, self.open)
                number = self.accepted
                self._connections.append(conn)
            threading.Thread(target=self._serve, args=(conn, number), daemon=True).start()

    def _serve(self, conn: socket.socket, number: int) -> None:
        buffer = b""
        answered = 0
        by_client = False
        try:
            if self.tls is not None:
                conn = self.tls.wrap_socket(conn, server_side=True)
            while True:
                behaviour = self.behaviour
                conn.settimeout(behaviour.idle_close if answered else None)
                while b"\r\n\r\n" not in buffer:
                    try:
                        data = conn.recv(65536)
                    except TimeoutError:
                        return  # idle too long: close it
                    if not data:
                        by_client = True
                        return
                    buffer += data
                head, buffer = buffer.split(b"\r\n\r\n", 1)
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                raw = [(n.strip(), v.strip()) for n, _, v in (h.partition(":") for h in lines[1:])]
                headers = {name.lower(): value for name, value in raw}
                length = int(headers.get("content-length", "0"))
                while len(buffer) < length:
                    data = conn.recv(65536)
                    if not data:
                        return
                    buffer += data
                body, buffer = buffer[:length], buffer[length:]
                request = Request(method, target, headers, body, number, raw)
                with self._lock:
                    self.requests.append(request)
                if self.handler is not None:
                    status, answer_headers, content = self.handler(request)
                    head = "".join(f"{k}: {v}\r\n" for k, v in answer_headers)
                    head += f"Content-Length: {len(content)}\r\n"
                    conn.sendall(f"HTTP/1.1 {status} X\r\n{head}\r\n".encode("latin-1") + content)
                    continue
                behaviour = self.behaviour
                if behaviour.delay:
                    time.sleep(behaviour.delay)
                if behaviour.drop:
                    return
                last = behaviour.close_after is not None and answered + 1 >= behaviour.close_after
                extra = "".join(f"{k}: {v}\r\n" for k, v in behaviour.headers.items())
                extra += "Connection: close\r\n" if last else ""
                response = (
                    f"HTTP/1.1 {behaviour.status} X\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(behaviour.body)}\r\n{extra}\r\n"
                ).encode() + behaviour.body
                if behaviour.stall:
                    conn.sendall(response[: len(response) - 1])
                    time.sleep(30)
                    return
                conn.sendall(response)
                answered += 1
                if behaviour.close_after is not None and answered >= behaviour.close_after:
                    return
        except (OSError, ssl.SSLError):
            return
        finally:
            with self._lock:
                self.open -= 1
                self.closed_by_client += by_client
            conn.close()

    def stop(self) -> None:
        self._stopping = True
        self._socket.close()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            with suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)

    def wait_for(self, condition: Callable[[], bool], timeout: float = 5.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if condition():
                return True
            time.sleep(0.01)
        return condition()


@contextmanager
def loopback(behaviour: Behaviour | None = None, **options: Any) -> Iterator[LoopbackServer]:
    server = LoopbackServer(behaviour, **options)
    try:
        yield server
    finally:
        server.stop()
