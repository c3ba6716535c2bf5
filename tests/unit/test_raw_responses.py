"""``with_options(headers=)``, ``with_raw_response`` (every method, found by introspection) and
the ``X-RateLimit-*`` budget on answers and on ``RateLimitError``, with both clients."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

import nango
from nango import RateLimit, RawResponse
from tests.unit.conftest import Client, Recorder, on_mock_transport
from tests.unit.introspection import baseline, call, public_methods

LIMITS = {
    "X-RateLimit-Limit": "200",
    "X-RateLimit-Remaining": "37",
    "X-RateLimit-Reset": "1790000000",
}
RESET = datetime(2026, 9, 21, 14, 13, 20, tzinfo=UTC)
INTEGRATION = {
    "unique_key": "github",
    "provider": "github",
    "display_name": "GitHub",
    "logo": "https://app.nango.dev/images/template-logos/github.svg",
    "forward_webhooks": True,
    "created_at": "2026-11-01T00:00:00.000Z",
    "updated_at": "2026-11-01T00:00:00.000Z",
}
INTEGRATIONS = {"data": [INTEGRATION]}


# Headers per call


def test_with_options_headers_are_sent_on_top_of_the_clients(
    make_client: Callable[..., Client], recorder: Recorder
) -> None:
    client = make_client(default_headers={"X-Team": "blue", "X-Trace": "client"})
    derived = client.nango.with_options(headers={"X-Trace": "call-1", "Prefer": "code=404"})
    traced = Client(derived, client.loop)

    recorder.reply(200, {"data": []})
    recorder.reply(200, {"data": []})
    traced.call("list_providers")
    client.call("list_providers")

    first, second = recorder.requests
    assert (first.headers["x-team"], first.headers["x-trace"], first.headers["prefer"]) == (
        "blue",
        "call-1",
        "code=404",
    )
    assert first.headers["authorization"] == second.headers["authorization"]
    assert second.headers["x-trace"] == "client"
    assert "prefer" not in second.headers


def test_with_options_keeps_the_pool_and_the_other_options(client: Client) -> None:
    derived = client.nango.with_options(headers={"X-A": "1"})

    assert derived._core._client is client.nango._core._client
    assert derived._core.settings.timeout == client.nango._core.settings.timeout
    assert derived._core.settings.max_retries == client.nango._core.settings.max_retries


@pytest.mark.parametrize(
    ("headers", "error"),
    [
        ({"Authorization": "Bearer other"}, nango.NangoValueError),
        ({"authorization": "x"}, nango.NangoValueError),
        ({"X-A": "a\r\nb"}, nango.NangoValueError),
        ({"X A": "a"}, nango.NangoValueError),
        ({"X-A": 1}, nango.NangoTypeError),
        (["X-A"], nango.NangoTypeError),
    ],
)
def test_with_options_headers_are_checked(
    client: Client, headers: Any, error: type[Exception]
) -> None:
    with pytest.raises(error):
        client.nango.with_options(headers=headers)


# Raw responses


@on_mock_transport  # the very request the recorder saw
def test_a_raw_response_has_the_answer_and_the_usual_result(
    client: Client, recorder: Recorder
) -> None:
    recorder.reply(200, INTEGRATIONS, headers=LIMITS)

    raw = client.call_raw("list_integrations")

    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["x-ratelimit-remaining"] == "37"
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.http_response.request is recorder.last
    assert raw.rate_limit == RateLimit(limit=200, remaining=37, reset_at=RESET)
    result = raw.parse()
    assert [integration.unique_key for integration in result.configs] == ["github"]
    assert raw.parse() is result  # parsed once
    assert "sk-" not in repr(raw)


def test_a_raw_response_of_a_malformed_body_raises_from_parse(
    client: Client, recorder: Recorder
) -> None:
    recorder.reply(200, {"unexpected": True})

    raw = client.call_raw("list_integrations")

    assert raw.status_code == 200
    with pytest.raises(nango.NangoResponseValidationError):
        raw.parse()


def test_an_error_status_still_raises(client: Client, recorder: Recorder) -> None:
    recorder.reply(404, {"error": {"code": "not_found"}}, headers=LIMITS)

    with pytest.raises(nango.NotFoundError) as info:
        client.call_raw("get_connection", "github", "c1")

    assert info.value.rate_limit == RateLimit(200, 37, RESET)


def test_a_streamed_proxy_answer_through_raw_response(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, content=b"0123456789", headers={"Content-Type": "application/octet-stream"})

    raw = client.call_raw("get", "/file", "github", "c1", response_type="stream")

    proxied = raw.parse()
    assert raw.status_code == 200
    assert proxied.response is raw.http_response
    if client.is_async:
        chunks = client.run(_read_async(proxied))
    else:
        with proxied:
            chunks = list(proxied.iter_bytes())
    assert b"".join(chunks) == b"0123456789"


async def _read_async(proxied: Any) -> list[bytes]:
    async with proxied:
        return [chunk async for chunk in proxied.aiter_bytes()]


RAW_METHODS = [
    name
    for name in public_methods()
    if not name.startswith(("iter_", "verify_"))
    and name != "auth"  # auth sends no request
    and not inspect.isasyncgenfunction(getattr(nango.AsyncNango, name))
]


@pytest.mark.parametrize("flavor", ["sync", "async"])
@pytest.mark.parametrize("method", RAW_METHODS)
def test_every_request_method_has_a_raw_form(flavor: str, method: str) -> None:
    answer = httpx.Response(200, json={}, headers=LIMITS)
    direct = call(flavor, baseline(method), answer)
    raw = call(flavor, baseline(method), httpx.Response(200, json={}, headers=LIMITS), raw=True)

    assert raw.error is None, raw.error
    assert isinstance(raw.result, RawResponse)
    assert raw.result.status_code == 200
    assert raw.result.rate_limit == RateLimit(200, 37, RESET)
    assert [r.url for r in raw.requests] == [r.url for r in direct.requests]
    if direct.error is None:
        assert _plain(raw.result.parse()) == _plain(direct.result)
    else:
        with pytest.raises(type(direct.error)):
            raw.result.parse()


def _plain(result: Any) -> Any:
    to_dict = getattr(result, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    return getattr(result, "data", result)


# Rate limits


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-RateLimit-Limit": "200", "X-RateLimit-Remaining": "3"},
        {**LIMITS, "X-RateLimit-Reset": "soon"},
        {**LIMITS, "X-RateLimit-Reset": "1e400"},
        {**LIMITS, "X-RateLimit-Remaining": "many"},
    ],
)
def test_missing_or_malformed_rate_limit_headers_give_none(headers: dict[str, str]) -> None:
    assert RateLimit.from_headers(httpx.Headers(headers)) is None


def test_rate_limit_error_carries_the_budget(client: Client, recorder: Recorder) -> None:
    recorder.reply(
        429,
        {"error": {"code": "too_many_request"}},
        headers={**LIMITS, "X-RateLimit-Remaining": "0", "Retry-After": "38"},
    )

    with pytest.raises(nango.RateLimitError) as info:
        client.call("list_integrations")

    assert info.value.retry_after == 38.0
    assert info.value.rate_limit == RateLimit(200, 0, RESET)
