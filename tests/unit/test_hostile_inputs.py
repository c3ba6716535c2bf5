"""Hostile arguments, for every public method of both clients, found by introspection (a method
added later is covered without editing this file).

For each string parameter (and each string proxy option), a marker value shows where the
parameter lands in the request (a path segment, a query value, a header, the JSON body). Then,
for hostile strings (dots, slashes, percent forms, CR/LF/NUL, surrogates, 1 MB), the call either
raises ``NangoValueError``/``NangoTypeError`` having sent nothing, or sends a request with the
same path segments, headers and query names as the marker's, the hostile value arriving intact
(decoded) where the marker was. Every parameter also gets values of the wrong type: nothing but a
``NangoError`` may come out.
"""

from __future__ import annotations

import inspect
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nango import NangoError, NangoTypeError, NangoValueError, ProxyOptions
from tests.unit.conftest import HOST
from tests.unit.introspection import (
    VALID,
    baseline,
    is_str,
    parameters,
    public_methods,
    run,
    with_value,
)

FRAGMENTS = [
    ".",
    "..",
    "...",
    "%2e",
    "%2E%2e",
    ".%2e",
    "/",
    "?",
    "#",
    "\\",
    "%",
    "%25",
    "%2F",
    "&",
    "=",
    " ",
    "+",
    "\t",
    "\r",
    "\n",
    "\r\n",
    "\x00",
    "\x7f",
    "\ud800",
    "é",
    "😀",
    "a",
    "Z9",
    ":",
    "@",
    ";",
    "~",
]
HOSTILE = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=6).map("".join),
    st.sampled_from(["..", ".", "a/../../b", "../" * 5 + "x", "x" * 1_000_000, " lead", "end "]),
    st.text(min_size=1, max_size=20),
)
WRONG_TYPES = st.sampled_from(
    [
        1,
        -1,
        1.5,
        float("nan"),
        True,
        b"bytes",
        object(),
        [],
        [1],
        {},
        {1: 2},
        {"a": object()},
        ("t",),
        set(),
        "",
        "a\ud800",
        None,
    ]
)


def _slots(method: str) -> list[tuple[str, str]]:
    """(method, slot) for every string parameter; ``options.<key>``/``headers.name`` for proxy
    options and header names."""
    slots = []
    for parameter in parameters(method):
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            if "ProxyOptions" in str(parameter.annotation):
                slots += [
                    ("options." + key)
                    for key, hint in ProxyOptions.__annotations__.items()
                    if is_str(hint) and key != "response_type"
                ]
                slots += ["headers.value", "headers.name", "params.value"]
        elif is_str(parameter.annotation):
            slots.append(parameter.name)
    return [(method, slot) for slot in slots]


@dataclass
class Shape:
    """What a request looks like, decoded as a server would."""

    segments: list[str]  # decoded path segments
    query: list[tuple[str, str]]  # decoded pairs
    headers: list[tuple[str, str]]
    header_names: set[str]  # lower case
    body: Any  # the JSON body, or None


def _shape(request: httpx.Request) -> Shape:
    raw_path = request.url.raw_path.split(b"?")[0].decode("ascii")
    segments = [unquote(segment, errors="strict") for segment in raw_path.split("/")]
    body = json.loads(request.content) if request.content.startswith((b"{", b"[")) else None
    headers = list(request.headers.items())
    names = {name.lower() for name, _ in headers}
    return Shape(segments, request.url.params.multi_items(), headers, names, body)


def _replaced(data: Any, marker: str, value: str) -> Any:
    if isinstance(data, str):
        return data.replace(marker, value)
    if isinstance(data, list):
        return [_replaced(item, marker, value) for item in data]
    if isinstance(data, dict):
        return {_replaced(k, marker, value): _replaced(v, marker, value) for k, v in data.items()}
    return data


def _check_sent(request: httpx.Request, marked: Shape, marker: str, value: str, slot: str) -> None:
    """The request is the marker's, with the marker replaced by ``value`` wherever it was."""
    shape = _shape(request)
    assert request.url.host == httpx.URL(HOST).host
    if slot == "endpoint":
        assert shape.segments[1] == "proxy", shape.segments
        assert not {".", ".."} & set(shape.segments), shape.segments
        return
    expected_segments = [segment.replace(marker, value) for segment in marked.segments]
    assert shape.segments == expected_segments
    assert shape.header_names == {n.replace(marker, value.lower()) for n in marked.header_names}
    for name, expected in marked.headers:
        if marker in expected:
            assert request.headers[name] == expected.replace(marker, value)
    if slot != "options.params":  # a raw query string is the query itself
        pairs = [(n.replace(marker, value), v.replace(marker, value)) for n, v in marked.query]
        assert request.url.params.multi_items() == pairs
    if marked.body is not None:
        assert json.loads(request.content) == _replaced(marked.body, marker, value)


SLOTS = [slot for method in public_methods() for slot in _slots(method)]


def test_every_request_method_is_covered() -> None:
    covered = {method for method, _ in SLOTS}
    assert {
        "get_connection",
        "delete_function",
        "proxy",
        "list_records",
        "trigger_action",
    } <= covered
    assert len(covered) >= 40


@pytest.mark.parametrize("flavor", ["sync", "async"])
@pytest.mark.parametrize(("method", "slot"), SLOTS, ids=[f"{m}-{s}" for m, s in SLOTS])
@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(value=HOSTILE)
def test_hostile_strings_keep_the_request_or_are_refused(
    flavor: str, method: str, slot: str, value: str
) -> None:
    base = baseline(method)
    marker = "zqmarker"
    marked = with_value(base, slot, marker if slot != "endpoint" else "/" + marker)
    marked_requests, marked_error = run(flavor, marked)
    assert not isinstance(marked_error, NangoValueError | NangoTypeError) or slot in VALID, (
        f"the marker call was refused: {marked_error!r}"
    )
    requests, error = run(flavor, with_value(base, slot, value))
    if error is not None and not isinstance(error, NangoError):
        raise AssertionError(f"{type(error).__name__} escaped: {error}") from error
    if isinstance(error, NangoValueError | NangoTypeError):
        assert requests == [], "refused after sending"
        return
    if not requests or not marked_requests:
        return  # a method that sends no request (webhook checks)
    _check_sent(requests[0], _shape(marked_requests[0]), marker, value, slot)


ALL_PARAMETERS = [
    (method, parameter.name)
    for method in public_methods()
    for parameter in parameters(method)
    if parameter.kind is not inspect.Parameter.VAR_KEYWORD
] + [(method, f"options.{key}") for method in ("proxy",) for key in ProxyOptions.__annotations__]


@pytest.mark.parametrize("flavor", ["sync", "async"])
@pytest.mark.parametrize(
    ("method", "slot"), ALL_PARAMETERS, ids=[f"{m}-{s}" for m, s in ALL_PARAMETERS]
)
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=WRONG_TYPES)
def test_wrong_types_raise_only_nango_errors(
    flavor: str, method: str, slot: str, value: Any
) -> None:
    case = with_value(baseline(method), slot, value)
    requests, error = run(flavor, case)
    if error is not None and not isinstance(error, NangoError):
        raise AssertionError(f"{type(error).__name__} escaped: {error}") from error
    if isinstance(error, NangoValueError | NangoTypeError):
        assert requests == [], "refused after sending"


# Whatever the server answers

KEYS = st.sampled_from(
    [
        "data",
        "connections",
        "records",
        "next_cursor",
        "configs",
        "syncs",
        "success",
        "id",
        "connection_id",
        "provider_config_key",
        "provider",
        "created_at",
        "updated_at",
        "credentials",
        "type",
        "access_token",
        "metadata",
        "error",
        "code",
        "message",
        "errors",
        "status_url",
        "end_user",
        "tags",
        "pagination",
        "code",
        "functions",
        "items",
    ]
)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(["OAUTH2", "OAUTH1", "API_KEY", "2026-11-01T00:00:00.000Z", "not a date"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(KEYS | st.text(max_size=6), inner, max_size=5)
    ),
    max_leaves=15,
)
BODIES = st.one_of(
    JSON_VALUES.map(lambda value: json.dumps(value).encode()),
    st.binary(max_size=40),
    st.sampled_from(
        [
            b"[" * 100_000,
            b'{"data":' + b"[" * 900 + b"]" * 900 + b"}",
            b"1" * 5000,
            b"NaN",
            b'{"records":[{}],"next_cursor":5}',
            b'{"data":[{"id":"x"}]}',
            b"\xff\xfe{",
            b"",
        ]
    ),
)
HEADERS = st.dictionaries(
    st.sampled_from(
        [
            "Retry-After",
            "Content-Type",
            "Content-Encoding",
            "X-RateLimit-Reset",
            "Location",
            "Content-Length",
        ]
    ),
    st.sampled_from(
        [
            "0",
            "-1",
            "1e400",
            "nan",
            "Wed, 21 Oct 99999999999999999999 07:28:00 GMT",
            "application/json; charset=utf-16",
            "text/plain; charset=nope",
            "gzip",
            "br",
            "garbage",
            "//evil.test/x",
            "http://evil.test/",
        ]
    ),
    max_size=3,
)
STATUSES = st.sampled_from(
    [
        200,
        201,
        202,
        204,
        206,
        299,
        300,
        302,
        304,
        307,
        400,
        401,
        403,
        404,
        408,
        409,
        422,
        429,
        451,
        500,
        503,
        520,
        599,
    ]
)
REQUEST_METHODS = [method for method in public_methods() if not method.startswith("verify_")]


@pytest.mark.parametrize("flavor", ["sync", "async"])
@pytest.mark.parametrize("method", REQUEST_METHODS)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(status=STATUSES, headers=HEADERS, body=BODIES)
def test_any_answer_raises_only_nango_errors(
    flavor: str, method: str, status: int, headers: dict[str, str], body: bytes
) -> None:
    headers = {k: v for k, v in headers.items() if k != "Content-Length"} | (
        {"Content-Length": str(len(body))} if "Content-Length" in headers else {}
    )
    answer = httpx.Response(status, headers=headers, stream=httpx.ByteStream(body))
    _, error = run(flavor, baseline(method), answer)
    if error is not None and not isinstance(error, NangoError):
        raise AssertionError(f"{type(error).__name__} escaped: {error}") from error
