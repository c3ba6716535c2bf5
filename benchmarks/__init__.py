"""Benchmarks of nango-python (not part of CI): ``python -m benchmarks`` or ``scripts/bench``.

Each ``bench_*`` module measures the SDK against a baseline in the same run, prints a table and,
outside quick mode, appends it with the machine's description to ``BENCHMARKS.md``.
"""
