"""``python -m benchmarks [--quick] [NAME ...]``: run benchmarks, print their tables, and append
them (outside quick mode) to BENCHMARKS.md."""

from __future__ import annotations

import argparse
import importlib
import json
import shlex
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from ._common import RESULTS_FILE, Section, append_results, describe_machine, machine_info, render

BENCHMARKS = {
    "overhead": "benchmarks.bench_overhead",
    "throughput": "benchmarks.bench_throughput",
    "import": "benchmarks.bench_import",
    "memory": "benchmarks.bench_memory",
    "webhooks": "benchmarks.bench_webhooks",
}


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scripts/bench",
        description="Run the benchmarks (all, or the ones named), print a table per benchmark and "
        "append the results to BENCHMARKS.md.",
    )
    parser.add_argument(
        "names",
        nargs="*",
        metavar="NAME",
        help=f"benchmarks to run, in order (default: all): {', '.join(BENCHMARKS)}",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="tiny sizes, a smoke run in seconds; figures are not meaningful and BENCHMARKS.md "
        "is not written (unless --output is given)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        help=f"append the results to this file instead of {RESULTS_FILE.name}",
    )
    parser.add_argument(
        "--no-write", action="store_true", help="print the tables only, write no file"
    )
    parser.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    return parser


def cli(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    names = list(dict.fromkeys(args.names)) or list(BENCHMARKS)
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        parser().error(
            f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}"
        )
    info = machine_info()
    for line in describe_machine(info):
        print(line)
    if args.quick:
        print("quick mode: tiny sizes, the figures only show that each benchmark runs")
    sections: list[Section] = []
    for name in names:
        print(f"\n== {name}", flush=True)
        started = time.monotonic()
        module = importlib.import_module(BENCHMARKS[name])
        section: Section = module.run(quick=args.quick)
        sections.append(section)
        print(render(section))
        print(f"({name}: {time.monotonic() - started:.1f} s)", flush=True)
    misses = [f"{s.key}: {row.name}" for s in sections for row in s.rows if row.status == "MISS"]
    print(f"\n{len(misses)} target(s) missed" + "".join(f"\n  MISS {miss}" for miss in misses))
    output = args.output or (None if args.quick else RESULTS_FILE)
    if output is not None and not args.no_write:
        command = shlex.join(["scripts/bench", *(argv if argv is not None else sys.argv[1:])])
        append_results(output, sections, info, command)
        print(f"results appended to {output}")
    if args.json:
        args.json.write_text(
            json.dumps({"machine": info, "sections": [s.as_dict() for s in sections]}, indent=2)
        )
    return 0
