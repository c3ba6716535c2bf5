"""3. Import time: ``python -X importtime -c "import nango"`` versus ``import httpx``, each in
fresh processes, with warm bytecode caches (as after ``pip install``).

The figure is the cumulative time of the top-level ``nango`` (``httpx``) line of ``-X importtime``.
Two settings: the project's virtualenv as it is, where httpx also imports its command-line
extras (``rich``, ``click``, ``pygments``: installed as dev dependencies) and so looks slower; and
with those hidden (what ``pip install nango-python`` gives, httpx without its ``[cli]`` extra).
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ._common import ROOT, Row, Section, Target, python_env, stock_generated

NAME = "import"
TITLE = "3. Import time (-X importtime, cumulative ms of the top-level import)"
TARGET = Target("<=", 1.5)
HIDE_CLI = "import sys; sys.modules.update(dict.fromkeys(('click', 'rich', 'pygments'))); "
SETTINGS = (
    ("venv as is", ""),
    ("httpx CLI extras hidden", HIDE_CLI),
)
LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( +)(\S+)\s*$")
GROUPS = (
    ("nango_api.models", "nango_api.models"),
    ("nango_api.api", "nango_api.api"),
    ("nango_api", "nango_api (other)"),
    ("nango", "nango"),
    ("attr", "attrs"),
    ("asyncio", "asyncio"),
)


@dataclass
class Report:
    """One ``-X importtime`` report (µs per module: self and cumulative) and the CPU time the
    import took in that process."""

    self_us: dict[str, int]
    cumulative_us: dict[str, int]
    cpu_ms: float

    @classmethod
    def parse(cls, stdout: str, stderr: str, module: str) -> Report:
        self_us: dict[str, int] = {}
        cumulative_us: dict[str, int] = {}
        for line in stderr.splitlines():
            match = LINE.match(line)
            if match:
                self_us[match[4]] = int(match[1])
                if len(match[3]) == 1:  # top level
                    cumulative_us[match[4]] = int(match[2])
        if module not in cumulative_us:
            raise RuntimeError(f"no top-level line for {module} in:\n{stderr[-2000:]}")
        return cls(self_us, cumulative_us, float(stdout.strip().splitlines()[-1]) * 1000)

    def ms(self, module: str) -> float:
        return self.cumulative_us[module] / 1000


def import_report(prelude: str, module: str) -> Report:
    """``import module`` in a fresh process, under ``-X importtime`` and timed in CPU time."""
    code = (
        f"{prelude}import time; started = time.process_time(); import {module}; "
        "print(time.process_time() - started)"
    )
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=python_env(),
        timeout=120,
        check=True,
    )
    return Report.parse(result.stdout, result.stderr, module)


def measure(prelude: str, repetitions: int, warm: bool) -> tuple[list[Report], list[Report]]:
    """``import nango`` and ``import httpx`` reports, in alternating fresh processes."""
    if warm:
        for module in ("nango", "httpx"):
            import_report(prelude, module)  # fills the bytecode cache
    nango: list[Report] = []
    httpx: list[Report] = []
    for _ in range(repetitions):
        nango.append(import_report(prelude, "nango"))
        httpx.append(import_report(prelude, "httpx"))
    return nango, httpx


FIRST_CALL = """
import time
started = time.process_time()
import httpx
body = {body!r}
json_type = {{"Content-Type": "application/json"}}
transport = httpx.MockTransport(lambda _: httpx.Response(200, content=body, headers=json_type))
if {sdk!r}:
    from nango import Nango
    nango = Nango({secret!r}, host={host!r}, http_client=httpx.Client(transport=transport))
    assert nango.get_connection("github-ref", "conn-gh-1").connection_id == "conn-gh-1"
else:
    client = httpx.Client(transport=transport)
    response = client.get(
        {host!r} + "/connections/conn-gh-1",
        params={{"provider_config_key": "github-ref", "force_refresh": "false"}},
        headers={{"Authorization": "Bearer " + {secret!r}}},
    )
    response.raise_for_status()
    assert response.json()["connection_id"] == "conn-gh-1"
print(time.process_time() - started)
"""


def first_call_ms(prelude: str, sdk: bool, first: Sequence[Path] = ()) -> float:
    """CPU ms from nothing to the first parsed ``get_connection`` answer, in a fresh process
    (the SDK imports the generated package on first use: this is where that cost shows);
    ``first``: folders put before the project on ``PYTHONPATH``."""
    from . import _bodies
    from ._common import HOST, SECRET

    code = prelude + FIRST_CALL.format(
        body=_bodies.encode(_bodies.connection()), sdk=sdk, secret=SECRET, host=HOST
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=python_env(first=first),
        timeout=120,
        check=True,
    )
    return float(result.stdout.strip().splitlines()[-1]) * 1000


def beyond_httpx(nango: Report, httpx: Report) -> str:
    """Where ``import nango`` spends the time ``import httpx`` does not (self times by group)."""
    totals: dict[str, list[int]] = {}
    for name, us in nango.self_us.items():
        if name in httpx.self_us:
            continue
        group = next(
            (label for prefix, label in GROUPS if name == prefix or name.startswith(prefix + ".")),
            "other (stdlib)",
        )
        total = totals.setdefault(group, [0, 0])
        total[0] += us
        total[1] += 1
    parts = sorted(totals.items(), key=lambda item: -item[1][0])
    return ", ".join(
        f"{group} {us / 1000:.0f} ms ({count} modules)" for group, (us, count) in parts
    )


def run(quick: bool = False) -> Section:
    repetitions = 1 if quick else 9
    settings = SETTINGS[-1:] if quick else SETTINGS
    rows: list[Row] = []
    notes = [
        f"Median of {repetitions} fresh processes per module, nango and httpx alternating, after "
        "one run each that fills the bytecode cache (PYTHONDONTWRITEBYTECODE is unset for the "
        "benchmark and the .pyc files go to a temporary PYTHONPYCACHEPREFIX). nango's figure "
        "includes importing httpx (a dependency); the baseline is httpx alone.",
        "-X importtime measures wall-clock time, which other load on the machine inflates; the "
        "CPU-time rows (time.process_time() around the import statement, same processes) are "
        "the cross-check that such load does not change.",
    ]
    for label, prelude in settings:
        nango, httpx = measure(prelude, repetitions, warm=not quick)
        for how in ("-X importtime", "CPU time"):
            if how == "CPU time":
                sdk = [report.cpu_ms for report in nango]
                baseline = [report.cpu_ms for report in httpx]
            else:
                sdk = [report.ms("nango") for report in nango]
                baseline = [report.ms("httpx") for report in httpx]
            rows.append(
                Row.from_pairs(
                    f"import nango, {how} ({label})",
                    sdk,
                    baseline,
                    "ms",
                    baseline_name="import httpx",
                    target=TARGET,
                )
            )
        notes.append(
            f"Beyond httpx, import nango spends ({label}; self times, last run): "
            f"{beyond_httpx(nango[-1], httpx[-1])}."
        )
    label, prelude = settings[-1]
    stock = [stock_generated()]
    if not quick:
        first_call_ms(prelude, sdk=True, first=stock)  # fills the bytecode cache
    first_sdk: list[float] = []
    first_stock: list[float] = []
    first_raw: list[float] = []
    for _ in range(repetitions):
        first_sdk.append(first_call_ms(prelude, sdk=True))
        first_stock.append(first_call_ms(prelude, sdk=True, first=stock))
        first_raw.append(first_call_ms(prelude, sdk=False))
    name = "import + first get_connection, CPU time"
    raw = "import httpx + first raw call"
    rows += [
        Row.from_pairs(f"{name} ({label})", first_sdk, first_raw, "ms", baseline_name=raw),
        Row.from_pairs(
            f"{name}, stock templates ({label})", first_stock, first_raw, "ms", baseline_name=raw
        ),
        Row.from_pairs(
            f"{name}, fast / stock templates ({label})",
            first_sdk,
            first_stock,
            "ms",
            baseline_name="the same on the stock templates",
            target=Target("<=", 1.05),
        ),
    ]
    notes.append(
        "The last rows are the cost of a cold start: from nothing to the first parsed answer of "
        "get_connection on a MockTransport (nango imports the generated models on first use), "
        "against import httpx + the same request by hand, for the checked-in generated package "
        "and for one generated with the generator's own model templates (`scripts/codegen.py "
        "generate --templates stock`, as before the fast from_dict), in turns. Target: no "
        "worse than on the stock templates (within 5 %)."
    )
    return Section(NAME, TITLE, rows, notes)


if __name__ == "__main__":
    from ._runner import cli

    raise SystemExit(cli([NAME, *sys.argv[1:]]))
