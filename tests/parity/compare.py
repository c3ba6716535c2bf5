"""What is compared between the two SDKs, and how a mismatch is reported.

A captured request becomes a ``View``: HTTP method, raw and percent-decoded path, raw query and
decoded query pairs, the headers that carry meaning (everything except transport headers), and
the body (parsed when it is JSON). A scenario's ``Outcome`` is its requests, whether the call
succeeded, and its result. differences.py then removes the documented differences, and
``mismatches`` lists everything that still differs.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, fields
from typing import Any
from urllib.parse import parse_qsl, unquote

from tests.parity.server import Captured

# Transport details that say nothing about the Nango request (and legitimately differ: each SDK
# has its User-Agent and Accept, httpx and axios pick their encodings and connection handling).
IGNORED_HEADERS = frozenset(
    {"user-agent", "accept", "accept-encoding", "content-length", "host", "connection"}
)


@dataclass(frozen=True)
class View:
    method: str
    path: str  # percent-decoded, except %2F, %3F and %23 (they change the route)
    query: tuple[tuple[str, str], ...]  # decoded (name, value) pairs, stable-sorted by name
    headers: tuple[tuple[str, str], ...]  # (lower-cased name, value), sorted
    body: tuple[str, Any] | None  # ("json", parsed) or ("raw", text); None without a body
    raw_path: str | None  # as sent; set to None by the encoding rules of differences.py
    raw_query: str | None

    def header(self, name: str) -> str | None:
        return next((value for key, value in self.headers if key == name), None)

    def without_headers(self, *names: str) -> View:
        return self.replace(headers=tuple(h for h in self.headers if h[0] not in names))

    def replace(self, **changes: Any) -> View:
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(changes)
        if "query" in changes:
            values["query"] = sort_query(values["query"])
        return View(**values)


@dataclass(frozen=True)
class Outcome:
    requests: tuple[View, ...]
    ok: bool
    error: str | None = None
    result: Any = None


def sort_query(pairs: Any) -> tuple[tuple[str, str], ...]:
    """Order between different names is irrelevant to the server; the order of one name's
    repeated values (``ids=1&ids=2``) is kept (a stable sort by name)."""
    return tuple(sorted(((str(k), str(v)) for k, v in pairs), key=lambda pair: pair[0]))


_ROUTING = re.compile(r"(%2F|%3F|%23)", re.IGNORECASE)  # an encoded / ? # is data


def decode_path(raw: str) -> str:
    """``raw`` percent-decoded, except the escapes whose decoding would change the route."""
    parts = _ROUTING.split(raw)  # odd indexes: the kept escapes
    return "".join(p.upper() if i % 2 else unquote(p) for i, p in enumerate(parts))


def view(captured: Captured) -> View:
    headers = tuple(
        sorted((name, value) for name, value in captured.headers if name not in IGNORED_HEADERS)
    )
    body: tuple[str, Any] | None = None
    if captured.body:
        try:
            body = ("json", json.loads(captured.body))
        except ValueError:
            body = ("raw", captured.body.decode("utf-8", "replace"))
    return View(
        method=captured.method,
        path=decode_path(captured.raw_path),
        query=sort_query(parse_qsl(captured.raw_query, keep_blank_values=True)),
        headers=headers,
        body=body,
        raw_path=captured.raw_path,
        raw_query=captured.raw_query,
    )


def mismatches(expected: Outcome, actual: Outcome, *, compare_result: bool) -> list[str]:
    """Every difference between the (normalized) Node outcome and the Python one, readable."""
    problems: list[str] = []
    if expected.ok != actual.ok:
        problems.append(
            f"outcome: Node {'succeeded' if expected.ok else 'failed'} ({expected.error}),"
            f" Python {'succeeded' if actual.ok else 'failed'} ({actual.error})"
        )
    if compare_result and expected.result != actual.result:
        problems.append(f"result: Node {expected.result!r} != Python {actual.result!r}")
    if len(expected.requests) != len(actual.requests):
        problems.append(
            f"request count: Node {len(expected.requests)}, Python {len(actual.requests)}"
        )
    for index, (node, python) in enumerate(zip(expected.requests, actual.requests, strict=False)):
        for f in fields(View):
            ours, theirs = getattr(node, f.name), getattr(python, f.name)
            if f.name == "query" and ours != theirs:
                problems.append(f"request {index} query: {_query_problem(ours, theirs)}")
            elif f.name == "headers" and ours != theirs:
                found = _header_problems(index, dict(ours), dict(theirs))
                problems.extend(
                    found or [f"request {index} headers: Node {ours} != Python {theirs}"]
                )
            elif ours != theirs:
                problems.append(f"request {index} {f.name}: Node {ours!r} != Python {theirs!r}")
    return problems


def _query_problem(node: tuple[tuple[str, str], ...], python: tuple[tuple[str, str], ...]) -> str:
    node_only = list((Counter(node) - Counter(python)).elements())
    python_only = list((Counter(python) - Counter(node)).elements())
    if not node_only and not python_only:
        return f"same pairs, other order of repeated values: Node {node} != Python {python}"
    return f"only in Node {node_only}, only in Python {python_only}"


def _header_problems(index: int, node: dict[str, str], python: dict[str, str]) -> list[str]:
    problems = []
    for name in sorted(node.keys() | python.keys()):
        if node.get(name) != python.get(name):
            problems.append(
                f"request {index} header {name}: Node {node.get(name)!r}"
                f" != Python {python.get(name)!r}"
            )
    return problems
