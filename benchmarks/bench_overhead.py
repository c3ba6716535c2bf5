"""1. Per-call overhead: the SDK versus a raw ``httpx`` request + ``.json()`` on the same
in-process ``httpx.MockTransport`` answering canned bytes (no network, no server).

The raw baseline does by hand what a user would: builds the URL with its query parameters and the
``Authorization`` header, sends, checks the status (``raise_for_status``), parses ``.json()``.
The SDK does the same plus its argument checks, retries bookkeeping, and parsing the answer into
the spec's models. Figures are CPU time of the process per call (other processes do not count).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx

from nango import AsyncNango, Nango, RecordsPage
from nango.models import Connection, ListConnectionsResponse

from . import _bodies
from ._common import (
    CONNECTION_ID,
    HOST,
    PROVIDER_CONFIG_KEY,
    SECRET,
    Row,
    Section,
    Target,
    async_cpu_seconds_per_call,
    calls_for,
    cpu_seconds_per_call,
)

NAME = "overhead"
TITLE = "1. Per-call overhead (in-process, httpx.MockTransport, CPU µs per call)"
TARGET = Target("<=", 1.3)

AUTH = {"Authorization": f"Bearer {SECRET}"}
CONNECTION_HEADERS = {
    **AUTH,
    "Connection-Id": CONNECTION_ID,
    "Provider-Config-Key": PROVIDER_CONFIG_KEY,
}
JSON_HEADERS = {"Content-Type": "application/json"}


def transport() -> httpx.MockTransport:
    """Answers every route the benchmark calls with canned bytes (a fresh response each time)."""
    routes = {
        f"/connections/{CONNECTION_ID}": _bodies.encode(_bodies.connection()),
        "/connections": _bodies.encode(_bodies.connections(100)),
        "/records": _bodies.encode(_bodies.records_page(100)),
        "/proxy/user/repos": _bodies.encode(_bodies.repositories(30)),
    }

    def handler(request: httpx.Request) -> httpx.Response:
        body = routes[request.url.path.rstrip("/")]
        return httpx.Response(200, headers=JSON_HEADERS, content=body)

    return httpx.MockTransport(handler)


@dataclass
class Case:
    name: str
    sdk: Callable[[], object]
    raw: Callable[[], object]
    check: Callable[[Any], bool]
    baseline_name: str = "raw httpx"
    target: Target | None = TARGET


def with_models(case: Case, model: Any, is_async: bool) -> Case:
    """``case`` against a baseline that also builds the SDK's result model from the raw JSON
    (the generated ``from_dict``): what the SDK adds besides typed parsing."""
    raw_call = case.raw

    async def async_raw() -> object:
        return model.from_dict(await _awaited(raw_call))

    def sync_raw() -> object:
        return model.from_dict(raw_call())

    raw: Callable[[], object] = async_raw if is_async else sync_raw
    name = f"{case.name} (same models)"
    baseline = f"raw httpx + {model.__name__}.from_dict"
    return Case(name, case.sdk, raw, case.check, baseline_name=baseline, target=None)


def _cases(nango: Nango | AsyncNango, raw_get: Callable[..., Any], *, is_async: bool) -> list[Case]:
    """The four calls, the same for both clients (``raw_get`` returns the parsed JSON, or a
    coroutine of it for the async client)."""
    cases = [
        Case(
            "get_connection",
            lambda: nango.get_connection(PROVIDER_CONFIG_KEY, CONNECTION_ID),
            lambda: raw_get(
                f"{HOST}/connections/{quote(CONNECTION_ID, safe='')}",
                params={
                    "provider_config_key": PROVIDER_CONFIG_KEY,
                    "force_refresh": "false",
                    "refresh_token": "false",
                    "refresh_github_app_jwt_token": "false",
                },
                headers=AUTH,
            ),
            lambda result: isinstance(result, Connection),
        ),
        Case(
            "list_connections (100 items)",
            lambda: nango.list_connections(),
            lambda: raw_get(f"{HOST}/connections", headers=AUTH),
            lambda result: (
                isinstance(result, ListConnectionsResponse) and len(result.connections) == 100
            ),
        ),
        Case(
            "list_records (page of 100)",
            lambda: nango.list_records(PROVIDER_CONFIG_KEY, CONNECTION_ID, "Issue"),
            lambda: raw_get(
                f"{HOST}/records", params={"model": "Issue"}, headers=CONNECTION_HEADERS
            ),
            lambda result: isinstance(result, RecordsPage) and len(result.records) == 100,
        ),
        Case(
            "proxy GET (30 items)",
            lambda: nango.get("/user/repos", PROVIDER_CONFIG_KEY, CONNECTION_ID),
            lambda: raw_get(f"{HOST}/proxy/user/repos", headers=CONNECTION_HEADERS),
            lambda result: len(result.data) == 30,
        ),
    ]
    return [
        *cases,
        with_models(cases[0], Connection, is_async=is_async),
        with_models(cases[1], ListConnectionsResponse, is_async=is_async),
    ]


def sync_cases(mock: httpx.MockTransport) -> tuple[list[Case], Callable[[], None]]:
    nango = Nango(SECRET, host=HOST, http_client=httpx.Client(transport=mock))
    raw = httpx.Client(transport=mock)

    def raw_get(url: str, **options: Any) -> Any:
        response = raw.get(url, **options)
        response.raise_for_status()
        return response.json()

    def close() -> None:
        nango.close()
        raw.close()

    return _cases(nango, raw_get, is_async=False), close


def async_cases(mock: httpx.MockTransport) -> tuple[list[Case], Callable[[], None]]:
    nango = AsyncNango(SECRET, host=HOST, http_client=httpx.AsyncClient(transport=mock))
    raw = httpx.AsyncClient(transport=mock)

    async def raw_get(url: str, **options: Any) -> Any:
        response = await raw.get(url, **options)
        response.raise_for_status()
        return response.json()

    def close() -> None:
        async def aclose() -> None:
            await nango.aclose()
            await raw.aclose()

        asyncio.run(aclose())

    return _cases(nango, raw_get, is_async=True), close


REPETITIONS, BUDGET = 21, 0.08


def measure(
    case: Case, timer: Callable[[Callable[[], Any], int], float], quick: bool
) -> tuple[list[float], list[float]]:
    """CPU seconds per call of the SDK and of the raw baseline, one pair per repetition."""
    warmup, repetitions, budget = (2, 3, 0.0) if quick else (100, REPETITIONS, BUDGET)
    timer(case.sdk, warmup)
    timer(case.raw, warmup)
    calls = 2 if quick else calls_for(timer(case.raw, 20), budget)
    sdk: list[float] = []
    raw: list[float] = []
    for repetition in range(repetitions):
        # Alternate which goes first, so that drift (turbo, other load) hits both alike.
        if repetition % 2:
            raw.append(timer(case.raw, calls))
            sdk.append(timer(case.sdk, calls))
        else:
            sdk.append(timer(case.sdk, calls))
            raw.append(timer(case.raw, calls))
    return sdk, raw


def _checked_sync(case: Case) -> None:
    result = case.sdk()
    if not case.check(result):
        raise AssertionError(f"{case.name}: unexpected SDK result {result!r:.200}")
    case.raw()


def _checked_async(case: Case) -> None:
    async def both() -> None:
        result = await _awaited(case.sdk)
        if not case.check(result):
            raise AssertionError(f"{case.name}: unexpected SDK result {result!r:.200}")
        await _awaited(case.raw)

    asyncio.run(both())


async def _awaited(call: Callable[[], object]) -> Any:
    awaitable = call()
    assert isinstance(awaitable, Awaitable)
    return await awaitable


def run(quick: bool = False) -> Section:
    mock = transport()
    rows: list[Row] = []
    flavours = [
        ("Nango", sync_cases, cpu_seconds_per_call, _checked_sync),
        ("AsyncNango", async_cases, async_cpu_seconds_per_call, _checked_async),
    ]
    for label, make_cases, timer, checked in flavours:
        cases, close = make_cases(mock)
        try:
            for case in cases:
                checked(case)
                sdk, raw = measure(case, timer, quick)
                rows.append(
                    Row.from_pairs(
                        f"{case.name}, {label}",
                        sdk,
                        raw,
                        "µs",
                        scale=1e6,
                        baseline_name=case.baseline_name,
                        target=case.target,
                    )
                )
        finally:
            close()
    return Section(
        NAME,
        TITLE,
        rows,
        notes=[
            "CPU time per call (time.process_time); "
            + ("3 quick" if quick else f"{REPETITIONS}")
            + f" repetitions of ~{BUDGET} s per side, SDK and baseline back to back in "
            "alternating order; figures are medians, the ratio is the median of the "
            "repetitions' ratios.",
            "Baseline: httpx.Client / httpx.AsyncClient on the same MockTransport: URL with "
            "query parameters, Authorization header, send, raise_for_status(), .json().",
            "Bodies: a connection with OAuth2 credentials; 100 connection list items; a page of "
            "100 records; a 30-item JSON array through the proxy.",
            "The '(same models)' rows compare with a baseline that also turns the JSON into the "
            "SDK's result models (the generated from_dict): what the SDK adds besides typed "
            "parsing. No target; for information.",
        ],
    )


if __name__ == "__main__":
    import sys

    from ._runner import cli

    raise SystemExit(cli([NAME, *sys.argv[1:]]))
