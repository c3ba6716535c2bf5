"""The comparer, the difference rules and the recording server's answers, on hand-made
requests: a difference that matters is reported, one that does not is not."""

from __future__ import annotations

import json
from typing import Any

import httpx

from tests.parity.compare import Outcome, mismatches, view
from tests.parity.differences import normalize
from tests.parity.server import Captured, RecordingServer, Reply, example_answer

AUTH = ("authorization", "Bearer k")


def captured(
    method: str = "GET",
    path: str = "/records/",
    query: str = "",
    headers: tuple[tuple[str, str], ...] = (AUTH,),
    body: Any = None,
) -> Captured:
    raw = body if isinstance(body, bytes) else b"" if body is None else json.dumps(body).encode()
    return Captured(method, path, query, headers, raw)


def outcome(*requests: Captured, ok: bool = True, result: Any = None) -> Outcome:
    return Outcome(tuple(view(r) for r in requests), ok, None if ok else "boom", result)


def problems(
    node: Outcome, python: Outcome, *, scenario: str = "any", result: bool = False
) -> list[str]:
    expected, actual = normalize(scenario, node, python)
    return mismatches(expected, actual, compare_result=result)


def test_identical_requests_match() -> None:
    request = captured(query="model=A&ids=1&ids=2", body={"a": 1})
    assert problems(outcome(request), outcome(request)) == []


def test_repeated_and_comma_joined_values_differ() -> None:
    found = problems(outcome(captured(query="ids=1&ids=2")), outcome(captured(query="ids=1%2C2")))
    assert found == [
        "request 0 query: only in Node [('ids', '1'), ('ids', '2')],"
        " only in Python [('ids', '1,2')]"
    ]


def test_order_matters_only_within_a_repeated_name() -> None:
    assert problems(outcome(captured(query="a=1&b=2")), outcome(captured(query="b=2&a=1"))) == []
    found = problems(outcome(captured(query="ids=1&ids=2")), outcome(captured(query="ids=2&ids=1")))
    assert found == [
        "request 0 query: same pairs, other order of repeated values:"
        " Node (('ids', '1'), ('ids', '2')) != Python (('ids', '2'), ('ids', '1'))"
    ]


def test_query_values_are_compared_decoded() -> None:
    node = outcome(captured(path="/sync/status", query="syncs=a,b::v&x=a+b"))
    python = outcome(captured(path="/sync/status", query="syncs=a%2Cb%3A%3Av&x=a%20b"))
    assert problems(node, python) == []
    other = outcome(captured(path="/sync/status", query="syncs=a%2Cc%3A%3Av&x=a%20b"))
    assert len(problems(node, other)) == 1


def test_paths_are_compared_decoded() -> None:
    node = outcome(captured(path="/connections/a&b%20c"))
    assert problems(node, outcome(captured(path="/connections/a%26b%20c"))) == []
    assert problems(node, outcome(captured(path="/connections/a&b"))) == [
        "request 0 path: Node '/connections/a&b c' != Python '/connections/a&b'"
    ]


def test_an_encoded_slash_is_not_a_separator() -> None:
    found = problems(
        outcome(captured(path="/connections/a/b")), outcome(captured(path="/connections/a%2fb"))
    )
    assert found == ["request 0 path: Node '/connections/a/b' != Python '/connections/a%2Fb'"]


def test_non_ascii_paths_are_decoded_whole() -> None:
    assert view(captured(path="/connections/caf%C3%A9%2f1")).path == "/connections/café%2F1"


def test_nango_headers_are_compared_transport_headers_are_not() -> None:
    node = captured(headers=(AUTH, ("connection-id", "c1"), ("user-agent", "node")))
    python = captured(headers=(AUTH, ("connection-id", "c1"), ("user-agent", "python")))
    assert problems(outcome(node), outcome(python)) == []
    wrong = captured(headers=(AUTH, ("connection-id", "c2"), ("retries", "0")))
    assert problems(outcome(node), outcome(wrong)) == [
        "request 0 header connection-id: Node 'c1' != Python 'c2'",
        "request 0 header retries: Node None != Python '0'",
    ]


def test_json_bodies_are_compared_parsed() -> None:
    node = captured(method="POST", body={"a": 1, "b": [1, 2]})
    same = captured(method="POST", body=b'{ "b": [1, 2], "a": 1 }')
    assert problems(outcome(node), outcome(same)) == []
    found = problems(outcome(node), outcome(captured(method="POST", body={"a": 1, "b": [2, 1]})))
    assert len(found) == 1
    assert found[0].startswith("request 0 body")
    raw = problems(outcome(captured(body=b"a=1")), outcome(captured(body=b"a=2")))
    assert raw == ["request 0 body: Node ('raw', 'a=1') != Python ('raw', 'a=2')"]


def test_request_count_and_outcome_are_compared() -> None:
    request = captured()
    assert problems(outcome(request), outcome(request, request)) == [
        "request count: Node 1, Python 2"
    ]
    assert problems(outcome(ok=False), outcome()) == [
        "outcome: Node failed (boom), Python succeeded (None)"
    ]


def test_results_are_compared_when_asked() -> None:
    assert problems(outcome(result=True), outcome(result=False)) == []
    assert problems(outcome(result=True), outcome(result=False), result=True) == [
        "result: Node True != Python False"
    ]


def test_empty_proxy_headers_are_a_difference_only_on_proxy_calls() -> None:
    empty = (AUTH, ("base-url-override", ""), ("nango-activity-log-id", ""))
    node = outcome(captured(path="/proxy/user", headers=empty))
    assert problems(node, outcome(captured(path="/proxy/user"))) == []
    other = outcome(captured(path="/connections", headers=empty))
    assert len(problems(other, outcome(captured(path="/connections")))) == 2


def test_scenario_bound_differences_apply_only_to_their_scenarios() -> None:
    node = outcome(captured(path="/integrations/k", query="include=credentials"))
    python = outcome(captured(path="/integrations/k", query="include=webhook&include=credentials"))
    assert problems(node, python, scenario="get_integration_include_both") == []
    assert len(problems(node, python, scenario="get_integration")) == 1


def test_content_type_is_ignored_only_without_a_body() -> None:
    json_type = (AUTH, ("content-type", "application/json"))
    assert problems(outcome(captured(headers=json_type)), outcome(captured())) == []
    with_body = captured(method="POST", headers=json_type, body={"a": 1})
    assert len(problems(outcome(with_body), outcome(captured(method="POST", body={"a": 1})))) == 1
    text = (AUTH, ("content-type", "text/plain"))
    assert len(problems(outcome(captured(headers=text)), outcome(captured()))) == 1


def test_the_server_answers_with_the_spec_examples() -> None:
    metadata = example_answer("POST", "/connections/metadata", "", {})
    assert (metadata.status, sorted(metadata.body)) == (
        201,
        ["connection_id", "metadata", "provider_config_key"],
    )
    assert example_answer("GET", "/connections/a%20b", "", {}).body["connection_id"] == "conn-gh-1"
    queued = example_answer("POST", "/action/trigger", "", {"x-async": "true"})
    assert queued.status == 202
    assert "statusUrl" in queued.body
    assert example_answer("POST", "/action/trigger", "", {}).status == 200
    assert isinstance(example_answer("GET", "/scripts/config", "format=nango", {}).body, list)
    assert "data" in example_answer("GET", "/scripts/config", "format=openai", {}).body
    assert example_answer("PROPFIND", "/proxy/dav/x", "", {}).status == 200
    assert example_answer("GET", "/nowhere", "", {}).status == 404


def test_the_server_records_per_scenario_and_replies_as_told() -> None:
    with RecordingServer(
        {"down": Reply(503, {"error": {"code": "x"}}, {"Retry-After": "1"})}
    ) as server:
        with httpx.Client(base_url=server.url) as client:
            assert client.get("/providers").status_code == 200  # before any scenario: not kept
            client.post("/__parity/begin", params={"side": "node", "scenario": "down"})
            answer = client.post(
                "/sync/trigger?x=1", content=b'{"a":1}', headers={"Retry-On": "429"}
            )
        (request,) = server.recorder.captured("node", "down")
    assert (answer.status_code, answer.headers["retry-after"]) == (503, "1")
    assert (request.method, request.raw_path, request.raw_query, request.body) == (
        "POST",
        "/sync/trigger",
        "x=1",
        b'{"a":1}',
    )
    assert ("retry-on", "429") in request.headers
