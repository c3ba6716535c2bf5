"""``nango.auth(...)``: a connection's token on your own httpx client, with both clients, against
a fake Nango (tokens, refreshes) and a fake provider that accepts only live tokens."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from nango import (
    AsyncConnectionAuth,
    AsyncNango,
    ConnectionAuth,
    Nango,
    NangoTypeError,
    NangoValueError,
    NotFoundError,
)

from ..fault_server import FaultServer, respond
from .conftest import HOST, SECRET, query
from .test_connections import (
    API_KEY_CREDENTIALS,
    BASIC_CREDENTIALS,
    OAUTH1_CREDENTIALS,
    connection_body,
)

PROVIDER = "https://api.provider.test/v1/items"


class FakeNango:
    """``GET /connections/{id}``: the current token (a new one on ``force_refresh``), expiring
    ``expires_in`` seconds from now; ``delay`` seconds per answer."""

    def __init__(self, kind: str = "OAUTH2", expires_in: float | None = 3600, delay: float = 0):
        self.kind = kind
        self.expires_in = expires_in
        self.delay = delay
        self.fetches: list[httpx.Request] = []
        self.issued: list[str] = []
        self.status = 200
        self._lock = threading.Lock()

    @property
    def current(self) -> str:
        return self.issued[-1]

    def answer(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.fetches.append(request)
            if self.status != 200:
                return httpx.Response(self.status, json={"error": {"code": "not_found"}})
            if not self.issued or request.url.params.get("force_refresh") == "true":
                self.issued.append(f"tok-{len(self.issued) + 1}-secret")
            return httpx.Response(200, json=connection_body(self.credentials()))

    def credentials(self) -> dict[str, Any]:
        field = {"OAUTH2": "access_token", "APP": "access_token", "OAUTH2_CC": "token"}
        credentials: dict[str, Any] = {"type": self.kind, field[self.kind]: self.current}
        if self.expires_in is not None:
            expires = time.time() + self.expires_in
            credentials["expires_at"] = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(expires))
            credentials["expires_at"] += f".{int(expires % 1 * 1000):03d}Z"
        return credentials

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.delay:
            time.sleep(self.delay)
        return self.answer(request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        if self.delay:
            await asyncio.sleep(self.delay)
        return self.answer(request)


class FakeProvider:
    """Answers 200 to a live token (the latest Nango issued, unless revoked), else 401."""

    def __init__(self, nango: FakeNango, *, always_401: bool = False) -> None:
        self.nango = nango
        self.always_401 = always_401
        self.revoked: set[str] = set()
        self.api_key: str | None = None  # when set, X-Api-Key is checked instead
        self.seen: list[tuple[str | None, bytes]] = []
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        header = request.headers.get("authorization")
        with self._lock:
            self.seen.append((header, request.content))
            live = self.nango.issued and header == f"Bearer {self.nango.current}"
            if self.api_key is not None:
                live = request.headers.get("x-api-key") == self.api_key
            if self.always_401 or not live or self.nango.current in self.revoked:
                return httpx.Response(401, json={"message": "Bad credentials"})
        return httpx.Response(200, json={"items": [1, 2]})

    def expire(self) -> None:
        """The provider stops accepting the current token before its ``expires_at``."""
        self.revoked.add(self.nango.current)


class Harness:
    """One flavour (``Nango`` + ``httpx.Client`` or ``AsyncNango`` + ``httpx.AsyncClient``)."""

    def __init__(self, is_async: bool, fake: FakeNango, provider: FakeProvider) -> None:
        self.is_async = is_async
        self.fake = fake
        self.provider = provider
        if is_async:
            transport = httpx.MockTransport(fake.handle_async)
            self.nango: Nango | AsyncNango = AsyncNango(
                SECRET, host=HOST, max_retries=0, http_client=httpx.AsyncClient(transport=transport)
            )
        else:
            transport = httpx.MockTransport(fake)
            self.nango = Nango(
                SECRET, host=HOST, max_retries=0, http_client=httpx.Client(transport=transport)
            )

    def auth(self, **options: Any) -> ConnectionAuth | AsyncConnectionAuth:
        return self.nango.auth("github-ref", "conn-gh-1", **options)

    def send(
        self, auth: httpx.Auth, count: int = 1, *, network: bool = False, **request: Any
    ) -> list[httpx.Response]:
        """``count`` requests one after the other on one client of this flavour, to the fake
        provider (or, with ``network``, to ``url`` through httpx's own transport)."""
        request.setdefault("method", "GET")
        request.setdefault("url", PROVIDER)
        transport = None if network else httpx.MockTransport(self.provider)
        if not self.is_async:
            with httpx.Client(transport=transport, auth=auth) as client:
                return [client.request(**request) for _ in range(count)]

        async def run() -> list[httpx.Response]:
            async with httpx.AsyncClient(transport=transport, auth=auth) as client:
                return [await client.request(**request) for _ in range(count)]

        return asyncio.run(run())

    def concurrently(self, auth: httpx.Auth, count: int, *, errors: bool = False) -> list[Any]:
        """``count`` requests at once (asyncio tasks, or threads): their responses, or with
        ``errors`` their responses or exceptions."""
        transport = httpx.MockTransport(self.provider)
        if not self.is_async:
            with (
                httpx.Client(transport=transport, auth=auth) as client,
                ThreadPoolExecutor(count) as pool,
            ):
                start = threading.Barrier(count)  # all threads ready before the first request

                def get() -> httpx.Response:
                    start.wait()
                    return client.get(PROVIDER)

                futures = [pool.submit(get) for _ in range(count)]
                return [f.exception() or f.result() if errors else f.result() for f in futures]

        async def run() -> list[Any]:
            async with httpx.AsyncClient(transport=transport, auth=auth) as client:
                requests = (client.get(PROVIDER) for _ in range(count))
                return await asyncio.gather(*requests, return_exceptions=errors)

        return asyncio.run(run())


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> bool:
    return bool(request.param == "async")


def harness(is_async: bool, **fake_options: Any) -> Harness:
    fake = FakeNango(**fake_options)
    return Harness(is_async, fake, FakeProvider(fake))


def statuses(responses: list[httpx.Response]) -> list[int]:
    return [response.status_code for response in responses]


# The header, from get_connection, cached


@pytest.mark.parametrize("kind", ["OAUTH2", "OAUTH2_CC", "APP"])
def test_sets_the_bearer_token_of_the_connection(flavour: bool, kind: str) -> None:
    h = harness(flavour, kind=kind)

    responses = h.send(h.auth(), headers={"Authorization": "Bearer mine", "X-Other": "kept"})

    assert statuses(responses) == [200]
    request = responses[0].request
    assert request.headers["Authorization"] == "Bearer tok-1-secret"
    assert request.headers["X-Other"] == "kept"
    (fetch,) = h.fake.fetches
    assert fetch.url.path == "/connections/conn-gh-1"
    assert query(fetch) == [
        ("provider_config_key", "github-ref"),
        ("force_refresh", "false"),
        ("refresh_token", "false"),
        ("refresh_github_app_jwt_token", "false"),
    ]
    assert fetch.headers["Authorization"] == f"Bearer {SECRET}"


def test_no_request_before_first_use(flavour: bool) -> None:
    h = harness(flavour)

    h.auth()

    assert h.fake.fetches == []


def test_the_token_is_reused_until_it_nears_expiry(flavour: bool) -> None:
    h = harness(flavour, expires_in=3600)

    assert statuses(h.send(h.auth(), count=5)) == [200] * 5
    assert len(h.fake.fetches) == 1


def test_a_token_within_skew_of_expiry_is_fetched_again(flavour: bool) -> None:
    h = harness(flavour, expires_in=30)  # inside the default skew of 60 s

    h.send(h.auth(), count=3)

    assert len(h.fake.fetches) == 3
    assert all(f.url.params["force_refresh"] == "false" for f in h.fake.fetches)


def test_the_skew_can_be_set(flavour: bool) -> None:
    h = harness(flavour, expires_in=30)

    h.send(h.auth(skew=5), count=3)

    assert len(h.fake.fetches) == 1


def test_a_token_without_expiry_is_kept_until_a_401(flavour: bool) -> None:
    h = harness(flavour, expires_in=None)
    auth = h.auth()

    assert statuses(h.send(auth, count=3)) == [200] * 3
    h.provider.expire()
    assert statuses(h.send(auth, count=2)) == [200] * 2

    assert len(h.fake.fetches) == 2


# 401: one refresh, one resend


def test_a_401_refreshes_once_and_resends_once(flavour: bool) -> None:
    h = harness(flavour)
    auth = h.auth()
    h.send(auth)
    h.provider.expire()

    (response,) = h.send(auth, method="POST", content=b'{"name": "x"}')

    assert response.status_code == 200
    assert [f.url.params["force_refresh"] for f in h.fake.fetches] == ["false", "true"]
    assert h.provider.seen[1:] == [
        ("Bearer tok-1-secret", b'{"name": "x"}'),
        ("Bearer tok-2-secret", b'{"name": "x"}'),
    ]
    assert [r.status_code for r in response.history] == [401]


def test_a_provider_that_always_answers_401_is_not_retried_in_a_loop(flavour: bool) -> None:
    fake = FakeNango()
    h = Harness(flavour, fake, FakeProvider(fake, always_401=True))

    (response,) = h.send(h.auth())

    assert response.status_code == 401
    assert len(h.provider.seen) == 2
    assert [f.url.params["force_refresh"] for f in h.fake.fetches] == ["false", "true"]


def test_a_streamed_body_is_not_resent_but_the_next_request_has_the_new_token(
    flavour: bool,
) -> None:
    """On a real socket, where a streamed body is sent as it is read (a MockTransport buffers
    it): the 401 is returned, and the refreshed token goes with the next request."""
    h = harness(flavour)
    auth = h.auth()

    def chunks() -> Iterator[bytes]:
        yield b"part-1;"
        yield b"part-2"

    async def async_chunks() -> AsyncIterator[bytes]:
        for chunk in chunks():
            yield chunk

    with FaultServer() as server:
        server.script(respond(401, b"{}"), respond(200, b"{}"))
        (refused,) = h.send(
            auth,
            network=True,
            method="PUT",
            url=server.url,
            content=async_chunks() if flavour else chunks(),
            headers={"Content-Length": "13"},
        )
        (accepted,) = h.send(auth, network=True, url=server.url)

    assert refused.status_code == 401
    assert accepted.status_code == 200
    assert [(r.method, r.header("authorization"), r.body) for r in server.received] == [
        ("PUT", "Bearer tok-1-secret", b"part-1;part-2"),
        ("GET", "Bearer tok-2-secret", b""),
    ]
    assert [f.url.params["force_refresh"] for f in h.fake.fetches] == ["false", "true"]


def test_a_body_in_memory_is_resent_on_a_real_socket(flavour: bool) -> None:
    h = harness(flavour)

    with FaultServer() as server:
        server.script(respond(401, b"{}"), respond(201, b"{}"))
        (response,) = h.send(
            h.auth(), network=True, method="POST", url=server.url, json={"title": "x"}
        )

    assert response.status_code == 201
    assert [(r.header("authorization"), r.body) for r in server.received] == [
        ("Bearer tok-1-secret", b'{"title":"x"}'),
        ("Bearer tok-2-secret", b'{"title":"x"}'),
    ]


def test_a_failing_token_fetch_raises_its_nango_error(flavour: bool) -> None:
    h = harness(flavour)
    h.fake.status = 404

    with pytest.raises(NotFoundError):
        h.send(h.auth())
    assert h.provider.seen == []


# Concurrency: one fetch for many requests


def test_concurrent_requests_share_one_fetch(flavour: bool) -> None:
    h = harness(flavour, delay=0.05)

    responses = h.concurrently(h.auth(), 64)

    assert statuses(responses) == [200] * 64
    assert len(h.fake.fetches) == 1


def test_concurrent_401s_share_one_refresh(flavour: bool) -> None:
    h = harness(flavour, delay=0.02)
    auth = h.auth()
    h.send(auth)
    h.provider.expire()

    responses = h.concurrently(auth, 64)

    assert statuses(responses) == [200] * 64
    assert [f.url.params["force_refresh"] for f in h.fake.fetches] == ["false", "true"]
    # each request met at most one 401 (the ones sent after the refresh met none)
    refused = sum(len(response.history) for response in responses)
    assert all(len(response.history) <= 1 for response in responses)
    assert refused >= 1
    assert len(h.provider.seen) == 1 + 64 + refused


def test_concurrent_requests_share_one_failed_fetch(flavour: bool) -> None:
    h = harness(flavour, delay=0.2)
    h.fake.status = 404
    auth = h.auth()

    outcomes = h.concurrently(auth, 64, errors=True)

    assert all(isinstance(outcome, NotFoundError) for outcome in outcomes)
    assert len(h.fake.fetches) == 1
    assert h.provider.seen == []
    h.fake.status = 200
    assert statuses(h.send(auth)) == [200]  # a later request fetches again
    assert len(h.fake.fetches) == 2


# Credentials that are not a bearer token


@pytest.mark.parametrize(
    ("credentials", "shown"),
    [
        (API_KEY_CREDENTIALS, "'API_KEY' credentials, not a bearer token"),
        (BASIC_CREDENTIALS, "'BASIC' credentials"),
        (OAUTH1_CREDENTIALS, "'OAUTH1' credentials"),
        ({}, "read-credentials scope"),
    ],
)
def test_other_credentials_raise_a_clear_error(
    flavour: bool, monkeypatch: pytest.MonkeyPatch, credentials: dict[str, Any], shown: str
) -> None:
    h = harness(flavour)
    monkeypatch.setattr(h.fake, "credentials", lambda: credentials)

    with pytest.raises(NangoValueError, match="header=") as info:
        h.send(h.auth())

    assert shown in str(info.value)
    assert "conn-gh-1" in str(info.value)
    for secret in ("sk-test-123", "pa55", "oat-1"):
        assert secret not in str(info.value)
    assert h.provider.seen == []


def test_the_header_hook_builds_the_headers(flavour: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    h = harness(flavour)
    monkeypatch.setattr(h.fake, "credentials", lambda: API_KEY_CREDENTIALS)
    seen: list[dict[str, Any]] = []

    def header(credentials: dict[str, Any]) -> dict[str, str]:
        seen.append(credentials)
        return {"X-Api-Key": credentials["apiKey"]}

    h.provider.api_key = "sk-test-123"

    responses = h.send(h.auth(header=header), count=2)

    assert statuses(responses) == [200, 200]
    assert [r.request.headers["X-Api-Key"] for r in responses] == ["sk-test-123"] * 2
    assert "authorization" not in responses[0].request.headers
    assert seen == [API_KEY_CREDENTIALS]


def test_header_hook_output_is_checked_without_echoing_it(flavour: bool) -> None:
    h = harness(flavour)

    with pytest.raises(NangoValueError, match="control character") as info:
        h.send(h.auth(header=lambda c: {"X-Token": c["access_token"] + "\r\nX-Evil: 1"}))

    assert "tok-1" not in str(info.value)
    assert h.provider.seen == []


# Arguments, pairing, secrets


@pytest.mark.parametrize(
    ("args", "options", "error"),
    [
        (("", "conn-1"), {}, NangoValueError),
        (("github", None), {}, NangoTypeError),
        (("github", "conn-1"), {"skew": -1}, NangoValueError),
        (("github", "conn-1"), {"skew": float("inf")}, NangoValueError),
        (("github", "conn-1"), {"skew": "60"}, NangoTypeError),
        (("github", "conn-1"), {"header": "X-Api-Key"}, NangoTypeError),
    ],
)
def test_bad_arguments_raise_at_once(
    flavour: bool, args: tuple[Any, ...], options: dict[str, Any], error: type[Exception]
) -> None:
    h = harness(flavour)

    with pytest.raises(error):
        h.nango.auth(*args, **options)
    assert h.fake.fetches == []


def test_each_auth_refuses_the_other_kind_of_httpx_client(flavour: bool) -> None:
    h = harness(flavour)
    auth = h.auth()
    transport = httpx.MockTransport(h.provider)

    async def send_async() -> None:
        await httpx.AsyncClient(transport=transport, auth=auth).get(PROVIDER)

    def send() -> None:
        if flavour:
            httpx.Client(transport=transport, auth=auth).get(PROVIDER)
        else:
            asyncio.run(send_async())

    with pytest.raises(NangoTypeError, match=r"use the auth of (Async)?Nango\.auth\(\)"):
        send()
    assert h.fake.fetches == []
    assert h.provider.seen == []


def test_each_auth_refuses_the_other_kind_message_names_the_right_maker() -> None:
    sync_auth = harness(False).auth()

    async def run() -> None:
        await httpx.AsyncClient(auth=sync_auth).get(PROVIDER)

    with pytest.raises(NangoTypeError, match=r"for an httpx\.AsyncClient, use .*AsyncNango"):
        asyncio.run(run())


def test_the_token_is_in_no_repr_and_no_log_line(
    flavour: bool, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="nango")
    h = harness(flavour)
    auth = h.auth()
    h.send(auth)
    h.provider.expire()
    h.send(auth)

    assert repr(auth) == (
        f"{type(auth).__name__}(provider_config_key='github-ref', connection_id='conn-gh-1')"
    )
    texts = [repr(auth), str(auth), repr(vars(auth) if hasattr(auth, "__dict__") else "")]
    texts += [record.getMessage() for record in caplog.records]
    texts += [repr(record.__dict__) for record in caplog.records]
    assert any("refreshing the token" in text for text in texts)
    for text in texts:
        assert "tok-1-secret" not in text
        assert "tok-2-secret" not in text
        assert SECRET not in text
