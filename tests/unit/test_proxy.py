"""proxy() and its get/post/put/patch/delete shortcuts: the request sent, the answer decoded."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest

from nango import (
    AsyncNango,
    InternalServerError,
    Nango,
    NangoAPIError,
    NangoResponseValidationError,
    NangoTypeError,
    NangoValueError,
    NotFoundError,
    ProxyResponse,
)

from .conftest import HOST, SECRET, Client, Recorder, query

# Headers the SDK adds only when the matching option is given.
OPTIONAL_HEADERS = [
    "Base-Url-Override",
    "Nango-Activity-Log-Id",
    "Retries",
    "Retry-On",
    "Decompress",
    "Forward-Headers-On-Redirect",
    "Content-Type",
]


def proxy_headers(request: httpx.Request) -> dict[str, str]:
    return {k: v for k, v in request.headers.items() if k.lower().startswith("nango-proxy-")}


# URL


@pytest.mark.parametrize(
    ("endpoint", "raw_path"),
    [
        ("/user/repos", b"/proxy/user/repos"),
        ("user/repos", b"/proxy/user/repos"),
        ("/repos/octo/hello/issues/1", b"/proxy/repos/octo/hello/issues/1"),
        ("/", b"/proxy/"),
        ("/a b/\u00e9", b"/proxy/a%20b/%C3%A9"),
        ('/x"<>{}|^`', b"/proxy/x%22%3C%3E%7B%7D%7C%5E%60"),
        ("/a#b", b"/proxy/a%23b"),
        ("/v1/users:search/@me/a+b,c;d=e", b"/proxy/v1/users:search/@me/a+b,c;d=e"),
        ("/already%20encoded", b"/proxy/already%20encoded"),
        ("/search?q=a b", b"/proxy/search?q=a%20b"),
    ],
)
def test_proxy_url(client: Client, recorder: Recorder, endpoint: str, raw_path: bytes) -> None:
    client.call("proxy", endpoint, "github", "conn-1")

    request = recorder.last
    assert request.method == "GET"
    assert request.url.host == "nango.test"
    assert request.url.raw_path == raw_path


def test_proxy_absolute_endpoint_stays_on_the_nango_host(
    client: Client, recorder: Recorder
) -> None:
    client.call("proxy", "https://evil.test/steal", "github", "conn-1")

    request = recorder.last
    assert request.url.host == "nango.test"
    assert request.url.raw_path == b"/proxy/https://evil.test/steal"
    assert request.headers["Authorization"] == f"Bearer {SECRET}"


def test_proxy_node_example(client: Client, recorder: Recorder) -> None:
    # wire-reference 3.4, "Observed" (minus Node's empty Nango-Activity-Log-Id).
    client.call(
        "get",
        "/user/repos",
        "gh",
        "c1",
        headers={"X-Custom": "v", "Content-Type": "text/plain"},
        params={"a": "1", "b": 2, "arr": ["x", "y"]},
        retries=3,
        retry_on=[429, 500],
        base_url_override="https://api.example.com",
        decompress=True,
        forward_headers_on_redirect=False,
    )

    request = recorder.last
    assert request.method == "GET"
    assert request.url.raw_path == b"/proxy/user/repos?a=1&b=2&arr=x%2Cy"
    expected = {
        "Content-Type": "text/plain",
        "Connection-Id": "c1",
        "Provider-Config-Key": "gh",
        "Base-Url-Override": "https://api.example.com",
        "Nango-Proxy-X-Custom": "v",
        "Nango-Proxy-Content-Type": "text/plain",
        "Retries": "3",
        "Decompress": "true",
        "Retry-On": "429,500",
        "Authorization": f"Bearer {SECRET}",
    }
    for name, value in expected.items():
        assert request.headers[name] == value
    assert "Nango-Activity-Log-Id" not in request.headers
    assert "Forward-Headers-On-Redirect" not in request.headers  # false: not sent, as in Node
    assert request.content == b""


# Connection headers


def test_proxy_minimal_headers(client: Client, recorder: Recorder) -> None:
    client.call("proxy", "/user", "github", "conn-1")

    request = recorder.last
    assert request.headers["Connection-Id"] == "conn-1"
    assert request.headers["Provider-Config-Key"] == "github"
    assert request.headers["Authorization"] == f"Bearer {SECRET}"
    for name in OPTIONAL_HEADERS:
        assert name not in request.headers
    assert proxy_headers(request) == {}
    assert request.content == b""


def test_proxy_uses_the_client_defaults(
    make_client: Callable[..., Client], recorder: Recorder
) -> None:
    client = make_client(connection_id="default-conn", provider_config_key="default-key")

    client.call("get", "/user")

    assert recorder.last.headers["Connection-Id"] == "default-conn"
    assert recorder.last.headers["Provider-Config-Key"] == "default-key"


def test_proxy_arguments_override_the_client_defaults(
    make_client: Callable[..., Client], recorder: Recorder
) -> None:
    client = make_client(connection_id="default-conn", provider_config_key="default-key")

    client.call("get", "/user", "github", "conn-1")

    assert recorder.last.headers["Connection-Id"] == "conn-1"
    assert recorder.last.headers["Provider-Config-Key"] == "github"


@pytest.mark.parametrize(
    ("defaults", "args"),
    [
        ({}, ()),
        ({}, ("github",)),
        ({}, (None, "conn-1")),
        ({"connection_id": "default-conn"}, ()),
        ({"provider_config_key": "default-key"}, ()),
    ],
)
def test_proxy_needs_a_connection_and_an_integration(
    make_client: Callable[..., Client],
    recorder: Recorder,
    defaults: dict[str, str],
    args: tuple[Any, ...],
) -> None:
    client = make_client(**defaults)

    with pytest.raises(NangoValueError):
        client.call("proxy", "/user", *args)

    assert recorder.requests == []


@pytest.mark.parametrize(
    "args", [("", "github", "conn-1"), ("/x", "", "conn-1"), ("/x", "github", "")]
)
def test_proxy_empty_required_values(
    client: Client, recorder: Recorder, args: tuple[str, ...]
) -> None:
    with pytest.raises(NangoValueError):
        client.call("proxy", *args)

    assert recorder.requests == []


# Caller headers and options


def test_proxy_forwards_caller_headers(client: Client, recorder: Recorder) -> None:
    client.call(
        "proxy",
        "/user",
        "github",
        "conn-1",
        headers={"X-GitHub-Api-Version": "2022-11-28", "Authorization": "token abc", "a": "b"},
    )

    request = recorder.last
    assert proxy_headers(request) == {
        "nango-proxy-x-github-api-version": "2022-11-28",
        "nango-proxy-authorization": "token abc",
        "nango-proxy-a": "b",
    }
    assert request.headers["Authorization"] == f"Bearer {SECRET}"
    assert "Content-Type" not in request.headers
    assert "X-GitHub-Api-Version" not in request.headers


@pytest.mark.parametrize("name", ["Content-Type", "content-type"])
def test_proxy_caller_content_type_is_also_the_real_one(
    client: Client, recorder: Recorder, name: str
) -> None:
    client.call("post", "/upload", "github", "conn-1", headers={name: "text/csv"}, data="a,b")

    request = recorder.last
    assert request.headers["Content-Type"] == "text/csv"
    assert request.headers[f"Nango-Proxy-{name}"] == "text/csv"
    assert request.content == b"a,b"


@pytest.mark.parametrize("headers", [{"X-Count": 1}, {1: "x"}, {"X": None}])
def test_proxy_caller_headers_must_be_strings(
    client: Client, recorder: Recorder, headers: dict[Any, Any]
) -> None:
    with pytest.raises(NangoTypeError):
        client.call("proxy", "/user", "github", "conn-1", headers=headers)

    assert recorder.requests == []


@pytest.mark.parametrize(
    ("kwargs", "header", "value"),
    [
        ({"base_url_override": "https://eu.api.test"}, "Base-Url-Override", "https://eu.api.test"),
        ({"retries": 3}, "Retries", "3"),
        ({"retry_on": [429]}, "Retry-On", "429"),
        ({"retry_on": [429, 500, 503]}, "Retry-On", "429,500,503"),
        ({"retry_on": (502, 504)}, "Retry-On", "502,504"),
        ({"decompress": True}, "Decompress", "true"),
        ({"forward_headers_on_redirect": True}, "Forward-Headers-On-Redirect", "true"),
    ],
)
def test_proxy_option_headers(
    client: Client, recorder: Recorder, kwargs: dict[str, Any], header: str, value: str
) -> None:
    client.call("proxy", "/user", "github", "conn-1", **kwargs)

    request = recorder.last
    assert request.headers[header] == value
    for other in OPTIONAL_HEADERS:
        if other != header:
            assert other not in request.headers


def test_proxy_empty_retry_on_sends_no_header(client: Client, recorder: Recorder) -> None:
    client.call("proxy", "/user", "github", "conn-1", retry_on=[])

    assert "Retry-On" not in recorder.last.headers


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"retries": "3"}, NangoTypeError),
        ({"retries": True}, NangoTypeError),
        ({"retry_on": ["429"]}, NangoTypeError),
        ({"retry_on": [True]}, NangoTypeError),
        ({"decompress": "true"}, NangoTypeError),
        ({"forward_headers_on_redirect": 1}, NangoTypeError),
        ({"base_url_override": ""}, NangoValueError),
        ({"response_type": "blob"}, NangoValueError),
        ({"response_type": "arraybuffer"}, NangoValueError),
        ({"params": ["a", "b"]}, NangoTypeError),
    ],
)
def test_proxy_bad_options_send_nothing(
    client: Client, recorder: Recorder, kwargs: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        client.call("proxy", "/user", "github", "conn-1", **kwargs)

    assert recorder.requests == []


# Query


@pytest.mark.parametrize(
    ("endpoint", "params", "expected"),
    [
        ("/search", {"q": "a b", "page": 2}, [("q", "a b"), ("page", "2")]),
        ("/search", {"arr": ["x", "y", 3]}, [("arr", "x,y,3")]),
        ("/search", {"on": True, "off": False}, [("on", "true"), ("off", "false")]),
        ("/search", {"a": None, "b": "1"}, [("b", "1")]),
        ("/search", {"k": "a&b=c", "e": "\u00e9~"}, [("k", "a&b=c"), ("e", "\u00e9~")]),
        (
            "/search?q=x&page=1",
            {"page": 2, "per_page": 10},
            [("q", "x"), ("page", "2"), ("per_page", "10")],
        ),
        ("/search?q=x", {}, [("q", "x")]),
    ],
)
def test_proxy_params_mapping(
    client: Client,
    recorder: Recorder,
    endpoint: str,
    params: dict[str, Any],
    expected: list[tuple[str, str]],
) -> None:
    client.call("proxy", endpoint, "github", "conn-1", params=params)

    assert recorder.last.url.path == "/proxy/search"
    assert query(recorder.last) == expected


def test_proxy_params_mapping_is_form_encoded(client: Client, recorder: Recorder) -> None:
    client.call("proxy", "/s", "github", "conn-1", params={"q": "a b/c:d", "list": ["x", "y"]})

    assert recorder.last.url.raw_path == b"/proxy/s?q=a+b%2Fc%3Ad&list=x%2Cy"


def test_proxy_params_mapping_keeps_repeated_endpoint_keys(
    client: Client, recorder: Recorder
) -> None:
    # Node: new URL(endpoint) then searchParams.set(key) per params key: other keys keep
    # every value they had in the endpoint.
    client.call("proxy", "/items?tag=a&tag=b", "github", "conn-1", params={"page": 2})

    assert query(recorder.last) == [("tag", "a"), ("tag", "b"), ("page", "2")]


def test_proxy_params_mapping_replaces_endpoint_keys(client: Client, recorder: Recorder) -> None:
    client.call("proxy", "/items?page=1&q=x", "github", "conn-1", params={"page": 3})

    assert query(recorder.last) == [("page", "3"), ("q", "x")]


@pytest.mark.parametrize(
    ("params", "raw_query"),
    [
        ("a=1&b=2", b"a=1&b=2"),
        ("?a=1&b=2", b"a=1&b=2"),
        ("q=a b&x=%2F", b"q=a%20b&x=%2F"),
        ("filter[state]=open&sort", b"filter%5Bstate%5D=open&sort"),
    ],
)
def test_proxy_params_string_is_appended(
    client: Client, recorder: Recorder, params: str, raw_query: bytes
) -> None:
    client.call("proxy", "/issues", "github", "conn-1", params=params)

    assert recorder.last.url.raw_path == b"/proxy/issues?" + raw_query


def test_proxy_params_string_and_endpoint_query_conflict(
    client: Client, recorder: Recorder
) -> None:
    with pytest.raises(NangoValueError):
        client.call("proxy", "/issues?state=open", "github", "conn-1", params="page=2")

    assert recorder.requests == []


# Body


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize(
    "data", [{"title": "Bug", "labels": ["a"], "n": None}, [1, {"a": "\u00e9"}], {}]
)
def test_proxy_json_body(client: Client, recorder: Recorder, method: str, data: Any) -> None:
    client.call(method, "/issues", "github", "conn-1", data=data)

    request = recorder.last
    assert request.method == method.upper()
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == data
    assert request.content == json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
    assert proxy_headers(request) == {}


def test_proxy_json_body_with_caller_content_type(client: Client, recorder: Recorder) -> None:
    client.call(
        "post",
        "/issues",
        "github",
        "conn-1",
        headers={"Content-Type": "application/vnd.api+json"},
        data={"data": {"type": "issues"}},
    )

    request = recorder.last
    assert request.headers["Content-Type"] == "application/vnd.api+json"
    assert json.loads(request.content) == {"data": {"type": "issues"}}


RAW_BODIES = [
    pytest.param("hello world", b"hello world", "text/plain; charset=utf-8", id="text"),
    pytest.param('{"a": [1, 2]}', b'{"a": [1, 2]}', "text/plain; charset=utf-8", id="json-text"),
    pytest.param("a=1&b=2", b"a=1&b=2", "text/plain; charset=utf-8", id="form-like-text"),
    pytest.param("\u00e9\u2603", "\u00e9\u2603".encode(), "text/plain; charset=utf-8", id="utf-8"),
    pytest.param(b"\x00\xffraw", b"\x00\xffraw", "application/octet-stream", id="bytes"),
]


@pytest.mark.parametrize(("data", "content", "content_type"), RAW_BODIES)
@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "PROPFIND", "REPORT"])
def test_proxy_raw_body_is_sent_as_is_with_a_pass_through_type(
    client: Client,
    recorder: Recorder,
    method: str,
    data: str | bytes,
    content: bytes,
    content_type: str,
) -> None:
    # A form type would make the server re-parse the body ("hello" -> {"hello":""}); a text or
    # binary type reaches the provider byte for byte, and the provider is told the same type.
    client.call("proxy", "/form", "github", "conn-1", method=method, data=data)

    request = recorder.last
    assert request.method == method
    assert request.content == content
    assert request.headers["Content-Type"] == content_type
    assert request.headers["Nango-Proxy-Content-Type"] == content_type
    assert [name for name in request.headers if name.lower() == "content-type"] == ["content-type"]


@pytest.mark.parametrize(
    "kwargs",
    [{"retries": 0}, {"decompress": False}, {"forward_headers_on_redirect": False}],
)
def test_proxy_falsy_options_are_not_sent_as_in_node(
    client: Client, recorder: Recorder, kwargs: dict[str, Any]
) -> None:
    client.call("proxy", "/user", "github", "conn-1", **kwargs)

    for header in OPTIONAL_HEADERS:
        assert header not in recorder.last.headers


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        ("hello", "text/markdown"),
        ('{"a":1}', "application/json"),
        ("a=1&b=2", "application/x-www-form-urlencoded"),
        (b"\x89PNG", "image/png"),
    ],
)
def test_proxy_raw_body_with_caller_content_type(
    client: Client, recorder: Recorder, data: str | bytes, content_type: str
) -> None:
    client.call(
        "put", "/blob", "github", "conn-1", headers={"Content-Type": content_type}, data=data
    )

    request = recorder.last
    assert request.content == (data.encode() if isinstance(data, str) else data)
    assert request.headers["Content-Type"] == content_type
    assert request.headers["Nango-Proxy-Content-Type"] == content_type


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_proxy_no_data_no_body(client: Client, recorder: Recorder, method: str) -> None:
    client.call(method, "/x", "github", "conn-1")

    assert recorder.last.method == method.upper()
    assert recorder.last.content == b""
    assert "Content-Type" not in recorder.last.headers


@pytest.mark.parametrize("data", [{"a": 1}, "a=1", b"x", []])
@pytest.mark.parametrize(
    ("name", "kwargs"), [("get", {}), ("proxy", {}), ("proxy", {"method": "get"})]
)
def test_proxy_data_on_get_is_refused(
    client: Client, recorder: Recorder, name: str, kwargs: dict[str, str], data: Any
) -> None:
    with pytest.raises(NangoValueError):
        client.call(name, "/x", "github", "conn-1", data=data, **kwargs)

    assert recorder.requests == []


def test_proxy_data_not_json_serialisable(client: Client, recorder: Recorder) -> None:
    with pytest.raises(NangoTypeError):
        client.call("post", "/x", "github", "conn-1", data={"when": object()})

    assert recorder.requests == []


# Method


@pytest.mark.parametrize(
    ("method", "sent"),
    [
        ("GET", "GET"),
        ("get", "GET"),
        ("POST", "POST"),
        ("Put", "PUT"),
        ("patch", "PATCH"),
        ("DELETE", "DELETE"),
        ("PROPFIND", "PROPFIND"),
        ("report", "REPORT"),
    ],
)
def test_proxy_method(client: Client, recorder: Recorder, method: str, sent: str) -> None:
    client.call("proxy", "/dav", "github", "conn-1", method=method)

    assert recorder.last.method == sent
    assert recorder.last.url.raw_path == b"/proxy/dav"


@pytest.mark.parametrize("method", ["HEAD", "OPTIONS", "CONNECT", "FOO", "", None, 1])
def test_proxy_invalid_method(client: Client, recorder: Recorder, method: Any) -> None:
    with pytest.raises(NangoValueError):
        client.call("proxy", "/x", "github", "conn-1", method=method)

    assert recorder.requests == []


@pytest.mark.parametrize("name", ["proxy", "get", "post", "put", "patch", "delete"])
def test_proxy_unknown_option(client: Client, recorder: Recorder, name: str) -> None:
    with pytest.raises(NangoTypeError, match="unknown proxy option"):
        client.call(name, "/x", "github", "conn-1", header={"X": "1"})

    assert recorder.requests == []


@pytest.mark.parametrize(
    ("name", "sent"),
    [("get", "GET"), ("post", "POST"), ("put", "PUT"), ("patch", "PATCH"), ("delete", "DELETE")],
)
def test_proxy_shortcuts(client: Client, recorder: Recorder, name: str, sent: str) -> None:
    recorder.reply(200, {"ok": name})

    result = client.call(
        name,
        "/user/repos",
        "github",
        "conn-1",
        headers={"X-A": "1"},
        params={"page": 2},
        retries=1,
        retry_on=[500],
        base_url_override="https://b.test",
        decompress=False,
        forward_headers_on_redirect=True,
        response_type="json",
    )

    request = recorder.last
    assert request.method == sent
    assert request.url.raw_path == b"/proxy/user/repos?page=2"
    assert request.headers["Nango-Proxy-X-A"] == "1"
    assert request.headers["Retries"] == "1"
    assert request.headers["Retry-On"] == "500"
    assert request.headers["Base-Url-Override"] == "https://b.test"
    assert "Decompress" not in request.headers
    assert request.headers["Forward-Headers-On-Redirect"] == "true"
    assert result.data == {"ok": name}


# Response


def test_proxy_response_object(client: Client, recorder: Recorder) -> None:
    recorder.reply(201, {"id": 1}, headers={"X-Upstream": "yes", "X-RateLimit-Remaining": "9"})

    result = client.call("post", "/issues", "github", "conn-1", data={"t": 1})

    assert isinstance(result, ProxyResponse)
    assert result.status == 201
    assert result.headers["x-upstream"] == "yes"
    assert result.headers["X-RateLimit-Remaining"] == "9"
    assert result.data == {"id": 1}
    assert isinstance(result.response, httpx.Response)
    assert result.response.status_code == 201
    assert result.response.request.url.raw_path == b"/proxy/issues"


@pytest.mark.parametrize("response_type", [None, "json"])
@pytest.mark.parametrize(
    ("content", "data"),
    [
        (b'{"a": [1, 2]}', {"a": [1, 2]}),
        (b"[1]", [1]),
        (b'"s"', "s"),
        (b"123", 123),
        (b"null", None),
        (b"", None),
    ],
)
def test_proxy_json_answers(
    client: Client, recorder: Recorder, response_type: str | None, content: bytes, data: Any
) -> None:
    recorder.reply(200, content=content, headers={"Content-Type": "text/plain"})

    result = client.call("get", "/x", "github", "conn-1", response_type=response_type)

    assert result.data == data


def test_proxy_default_falls_back_to_text(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, content="<p>h\u00e9</p>".encode(), headers={"Content-Type": "text/html"})

    result = client.call("get", "/page", "github", "conn-1")

    assert result.data == "<p>h\u00e9</p>"


def test_proxy_json_refuses_non_json(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, content=b"<p>hi</p>", headers={"Content-Type": "text/html"})

    with pytest.raises(NangoResponseValidationError) as caught:
        client.call("get", "/page", "github", "conn-1", response_type="json")

    assert caught.value.status_code == 200
    assert caught.value.body == "<p>hi</p>"


@pytest.mark.parametrize(
    ("content", "text"), [(b'{"a": 1}', '{"a": 1}'), (b"", ""), ("h\u00e9".encode(), "h\u00e9")]
)
def test_proxy_text(client: Client, recorder: Recorder, content: bytes, text: str) -> None:
    recorder.reply(200, content=content, headers={"Content-Type": "text/plain; charset=utf-8"})

    result = client.call("get", "/x", "github", "conn-1", response_type="text")

    assert result.data == text


@pytest.mark.parametrize("content", [b'{"a": 1}', b"\x89PNG\r\n\x1a\n\x00\xff", b""])
def test_proxy_bytes(client: Client, recorder: Recorder, content: bytes) -> None:
    recorder.reply(200, content=content, headers={"Content-Type": "image/png"})

    result = client.call("get", "/x", "github", "conn-1", response_type="bytes")

    assert result.data == content
    assert isinstance(result.data, bytes)


@pytest.mark.parametrize(
    ("status", "error"), [(418, NangoAPIError), (404, NotFoundError), (502, InternalServerError)]
)
def test_proxy_upstream_error_status(
    client: Client, recorder: Recorder, status: int, error: type[NangoAPIError]
) -> None:
    recorder.reply(status, {"message": "I'm a teapot"}, headers={"X-Upstream": "1"})

    with pytest.raises(NangoAPIError) as caught:
        client.call("get", "/teapot", "github", "conn-1")

    assert type(caught.value) is error
    assert caught.value.status_code == status
    assert caught.value.body == {"message": "I'm a teapot"}
    assert caught.value.headers["X-Upstream"] == "1"
    assert caught.value.message == "I'm a teapot"
    assert SECRET not in str(caught.value)
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("response_type", ["text", "bytes", "json", "stream"])
def test_proxy_error_status_whatever_the_response_type(
    client: Client, recorder: Recorder, response_type: str
) -> None:
    recorder.reply(418, content=b"short and stout")

    with pytest.raises(NangoAPIError) as caught:
        client.call("get", "/teapot", "github", "conn-1", response_type=response_type)

    assert caught.value.status_code == 418
    assert caught.value.body == "short and stout"


# Streams


def chunks_answer(
    chunks: list[bytes], pulled: list[bytes], status: int = 200
) -> Callable[[httpx.Request], httpx.Response]:
    def body() -> Iterator[bytes]:
        for chunk in chunks:
            pulled.append(chunk)
            yield chunk

    return lambda request: httpx.Response(status, content=body(), headers={"X-S": "1"})


def async_chunks_answer(
    chunks: list[bytes], pulled: list[bytes], status: int = 200
) -> Callable[[httpx.Request], httpx.Response]:
    async def body() -> AsyncIterator[bytes]:
        for chunk in chunks:
            pulled.append(chunk)
            yield chunk

    return lambda request: httpx.Response(status, content=body(), headers={"X-S": "1"})


def sync_nango(recorder: Recorder) -> Nango:
    return Nango(
        secret_key=SECRET,
        host=HOST,
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
    )


def async_nango(recorder: Recorder) -> AsyncNango:
    return AsyncNango(
        secret_key=SECRET,
        host=HOST,
        max_retries=0,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)),
    )


def test_proxy_stream_sync(recorder: Recorder) -> None:
    pulled: list[bytes] = []
    recorder.answers.append(chunks_answer([b"ab", b"cd", b"ef"], pulled))

    result = sync_nango(recorder).get("/file", "github", "conn-1", response_type="stream")

    assert result.status == 200
    assert result.headers["X-S"] == "1"
    assert result.data is None
    assert pulled == []
    assert b"".join(result.iter_bytes()) == b"abcdef"
    assert pulled == [b"ab", b"cd", b"ef"]
    result.close()
    assert result.response.is_closed


def test_proxy_stream_sync_context_manager(recorder: Recorder) -> None:
    pulled: list[bytes] = []
    recorder.answers.append(chunks_answer([b"x" * 10, b"y" * 10], pulled))

    with sync_nango(recorder).get("/file", "github", "conn-1", response_type="stream") as result:
        first = next(result.iter_bytes())
        assert first.startswith(b"x")
        assert not result.response.is_closed

    assert result.response.is_closed


def test_proxy_stream_sync_error_status(recorder: Recorder) -> None:
    pulled: list[bytes] = []
    recorder.answers.append(chunks_answer([b'{"message": ', b'"gone"}'], pulled, status=410))

    with pytest.raises(NangoAPIError) as caught:
        sync_nango(recorder).get("/file", "github", "conn-1", response_type="stream")

    assert caught.value.status_code == 410
    assert caught.value.body == {"message": "gone"}


async def test_proxy_stream_async(recorder: Recorder) -> None:
    pulled: list[bytes] = []
    recorder.answers.append(async_chunks_answer([b"ab", b"cd", b"ef"], pulled))
    nango = async_nango(recorder)

    result = await nango.get("/file", "github", "conn-1", response_type="stream")

    assert result.status == 200
    assert result.data is None
    assert pulled == []
    assert b"".join([chunk async for chunk in result.aiter_bytes()]) == b"abcdef"
    assert pulled == [b"ab", b"cd", b"ef"]
    await result.aclose()
    assert result.response.is_closed
    assert recorder.last.url.raw_path == b"/proxy/file"


async def test_proxy_stream_async_context_manager(recorder: Recorder) -> None:
    pulled: list[bytes] = []
    recorder.answers.append(async_chunks_answer([b"x" * 10, b"y" * 10], pulled))
    nango = async_nango(recorder)

    async with await nango.proxy(
        "/file", "github", "conn-1", method="POST", data=b"q", response_type="stream"
    ) as result:
        assert not result.response.is_closed
        assert b"".join([chunk async for chunk in result.aiter_bytes()]) == b"x" * 10 + b"y" * 10

    assert result.response.is_closed
    assert recorder.last.method == "POST"
    assert recorder.last.content == b"q"


async def test_proxy_stream_async_error_status(recorder: Recorder) -> None:
    pulled: list[bytes] = []
    recorder.answers.append(async_chunks_answer([b"nope"], pulled, status=418))
    nango = async_nango(recorder)

    with pytest.raises(NangoAPIError) as caught:
        await nango.get("/file", "github", "conn-1", response_type="stream")

    assert caught.value.status_code == 418
    assert caught.value.body == "nope"
