"""The benchmarks (benchmarks/, scripts/bench) in quick mode: each runs, prints its table and
reports positive figures, and quick mode leaves BENCHMARKS.md alone. No timing is asserted."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from benchmarks import _common
from benchmarks._runner import BENCHMARKS

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, Any], bool]:
    """``python -m benchmarks --quick --json FILE``: every benchmark, once for the module."""
    results = tmp_path_factory.mktemp("bench") / "results.json"
    before = digest(_common.RESULTS_FILE)
    run = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--json", str(results)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_common.python_env(),
        timeout=110,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    unchanged = digest(_common.RESULTS_FILE) == before
    return run.stdout, json.loads(results.read_text()), unchanged


def section(data: dict[str, Any], key: str) -> dict[str, Any]:
    return next(s for s in data["sections"] if s["key"] == key)


def test_quick_mode_does_not_touch_benchmarks_md(
    quick_run: tuple[str, dict[str, Any], bool],
) -> None:
    stdout, _, unchanged = quick_run
    assert unchanged
    assert "results appended" not in stdout


@pytest.mark.parametrize("key", list(BENCHMARKS))
def test_each_benchmark_prints_positive_figures(
    quick_run: tuple[str, dict[str, Any], bool], key: str
) -> None:
    stdout, data, _ = quick_run
    found = section(data, key)
    assert found["title"] in stdout
    assert found["rows"], f"{key} reported no figure"
    for row in found["rows"]:
        assert row["sdk"] > 0, row
        assert row["baseline"] is None or row["baseline"] > 0, row
        assert row["status"] in ("PASS", "MISS", "-")
        assert f"| {row['name']} |" in stdout


def test_every_figure_the_issue_asks_for_is_there(
    quick_run: tuple[str, dict[str, Any], bool],
) -> None:
    _, data, _ = quick_run
    names = {
        key: " / ".join(row["name"] for row in section(data, key)["rows"]) for key in BENCHMARKS
    }
    overhead = {row["name"] for row in section(data, "overhead")["rows"]}
    calls = ("get_connection", "list_connections", "list_records", "get_integration")
    for call in (*calls, "list_providers", "proxy GET"):
        for client in ("Nango", "AsyncNango"):
            for kind in ("", ", stock templates", ", fast / stock templates"):
                assert any(
                    name.startswith(call) and name.endswith(f"{kind}, {client}")
                    for name in overhead
                ), (call, kind, client)
    assert "fast / stock templates" in names["import"]
    throughput = section(data, "throughput")
    for figure in ("64-way vs 1-way", "256-way vs 1-way", "new connections per call", "p99"):
        assert figure in names["throughput"]
    assert "DefaultAioHttpClient" in names["throughput"]
    assert "16 threads vs 1 thread, Nango" in names["throughput"]
    if shutil.which("node") and (_common.NODE_SDK / "package.json").exists():
        assert "Node SDK" in names["throughput"]
    matrix, threads = throughput["tables"]
    assert (
        "| calls/s | p50 | p99 | new connections per call | server CPU | failed calls |" in matrix
    )
    for server, level in [("fast", 1), ("fast", 256), ("50 ms", 8), ("50 ms", 64)]:
        for client in (
            "AsyncNango",
            "AsyncNango + DefaultAioHttpClient",
            "raw httpx.AsyncClient()",
        ):
            assert f"| {server} | {level} | {client} |" in matrix
    assert "| 50 ms | 64 | Nango |" in threads
    assert "import nango" in names["import"]
    assert "peak RSS" in names["memory"]
    assert "records per second" in names["memory"]
    assert "verify_incoming_webhook_request" in names["webhooks"]
    assert data["machine"]["cpu"]
    assert data["machine"]["python"]


def test_results_are_appended_with_the_machine_description(tmp_path: Path) -> None:
    row = _common.Row("call", 130.0, 100.0, "µs", "raw", _common.Target("<=", 1.3))
    missed = _common.Row("other call", 140.0, 100.0, "µs", "raw", _common.Target("<=", 1.3))
    sections = [_common.Section("overhead", "1. Overhead", [row, missed], ["a note"])]
    info = _common.machine_info()
    output = tmp_path / "BENCHMARKS.md"

    _common.append_results(output, sections, info, "scripts/bench overhead")
    _common.append_results(output, sections, info, "scripts/bench overhead")

    text = output.read_text()
    assert text.startswith("# Benchmarks\n")
    assert text.count(f"## {info['date']}: overhead") == 2
    assert f"Machine: {info['cpu']}" in text
    assert "Python: " in text
    assert "| call | 130 µs | 100 µs (raw) | 1.30 | ratio <= 1.3 | PASS |" in text
    assert "| other call | 140 µs | 100 µs (raw) | 1.40 | ratio <= 1.3 | MISS |" in text
    assert "- a note" in text


def test_scripts_bench_is_an_executable_wrapper() -> None:
    script = ROOT / "scripts" / "bench"
    assert script.stat().st_mode & 0o111
    text = script.read_text()
    assert "set -euo pipefail" in text
    assert "-m benchmarks" in text
