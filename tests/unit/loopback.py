"""A real HTTP/1.1 server on 127.0.0.1 for the transport tests: one thread per connection,
keep-alive, and faults a ``MockTransport`` cannot show (answers that take time, connections
closed while idle, after N answers or without an answer). It counts the connections it
accepts and the most open at once.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field

from benchmarks import _bodies

BODY = _bodies.encode(_bodies.connection())  # a Connection, as GET /connections/{id} answers


@dataclass
class Request:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes
    connection: int  # the number of the connection it came on (1 for the first accepted)


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
    def __init__(self, behaviour: Behaviour | None = None) -> None:
        self.behaviour = behaviour or Behaviour()
        self.requests: list[Request] = []
        self.accepted = 0
        self.open = 0
        self.max_open = 0
        self.closed_by_client = 0
        self._lock = threading.Lock()
        self._socket = socket.create_server(("127.0.0.1", 0), backlog=512)
        self.port = self._socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
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
                headers = {}
                for line in lines[1:]:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                length = int(headers.get("content-length", "0"))
                while len(buffer) < length:
                    data = conn.recv(65536)
                    if not data:
                        return
                    buffer += data
                body, buffer = buffer[:length], buffer[length:]
                with self._lock:
                    self.requests.append(Request(method, target, headers, body, number))
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
        except OSError:
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
def loopback(behaviour: Behaviour | None = None) -> Iterator[LoopbackServer]:
    server = LoopbackServer(behaviour)
    try:
        yield server
    finally:
        server.stop()
