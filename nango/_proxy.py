"""Proxy requests: what ``/proxy/{endpoint}`` in the spec cannot say (several path segments,
forwarded headers, free-form query and body), built on the generated proxy operations."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any, TypedDict, get_args
from urllib.parse import parse_qsl, quote, urlencode

import httpx

from ._args import optional, optional_bool, require, require_int, unset
from ._generated import api
from ._http import Settings, invalid_answer, read_body, text_of
from ._results import ProxyResponse, ResponseType
from ._wire import check_header_mapping, json_bytes, proxy_path
from .errors import NangoTypeError, NangoValueError, short_repr

_OPERATIONS: dict[str, ModuleType] = {
    "GET": api.proxy.proxy_get,
    "POST": api.proxy.proxy_post,
    "PUT": api.proxy.proxy_put,
    "PATCH": api.proxy.proxy_patch,
    "DELETE": api.proxy.proxy_delete,
    # Not expressible in OpenAPI; they carry the same headers as GET.
    "PROPFIND": api.proxy.proxy_get,
    "REPORT": api.proxy.proxy_get,
}
RESPONSE_TYPES = get_args(ResponseType)
# The type of a str or bytes body the caller gave no Content-Type for: one the server passes
# through untouched (a form type would make it re-parse the body, as it does for axios's).
TEXT_BODY = "text/plain; charset=utf-8"
BYTES_BODY = "application/octet-stream"
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"
_QUERY_SAFE = _PATH_SAFE + "?"


class ProxyOptions(TypedDict, total=False):
    """Options of ``proxy``, ``get``, ``post``, ``put``, ``patch`` and ``delete`` (Node's proxy
    configuration keys in snake_case); ``None`` or absent means not given.

    - ``headers``: sent upstream (as ``Nango-Proxy-<name>``; a ``Content-Type`` also applies to
      the request itself).
    - ``params``: query parameters, a mapping (lists are comma-joined) or a raw query string.
    - ``data``: the body: JSON for dicts/lists; a ``str`` (UTF-8) or ``bytes`` reaches the
      provider byte for byte, as ``text/plain; charset=utf-8`` / ``application/octet-stream``
      unless ``headers`` gives a ``Content-Type``.
    - ``retries``, ``retry_on``: retries of the upstream call, done by the Nango server.
    - ``base_url_override``, ``decompress``, ``forward_headers_on_redirect``: as in Node.
    - ``response_type``: ``"json"`` (default: JSON, else text), ``"text"``, ``"bytes"`` or
      ``"stream"``.
    """

    headers: Mapping[str, str] | None
    params: Mapping[str, Any] | str | None
    data: Any
    retries: int | None
    retry_on: Sequence[int] | None
    base_url_override: str | None
    decompress: bool | None
    response_type: ResponseType | None
    forward_headers_on_redirect: bool | None


def proxy_kwargs(
    settings: Settings,
    endpoint: str,
    provider_config_key: str | None,
    connection_id: str | None,
    method: str,
    options: ProxyOptions,
) -> dict[str, Any]:
    """The request of a proxy call, in the generated ``_get_kwargs`` form."""
    unknown = sorted(set(options) - ProxyOptions.__optional_keys__)
    if unknown:
        raise NangoTypeError(f"unknown proxy option(s): {', '.join(unknown)}")
    _check_response_type(options.get("response_type"))
    headers, params, data = options.get("headers"), options.get("params"), options.get("data")
    require("endpoint", endpoint)
    if not isinstance(method, str) or method.upper() not in _OPERATIONS:
        raise NangoValueError(
            f"method must be one of {', '.join(_OPERATIONS)}, got {short_repr(method)}"
        )
    verb = method.upper()
    kwargs: dict[str, Any] = _OPERATIONS[verb]._get_kwargs(
        endpoint,
        connection_id=_default("connection_id", connection_id, settings.connection_id),
        provider_config_key=_default(
            "provider_config_key", provider_config_key, settings.provider_config_key
        ),
        base_url_override=unset(optional("base_url_override", options.get("base_url_override"))),
        # Node sends these three headers only when truthy; 0 and false are the server's defaults.
        retries=unset(require_int("retries", options.get("retries"), minimum=0) or None),
        decompress=unset(optional_bool("decompress", options.get("decompress")) or None),
        retry_on=unset(_codes(options.get("retry_on"))),
        forward_headers_on_redirect=unset(
            optional_bool("forward_headers_on_redirect", options.get("forward_headers_on_redirect"))
            or None
        ),
    )
    request_headers = {k: v for k, v in kwargs["headers"].items() if k != "Content-Type"}
    content_type = None
    for name, value in (
        {} if headers is None else check_header_mapping("headers", headers)
    ).items():
        request_headers[f"Nango-Proxy-{name}"] = value
        if name.lower() == "content-type":
            content_type = value
    try:
        url = _url(endpoint, params)
    except UnicodeEncodeError as exc:
        raise NangoValueError(
            f"endpoint or params cannot be sent: a lone surrogate ({exc.reason})"
        ) from None
    result: dict[str, Any] = {"method": verb, "url": url, "headers": request_headers}
    if data is not None:
        if verb == "GET":
            raise NangoValueError("data cannot be sent with a GET proxy call")
        if isinstance(data, str | bytes):
            result["content"] = data
            if content_type is None:
                content_type = TEXT_BODY if isinstance(data, str) else BYTES_BODY
                request_headers["Nango-Proxy-Content-Type"] = content_type
        else:
            result["content"] = json_bytes("data", data)
            content_type = content_type or "application/json"
    if content_type:
        request_headers["Content-Type"] = content_type
    return result


def proxy_result(response: httpx.Response, response_type: ResponseType | None) -> ProxyResponse:
    """Decode a 2xx proxy answer as ``response_type`` asks."""
    data: Any
    if response_type == "stream":
        data = None
    elif response_type == "text":
        data = text_of(response)
    elif response_type == "bytes":
        data = response.content
    elif response_type == "json" and response.content:
        try:
            data = json.loads(response.content)
        except (ValueError, RecursionError) as exc:
            error: BaseException = exc
        else:
            return ProxyResponse(response.status_code, response.headers, data, response)
        message = "the proxy answer is not JSON (pass response_type='text' or 'bytes')"
        raise invalid_answer(response, message, text_of(response), error)
    else:
        data = read_body(response)
    return ProxyResponse(response.status_code, response.headers, data, response)


def _check_response_type(response_type: object) -> None:
    if response_type is not None and response_type not in RESPONSE_TYPES:
        raise NangoValueError(
            f"response_type must be one of {', '.join(RESPONSE_TYPES)},"
            f" got {short_repr(response_type)}"
        )


def _default(name: str, value: str | None, default: str | None) -> str:
    if value is None and default is None:
        raise NangoValueError(f"{name} is required: pass it or set it on the client")
    return require(name, value if value is not None else default)


def _codes(retry_on: object) -> str | None:
    if retry_on is None:
        return None
    if not isinstance(retry_on, list | tuple) or not all(
        isinstance(code, int) and not isinstance(code, bool) for code in retry_on
    ):
        raise NangoTypeError("retry_on must be a list of int status codes")
    return ",".join(str(code) for code in retry_on) or None


def _url(endpoint: str, params: Mapping[str, Any] | str | None) -> str:
    path, _, query = endpoint.partition("?")
    path = proxy_path(path if path.startswith("/") else "/" + path)
    if isinstance(params, str):
        if query:
            raise NangoValueError("query parameters cannot be both in endpoint and in params")
        query = params.removeprefix("?")
    elif isinstance(params, Mapping):
        # As URLSearchParams.set: a given key replaces all its values (at its first place);
        # other keys of the endpoint's query keep theirs.
        pairs = parse_qsl(query, keep_blank_values=True)
        for key, value in params.items():
            if value is None:
                continue
            name = str(key)
            at = next((i for i, (k, _) in enumerate(pairs) if k == name), len(pairs))
            pairs = [pair for pair in pairs if pair[0] != name]
            pairs.insert(at, (name, _query_value(value)))
        query = urlencode(pairs)
    elif params is not None:
        raise NangoTypeError(f"params must be a mapping or a str, not {type(params).__name__}")
    url = "/proxy" + quote(path, safe=_PATH_SAFE)
    return f"{url}?{quote(query, safe=_QUERY_SAFE)}" if query else url


def _query_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ",".join(_query_value(item) for item in value)
    return str(value)
