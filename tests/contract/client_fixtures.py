"""Helpers for the contract tests of the `nango` clients: what Prism said about each answer.

Prism reports what is wrong with a request (or with its own example answer) in the
`sl-violations` header. A `Prism` recorder, installed as an httpx response hook on the client the
SDK is given, keeps every response and the violations found in them, so a test can assert that
the SDK's requests match the spec on top of asserting the parsed result.
"""

from __future__ import annotations

import json
from typing import Any

import httpx


class Prism:
    """Every response a client received, and the violations Prism reported in them."""

    def __init__(self) -> None:
        self.responses: list[httpx.Response] = []
        self.violations: list[str] = []

    def record(self, response: httpx.Response) -> None:
        """The response hook of an `httpx.Client`."""
        self.responses.append(response)
        raw = response.headers.get("sl-violations")
        if raw:
            request = response.request
            self.violations.append(
                f"{request.method} {request.url} -> {response.status_code}: "
                + json.dumps(json.loads(raw), indent=1)
            )

    async def arecord(self, response: httpx.Response) -> None:
        """The response hook of an `httpx.AsyncClient`."""
        self.record(response)

    @property
    def requests(self) -> list[httpx.Request]:
        return [response.request for response in self.responses]

    @property
    def last(self) -> httpx.Request:
        assert self.responses, "no request reached the mock server"
        return self.responses[-1].request

    def assert_clean(self, calls: int = 1) -> None:
        """Exactly `calls` answers came back, all 2xx, none with a violation."""
        assert self.violations == [], "\n".join(self.violations)
        assert [r.status_code for r in self.responses if not r.is_success] == []
        assert len(self.responses) == calls, [str(request.url) for request in self.requests]


def query(request: httpx.Request) -> list[tuple[str, str]]:
    """The query of a request, as (name, value) pairs in order."""
    return list(request.url.params.multi_items())


def json_body(request: httpx.Request) -> Any:
    return json.loads(request.content)
