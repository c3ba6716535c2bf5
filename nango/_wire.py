"""What may go on the wire: path segments, header names and values, JSON bodies.

Every request passes through these checks in the core (``build_request``), so a value that
HTTP cannot carry, or that URL normalisation would turn into another endpoint, raises a
``NangoValueError`` before any connection is touched.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from .errors import NangoTypeError, NangoValueError, short_repr

# RFC 9110 5.1 token, and 5.5 field-value restricted to ASCII (httpx encodes str headers as
# ASCII): visible characters, inner spaces and tabs, no CTL, no leading or trailing whitespace.
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_FIELD_VALUE = re.compile(r"(?:[!-~](?:[\t -~]*[!-~])?)?")
# A segment that is "." or ".." once percent-decoded: RFC 3986 6.2.2 normalisers (httpx, CDNs,
# reverse proxies) decode %2E and then remove such segments, so no encoding of them is safe.
_DOT_SEGMENT = re.compile(r"(?:\.|%2[eE]){1,2}")
_PROXY_PREFIX = "nango-proxy-"


def header_argument(name: str) -> str:
    """The caller's name for a request header: ``headers['X']`` for a forwarded proxy header,
    else the header's own name in snake_case (generated header parameters are named after it)."""
    if name[: len(_PROXY_PREFIX)].lower() == _PROXY_PREFIX:
        return f"headers[{short_repr(name[len(_PROXY_PREFIX) :], 60)}]"
    return name.lower().replace("-", "_")


def check_header(argument: str, name: object, value: object) -> None:
    """Raise unless ``name: value`` can be sent as one HTTP header. The value is never echoed
    (it may be a token)."""
    if not isinstance(name, str):
        raise NangoTypeError(f"{argument}: header names must be str, not {type(name).__name__}")
    if not _TOKEN.fullmatch(name):
        raise NangoValueError(
            f"{argument}: {short_repr(name, 60)} is not a valid HTTP header name (RFC 9110 token:"
            " letters, digits and !#$%&'*+-.^_`|~, no spaces)"
        )
    if not isinstance(value, str):
        raise NangoTypeError(f"{argument} must be a str, not {type(value).__name__}")
    if not _FIELD_VALUE.fullmatch(value):
        raise NangoValueError(f"{argument} cannot be sent as an HTTP header: {_why(value)}")


def _why(value: str) -> str:
    if any((ord(c) < 32 and c != "\t") or ord(c) == 127 for c in value):
        return "it contains a control character (CR, LF, NUL...)"
    if not value.isascii():
        return "it contains non-ASCII characters"
    return "it has leading or trailing whitespace"


def check_headers(headers: Mapping[str, str]) -> None:
    """Check the headers a method built (the client's own were checked at construction)."""
    for name, value in headers.items():
        check_header(header_argument(name) if isinstance(name, str) else "headers", name, value)


def check_header_mapping(argument: str, headers: object) -> dict[str, str]:
    """A mapping of headers given by the caller (``default_headers``, proxy ``headers``)."""
    if not isinstance(headers, Mapping):
        raise NangoTypeError(
            f"{argument} must be a mapping of str to str, not {type(headers).__name__}"
        )
    for name, value in headers.items():
        where = f"{argument}[{short_repr(name, 60)}]" if isinstance(name, str) else argument
        check_header(where, name, value)
    return dict(headers)


def check_path(method: str, path: str) -> None:
    """Refuse a path (before its ``?``) with a ``.`` or ``..`` segment, plain or percent-encoded:
    such a segment would be removed on the way, and the request would reach another endpoint.
    Path parameters are otherwise percent-encoded whole by the generated code (one segment)."""
    raw = path.partition("?")[0]
    if "." not in raw and "%2" not in raw:
        return
    for segment in raw.split("/"):
        if _DOT_SEGMENT.fullmatch(segment):
            raise NangoValueError(
                f"{method} {raw[:200]}: a path parameter cannot be {segment!r}: URL"
                " normalisation removes '.' and '..' segments (even as %2E), which would send"
                " the request to another endpoint"
            )


def proxy_path(path: str) -> str:
    """A proxy endpoint path (``/...``) with its ``.``/``..`` segments resolved, as URL parsers
    do; one that would climb above its root, and so leave ``/proxy/``, is refused. For that check
    percent-encoded dots and slashes, and backslashes, count as what a server may decode them to.
    """
    decoded = re.sub(r"%2[fF]|%5[cC]|\\", "/", path.replace("%2e", ".").replace("%2E", "."))
    if _resolved(decoded.split("/")[1:]) is None:
        raise NangoValueError(f"endpoint {path[:200]!r} climbs out of /proxy/ with '..' segments")
    if "." not in path and "%2" not in path:
        return path
    return "/" + "/".join(_resolved(path.split("/")[1:]) or [])


def _resolved(segments: list[str]) -> list[str] | None:
    """RFC 3986 remove_dot_segments over path segments; ``None`` when ``..`` climbs above root."""
    out: list[str] = []
    for index, segment in enumerate(segments):
        if not _DOT_SEGMENT.fullmatch(segment):
            out.append(segment)
            continue
        if segment.replace("%2e", ".").replace("%2E", ".") == "..":
            if not out:
                return None
            out.pop()
        if index == len(segments) - 1:
            out.append("")  # "/a/b/.." is "/a/", not "/a"
    return out


def json_bytes(argument: str, data: Any) -> bytes:
    """``data`` as compact UTF-8 JSON (httpx's encoding), with errors a caller can act on."""
    try:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode(
            "utf-8"
        )
    except RecursionError:
        raise NangoValueError(f"{argument} is nested too deeply to be sent as JSON") from None
    except UnicodeEncodeError as exc:
        raise NangoValueError(
            f"{argument} cannot be sent as JSON: a string has a lone surrogate ({exc.reason})"
        ) from None
    except ValueError as exc:  # NaN, infinity, circular references
        raise NangoValueError(f"{argument} cannot be sent as JSON: {exc}") from None
    except TypeError as exc:  # a set, a datetime, an object...
        raise NangoTypeError(f"{argument} cannot be sent as JSON: {exc}") from None
