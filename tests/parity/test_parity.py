"""Parity with @nangohq/node 0.71.10: for every scenario the real Node SDK and the Python SDK
(``Nango`` and ``AsyncNango``) send the same requests to the recording server, apart from the
deliberate differences of differences.py, and succeed or fail alike."""

from __future__ import annotations

import pytest

from tests.parity.compare import Outcome, mismatches
from tests.parity.differences import DIFFERENCES, applies, normalize
from tests.parity.runner import FLAVORS, ParityRun
from tests.parity.scenarios import BY_NAME, SCENARIOS, Scenario
from tests.unit.test_surface import NODE_METHODS


def _param(scenario: Scenario) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=scenario.xfail)] if scenario.xfail else []
    return pytest.param(scenario, id=scenario.name, marks=marks)


def _problems(
    scenario: Scenario, node: Outcome, python: Outcome, without: str | None = None
) -> list[str]:
    expected, actual = normalize(scenario.name, node, python, without=without)
    return mismatches(expected, actual, compare_result=scenario.compare_result)


@pytest.mark.parametrize("scenario", [_param(s) for s in SCENARIOS])
def test_scenario(scenario: Scenario, parity_run: ParityRun) -> None:
    node = parity_run.node[scenario.name]
    assert node.ok != scenario.fails, (
        f"Node {'failed' if scenario.fails else 'succeeded'}: {node.error}"
    )
    if scenario.node.method.startswith("verify"):
        assert node.requests == (), "webhook verification sends no request"
    elif node.ok:
        assert node.requests, "Node sent no request: the scenario compares nothing"
    problems = []
    for flavor in FLAVORS:
        foreign = parity_run.foreign_errors.get((flavor, scenario.name))
        if foreign:
            problems.append(f"{flavor}: raised a non-NangoError {foreign}")
        python = parity_run.python[flavor][scenario.name]
        problems += [f"{flavor}: {p}" for p in _problems(scenario, node, python)]
    assert not problems, "\n".join(problems)


def test_every_node_method_is_covered() -> None:
    covered = {scenario.node.method for scenario in SCENARIOS}
    assert sorted(set(NODE_METHODS) - covered) == []
    assert len(NODE_METHODS) == 47


def test_each_scenario_calls_the_python_twin() -> None:
    wrong = [
        (s.name, s.node.method, s.python.method)
        for s in SCENARIOS
        if NODE_METHODS.get(s.node.method) != s.python.method
    ]
    assert wrong == []


def test_scenario_names_are_unique() -> None:
    assert len(BY_NAME) == len(SCENARIOS)


def test_every_difference_is_needed(parity_run: ParityRun) -> None:
    """Each entry of the table is needed (the scenario mismatches without it) by at least one
    scenario, and by every scenario it lists: no stale or over-broad entry."""
    needed: dict[str, set[str]] = {d.id: set() for d in DIFFERENCES}
    for scenario in SCENARIOS:
        node = parity_run.node[scenario.name]
        for flavor in FLAVORS:
            python = parity_run.python[flavor][scenario.name]
            if _problems(scenario, node, python):
                continue  # a mismatch anyway (an xfailed scenario): proves nothing
            for difference in DIFFERENCES:
                if applies(difference, scenario.name) and _problems(
                    scenario, node, python, without=difference.id
                ):
                    needed[difference.id].add(scenario.name)
    for difference in DIFFERENCES:
        unknown = set(difference.scenarios or ()) - set(BY_NAME)
        assert not unknown, f"{difference.id} lists unknown scenarios {unknown}"
        assert needed[difference.id], f"{difference.id} is needed by no scenario"
        unneeded = set(difference.scenarios or ()) - needed[difference.id]
        assert not unneeded, f"{difference.id} is not needed by {sorted(unneeded)}"


def test_xfailed_scenarios_need_no_difference_entry() -> None:
    """A suspected SDK bug is either in the table (deliberate) or xfailed, never both."""
    listed = {name for d in DIFFERENCES for name in d.scenarios or ()}
    assert sorted(s.name for s in SCENARIOS if s.xfail and s.name in listed) == []
