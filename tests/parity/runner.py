"""Runs every scenario once with @nangohq/node (one ``node`` process) and with the Python SDK
(``Nango`` and ``AsyncNango``) against the recording server, and collects the outcomes."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from nango import AsyncNango, Nango, NangoError
from tests.parity.compare import Outcome, view
from tests.parity.scenarios import SCENARIOS, Scenario
from tests.parity.server import RecordingServer

HERE = Path(__file__).resolve().parent
NODE_RUNNER = HERE / "node_runner.mjs"
NODE_TIMEOUT = 60
SECRET_KEY = "sk-parity-key"  # the same as node_runner.mjs
FLAVORS = ("sync", "async")


@dataclass
class ParityRun:
    node: dict[str, Outcome] = field(default_factory=dict)
    python: dict[str, dict[str, Outcome]] = field(default_factory=dict)  # flavor -> name -> ...
    # Python exceptions that are not a NangoError (the SDK promises only NangoErrors).
    foreign_errors: dict[tuple[str, str], str] = field(default_factory=dict)

    def __repr__(self) -> str:  # keeps pytest's failure reports short
        return f"ParityRun({len(self.node)} scenarios)"


def run_all(server: RecordingServer, scenarios: list[Scenario] = SCENARIOS) -> ParityRun:
    run = ParityRun()
    outcomes = _run_node(server.url, scenarios)
    for scenario in scenarios:
        answer = outcomes[scenario.name]
        run.node[scenario.name] = Outcome(
            requests=tuple(view(c) for c in server.recorder.captured("node", scenario.name)),
            ok=answer["ok"],
            error=answer["error"],
            result=answer["result"],
        )
    with httpx.Client(base_url=server.url) as control:
        for side in ("sync", "async"):
            run.python[side] = asyncio.run(_run_python(server, control, scenarios, run, side))
    return run


def _run_node(url: str, scenarios: list[Scenario]) -> dict[str, dict[str, Any]]:
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("the parity suite needs Node (>= 20) on PATH")
    payload = [
        {
            "name": s.name,
            "method": s.node.method,
            "args": list(s.node.args),
            "client": s.node_client,
            "compareResult": s.compare_result,
        }
        for s in scenarios
    ]
    done = subprocess.run(
        [node, str(NODE_RUNNER), url],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        timeout=NODE_TIMEOUT,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"node_runner.mjs failed ({done.returncode}):\n{done.stderr}")
    return {outcome["name"]: outcome for outcome in json.loads(done.stdout)}


def _begin(control: httpx.Client, side: str, scenario: Scenario) -> None:
    answer = control.post("/__parity/begin", params={"side": side, "scenario": scenario.name})
    answer.raise_for_status()


def _options(server: RecordingServer, scenario: Scenario) -> dict[str, Any]:
    return {
        "secret_key": SECRET_KEY,
        "host": server.url,
        "max_retries": 0,  # retries off, as Node (python_retries in differences.py)
        **scenario.python_client,
    }


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value))


def _outcome(
    server: RecordingServer,
    side: str,
    scenario: Scenario,
    run: ParityRun,
    result: Any,
    error: BaseException | None,
) -> Outcome:
    if error is not None and not isinstance(error, NangoError):
        run.foreign_errors[(side, scenario.name)] = repr(error)
    return Outcome(
        requests=tuple(view(c) for c in server.recorder.captured(side, scenario.name)),
        ok=error is None,
        error=None if error is None else f"{type(error).__name__}: {error}",
        result=_jsonable(result) if scenario.compare_result and error is None else None,
    )


def _options_key(options: dict[str, Any]) -> str:
    return json.dumps(options, sort_keys=True)


async def _run_python(
    server: RecordingServer,
    control: httpx.Client,
    scenarios: list[Scenario],
    run: ParityRun,
    side: str,
) -> dict[str, Outcome]:
    """Every scenario with ``Nango`` (side "sync") or ``AsyncNango`` (side "async")."""
    client_class: type[Nango] | type[AsyncNango] = Nango if side == "sync" else AsyncNango
    # One client per distinct set of options (a new client costs ~35 ms: its SSL context).
    clients: dict[str, Nango | AsyncNango] = {}
    outcomes = {}
    try:
        for scenario in scenarios:
            options = _options(server, scenario)
            key = _options_key(options)
            if key not in clients:
                clients[key] = client_class(**options)
            nango = clients[key]
            _begin(control, side, scenario)
            call = scenario.python
            result, error = None, None
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", DeprecationWarning)  # verify_webhook_signature
                    result = getattr(nango, call.method)(*call.args, **call.kwargs)
                    if asyncio.iscoroutine(result):
                        result = await result
            except Exception as exc:
                error = exc
            outcomes[scenario.name] = _outcome(server, side, scenario, run, result, error)
    finally:
        for client in clients.values():
            if isinstance(client, AsyncNango):
                await client.aclose()
            else:
                client.close()
    return outcomes
