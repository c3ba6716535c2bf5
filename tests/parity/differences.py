"""THE table of deliberate differences between @nangohq/node 0.71.10 and the Python SDK.

Every entry says where it applies (a list of scenarios, or every scenario), what differs, why
(wire-reference.md section; README "Where nango deliberately differs"), and how: ``normalize``
turns the (Node, Python) outcomes of a scenario into what must then be equal. Entries are
applied in table order; anything they do not explain is a mismatch. test_parity.py checks that
every entry is needed (the scenario fails without it) by at least one scenario, and by each
scenario it lists, so the table cannot rot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from urllib.parse import unquote

from tests.parity.compare import Outcome, View

Normalize = Callable[[Outcome, Outcome], tuple[Outcome, Outcome]]


@dataclass(frozen=True)
class Difference:
    id: str
    scenarios: tuple[str, ...] | None  # None: a rule checked on every scenario
    what: str
    reason: str
    normalize: Normalize


def _node_requests(change: Callable[[View], View]) -> Normalize:
    def normalize(node: Outcome, python: Outcome) -> tuple[Outcome, Outcome]:
        return replace(node, requests=tuple(change(r) for r in node.requests)), python

    return normalize


def _python_requests(change: Callable[[View], View]) -> Normalize:
    def normalize(node: Outcome, python: Outcome) -> tuple[Outcome, Outcome]:
        return node, replace(python, requests=tuple(change(r) for r in python.requests))

    return normalize


def _both_requests(change: Callable[[View], View]) -> Normalize:
    def normalize(node: Outcome, python: Outcome) -> tuple[Outcome, Outcome]:
        return (
            replace(node, requests=tuple(change(r) for r in node.requests)),
            replace(python, requests=tuple(change(r) for r in python.requests)),
        )

    return normalize


def _last_include_only(request: View) -> View:
    values = [value for name, value in request.query if name == "include"]
    others = [pair for pair in request.query if pair[0] != "include"]
    return request.replace(query=[*others, *(("include", v) for v in values[-1:])])


def _raw_provider_config_key(request: View) -> View:
    # Node: `?provider_config_key=${key}` (no encoding): the whole rest of the query is the key.
    prefix = "provider_config_key="
    if request.raw_query is None or not request.raw_query.startswith(prefix):
        return request
    return request.replace(
        query=[("provider_config_key", unquote(request.raw_query[len(prefix) :]))]
    )


def _drop_empty_headers(*names: str) -> Callable[[View], View]:
    def change(request: View) -> View:
        empty = [name for name in names if request.header(name) == ""]
        return request.without_headers(*empty)

    return change


def _proxy_only(change: Callable[[View], View]) -> Callable[[View], View]:
    return lambda request: change(request) if request.path.startswith("/proxy") else request


def _drop_null_params(request: View) -> View:
    return request.replace(query=[pair for pair in request.query if pair[1] != "null"])


def _node_requests_first_only(node: Outcome, python: Outcome) -> tuple[Outcome, Outcome]:
    return replace(node, requests=node.requests[:1]), python


def _python_refuses(node: Outcome, python: Outcome) -> tuple[Outcome, Outcome]:
    return Outcome(requests=(), ok=False, error="refused before sending"), python


_SYNC_MODE_OPTS = {
    "full_refresh": {"reset": True},
    "full_refresh_and_clear_cache": {"reset": True, "emptyCache": True},
    "incremental": None,
}


def _sync_mode_as_opts(request: View) -> View:
    if request.body is None or request.body[0] != "json" or "sync_mode" not in request.body[1]:
        return request
    body = dict(request.body[1])
    opts = _SYNC_MODE_OPTS[body.pop("sync_mode")]
    if opts is not None:
        body["opts"] = opts
    return request.replace(body=("json", body))


def _one_attempt(node: Outcome, python: Outcome) -> tuple[Outcome, Outcome]:
    requests = python.requests
    if requests and all(request == requests[0] for request in requests):
        requests = requests[:1]
    return node, replace(python, requests=requests)


def _no_content_type_without_body(request: View) -> View:
    bodyless_types = ("application/json", "application/x-www-form-urlencoded")
    if request.body is None and request.header("content-type") in bodyless_types:
        return request.without_headers("content-type")
    return request


def _caller_content_type(request: View) -> View:
    caller = request.header("nango-proxy-content-type")
    if caller is None:
        return request
    headers = tuple(sorted({**dict(request.headers), "content-type": caller}.items()))
    return request.replace(headers=headers)


def _text_body_passes_through(request: View) -> View:
    # Python's default type for a str body the caller gave no Content-Type for, on the request
    # and (as Nango-Proxy-Content-Type) for the provider.
    if request.body is None or request.header("nango-proxy-content-type") is not None:
        return request
    text = "text/plain; charset=utf-8"
    headers = {**dict(request.headers), "content-type": text, "nango-proxy-content-type": text}
    return request.replace(headers=tuple(sorted(headers.items())))


DIFFERENCES: list[Difference] = [
    Difference(
        "include_every_value",
        ("get_integration_include_both",),
        "getIntegration with several `include` values: Node sends only the last one, Python "
        "sends every value (include=webhook&include=credentials). Compared: Python's last value.",
        "Node bug, wire-reference §7.1 and §2 #5 (addQueryParams calls searchParams.set per "
        "element); the server accepts repeated keys (§3.8).",
        _python_requests(_last_include_only),
    ),
    Difference(
        "provider_config_key_encoded",
        ("patch_connection_key_injection", "delete_connection_key_injection"),
        "patchConnection/deleteConnection interpolate provider_config_key raw, so `k&z=1` sends "
        "provider_config_key=k plus an injected z=1; Python percent-encodes the value. Compared: "
        "Node's raw query read as one provider_config_key value.",
        "Node bug, wire-reference §1.3 [RAW] and §7.3 (parameter injection).",
        _node_requests(_raw_provider_config_key),
    ),
    Difference(
        "proxy_empty_headers",
        None,
        "Proxy calls: Node always sends `Base-Url-Override` and `Nango-Activity-Log-Id`, empty "
        "when unset; Python sends them only with a value.",
        "wire-reference §3.4 step 3 and §7.2: an empty header means nothing to the server.",
        _node_requests(
            _proxy_only(_drop_empty_headers("base-url-override", "nango-activity-log-id"))
        ),
    ),
    Difference(
        "retry_on_empty_list",
        ("proxy_retry_on_empty",),
        "retryOn: [] makes Node send an empty `Retry-On` header; Python sends none.",
        "Node bug, wire-reference §3.4 step 3 and §7.8: the server rejects the empty header "
        "(400 invalid_headers, regex ^\\d+(,\\d+)*$).",
        _node_requests(_drop_empty_headers("retry-on")),
    ),
    Difference(
        "proxy_params_none_skipped",
        ("proxy_params_none",),
        "Proxy params with a null value: Node sends the string `null` (b=null); Python skips "
        "the parameter.",
        "Node bug, wire-reference §3.4 step 4 (searchParams.set(k, String(v))).",
        _node_requests(_drop_null_params),
    ),
    Difference(
        "python_refuses_ignored_arguments",
        ("proxy_unknown_method", "proxy_get_with_data"),
        "An unknown proxy method (HEAD) or `data` on a GET: Node silently sends a GET without "
        "body; Python raises NangoValueError and sends nothing.",
        "wire-reference §3.4 step 6: Node drops the caller's intent; README 'Bugs not copied'.",
        _python_refuses,
    ),
    Difference(
        "python_refuses_dot_segments",
        (
            "delete_connection_dot_segment",
            "delete_function_dot_segment",
            "proxy_endpoint_climbs_out",
        ),
        "An id that is '.' or '..', or a proxy endpoint whose '..' segments climb out of "
        "/proxy/: Node's URL parser removes the dot segments and sends the request, with the "
        "secret key, to another endpoint (DELETE /?provider_config_key=..., DELETE "
        "/connections/conn-1); Python raises NangoValueError and sends nothing.",
        "Node bug (path traversal), issue 11; README 'Reliability'.",
        _python_refuses,
    ),
    Difference(
        "redirects_not_followed",
        ("redirect_not_followed",),
        "A 307 answer: Node follows it (re-sending the request, up to 21 times); Python sends "
        "one request and raises NangoAPIError(307). Compared: Node's first request.",
        "Following re-sends the body and the key to wherever Location points; the Nango API "
        "does not redirect. README 'Reliability'.",
        _node_requests_first_only,
    ),
    Difference(
        "caller_content_type_any_case",
        ("proxy_lowercase_content_type_header",),
        "A proxy `headers` entry `content-type` (lower case) with a JSON body: Node forwards it "
        "as Nango-Proxy-content-type but labels the request itself application/json; Python "
        "uses the caller's type for the request too, as it does for `Content-Type`.",
        "Header names are case-insensitive (RFC 9110 §5.1); Node matches only the exact key "
        "'Content-Type' (wire-reference §3.4 step 3). README 'Where nango differs'.",
        _node_requests(_caller_content_type),
    ),
    Difference(
        "raw_body_passes_through",
        (
            "proxy_put_string_body",
            "proxy_post_json_text_body",
            "proxy_delete_string_body",
            "proxy_propfind_xml",
        ),
        "A str proxy body without a caller Content-Type: Node (axios) labels it "
        "application/x-www-form-urlencoded on POST/PUT/PATCH and leaves it unlabelled "
        "otherwise; Python sends `text/plain; charset=utf-8` on the request and as "
        "Nango-Proxy-Content-Type (bytes: application/octet-stream). Compared: Node's "
        "request with Python's type.",
        "extra-endpoints.md (real server): a form-typed str body is re-parsed as a form and "
        'reaches the provider as {"<the text>":""}; with a text type it passes through '
        "byte for byte. README 'Where nango differs'.",
        _node_requests(_text_body_passes_through),
    ),
    Difference(
        "legacy_sync_mode",
        (
            "trigger_sync_mode_clear_cache",
            "trigger_sync_full_resync",
            "trigger_sync_mode_incremental",
        ),
        "triggerSync's deprecated 4th argument (a sync_mode string, or true/false) sends "
        "`sync_mode`; Python's trigger_sync has only reset/empty_cache, which send the "
        "server's equivalent `opts` (full_refresh = reset, full_refresh_and_clear_cache = "
        "reset + emptyCache, incremental = nothing).",
        "wire-reference §3.5 (deprecated overload; the server maps both forms); "
        "design/api.md trigger_sync signature.",
        _node_requests(_sync_mode_as_opts),
    ),
    Difference(
        "python_retries",
        ("rate_limited_python_retries",),
        "A 429 (Retry-After: 0): Node sends one request; Python, with max_retries=2, sends the "
        "same request three times. Compared: Python's identical attempts as one.",
        "wire-reference §1.1 and §7.7: Node has no retries; README 'Timeouts and retries'. "
        "Every other scenario runs Python with max_retries=0 (retries off).",
        _one_attempt,
    ),
    Difference(
        "content_type_without_body",
        None,
        "Requests without a body: Node sends `Content-Type: application/json` on several "
        "GET/DELETE methods, and `application/x-www-form-urlencoded` on an empty proxy POST; "
        "Python sends no Content-Type when there is no body.",
        "wire-reference §1.2 (CT column of §2) and §3.4 step 7 / §7.8: describes no body.",
        _node_requests(_no_content_type_without_body),
    ),
    Difference(
        "path_encoding",
        None,
        "Paths are compared percent-decoded: Node interpolates path parameters raw (`a&b`, "
        "`(`, `)`), Python percent-encodes them.",
        "wire-reference §1.3 and §7.3 (raw, unescaped path parameters); the server decodes.",
        _both_requests(lambda request: request.replace(raw_path=None)),
    ),
    Difference(
        "query_encoding",
        None,
        "Queries are compared as decoded (name, value) pairs: Node uses three encoders ([AX], "
        "[USP], [RAW]); Python's httpx encodes differently (e.g. sync_status `*` and `,`, "
        "spaces as %20, `:` in timestamps).",
        "wire-reference §1.3 and §7.3; the server decodes. Pair order only matters within a "
        "repeated name (ids), which is kept.",
        _both_requests(lambda request: request.replace(raw_query=None)),
    ),
]

BY_ID = {difference.id: difference for difference in DIFFERENCES}


def applies(difference: Difference, scenario: str) -> bool:
    return difference.scenarios is None or scenario in difference.scenarios


def normalize(
    scenario: str, node: Outcome, python: Outcome, *, without: str | None = None
) -> tuple[Outcome, Outcome]:
    """Both outcomes with every applicable difference removed (except the entry ``without``)."""
    for difference in DIFFERENCES:
        if applies(difference, scenario) and difference.id != without:
            node, python = difference.normalize(node, python)
    return node, python
