"""A recording HTTP server on 127.0.0.1 for the parity suite.

It records every request (method, raw path and query, headers, body) under the scenario that is
running, and answers with the 2xx example of the matching operation of ``openapi.yaml`` (the
bodies both SDKs can parse), or with a scenario's own reply. A runner announces each scenario
with ``POST /__parity/begin?side=<node|sync|async>&scenario=<name>`` before calling the SDK;
control requests are not recorded.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from tests.openapi_spec import deref, operations

CONTROL_PREFIX = "/__parity/"


@dataclass(frozen=True)
class Captured:
    """One request as it arrived on the wire."""

    method: str
    raw_path: str
    raw_query: str
    headers: tuple[tuple[str, str], ...]  # (lower-cased name, value), in arrival order
    body: bytes


@dataclass(frozen=True)
class Reply:
    """A scenario's own answer to every request it sends (instead of the spec's example)."""

    status: int = 200
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Route:
    method: str
    pattern: re.Pattern[str]
    statuses: dict[str, Any]  # "200" -> the response object of the spec


def _routes() -> list[_Route]:
    routes = []
    for method, path, op in operations():
        if path == "/proxy/{endpoint}":
            regex = r"/proxy(/.*)?"  # several segments; the endpoint may even be empty
        else:
            regex = re.sub(r"\{[^}]+\}", "[^/]+", path)
        statuses = {code: deref(r) for code, r in op["responses"].items() if code.startswith("2")}
        routes.append(_Route(method.upper(), re.compile(regex), statuses))
    # Literal segments win over parameters (/connections/metadata before /connections/{id}).
    routes.sort(key=lambda route: route.pattern.pattern.count("[^/]+"))
    return routes


ROUTES = _routes()


def example_answer(method: str, raw_path: str, raw_query: str, headers: Mapping[str, str]) -> Reply:
    """The spec's example for this request: the first 2xx answer of the matching operation
    (202 for an ``X-Async: true`` action, the named example for ``/scripts/config?format``)."""
    verb = "GET" if method in ("PROPFIND", "REPORT") else method
    for route in ROUTES:
        if route.method == verb and route.pattern.fullmatch(raw_path):
            code = min(route.statuses)
            if "202" in route.statuses and headers.get("x-async") == "true":
                code = "202"
            media = route.statuses[code]["content"]["application/json"]
            if "examples" in media:
                wanted = parse_qs(raw_query).get("format", ["nango"])[-1]
                example = deref(
                    media["examples"].get(wanted) or next(iter(media["examples"].values()))
                )
                return Reply(int(code), example["value"])
            return Reply(int(code), media["example"])
    error = {"error": {"code": "unknown_route", "message": f"{method} {unquote(raw_path)}"}}
    return Reply(404, error)


class Recorder:
    """What the server has seen: requests per (side, scenario), and the scenario now running."""

    def __init__(self, replies: Mapping[str, Reply]) -> None:
        self.replies = dict(replies)
        self.requests: dict[tuple[str, str], list[Captured]] = {}
        self.current: tuple[str, str] | None = None
        self.lock = threading.Lock()

    def begin(self, side: str, scenario: str) -> None:
        with self.lock:
            self.current = (side, scenario)
            self.requests[self.current] = []

    def record(self, captured: Captured) -> Reply | None:
        with self.lock:
            if self.current is None:
                return None
            self.requests[self.current].append(captured)
            return self.replies.get(self.current[1])

    def captured(self, side: str, scenario: str) -> list[Captured]:
        with self.lock:
            return list(self.requests.get((side, scenario), []))


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else each answer waits for a delayed ACK (~40 ms)
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        if parts.path.startswith(CONTROL_PREFIX):
            query = parse_qs(parts.query)
            if parts.path == CONTROL_PREFIX + "begin":
                self.server.recorder.begin(query["side"][0], query["scenario"][0])
                self._send(Reply(204))
            else:
                self._send(Reply(404))
            return
        headers = tuple((name.lower(), value) for name, value in self.headers.items())
        captured = Captured(self.command, parts.path, parts.query, headers, body)
        reply = self.server.recorder.record(captured)
        if reply is None:
            reply = example_answer(self.command, parts.path, parts.query, dict(headers))
        self._send(reply)

    def _send(self, reply: Reply) -> None:
        payload = b"" if reply.body is None else json.dumps(reply.body).encode()
        self.send_response(reply.status)
        if payload:
            self.send_header("Content-Type", "application/json")
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_PROPFIND = do_REPORT = _handle


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, recorder: Recorder) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.recorder = recorder


class RecordingServer:
    """The server in a background thread: ``with RecordingServer(replies) as server: ...``."""

    def __init__(self, replies: Mapping[str, Reply]) -> None:
        self.recorder = Recorder(replies)
        self._server = _Server(self.recorder)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> RecordingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
