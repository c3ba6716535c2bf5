"""2. Throughput on loopback: ``get_connection`` calls per second at 1, 8, 64 and 256 concurrent
calls, against a server that answers at once and one that answers after 50 ms, for ``AsyncNango``
with the client it builds, ``AsyncNango`` on ``DefaultAioHttpClient``, a raw
``httpx.AsyncClient`` (httpx's defaults) and ``@nangohq/node`` 0.71.10; and ``Nango`` shared by
1, 16 and 64 threads against a raw ``httpx.Client``. All in one run.

Each server (``benchmarks/_server.py``) is its own process answering canned bytes with
keep-alive; it counts the connections it accepts (new connections per call come from there) and
its CPU use is shown. Each client kind is one long-lived process (``python -m
benchmarks.bench_throughput --worker KIND`` / ``node benchmarks/bench_throughput_node.mjs``)
that takes commands on its standard input: ``prepare`` (a fresh client, then a warm-up at the
run's concurrency, which opens the connections) and ``measure``. For each server and
concurrency, the kinds are measured back to back in rotating order, several times; figures are
medians, ratios the medians of each repetition's ratio.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO
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
    number,
    python_command,
    python_env,
)

NAME = "throughput"
TITLE = "2. Throughput on loopback (get_connection calls per second)"
NODE_SCRIPT = Path(__file__).with_name("bench_throughput_node.mjs")
SERVERS = {"fast": 0.0, "50 ms": 50.0}  # name: answer delay in ms
ASYNC_CONCURRENCY = (1, 8, 64, 256)
THREADS = (1, 16, 64)
# client kind: what the tables call it
ASYNC_KINDS = {
    "nango-async": "AsyncNango",
    "nango-async-aiohttp": "AsyncNango + DefaultAioHttpClient",
    "nango-async-stock": "AsyncNango, httpcore's pool",
    "raw-async": "raw httpx.AsyncClient()",
    "node": "@nangohq/node",
}
SYNC_KINDS = {"nango-sync": "Nango", "raw-sync": "raw httpx.Client()"}
PARAMS = {
    "provider_config_key": PROVIDER_CONFIG_KEY,
    "force_refresh": "false",
    "refresh_token": "false",
    "refresh_github_app_jwt_token": "false",
}


# Worker side: one process per kind, commands on standard input


def _client(kind: str) -> Any:
    """The fresh HTTP client of one run (``None``: the one ``Nango``/``AsyncNango`` builds)."""
    import httpx

    import nango

    if kind == "nango-async-aiohttp":
        return nango.DefaultAioHttpClient()
    if kind == "nango-async-stock":  # the same limits on httpx's own pool: the pool alone differs
        return httpx.AsyncClient(limits=nango._transport.DEFAULT_LIMITS)
    if kind == "raw-async":
        return httpx.AsyncClient()
    if kind == "raw-sync":
        return httpx.Client()
    return None


def _call(kind: str, url: str, client: Any) -> tuple[Callable[[], Any], Any]:
    """The call to time and the object to close after the run."""
    from nango import AsyncNango, Nango

    if kind.startswith("nango"):
        nango = (Nango if kind == "nango-sync" else AsyncNango)(
            SECRET, host=url, http_client=client
        )

        def call() -> Any:
            return nango.get_connection(PROVIDER_CONFIG_KEY, CONNECTION_ID)

        return call, client or nango
    headers = {"Authorization": f"Bearer {SECRET}"}
    endpoint = f"{url}/connections/{quote(CONNECTION_ID, safe='')}"

    def raw_call() -> Any:
        return client.get(endpoint, params=PARAMS, headers=headers)

    return raw_call, client


def _check(result: Any) -> None:
    if hasattr(result, "json"):  # a raw httpx response
        result.raise_for_status()
        result = result.json()
        assert result["connection_id"] == CONNECTION_ID
    else:
        assert result.connection_id == CONNECTION_ID


async def _run_async(
    call: Callable[[], Any], concurrency: int, seconds: float, latencies: list[float] | None
) -> tuple[int, int, float]:
    """Calls completed, calls failed and the time taken (calls start until ``seconds``)."""
    done = failed = 0

    async def worker(deadline: float) -> None:
        nonlocal done, failed
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            try:
                _check(await call())
            except Exception:  # counted: httpcore's own pool fails some calls under load
                failed += 1
                continue
            if latencies is not None:
                latencies.append(time.perf_counter() - started)
            done += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker(started + seconds) for _ in range(concurrency)))
    return done, failed, time.perf_counter() - started


def _run_sync(
    call: Callable[[], Any],
    concurrency: int,
    seconds: float,
    latencies: list[float] | None,
    pool: ThreadPoolExecutor,
) -> tuple[int, int, float]:
    done, failed = itertools.count(), itertools.count()  # next() is atomic under the GIL

    def worker(deadline: float) -> None:
        while time.perf_counter() < deadline:
            begun = time.perf_counter()
            try:
                _check(call())
            except Exception:  # counted, as in _run_async
                next(failed)
                continue
            if latencies is not None:
                latencies.append(time.perf_counter() - begun)  # list.append is atomic
            next(done)

    started = time.perf_counter()
    for future in [pool.submit(worker, started + seconds) for _ in range(concurrency)]:
        future.result()
    return next(done), next(failed), time.perf_counter() - started


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] if ordered else 0.0


def worker_main(kind: str, stdin: TextIO = sys.stdin) -> None:
    """Answer ``prepare`` / ``measure`` commands, one JSON line each (see the module)."""
    is_async = kind in ASYNC_KINDS
    loop = asyncio.new_event_loop() if is_async else None
    threads = None if is_async else ThreadPoolExecutor(max(THREADS))
    state: dict[str, Any] = {}

    def run(seconds: float, latencies: list[float] | None) -> tuple[int, int, float]:
        if loop is not None:
            return loop.run_until_complete(
                _run_async(state["call"], state["concurrency"], seconds, latencies)
            )
        assert threads is not None
        return _run_sync(state["call"], state["concurrency"], seconds, latencies, threads)

    async def make() -> tuple[Callable[[], Any], Any]:
        return _call(kind, state["url"], _client(kind))

    for line in stdin:
        command = json.loads(line)
        if command["cmd"] == "prepare":
            state.update(url=command["url"], concurrency=command["concurrency"])
            if loop is not None:  # clients are made in the loop that will use them
                state["call"], state["closer"] = loop.run_until_complete(make())
            else:
                state["call"], state["closer"] = _call(kind, state["url"], _client(kind))
            if command["warmup"]:
                run(command["warmup"], None)
            answer: dict[str, Any] = {"ready": True}
        else:
            latencies: list[float] = []
            calls, failed, seconds = run(command["seconds"], latencies)
            closer = state.pop("closer")
            if loop is not None:
                loop.run_until_complete(closer.aclose())
            else:
                closer.close()
            answer = {
                "calls": calls,
                "failed": failed,
                "seconds": seconds,
                "p50": quantile(latencies, 0.5),
                "p99": quantile(latencies, 0.99),
            }
        print(json.dumps(answer), flush=True)


# Runner side


class Process:
    """A child process spoken to in JSON lines; its CPU time from /proc (Linux)."""

    def __init__(self, command: Sequence[str]) -> None:
        self.process = subprocess.Popen(
            list(command),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=ROOT,
            env=python_env(),
            text=True,
        )

    def ask(self, message: dict[str, Any] | str) -> Any:
        assert self.process.stdin is not None
        text = message if isinstance(message, str) else json.dumps(message)
        self.process.stdin.write(text + "\n")
        self.process.stdin.flush()
        return self.read()

    def read(self) -> Any:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            code = self.process.wait(10)
            raise RuntimeError(f"{self.process.args!r} ended (exit code {code})")
        return json.loads(line)

    def cpu_seconds(self) -> float:
        """User + system CPU time of the process so far."""
        try:
            stat = Path(f"/proc/{self.process.pid}/stat").read_text()
        except OSError:
            return 0.0
        fields = stat.rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)


class Server(Process):
    def __init__(self, delay_ms: float) -> None:
        super().__init__(python_command("benchmarks._server", "--delay-ms", str(delay_ms)))
        self.url = f"http://127.0.0.1:{self.read()['port']}"


def node_available() -> bool:
    return shutil.which("node") is not None and (NODE_SDK / "package.json").exists()


def aiohttp_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("aiohttp") is not None


def _worker_command(kind: str) -> list[str]:
    if kind == "node":
        node = shutil.which("node")
        assert node is not None
        return [node, str(NODE_SCRIPT)]
    return python_command("benchmarks.bench_throughput", "--worker", kind)


@dataclass
class Runs:
    """Each repetition's figures for one (server, concurrency, kind)."""

    calls_per_s: list[float] = field(default_factory=list)
    p50: list[float] = field(default_factory=list)
    p99: list[float] = field(default_factory=list)
    new_per_call: list[float] = field(default_factory=list)
    server_cpu: list[float] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)


def measure(
    servers: dict[str, Server],
    workers: dict[str, Process],
    levels: Sequence[int],
    repetitions: int,
    warmup: float,
    seconds: float,
) -> dict[tuple[str, int, str], Runs]:
    figures: dict[tuple[str, int, str], Runs] = {}
    kinds = list(workers)
    for (server_name, server), concurrency in itertools.product(servers.items(), levels):
        for repetition in range(repetitions):
            shift = repetition % len(kinds)  # no kind always first or last
            for kind in kinds[shift:] + kinds[:shift]:
                worker = workers[kind]
                prepare = {"url": server.url, "concurrency": concurrency, "warmup": warmup}
                worker.ask({"cmd": "prepare", **prepare})
                before, cpu_before = server.ask("stats"), server.cpu_seconds()
                result = worker.ask({"cmd": "measure", "seconds": seconds})
                after, cpu_after = server.ask("stats"), server.cpu_seconds()
                runs = figures.setdefault((server_name, concurrency, kind), Runs())
                calls = max(result["calls"], 1)
                runs.calls_per_s.append(result["calls"] / result["seconds"])
                runs.p50.append(result["p50"] * 1000)
                runs.p99.append(result["p99"] * 1000)
                runs.new_per_call.append((after["connections"] - before["connections"]) / calls)
                runs.server_cpu.append((cpu_after - cpu_before) / result["seconds"])
                runs.failed.append(result.get("failed", 0))
    return figures


def run(quick: bool = False) -> Section:
    if quick:
        repetitions, warmup, seconds = 1, 0.0, 0.05
    else:
        repetitions, warmup, seconds = 3, 0.3, 1.5
    async_kinds = [
        kind
        for kind in ASYNC_KINDS
        if (kind != "node" or node_available())
        and (kind != "nango-async-aiohttp" or aiohttp_available())
    ]
    servers = {name: Server(delay) for name, delay in SERVERS.items()}
    workers: dict[str, Process] = {}
    try:
        workers = {kind: Process(_worker_command(kind)) for kind in async_kinds}
        figures = measure(servers, workers, ASYNC_CONCURRENCY, repetitions, warmup, seconds)
        for worker in workers.values():
            worker.stop()
        workers = {kind: Process(_worker_command(kind)) for kind in SYNC_KINDS}
        figures.update(measure(servers, workers, THREADS, repetitions, warmup, seconds))
    finally:
        for process in [*workers.values(), *servers.values()]:
            process.stop()
    rows = _rows(figures)
    tables = [_table(figures, ASYNC_KINDS, ASYNC_CONCURRENCY, "concurrent calls (asyncio tasks)")]
    tables.append(_table(figures, SYNC_KINDS, THREADS, "threads sharing one client"))
    notes = [
        f"One run; for each server and concurrency every client is measured {repetitions} "
        f"time(s), the clients back to back in rotating order: a fresh client, {warmup} s of "
        f"calls at that concurrency (which opens its connections), then {seconds} s measured. "
        "Figures are medians; a ratio is the median of the repetitions' ratios. calls/s counts "
        "the calls completed until the last one ended; p50/p99 are per-call latencies; failed "
        "calls (an exception instead of the connection: not counted in calls/s) are summed over "
        "the repetitions.",
        "Clients: AsyncNango and Nango with the client they build (nango's connection pool, "
        "256 connections kept alive 5 s); AsyncNango on nango.DefaultAioHttpClient() (the "
        "aiohttp extra); AsyncNango on an httpx.AsyncClient with the same limits (httpcore "
        "1.0.9's pool: what nango's pool replaces); raw httpx clients with httpx's defaults "
        "(100 connections, 20 kept alive) calling the same URL by hand; @nangohq/node with "
        "Node's keep-alive agent (a fresh one per run). Each kind is one long-lived process.",
        "New connections per call: connections the server accepted during the measured "
        "seconds (after the warm-up opened the client's first ones), divided by the calls. "
        "Server CPU: its process's CPU time over the measured seconds (100% is one core); each "
        "server is a Python asyncio protocol answering canned bytes (a "
        f"{len(_server_body())}-byte connection), at once or 50 ms after the request.",
    ]
    if not node_available():
        notes.append("Node or tests/node/node_modules is missing: the Node SDK was not measured.")
    if not aiohttp_available():
        notes.append("aiohttp is not installed: DefaultAioHttpClient was not measured.")
    return Section(NAME, TITLE, rows, notes, tables)


def _rows(figures: dict[tuple[str, int, str], Runs]) -> list[Row]:
    def pair(name: str, sdk: tuple[str, int, str], base: tuple[str, int, str], **kw: Any) -> None:
        if sdk in figures and base in figures:
            rows.append(
                Row.from_pairs(
                    name, figures[sdk].calls_per_s, figures[base].calls_per_s, "calls/s", **kw
                )
            )

    rows: list[Row] = []
    nango, aio, node = "nango-async", "nango-async-aiohttp", "node"
    for level in (64, 256):
        pair(
            f"fast, {level}-way vs 1-way, AsyncNango",
            ("fast", level, nango),
            ("fast", 1, nango),
            baseline_name="AsyncNango 1-way",
            target=Target(">=", 0.9),
        )
    for level, goal in ((64, 0.85), (256, 0.5)):
        pair(
            f"50 ms, {level}-way, AsyncNango vs Node SDK",
            ("50 ms", level, nango),
            ("50 ms", level, node),
            baseline_name="@nangohq/node",
            target=Target(">=", goal),
        )
    for level in (64, 256):
        key = ("50 ms", level, nango)
        if key in figures:
            runs = figures[key]
            rows.append(
                Row.from_pairs(
                    f"50 ms, {level}-way, AsyncNango p99 vs p50",
                    runs.p99,
                    runs.p50,
                    "ms",
                    baseline_name="p50",
                    target=Target("<=", 3.0),
                )
            )
    for level in (64, 256):
        key = ("50 ms", level, nango)
        if key in figures:
            rows.append(
                Row(
                    f"50 ms, {level}-way, AsyncNango new connections per call",
                    median(figures[key].new_per_call),
                    None,
                    "per call",
                    target=Target("<=", 0.05, on="sdk") if level == 64 else None,
                )
            )
    for server, goal in (("fast", 0.45), ("50 ms", 0.9)):
        pair(
            f"{server}, 64-way, AsyncNango + DefaultAioHttpClient vs Node SDK",
            (server, 64, aio),
            (server, 64, node),
            baseline_name="@nangohq/node",
            target=Target(">=", goal),
        )
    for server, level in (("fast", 64), ("50 ms", 64), ("50 ms", 256)):
        pair(
            f"{server}, {level}-way, AsyncNango: nango's pool vs httpcore's",
            (server, level, nango),
            (server, level, "nango-async-stock"),
            baseline_name="httpcore 1.0.9's pool, same limits",
        )
    pair(
        "fast, 64-way, AsyncNango vs Node SDK",
        ("fast", 64, nango),
        ("fast", 64, node),
        baseline_name="@nangohq/node",
    )
    for server in SERVERS:
        for threads in THREADS[1:]:
            pair(
                f"{server}, {threads} threads vs 1 thread, Nango",
                (server, threads, "nango-sync"),
                (server, 1, "nango-sync"),
                baseline_name="Nango, 1 thread",
            )
    return rows


def _table(
    figures: dict[tuple[str, int, str], Runs],
    kinds: dict[str, str],
    levels: Sequence[int],
    what: str,
) -> str:
    lines = [
        f"| server | {what} | client | calls/s | p50 | p99 | new connections per call "
        "| server CPU | failed calls |",
        "|---|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for server, level, (kind, label) in itertools.product(SERVERS, levels, kinds.items()):
        runs = figures.get((server, level, kind))
        if runs is None:
            continue
        lines.append(
            f"| {server} | {level} | {label} | {number(median(runs.calls_per_s))} "
            f"| {median(runs.p50):.1f} ms | {median(runs.p99):.1f} ms "
            f"| {median(runs.new_per_call):.3f} | {100 * median(runs.server_cpu):.0f}% "
            f"| {sum(runs.failed)} |"
        )
    return "\n".join(lines)


def _server_body() -> bytes:
    from ._server import BODY

    return BODY


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        worker_main(sys.argv[2])
    else:
        from ._runner import cli

        raise SystemExit(cli([NAME, *sys.argv[1:]]))
