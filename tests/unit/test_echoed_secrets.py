"""A server that quotes the request's token back (in an error body, a header, a malformed 2xx
answer, a broken status line) does not get it into an error, its chain or a log line: it is
masked as ``***``. On a real loopback socket (tests/fault_server.py), with both clients."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import traceback
from collections.abc import Iterator
from typing import Any

import pytest

import nango
from nango import AsyncNango, Nango
from tests.fault_server import Behaviour, FaultServer, Received

SECRET = "sk-echoed-secret-0123456789"
SESSION = "nango_connect_session_" + "ab" * 32


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault_server:
        yield fault_server


@pytest.fixture(params=["sync", "async"])
def flavor(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def echo(status: int, body: str, *, status_line: str | None = None) -> Behaviour:
    """Answer ``body`` with ``{token}`` replaced by the request's bearer token, which an
    ``X-Echo`` header also carries (``status_line``: a whole, possibly broken, first line)."""

    def behave(conn: socket.socket, request: Received) -> bool:
        token = (request.header("authorization") or "").removeprefix("Bearer ")
        content = body.replace("{token}", token).encode()
        first = (status_line or f"HTTP/1.1 {status} X").replace("{token}", token)
        head = (
            f"{first}\r\nContent-Type: application/json\r\nX-Echo: Bearer {token}\r\n"
            f"Location: https://elsewhere.test/?key={token}\r\n"
            f"Content-Length: {len(content)}\r\n\r\n"
        )
        conn.sendall(head.encode() + content)
        return False

    return behave


ERROR_BODY = json.dumps(
    {
        "error": {
            "code": "invalid_credentials",
            "message": "unknown key {token}",
            "payload": {"{token}": ["{token}", 1]},
        }
    }
)
ANSWERS = {
    "400 error body": echo(400, ERROR_BODY),
    "500 error body": echo(500, ERROR_BODY),
    "302 location": echo(302, ""),
    "200 wrong shape": echo(200, json.dumps({"id": "{token}", "connection_id": ["{token}"]})),
    "200 not json": echo(200, "key={token}"),
    "broken status line": echo(0, "", status_line="HTTP/1.1 2x0 {token}"),
}


def failure(flavor: str, host: str, method: str, *args: Any) -> BaseException:
    """What ``method`` raised on a fresh client without retries."""
    try:
        if flavor == "sync":
            with Nango(SECRET, host=host, max_retries=0, timeout=5) as client:
                getattr(client, method)(*args)
        else:

            async def run() -> None:
                async with AsyncNango(SECRET, host=host, max_retries=0, timeout=5) as client:
                    await getattr(client, method)(*args)

            asyncio.run(run())
    except nango.NangoError as error:
        return error
    raise AssertionError(f"{method} did not fail")


def everything_shown(error: BaseException) -> str:
    """The error's message, repr, traceback with its chain, and attributes."""
    shown = [str(error), repr(error), *traceback.format_exception(error)]
    shown += [json.dumps(vars(error), default=str)]
    headers = getattr(error, "headers", None)
    if headers is not None:
        shown += [str(list(headers.multi_items()))]
    return "\n".join(shown)


@pytest.mark.parametrize("answer", list(ANSWERS))
def test_the_secret_key_quoted_back_is_masked(
    flavor: str, server: FaultServer, answer: str, caplog: pytest.LogCaptureFixture
) -> None:
    server.script(ANSWERS[answer])

    with caplog.at_level(logging.DEBUG, logger="nango"):
        error = failure(flavor, server.url, "get_connection", "github", "c1")

    assert SECRET not in everything_shown(error)
    assert SECRET not in caplog.text
    if answer != "200 not json":  # the masked form is where the key was
        assert "***" in everything_shown(error)


@pytest.mark.parametrize("answer", ["400 error body", "200 wrong shape", "broken status line"])
def test_a_connect_session_token_quoted_back_is_masked(
    flavor: str, server: FaultServer, answer: str
) -> None:
    server.script(ANSWERS[answer])

    error = failure(flavor, server.url, "get_connect_session", SESSION)

    assert SESSION not in everything_shown(error)


def test_the_proxy_json_error_masks_it_too(flavor: str, server: FaultServer) -> None:
    server.script(echo(200, "not json {token}"))

    if flavor == "sync":
        with (
            Nango(SECRET, host=server.url, max_retries=0) as client,
            pytest.raises(nango.NangoResponseValidationError) as caught,
        ):
            client.get("/x", "github", "c1", response_type="json")
    else:

        async def run() -> None:
            async with AsyncNango(SECRET, host=server.url, max_retries=0) as client:
                await client.get("/x", "github", "c1", response_type="json")

        with pytest.raises(nango.NangoResponseValidationError) as caught:
            asyncio.run(run())

    assert SECRET not in everything_shown(caught.value)
    assert caught.value.body == "not json ***"


def test_only_what_quotes_it_is_masked(flavor: str, server: FaultServer) -> None:
    server.script(echo(400, json.dumps({"error": {"message": "short ab*** {x}"}})))

    error = failure(flavor, server.url, "get_connection", "github", "c1")

    assert isinstance(error, nango.BadRequestError)
    assert error.body == {"error": {"message": "short ab*** {x}"}}
    assert error.headers["x-echo"] == "Bearer ***"  # the header quoted it


def test_a_streamed_body_that_breaks_quoting_it_is_masked(flavor: str, server: FaultServer) -> None:
    def broken_chunks(conn: socket.socket, request: Received) -> bool:
        token = (request.header("authorization") or "").removeprefix("Bearer ")
        head = "HTTP/1.1 200 X\r\nContent-Type: application/octet-stream\r\n"
        conn.sendall(f"{head}Transfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n{token}\r\n".encode())
        return False

    server.script(broken_chunks)

    def read() -> None:
        if flavor == "sync":
            with (
                Nango(SECRET, host=server.url, max_retries=0, timeout=5) as client,
                client.get("/file", "github", "c1", response_type="stream") as response,
            ):
                for _ in response.iter_bytes():
                    pass
            return

        async def run() -> None:
            async with AsyncNango(SECRET, host=server.url, max_retries=0, timeout=5) as client:
                response = await client.get("/file", "github", "c1", response_type="stream")
                async with response:
                    async for _ in response.aiter_bytes():
                        pass

        asyncio.run(run())

    with pytest.raises(nango.NangoConnectionError) as caught:
        read()

    assert "***" in str(caught.value)
    assert SECRET not in everything_shown(caught.value)
