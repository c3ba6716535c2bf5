"""The parity run: one recording server and one run of every scenario per test session."""

from __future__ import annotations

from collections.abc import Generator, Iterator

import pytest

from tests.parity.runner import ParityRun, run_all
from tests.parity.scenarios import SCENARIOS
from tests.parity.server import RecordingServer, Reply

SCENARIO_TEST = "tests/parity/test_parity.py::test_scenario["


@pytest.fixture(scope="session")
def parity_run() -> Iterator[ParityRun]:
    replies: dict[str, Reply] = {s.name: s.reply for s in SCENARIOS if s.reply is not None}
    with RecordingServer(replies) as server:
        yield run_all(server)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> Generator[None]:
    """After the other summaries (short test summary included): `N scenarios matched`."""
    yield

    def count(outcome: str) -> int:
        return sum(
            1
            for report in terminalreporter.stats.get(outcome, [])
            if getattr(report, "when", "call") == "call" and report.nodeid.startswith(SCENARIO_TEST)
        )

    passed, xfailed, failed = count("passed"), count("xfailed"), count("failed")
    if passed + xfailed + failed:
        extra = f" ({xfailed} xfailed: suspected SDK bugs)" if xfailed else ""
        failures = f", {failed} mismatched" if failed else ""
        terminalreporter.write_line(f"{passed} scenarios matched{failures}{extra}")
