"""``max_response_size``: no answer, endless, inflating (gzip) or just long, can fill memory.
On a real loopback socket (tests/fault_server.py), with both clients and the aiohttp one."""

from __future__ import annotations

import asyncio
import json
import socket
import zlib
from collections.abc import Iterator
from typing import Any

import pytest

import nango
from nango import AsyncNango, Nango
from tests.fault_server import Behaviour, FaultServer, Received, respond

SECRET = "sk-size-test-secret"
MIB = 1024 * 1024


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault_server:
        yield fault_server


@pytest.fixture(params=["sync", "async", "aiohttp"])
def flavor(request: pytest.FixtureRequest) -> str:
    if request.param == "aiohttp":
        pytest.importorskip("aiohttp")
    return str(request.param)


def call(flavor: str, host: str, method: str, *args: Any, **kwargs: Any) -> Any:
    """``method`` on a fresh client (``client=`` its options; ``options=`` those of
    ``with_options``), then closed."""
    options = {"timeout": 10.0, "max_retries": 0, **kwargs.pop("client", {})}
    per_call = kwargs.pop("options", None)
    if flavor == "sync":
        with Nango(SECRET, host=host, **options) as client:
            target = client.with_options(**per_call) if per_call else client
            return getattr(target, method)(*args, **kwargs)

    async def run() -> Any:
        http_client = nango.DefaultAioHttpClient() if flavor == "aiohttp" else None
        try:
            async with AsyncNango(SECRET, host=host, http_client=http_client, **options) as client:
                target = client.with_options(**per_call) if per_call else client
                return await getattr(target, method)(*args, **kwargs)
        finally:
            if http_client is not None:
                await http_client.aclose()

    return asyncio.run(run())


def data(flavor: str, host: str, **kwargs: Any) -> Any:
    """The ``data`` of a proxy GET."""
    return call(flavor, host, "get", "/data", "github", "c1", **kwargs).data


def endless(status: int = 200, *, gzipped: bool = False) -> Behaviour:
    """A chunked answer that never ends (1 MiB chunks; gzip: 1 KiB inflating to 1 MiB)."""
    head = f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
    head += "Content-Encoding: gzip\r\n" if gzipped else ""
    head += "Transfer-Encoding: chunked\r\n\r\n"

    def behave(conn: socket.socket, request: Received) -> bool:
        gzip = zlib.compressobj(wbits=zlib.MAX_WBITS | 16)  # one gzip stream, flushed per MiB
        try:
            conn.sendall(head.encode())
            for _ in range(4096):  # at most 4 GiB of JSON, about 4 MiB on the wire when gzipped
                payload = b" " * MIB
                if gzipped:
                    payload = gzip.compress(payload) + gzip.flush(zlib.Z_SYNC_FLUSH)
                conn.sendall(f"{len(payload):x}\r\n".encode() + payload + b"\r\n")
        except OSError:
            pass
        return False

    return behave


def json_of_size(size: int) -> bytes:
    """A JSON string of exactly ``size`` bytes."""
    return json.dumps("x" * (size - 2)).encode()


def test_an_endless_answer_ends_at_the_default_limit(flavor: str, server: FaultServer) -> None:
    server.script(endless())

    with pytest.raises(nango.NangoResponseTooLargeError) as caught:
        call(flavor, server.url, "get_connection", "github", "c1")

    error = caught.value
    assert isinstance(error, nango.NangoResponseValidationError)
    assert (error.status_code, error.limit, error.body) == (200, 256 * MIB, None)
    assert "max_response_size (268,435,456 bytes)" in str(error)
    assert len(server.received) == 1  # not retried, even for a GET


def test_an_inflating_answer_is_counted_decoded(flavor: str, server: FaultServer) -> None:
    server.script(endless(gzipped=True))

    with pytest.raises(nango.NangoResponseTooLargeError):
        call(flavor, server.url, "list_integrations", client={"max_response_size": 8 * MIB})
    assert len(server.received) == 1


@pytest.mark.parametrize("size", [1000, 1001])
def test_the_limit_is_inclusive(flavor: str, server: FaultServer, size: int) -> None:
    server.script(respond(200, json_of_size(size)))

    if size > 1000:
        with pytest.raises(nango.NangoResponseTooLargeError):
            data(flavor, server.url, client={"max_response_size": 1000})
    else:
        result = data(flavor, server.url, client={"max_response_size": 1000})
        assert result == "x" * (size - 2)


def test_an_error_answer_keeps_its_status_and_the_first_bytes(
    flavor: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("nango._http.INITIAL_BACKOFF", 0.01)
    server.script(endless(503))

    with pytest.raises(nango.InternalServerError) as caught:
        call(
            flavor,
            server.url,
            "list_integrations",
            client={"max_response_size": 4096, "max_retries": 1},
        )

    assert caught.value.status_code == 503
    assert caught.value.body == " " * 4096
    assert len(server.received) == 2  # a GET's 503 is retried as usual


def test_none_means_no_limit_and_with_options_changes_it(flavor: str, server: FaultServer) -> None:
    server.script(respond(200, json_of_size(5000)))
    small = {"max_response_size": 100}

    assert len(data(flavor, server.url, client=small, options={"max_response_size": None})) == 4998
    with pytest.raises(nango.NangoResponseTooLargeError):
        data(flavor, server.url, options=small)
    with pytest.raises(nango.NangoResponseTooLargeError):  # with_options keeps it when not given
        data(flavor, server.url, client=small, options={"max_retries": 0})
    assert len(data(flavor, server.url, client={"max_response_size": None})) == 4998


def test_a_streamed_proxy_answer_is_not_bounded(flavor: str, server: FaultServer) -> None:
    body = b"y" * 50_000
    server.script(respond(200, body, content_type="application/octet-stream"))

    if flavor == "sync":
        with (
            Nango(SECRET, host=server.url, max_response_size=1000) as client,
            client.get("/file", "github", "c1", response_type="stream") as response,
        ):
            assert b"".join(response.iter_bytes()) == body
        return

    async def read() -> bytes:
        async with AsyncNango(SECRET, host=server.url, max_response_size=1000) as client:
            response = await client.get("/file", "github", "c1", response_type="stream")
            async with response:
                return b"".join([chunk async for chunk in response.aiter_bytes()])

    assert asyncio.run(read()) == body


def test_a_streamed_proxy_error_body_is_bounded(flavor: str, server: FaultServer) -> None:
    server.script(endless(500))

    with pytest.raises(nango.InternalServerError) as caught:
        call(
            flavor,
            server.url,
            "get",
            "/file",
            "github",
            "c1",
            response_type="stream",
            client={"max_response_size": 2048},
        )
    assert caught.value.body == " " * 2048


def test_a_raw_response_is_bounded_too(flavor: str, server: FaultServer) -> None:
    server.script(respond(200, json_of_size(5000)))

    if flavor == "sync":
        with (
            Nango(SECRET, host=server.url, max_response_size=100) as client,
            pytest.raises(nango.NangoResponseTooLargeError),
        ):
            client.with_raw_response.list_integrations()
        return

    async def run() -> None:
        async with AsyncNango(SECRET, host=server.url, max_response_size=100) as client:
            with pytest.raises(nango.NangoResponseTooLargeError):
                await client.with_raw_response.list_integrations()

    asyncio.run(run())


@pytest.mark.parametrize("flavor_", ["sync", "async"])
def test_untested_httpx_versions_count_the_bytes_on_the_wire(
    flavor_: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nango import _body

    monkeypatch.setattr(_body, "decoded_counting", lambda: False)
    server.script(respond(200, json_of_size(1000)), endless(), endless(502))
    limited = {"max_response_size": 1000}

    assert data(flavor_, server.url, client=limited) == "x" * 998
    with pytest.raises(nango.NangoResponseTooLargeError):
        data(flavor_, server.url, client=limited)
    with pytest.raises(nango.InternalServerError) as caught:
        data(flavor_, server.url, client=limited)
    assert caught.value.body == " " * 1000


@pytest.mark.parametrize("client_class", [Nango, AsyncNango])
@pytest.mark.parametrize("value", [0, -1, True, 1.5, "1000"])
def test_invalid_limits_are_refused(client_class: type[Nango | AsyncNango], value: Any) -> None:
    with pytest.raises(nango.NangoValueError, match="max_response_size"):
        client_class(SECRET, max_response_size=value)
    with pytest.raises(nango.NangoValueError, match="max_response_size"):
        client_class(SECRET).with_options(max_response_size=value)
