"""What the benchmarks share: timing, result rows and tables, machine description, BENCHMARKS.md."""

from __future__ import annotations

import asyncio
import atexit
import functools
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

ROOT = Path(__file__).resolve().parent.parent
RESULTS_FILE = ROOT / "BENCHMARKS.md"
NODE_SDK = ROOT / "tests" / "node" / "node_modules" / "@nangohq" / "node"

# The values every benchmark's requests use.
SECRET = "sk-bench-6c0e2f9a-not-a-real-key"
HOST = "http://nango.bench"
PROVIDER_CONFIG_KEY = "github-ref"
CONNECTION_ID = "conn-gh-1"


# Results


@dataclass(frozen=True)
class Target:
    """A goal on a row: on its ratio (SDK / baseline), its SDK figure, or their difference."""

    op: Literal["<=", ">=", "<"]
    value: float
    on: Literal["ratio", "sdk", "delta"] = "ratio"

    def met(self, row: Row) -> bool | None:
        figure = {"ratio": row.ratio, "sdk": row.sdk, "delta": row.delta}[self.on]
        if figure is None:
            return None
        if self.op == "<=":
            return figure <= self.value
        if self.op == ">=":
            return figure >= self.value
        return figure < self.value

    def describe(self, unit: str) -> str:
        if self.on == "ratio":
            return f"ratio {self.op} {self.value:g}"
        what = "SDK" if self.on == "sdk" else "SDK - baseline"
        return f"{what} {self.op} {self.value:g} {unit}"


@dataclass
class Row:
    """One measured figure of the SDK and the same figure of its baseline (same run).

    With ``pairs`` (SDK and baseline figures measured back to back, one pair per repetition),
    the ratio is the median of the pairs' ratios, which a drift of the machine's speed during the
    run does not move; ``sdk`` and ``baseline`` are then the medians of each side.
    """

    name: str
    sdk: float
    baseline: float | None
    unit: str
    baseline_name: str = ""
    target: Target | None = None
    pair_ratios: list[float] = field(default_factory=list)

    @classmethod
    def from_pairs(
        cls,
        name: str,
        sdk: Sequence[float],
        baseline: Sequence[float],
        unit: str,
        scale: float = 1.0,
        **options: Any,
    ) -> Row:
        ratios = [a / b for a, b in zip(sdk, baseline, strict=True) if b]
        return cls(
            name,
            median(sdk) * scale,
            median(baseline) * scale,
            unit,
            pair_ratios=ratios,
            **options,
        )

    @property
    def ratio(self) -> float | None:
        if self.pair_ratios:
            return median(self.pair_ratios)
        if self.baseline is None or self.baseline == 0:
            return None
        return self.sdk / self.baseline

    @property
    def delta(self) -> float | None:
        return None if self.baseline is None else self.sdk - self.baseline

    @property
    def status(self) -> str:
        if self.target is None:
            return "-"
        met = self.target.met(self)
        return "-" if met is None else "PASS" if met else "MISS"

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("target")
        data.pop("pair_ratios")
        data.update(
            ratio=self.ratio,
            target=self.target.describe(self.unit) if self.target else None,
            status=self.status,
        )
        return data


@dataclass
class Section:
    """A benchmark's results: its rows and the notes that say how they were measured."""

    key: str
    title: str
    rows: list[Row]
    notes: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)  # more markdown tables, after the rows

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "rows": [row.as_dict() for row in self.rows],
            "notes": self.notes,
            "tables": self.tables,
        }


def number(value: float) -> str:
    """A figure with about three significant digits."""
    magnitude = abs(value)
    if magnitude >= 100:
        return f"{value:,.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    if magnitude >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"


def table(rows: Sequence[Row]) -> str:
    """The markdown table: benchmark, SDK, baseline, ratio, target, result."""
    lines = [
        "| benchmark | SDK | baseline | ratio | target | result |",
        "|---|---:|---:|---:|---|---|",
    ]
    for row in rows:
        baseline = "—"
        if row.baseline is not None:
            baseline = f"{number(row.baseline)} {row.unit}"
            if row.baseline_name:
                baseline += f" ({row.baseline_name})"
        ratio = "—" if row.ratio is None else f"{row.ratio:.2f}"
        target = row.target.describe(row.unit) if row.target else "—"
        lines.append(
            f"| {row.name} | {number(row.sdk)} {row.unit} | {baseline} | {ratio} | {target} "
            f"| {row.status} |"
        )
    return "\n".join(lines)


def render(section: Section) -> str:
    notes = "".join(f"\n- {note}" for note in section.notes)
    tables = "".join(f"\n{extra}\n" for extra in section.tables)
    return f"### {section.title}\n\n{table(section.rows)}\n{tables}{notes}\n"


# Timing


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def cpu_seconds_per_call(call: Callable[[], object], calls: int) -> float:
    """CPU time of this process per call (other processes on the machine do not count)."""
    gc.collect()
    started = time.process_time()
    for _ in range(calls):
        call()
    return (time.process_time() - started) / calls


def async_cpu_seconds_per_call(call: Callable[[], Awaitable[object]], calls: int) -> float:
    """``cpu_seconds_per_call`` for a coroutine function, awaited in turn on one event loop."""

    async def loop() -> float:
        started = time.process_time()
        for _ in range(calls):
            await call()
        return (time.process_time() - started) / calls

    gc.collect()
    return asyncio.run(loop())


def calls_for(seconds_per_call: float, budget: float, minimum: int = 3) -> int:
    """How many calls fill ``budget`` seconds."""
    return max(minimum, int(budget / max(seconds_per_call, 1e-9)))


# Machine and run description


def _command_output(*command: str) -> str | None:
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=30, cwd=ROOT, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() if result.returncode == 0 else None


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def node_version() -> str | None:
    node = shutil.which("node")
    return _command_output(node, "--version") if node else None


def node_sdk_version() -> str | None:
    try:
        return str(json.loads((NODE_SDK / "package.json").read_text())["version"])
    except (OSError, ValueError, KeyError):
        return None


def machine_info() -> dict[str, Any]:
    import attrs
    import httpx

    import nango

    commit = _command_output("git", "rev-parse", "--short", "HEAD")
    dirty = bool(_command_output("git", "status", "--porcelain"))
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "os": f"{platform.system()} {platform.release()}",
        "load_average": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "httpx": httpx.__version__,
        "attrs": attrs.__version__,
        "node": node_version(),
        "node_sdk": node_sdk_version(),
        "nango": nango.__version__,
        "commit": commit,
        "dirty": dirty,
    }


def describe_machine(info: dict[str, Any]) -> list[str]:
    load = info["load_average"]
    commit = info["commit"] or "unknown"
    if info["dirty"]:
        commit += " (with uncommitted changes)"
    node = info["node"] or "not found"
    node_sdk = info["node_sdk"] or "not installed"
    return [
        f"Machine: {info['cpu']}, {info['cores']} cores, {info['os']}"
        + ("" if load is None else f"; load average {load:.2f} at start"),
        f"Python: {info['python']} (httpx {info['httpx']}, attrs {info['attrs']}); "
        f"Node: {node} (@nangohq/node {node_sdk})",
        f"nango-python {info['nango']} at commit {commit}",
    ]


def append_results(
    path: Path, sections: Sequence[Section], info: dict[str, Any], command: str
) -> None:
    """Append a dated section with the machine's description and every table to ``path``."""
    names = ", ".join(section.key for section in sections)
    parts = [f"\n## {info['date']}: {names}\n"]
    parts.extend(f"- {line}" for line in describe_machine(info))
    parts.append(f"- Command: `{command}`\n")
    parts.extend(render(section) for section in sections)
    text = "\n".join(parts)
    if not path.exists():
        text = "# Benchmarks\n" + text
    with path.open("a", encoding="utf-8") as file:
        file.write(text)


# Subprocesses


PYCACHE = Path(tempfile.gettempdir()) / "nango-benchmarks-pycache"


def python_env(*, first: Sequence[Path] = (), **extra: str) -> dict[str, str]:
    """The environment of a Python subprocess: this one's, with the project root importable
    (after the folders ``first``) and bytecode caching on (as for an installed package), the
    ``.pyc`` files kept out of the checkout in ``PYCACHE``; without them every process would
    compile every module it imports."""
    env = dict(os.environ)
    paths = [
        *map(str, first),
        str(ROOT),
        *filter(None, env.get("PYTHONPATH", "").split(os.pathsep)),
    ]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env.update(extra)
    return env


def run_json(
    command: Sequence[str], *, env: dict[str, str] | None = None, timeout: float = 600
) -> Any:
    """Run ``command`` and parse the last line of its output as JSON (fails loudly)."""
    result = subprocess.run(
        list(command),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=env if env is not None else python_env(),
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} exited with {result.returncode}:\n{result.stderr[-3000:]}"
        )
    lines = result.stdout.strip().splitlines()
    if not lines:
        raise RuntimeError(f"{' '.join(command)} printed nothing:\n{result.stderr[-3000:]}")
    return json.loads(lines[-1])


def python_command(module: str, *args: str) -> list[str]:
    return [sys.executable, "-m", module, *args]


@functools.cache
def stock_generated() -> Path:
    """A folder holding a ``nango_api`` generated from openapi.yaml with the generator's own model
    templates (``scripts/codegen.py generate --templates stock``: ``from_dict`` as before the
    fast templates of generator-templates/); put it first on ``PYTHONPATH`` (``python_env(first=
    ...)``) to run the SDK on it. Made once per process, removed when the process exits."""
    folder = Path(tempfile.mkdtemp(prefix="nango-bench-stock-"))
    atexit.register(shutil.rmtree, folder, True)
    command = [sys.executable, str(ROOT / "scripts" / "codegen.py"), "generate"]
    command += ["--templates", "stock", "--generated", str(folder / "nango_api")]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")
    return folder
