"""1. Per-call overhead: the SDK versus a raw ``httpx`` request + ``.json()`` on the same
in-process ``httpx.MockTransport`` answering canned bytes (no network, no server).

The raw baseline does by hand what a user would: builds the URL with its query parameters and the
``Authorization`` header, sends, checks the status (``raise_for_status``), parses ``.json()``.
The SDK does the same plus its argument checks, retries bookkeeping, and parsing the answer into
the spec's models. Figures are CPU time of the process per call (other processes do not count).

Every call is measured twice in the same run: on the checked-in ``generated/nango_api`` (the fast
``from_dict`` of generator-templates/) and on a ``nango_api`` generated from the same spec with
the generator's own model templates (before the fast ``from_dict``). Each runs in a worker
process of its own (``serve``); the two are asked in turns, one repetition at a time, so that a
change in the machine's load hits both alike.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from nango import AsyncNango, Nango, RecordsPage
from nango.models import (
    Connection,
    IntegrationResponse,
    ListConnectionsResponse,
    ListProvidersResponse,
)

from . import _bodies
from ._common import (
    CONNECTION_ID,
    HOST,
    PROVIDER_CONFIG_KEY,
    ROOT,
    SECRET,
    Row,
    Section,
    Target,
    async_cpu_seconds_per_call,
    calls_for,
    cpu_seconds_per_call,
    python_env,
    stock_generated,
)

NAME = "overhead"
TITLE = "1. Per-call overhead (in-process, httpx.MockTransport, CPU µs per call)"
TARGET = Target("<=", 1.3)
# get_connection (one typed object) and list_connections (100 typed items, ~500 attrs instances).
CONNECTION_TARGET = Target("<=", 1.2)
CONNECTIONS_TARGET = Target("<=", 2.0)
# Fast from_dict / stock from_dict: not slower, within the spread of repeated runs.
NOT_SLOWER = Target("<=", 1.05)

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
        f"/integrations/{PROVIDER_CONFIG_KEY}": _bodies.encode(_bodies.integration()),
        "/providers": _bodies.encode(_bodies.providers(100)),
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
    # Also measured on the generated package of the stock templates (before / after rows).
    before_after: bool = True


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
    return Case(
        name, case.sdk, raw, case.check, baseline_name=baseline, target=None, before_after=False
    )


def _cases(nango: Nango | AsyncNango, raw_get: Callable[..., Any], *, is_async: bool) -> list[Case]:
    """The calls, the same for both clients (``raw_get`` returns the parsed JSON, or a
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
            target=CONNECTION_TARGET,
        ),
        Case(
            "list_connections (100 items)",
            lambda: nango.list_connections(),
            lambda: raw_get(f"{HOST}/connections", headers=AUTH),
            lambda result: (
                isinstance(result, ListConnectionsResponse) and len(result.connections) == 100
            ),
            target=CONNECTIONS_TARGET,
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
            "get_integration",
            lambda: nango.get_integration(PROVIDER_CONFIG_KEY),
            lambda: raw_get(
                f"{HOST}/integrations/{quote(PROVIDER_CONFIG_KEY, safe='')}", headers=AUTH
            ),
            lambda result: isinstance(result, IntegrationResponse),
            target=None,
        ),
        Case(
            "list_providers (100 items)",
            lambda: nango.list_providers(),
            lambda: raw_get(f"{HOST}/providers", headers=AUTH),
            lambda result: isinstance(result, ListProvidersResponse) and len(result.data) == 100,
            target=None,
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
        *([] if is_async else parsing_cases()),
    ]


def parsing_cases() -> list[Case]:
    """The generated ``from_dict`` alone, on the bodies above once decoded, against decoding them
    (``json.loads``): what typed parsing costs next to the JSON it parses."""
    bodies: list[tuple[Any, dict[str, Any]]] = [
        (Connection, _bodies.connection()),
        (ListConnectionsResponse, _bodies.connections(100)),
        (ListProvidersResponse, _bodies.providers(100)),
    ]
    cases = []
    for model, body in bodies:
        encoded = _bodies.encode(body)
        cases.append(
            Case(
                f"{model.__name__}.from_dict",
                partial(model.from_dict, json.loads(encoded)),
                partial(json.loads, encoded),
                partial(_is_a, model),
                baseline_name="json.loads of the body",
                target=None,
            )
        )
    return cases


def _is_a(model: type, result: Any) -> bool:
    return isinstance(result, model)


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
# Worker processes per package, used in turn by the repetitions: a process's own speed (where its
# memory landed, which core it ran on) varies by several per cent from one process to another.
WORKER_PAIRS = 3
Timer = Callable[[Callable[[], Any], int], float]
Cases = Callable[[httpx.MockTransport], tuple[list[Case], Callable[[], None]]]
FLAVOURS: dict[str, tuple[Cases, Timer]] = {
    "Nango": (sync_cases, cpu_seconds_per_call),
    "AsyncNango": (async_cases, async_cpu_seconds_per_call),
}


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


# The worker: one process per generated package, timing on request


def serve() -> None:
    """Answer the JSON requests of ``Worker``, one per line on stdin, one line each on stdout:
    ``cases``, ``warm`` (check the SDK's result, warm up, return how many calls fill a
    repetition) and ``pair`` (time the SDK and its baseline back to back)."""
    import nango_api

    mock = transport()
    cases: dict[tuple[str, str], tuple[Case, Timer]] = {}
    closers = []
    for flavour, (make_cases, timer) in FLAVOURS.items():
        made, close = make_cases(mock)
        closers.append(close)
        cases.update({(flavour, case.name): (case, timer) for case in made})
    print(json.dumps({"nango_api": nango_api.__file__}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        answer: Any = None
        if request["op"] == "cases":
            answer = [
                {
                    "flavour": flavour,
                    "name": case.name,
                    "baseline_name": case.baseline_name,
                    "target": None if case.target is None else [case.target.op, case.target.value],
                    "before_after": case.before_after,
                }
                for (flavour, _), (case, _) in cases.items()
            ]
        else:
            case, timer = cases[request["flavour"], request["case"]]
            if request["op"] == "warm":
                (_checked_sync if request["flavour"] == "Nango" else _checked_async)(case)
                timer(case.sdk, request["calls"])
                timer(case.raw, request["calls"])
                answer = calls_for(timer(case.raw, 20), request["budget"])
            else:  # pair
                sides = [("sdk", case.sdk), ("raw", case.raw)]
                if not request["sdk_first"]:
                    sides.reverse()
                answer = {side: timer(call, request["calls"]) for side, call in sides}
        print(json.dumps(answer), flush=True)
    for close in closers:
        close()


class Worker:
    """A ``serve`` process, with ``first`` ahead of the project on its ``PYTHONPATH``."""

    def __init__(self, first: Sequence[Path] = ()) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from benchmarks.bench_overhead import serve; serve()"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=python_env(first=first),
        )
        self.package = Path(self._read()["nango_api"]).parent

    def _read(self) -> Any:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the benchmark worker exited ({self.process.wait()})")
        return json.loads(line)

    def ask(self, op: str, **request: Any) -> Any:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"op": op, **request}) + "\n")
        self.process.stdin.flush()
        return self._read()

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def run(quick: bool = False) -> Section:
    warmup, repetitions, budget = (2, 3, 0.0) if quick else (100, REPETITIONS, BUDGET)
    stock = stock_generated()
    pairs = [(Worker(), Worker(first=[stock])) for _ in range(1 if quick else WORKER_PAIRS)]
    try:
        expected = ROOT / "generated" / "nango_api", stock / "nango_api"
        for fast, slow in pairs:
            if (fast.package, slow.package) != expected:
                raise RuntimeError(f"workers run {fast.package}, {slow.package}")
        rows: list[Row] = []
        for case in pairs[0][0].ask("cases"):
            where = {"flavour": case["flavour"], "case": case["name"]}
            used = [pair if case["before_after"] else pair[:1] for pair in pairs]
            found = [worker.ask("warm", calls=warmup, budget=budget, **where) for worker in used[0]]
            calls = 2 if quick else found[0]
            for pair in used[1:]:
                for worker in pair:
                    worker.ask("warm", calls=warmup, budget=budget, **where)
            fast_timings: list[dict[str, float]] = []
            stock_timings: list[dict[str, float]] = []
            for repetition in range(repetitions):
                # Alternate which goes first, so that drift (turbo, other load) hits both alike.
                pair = used[repetition % len(used)]
                turn = list(zip(pair, (fast_timings, stock_timings), strict=False))
                for worker, timings in turn if repetition % 2 == 0 else turn[::-1]:
                    timings.append(
                        worker.ask("pair", calls=calls, sdk_first=repetition % 2 == 0, **where)
                    )
            rows.extend(_rows(case, fast_timings, stock_timings if case["before_after"] else None))
    finally:
        for pair in pairs:
            for worker in pair:
                worker.close()
    return Section(NAME, TITLE, rows, notes=_notes(quick))


def _rows(
    case: dict[str, Any], fast: list[dict[str, float]], stock: list[dict[str, float]] | None
) -> list[Row]:
    def side(timings: list[dict[str, float]], key: str) -> list[float]:
        return [timing[key] for timing in timings]

    target = None if case["target"] is None else Target(*case["target"])
    name, flavour = case["name"], case["flavour"]
    options: dict[str, Any] = {"scale": 1e6, "baseline_name": case["baseline_name"]}
    rows = [
        Row.from_pairs(
            f"{name}, {flavour}",
            side(fast, "sdk"),
            side(fast, "raw"),
            "µs",
            target=target,
            **options,
        )
    ]
    if stock is not None:
        rows.append(
            Row.from_pairs(
                f"{name}, stock templates, {flavour}",
                side(stock, "sdk"),
                side(stock, "raw"),
                "µs",
                **options,
            )
        )
        rows.append(
            Row.from_pairs(
                f"{name}, fast / stock templates, {flavour}",
                side(fast, "sdk"),
                side(stock, "sdk"),
                "µs",
                scale=1e6,
                baseline_name="the same on the stock templates",
                target=NOT_SLOWER,
            )
        )
    return rows


def _notes(quick: bool) -> list[str]:
    return [
        "CPU time per call (time.process_time); "
        + ("3 quick" if quick else f"{REPETITIONS}")
        + f" repetitions of ~{BUDGET} s per side, SDK and baseline back to back in "
        "alternating order; figures are medians, the ratio is the median of the "
        "repetitions' ratios.",
        "Baseline: httpx.Client / httpx.AsyncClient on the same MockTransport: URL with "
        "query parameters, Authorization header, send, raise_for_status(), .json().",
        "Bodies: a connection with OAuth2 credentials; 100 connection list items; a page of "
        "100 records; an integration with OAuth2 app credentials; 100 providers (OAuth2 and "
        "API-key definitions, alternately); a 30-item JSON array through the proxy.",
        f"Worker processes ({WORKER_PAIRS} pairs, the repetitions going round them), the two of a "
        "pair asked in turns for each repetition: one on the checked-in "
        "generated/nango_api (fast from_dict, generator-templates/), one on a nango_api "
        "generated from the same openapi.yaml with the generator's own model templates "
        "(`scripts/codegen.py generate --templates stock`, the from_dict of before). Rows "
        "without a suffix are the checked-in package; 'stock templates' rows the other; "
        "'fast / stock templates' rows compare the SDK's figure on both (target: not slower, "
        "within 5 %).",
        "Targets against raw httpx: get_connection 1.2, list_connections 2.0 (100 typed items), "
        "list_records and proxy GET 1.3 (no generated model); get_integration and list_providers "
        "have none of their own (the 'fast / stock templates' one applies).",
        "The '.from_dict' rows time the generated from_dict alone on the decoded bodies, against "
        "json.loads of the same bytes (in the Nango workers).",
        "The '(same models)' rows compare with a baseline that also turns the JSON into the "
        "SDK's result models (the generated from_dict): what the SDK adds besides typed "
        "parsing. No target; for information.",
    ]


if __name__ == "__main__":
    from ._runner import cli

    raise SystemExit(cli([NAME, *sys.argv[1:]]))
