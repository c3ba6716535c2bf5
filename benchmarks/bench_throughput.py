"""2. Throughput on loopback: ``get_connection`` calls per second, sequential and 64-way
concurrent, for ``Nango`` and ``AsyncNango`` versus raw httpx and versus ``@nangohq/node``
0.71.10, all against the same local server in the same run.

The server (``benchmarks/_server.py``, its own process) answers canned bytes with keep-alive; its
CPU use is reported to show it is not the bottleneck. Each client runs in a fresh process
(``python -m benchmarks.bench_throughput --worker KIND SPEC`` / ``node
benchmarks/bench_throughput_node.mjs SPEC``), warms up (opening its connections) and then makes a
fixed number of calls; 64-way is 64 asyncio tasks (async), 64 threads (sync) or 64 promise
workers (Node) sharing one client. The kinds run in turns, several times; figures are medians.
"""

from __future__ import annotations

import asyncio
import importlib.util
import itertools
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ._common import (
    CONNECTION_ID,
    NODE_SDK,
    PROVIDER_CONFIG_KEY,
    ROOT,
    SECRET,
    Row,
    Section,
    Target,
    median,
    python_command,
    python_env,
    run_json,
)

NAME = "throughput"
TITLE = "2. Throughput on loopback (get_connection calls per second)"
CONCURRENCY = 64
NODE_SCRIPT = Path(__file__).with_name("bench_throughput_node.mjs")
SMALL_POOL = 16
# AsyncNango with a pool of SMALL_POOL connections: httpcore's async pool does work in proportion
# to its number of connections on every request, so fewer connections can serve 64 calls faster.
SMALL_POOL_KIND = f"nango-async-pool{SMALL_POOL}"
PYTHON_KINDS = ("raw-sync", "nango-sync", "raw-async", "nango-async", SMALL_POOL_KIND)
# Measured too when the httpx-aiohttp package is importable (it is not a dependency): AsyncNango
# on httpx_aiohttp.AiohttpTransport, given as http_client.
AIOHTTP_KIND = "nango-async-aiohttp"
PARAMS = {
    "provider_config_key": PROVIDER_CONFIG_KEY,
    "force_refresh": "false",
    "refresh_token": "false",
    "refresh_github_app_jwt_token": "false",
}


# Worker side (a fresh process per kind)


def _limits(connections: int = CONCURRENCY) -> Any:
    import httpx

    # A pool as large as the concurrency, every connection kept alive (httpx keeps 20 by default).
    return httpx.Limits(max_connections=connections, max_keepalive_connections=connections)


def _open_connections(client: Any) -> int | None:
    """Connections in an httpx client's pool (httpcore internals; None when unknown)."""
    try:
        return len(client._transport._pool.connections)
    except AttributeError:
        return None


def _sync_call(kind: str, url: str) -> tuple[Callable[[], object], Any]:
    """The call to time and the (fresh) httpx client it uses."""
    import httpx

    from nango import Nango

    client = httpx.Client(limits=_limits())
    if kind == "nango-sync":
        nango = Nango(SECRET, host=url, http_client=client)

        def call() -> object:
            connection = nango.get_connection(PROVIDER_CONFIG_KEY, CONNECTION_ID)
            assert connection.connection_id == CONNECTION_ID
            return connection

        return call, client

    headers = {"Authorization": f"Bearer {SECRET}"}
    endpoint = f"{url}/connections/{quote(CONNECTION_ID, safe='')}"

    def raw_call() -> object:
        response = client.get(endpoint, params=PARAMS, headers=headers)
        response.raise_for_status()
        connection = response.json()
        assert connection["connection_id"] == CONNECTION_ID
        return connection

    return raw_call, client


def _run_sync(call: Callable[[], object], concurrency: int, seconds: float) -> tuple[int, float]:
    """Calls completed and the time taken, calls starting until ``seconds`` have passed."""
    counter = itertools.count()  # next() is atomic under the GIL

    def worker(deadline: float) -> None:
        while time.perf_counter() < deadline:
            call()
            next(counter)

    if concurrency == 1:
        started = time.perf_counter()
        worker(started + seconds)
        return next(counter), time.perf_counter() - started
    with ThreadPoolExecutor(concurrency) as pool:
        started = time.perf_counter()
        futures = [pool.submit(worker, started + seconds) for _ in range(concurrency)]
        for future in futures:
            future.result()
        return next(counter), time.perf_counter() - started


def _async_call(kind: str, url: str) -> tuple[Callable[[], Any], Any]:
    """The coroutine function to time and the (fresh) httpx client it uses."""
    import httpx

    from nango import AsyncNango

    if kind == AIOHTTP_KIND:
        from httpx_aiohttp import AiohttpTransport  # type: ignore[import-not-found]

        client = httpx.AsyncClient(transport=AiohttpTransport(limits=_limits()))
    elif kind == SMALL_POOL_KIND:
        client = httpx.AsyncClient(limits=_limits(SMALL_POOL))
    else:
        client = httpx.AsyncClient(limits=_limits())
    if kind.startswith("nango-async"):
        nango = AsyncNango(SECRET, host=url, http_client=client)

        async def call() -> object:
            connection = await nango.get_connection(PROVIDER_CONFIG_KEY, CONNECTION_ID)
            assert connection.connection_id == CONNECTION_ID
            return connection

        return call, client

    headers = {"Authorization": f"Bearer {SECRET}"}
    endpoint = f"{url}/connections/{quote(CONNECTION_ID, safe='')}"

    async def raw_call() -> object:
        response = await client.get(endpoint, params=PARAMS, headers=headers)
        response.raise_for_status()
        connection = response.json()
        assert connection["connection_id"] == CONNECTION_ID
        return connection

    return raw_call, client


async def _run_async(
    call: Callable[[], Any], concurrency: int, seconds: float
) -> tuple[int, float]:
    done = 0

    async def worker(deadline: float) -> None:
        nonlocal done
        while time.perf_counter() < deadline:
            await call()
            done += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker(started + seconds) for _ in range(concurrency)))
    return done, time.perf_counter() - started


async def _async_worker(kind: str, url: str, runs: Sequence[dict[str, Any]], warmup: float) -> Any:
    results = []
    busy = time.perf_counter()
    for spec in runs:
        call, client = _async_call(kind, url)  # a fresh pool for each run
        if warmup:
            await _run_async(call, spec["concurrency"], warmup)
        calls, seconds = await _run_async(call, spec["concurrency"], spec["seconds"])
        results.append(_result(spec, calls, seconds, _open_connections(client)))
        await client.aclose()
    return {"results": results, "busy_seconds": time.perf_counter() - busy}


def _result(
    spec: dict[str, Any], calls: int, seconds: float, connections: int | None
) -> dict[str, Any]:
    return {
        "concurrency": spec["concurrency"],
        "calls": calls,
        "seconds": seconds,
        "calls_per_s": calls / seconds,
        "connections": connections,
    }


def worker_main(kind: str, spec_json: str) -> None:
    spec = json.loads(spec_json)
    url, runs, warmup = spec["url"], spec["runs"], spec["warmup"]
    if "async" in kind:
        output = asyncio.run(_async_worker(kind, url, runs, warmup))
    else:
        results = []
        busy = time.perf_counter()
        for run in runs:
            call, client = _sync_call(kind, url)  # a fresh pool for each run
            if warmup:
                _run_sync(call, run["concurrency"], warmup)
            calls, seconds = _run_sync(call, run["concurrency"], run["seconds"])
            results.append(_result(run, calls, seconds, _open_connections(client)))
            client.close()
        output = {"results": results, "busy_seconds": time.perf_counter() - busy}
    print(json.dumps(output))


# Runner side


class Server:
    """The canned-bytes server in its own process; measures the CPU time it uses."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            python_command("benchmarks._server"),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=ROOT,
            env=python_env(),
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            self.process.wait(10)
            raise RuntimeError("the benchmark server did not start")
        self.url = f"http://127.0.0.1:{json.loads(line)['port']}"

    def cpu_seconds(self) -> float:
        """User + system CPU time of the server process so far (Linux /proc)."""
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)


def _client_command(kind: str, spec: dict[str, Any]) -> list[str]:
    if kind == "node":
        node = shutil.which("node")
        assert node is not None
        return [node, str(NODE_SCRIPT), json.dumps(spec)]
    return python_command("benchmarks.bench_throughput", "--worker", kind, json.dumps(spec))


def sniffio_available() -> bool:
    return importlib.util.find_spec("sniffio") is not None


def aiohttp_available() -> bool:
    return importlib.util.find_spec("httpx_aiohttp") is not None


def node_available() -> bool:
    return shutil.which("node") is not None and (NODE_SDK / "package.json").exists()


def run(quick: bool = False) -> Section:
    if quick:
        repetitions, warmup, sequential, concurrent = 1, 0.0, 0.02, 0.05
    else:
        repetitions, warmup, sequential, concurrent = 5, 0.3, 1.5, 2.0
    kinds = [
        *PYTHON_KINDS,
        *([AIOHTTP_KIND] if aiohttp_available() else []),
        *(["node"] if node_available() else []),
    ]
    runs = [
        {"concurrency": 1, "seconds": sequential},
        {"concurrency": CONCURRENCY, "seconds": concurrent},
    ]
    figures: dict[tuple[str, int], list[float]] = {}
    server_shares: list[float] = []
    open_connections: dict[str, list[int | None]] = {}
    server = Server()
    try:
        spec = {"url": server.url, "warmup": warmup, "runs": runs}
        for repetition in range(repetitions):
            # Rotate the order, so that no kind always runs first or last.
            shift = repetition % len(kinds)
            for kind in kinds[shift:] + kinds[:shift]:
                cpu_before = server.cpu_seconds()
                started = time.perf_counter()
                output = run_json(_client_command(kind, spec))
                elapsed = time.perf_counter() - started
                busy = output.get("busy_seconds") or sum(r["seconds"] for r in output["results"])
                server_shares.append((server.cpu_seconds() - cpu_before) / min(busy, elapsed))
                for result in output["results"]:
                    figures.setdefault((kind, result["concurrency"]), []).append(
                        result["calls_per_s"]
                    )
                    if result["concurrency"] == CONCURRENCY:
                        open_connections.setdefault(kind, []).append(result.get("connections"))
    finally:
        server.stop()

    def rate(kind: str, concurrency: int) -> float | None:
        values = figures.get((kind, concurrency))
        return median(values) if values else None

    rows: list[Row] = []
    for concurrency, mode in ((1, "sequential"), (CONCURRENCY, f"{CONCURRENCY}-way")):
        threads = "" if concurrency == 1 else f", {CONCURRENCY} threads"
        pairs = [
            (f"{mode}, Nango{threads}", "nango-sync", "raw-sync", "raw httpx.Client", None),
            (f"{mode}, AsyncNango", "nango-async", "raw-async", "raw httpx.AsyncClient", None),
            (
                f"{mode}, AsyncNango vs Node SDK",
                "nango-async",
                "node",
                "@nangohq/node",
                Target(">=", 1.0) if concurrency > 1 else None,
            ),
            (
                f"{mode}, AsyncNango, {SMALL_POOL}-connection pool, vs Node SDK",
                SMALL_POOL_KIND,
                "node",
                "@nangohq/node",
                None,
            ),
            (
                f"{mode}, AsyncNango on httpx-aiohttp vs Node SDK",
                AIOHTTP_KIND,
                "node",
                "@nangohq/node",
                None,
            ),
        ]
        for name, kind, baseline_kind, baseline_name, target in pairs:
            sdk = figures.get((kind, concurrency))
            baseline = figures.get((baseline_kind, concurrency))
            if not sdk or not baseline:
                continue
            rows.append(
                Row.from_pairs(
                    name,
                    sdk,
                    baseline,
                    "calls/s",
                    baseline_name=baseline_name,
                    target=target,
                )
            )
    connections = ", ".join(
        f"{kind} {median(values):.0f}"
        for kind in kinds
        if (values := [c for c in open_connections.get(kind, []) if c is not None])
    )
    absolute = ", ".join(
        f"{kind} {rate(kind, 1) or 0:,.0f} / {rate(kind, CONCURRENCY) or 0:,.0f}" for kind in kinds
    )

    notes = [
        f"Calls per second (higher is better), median of {repetitions} repetitions; each "
        "repetition runs every client in a fresh process, in rotating order: calls one after "
        f"the other for {sequential} s, then {CONCURRENCY}-way for {concurrent} s, each after a "
        f"{warmup} s warm-up at the same concurrency (which opens the connections); calls/s is "
        "the calls completed over the time until the last one ended. The ratio is the median "
        "of the repetitions' ratios.",
        f"Python clients: a fresh httpx client for each run, with httpx.Limits(max_connections="
        f"{CONCURRENCY}, max_keepalive_connections={CONCURRENCY}) (httpx keeps only 20 "
        "connections alive by default), given as http_client; connections open at the end of "
        f"the {CONCURRENCY}-way runs (medians): {connections}. Node: @nangohq/node with Node's "
        "global keep-alive agent.",
        f"sniffio is {'' if sniffio_available() else 'not '}installed: without it, httpcore "
        "1.0.9 retries a failing `import sniffio` each time it sets up an async lock or event "
        "(anyio >= 4.11 no longer depends on it), which slows every async httpx request.",
        "Server: a Python asyncio protocol in its own process answering canned bytes (a "
        f"{len(_server_body())}-byte connection) with keep-alive; it used at most "
        f"{100 * max(server_shares, default=0):.0f}% of one core during any client's run "
        f"(median {100 * median(server_shares or [0]):.0f}%), so it is not the bottleneck.",
        f"Medians per client, sequential / {CONCURRENCY}-way: {absolute}.",
    ]
    if not node_available():
        notes.append("Node or tests/node/node_modules is missing: the Node SDK was not measured.")
    return Section(NAME, TITLE, rows, notes)


def _server_body() -> bytes:
    from ._server import BODY

    return BODY


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        worker_main(sys.argv[2], sys.argv[3])
    else:
        from ._runner import cli

        raise SystemExit(cli([NAME, *sys.argv[1:]]))
