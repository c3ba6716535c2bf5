"""A loopback HTTP/1.1 server for the throughput benchmark that is not the bottleneck: it answers
every request with the same canned bytes (a connection, as ``GET /connections/{id}``) and keeps
connections alive. No routing, no header parsing beyond finding where each request ends.

``python -m benchmarks._server [--delay-ms N]`` prints ``{"port": N, "pid": P}`` once listening on
127.0.0.1; with a delay, each answer is sent N ms after its request arrived (an upstream that
takes that long). Each line ``stats`` on its standard input gets a JSON line back with the
connections accepted and the requests answered so far; it stops when its standard input is
closed (or on SIGTERM).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import sys

from . import _bodies

BODY = _bodies.encode(_bodies.connection())
RESPONSE = (
    b"HTTP/1.1 200 OK\r\n"
    b"Content-Type: application/json; charset=utf-8\r\n"
    b"Content-Length: " + str(len(BODY)).encode() + b"\r\n"
    b"Connection: keep-alive\r\n"
    b"\r\n" + BODY
)


STATS = {"connections": 0, "requests": 0}


class CannedProtocol(asyncio.Protocol):
    """Answers each complete request (head, plus a body when Content-Length says so), at once or
    ``delay`` seconds after it arrived."""

    def __init__(self, delay: float = 0.0) -> None:
        self.buffer = b""
        self.delay = delay
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        STATS["connections"] += 1

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer + data if self.buffer else data
        answers = 0
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buffer[:end]
            length = 0
            marker = head.lower().find(b"\r\ncontent-length:")
            if marker >= 0:
                value = head[marker + 17 :].split(b"\r\n", 1)[0]
                length = int(value.strip() or b"0")
            if len(buffer) < end + 4 + length:
                break
            buffer = buffer[end + 4 + length :]
            answers += 1
        self.buffer = buffer
        if answers:
            STATS["requests"] += answers
            if self.delay:
                asyncio.get_running_loop().call_later(self.delay, self.answer, answers)
            else:
                self.answer(answers)

    def answer(self, answers: int) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(RESPONSE * answers)


async def serve(delay: float = 0.0) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: CannedProtocol(delay), "127.0.0.1", 0, backlog=4096)
    port = server.sockets[0].getsockname()[1]
    print(json.dumps({"port": port, "pid": os.getpid()}), flush=True)
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    pending = b""

    def command() -> None:
        nonlocal pending
        data = os.read(0, 1024)
        if not data:
            stop.set()
            return
        pending += data
        while b"\n" in pending:
            line, pending = pending.split(b"\n", 1)
            if line.strip() == b"stats":
                sys.stdout.write(json.dumps(STATS) + "\n")
                sys.stdout.flush()

    # Standard input is a pipe from the benchmark, closed when it is done (or dies); when it is
    # not pollable (a file, /dev/null), only SIGTERM stops the server.
    with contextlib.suppress(OSError, ValueError):
        loop.add_reader(0, command)
    async with server:
        await stop.wait()


if __name__ == "__main__":
    options = argparse.ArgumentParser()
    options.add_argument("--delay-ms", type=float, default=0.0)
    asyncio.run(serve(options.parse_args().delay_ms / 1000))
