"""``python -m benchmarks``: see ``benchmarks/_runner.py`` (``--help``)."""

from ._runner import cli

raise SystemExit(cli())
