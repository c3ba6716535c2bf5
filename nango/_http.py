"""What the sync and async HTTP cores share: settings, retry policy, error mapping, parsing."""

from __future__ import annotations

import dataclasses
import enum
import json
import logging
import os
import platform
import random
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlencode

import httpx

from ._args import seconds
from ._signing import configured_keys
from ._version import __version__
from ._wire import check_header, check_header_mapping, check_headers, check_path, json_bytes
from .errors import (
    NangoAPIError,
    NangoConnectionError,
    NangoResponseValidationError,
    NangoTimeoutError,
    NangoTypeError,
    NangoValueError,
    api_error_class,
    parse_retry_after,
)

logger = logging.getLogger("nango")

DEFAULT_HOST = "https://api.nango.dev"
DEFAULT_TIMEOUT = httpx.Timeout(120.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
# Decoded bytes of one answer (a hostile or broken server cannot fill memory); None: no limit.
DEFAULT_MAX_RESPONSE_SIZE = 256 * 1024 * 1024
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 60.0
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "PROPFIND", "REPORT"})
# Raised before the request left this machine: safe to resend whatever the method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

T = TypeVar("T")
# A DNS name, an IPv4 or a bracket-less IPv6 address, as httpx.URL.host gives them.
_HOST = re.compile(r"[A-Za-z0-9._:-]+")


def user_agent(extra: str | None = None) -> str:
    """``nango-python/<version> (<os>/<release>; python/<version>)[; <extra>]``."""
    system = f"{platform.system().lower() or sys.platform}/{platform.release()}".replace(" ", "_")
    python = ".".join(str(part) for part in sys.version_info[:3])
    agent = f"nango-python/{__version__} ({system}; python/{python})"
    return f"{agent}; {extra}" if extra else agent


class Keep(enum.Enum):
    """The default of an option of ``with_options`` where ``None`` is a value of its own."""

    KEEP = "KEEP"

    def __repr__(self) -> str:
        return "KEEP"


KEEP = Keep.KEEP


@dataclass(frozen=True, slots=True)
class Settings:
    """A client's resolved configuration. The keys are kept out of ``repr``."""

    host: str
    timeout: httpx.Timeout
    deadline: float | None
    max_retries: int
    headers: dict[str, str]
    secret_key: str = field(repr=False)
    webhook_signing_keys: tuple[str, ...] = field(repr=False)
    max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE
    connection_id: str | None = None
    provider_config_key: str | None = None

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.secret_key}"}


def resolve_settings(
    *,
    secret_key: str | None,
    host: str | None,
    webhook_signing_key: str | Sequence[str] | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    max_response_size: int | None,
    user_agent_extra: str | None,
    default_headers: Mapping[str, str] | None,
    connection_id: str | None,
    provider_config_key: str | None,
) -> Settings:
    """Apply the environment fallbacks and check every option (see ``Nango.__init__``)."""
    key = secret_key if secret_key is not None else os.environ.get("NANGO_SECRET_KEY")
    if not key:
        raise NangoValueError(
            "a secret key is required: pass secret_key=... or set NANGO_SECRET_KEY"
        )
    if not isinstance(key, str):
        raise NangoTypeError(f"secret_key must be a str, not {type(key).__name__}")
    if not key.isascii() or not key.isprintable() or any(c.isspace() for c in key):
        raise NangoValueError("secret_key must be printable ASCII without spaces")
    signing_keys = configured_keys(webhook_signing_key, os.environ.get("NANGO_WEBHOOK_SIGNING_KEY"))
    headers = {
        "Accept": "application/json",
        "User-Agent": user_agent(_optional_str("user_agent", user_agent_extra)),
    }
    check_header("user_agent", "User-Agent", headers["User-Agent"])
    headers.update(extra_headers("default_headers", default_headers))
    http_timeout, deadline = _timeout(timeout)
    return Settings(
        host=_host(host if host is not None else os.environ.get("NANGO_HOST") or DEFAULT_HOST),
        timeout=http_timeout,
        deadline=deadline,
        max_retries=_max_retries(max_retries),
        headers=headers,
        secret_key=key,
        webhook_signing_keys=signing_keys,
        max_response_size=_max_response_size(max_response_size),
        connection_id=_proxy_default("connection_id", "Connection-Id", connection_id),
        provider_config_key=_proxy_default(
            "provider_config_key", "Provider-Config-Key", provider_config_key
        ),
    )


def replace_settings(
    settings: Settings,
    *,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    headers: Mapping[str, str] | None = None,
    max_response_size: int | Keep | None = KEEP,
) -> Settings:
    """``settings`` with another timeout, max_retries (``None`` keeps the value) and/or
    max_response_size (``KEEP`` keeps it), and ``headers`` merged over its headers."""
    http_timeout, deadline = (
        (settings.timeout, settings.deadline) if timeout is None else _timeout(timeout)
    )
    return dataclasses.replace(
        settings,
        timeout=http_timeout,
        deadline=deadline,
        max_retries=settings.max_retries if max_retries is None else _max_retries(max_retries),
        headers={**settings.headers, **extra_headers("headers", headers)},
        max_response_size=(
            settings.max_response_size
            if isinstance(max_response_size, Keep)
            else _max_response_size(max_response_size)
        ),
    )


def extra_headers(argument: str, headers: Mapping[str, str] | None) -> dict[str, str]:
    """Headers a caller adds to every request (``default_headers``, ``with_options(headers=)``),
    checked as HTTP can carry them; ``Authorization`` is the secret key's."""
    if headers is None:
        return {}
    checked = check_header_mapping(argument, headers)
    if any(name.lower() == "authorization" for name in checked):
        raise NangoValueError(f"{argument} cannot set Authorization: use secret_key")
    return checked


def _host(base: object) -> str:
    """The Nango server URL: ``http(s)://host[:port][/path]``, without a trailing slash."""
    if not isinstance(base, str):
        raise NangoTypeError(f"host must be a str, not {type(base).__name__}")
    problem = None
    if "?" in base or "#" in base:
        problem = "a query or a fragment"
    url = None
    if problem is None:
        try:
            url = httpx.URL(base.removesuffix("/"))
        except (httpx.InvalidURL, TypeError, ValueError):
            problem = "not a URL"
    if url is not None:
        _, slash, path = base.removesuffix("/").split("://", 1)[-1].partition("/")
        if url.scheme not in ("http", "https") or not url.host or not _HOST.fullmatch(url.host):
            problem = "need http(s)://host"
        elif url.userinfo:
            problem = "credentials in the URL: pass secret_key"
        elif slash and any(s in ("", ".", "..") or "%" in s for s in path.split("/")):
            problem = "an empty, '.' or '..' path segment"
    if problem is not None:
        shown = "" if url is not None and url.userinfo else f": {base[:200]!r}"
        raise NangoValueError(f"invalid URL for the Nango host{shown} ({problem})")
    return base.removesuffix("/")


def _optional_str(name: str, value: object) -> str | None:
    if value is not None and not isinstance(value, str):
        raise NangoTypeError(f"{name} must be a str, not {type(value).__name__}")
    return value


def _proxy_default(argument: str, header: str, value: object) -> str | None:
    """A client-wide id of the proxy methods, sent as a header."""
    if value is not None:
        check_header(argument, header, value)
    return _optional_str(argument, value)


def _timeout(value: object) -> tuple[httpx.Timeout, float | None]:
    """httpx's per-operation timeout and the deadline of a whole attempt: the given seconds, or
    the largest value of an ``httpx.Timeout`` (``None``, no deadline, when one is ``None``)."""
    if isinstance(value, httpx.Timeout):
        parts = (value.connect, value.read, value.write, value.pool)
        for part in parts:
            if part is not None:
                seconds("timeout", part, minimum=0.001, finite=True)
        return value, None if None in parts else max(p for p in parts if p is not None)
    total = seconds("timeout", value, minimum=0.001, finite=True)
    return httpx.Timeout(total), total


def _max_response_size(value: object) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise NangoValueError(f"max_response_size must be an int >= 1 or None, got {value!r}")
    return value


def _max_retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise NangoValueError(f"max_retries must be an int >= 0, got {value!r}")
    return value


def settings_repr(class_name: str, settings: Settings) -> str:
    return f"{class_name}(host={settings.host!r})"


def build_request(
    client: httpx.Client | httpx.AsyncClient, settings: Settings, kwargs: Mapping[str, Any]
) -> httpx.Request:
    """An ``httpx.Request`` from a generated ``_get_kwargs`` dict (path relative to the host),
    after the wire checks: path segments, headers, and the JSON body encoded here."""
    method = kwargs["method"].upper()
    path = kwargs["url"]
    check_path(method, path)
    extra = kwargs.get("headers")
    if extra:
        check_headers(extra)
    headers = {**settings.headers, **(extra or {}), **_authorization(settings, kwargs)}
    content = kwargs.get("content")
    if kwargs.get("json") is not None:
        content = json_bytes("the request body", kwargs["json"])
    try:
        return client.build_request(
            method=method,
            url=settings.host + with_query(path, kwargs.get("params")),
            headers=headers,
            content=content,
            timeout=settings.timeout,
        )
    except httpx.InvalidURL as exc:
        raise NangoValueError(
            f"{method} {path[:100]}: the URL cannot be sent ({exc}): an argument is too long"
            " or malformed"
        ) from None
    except UnicodeEncodeError as exc:
        raise NangoValueError(
            f"{method} {path[:100]}: a query value or the body cannot be encoded ({exc.reason})"
        ) from None
    except (TypeError, ValueError) as exc:
        reason = str(exc).replace(settings.secret_key, "***")
        raise NangoTypeError(f"the request cannot be encoded: {reason}") from None


def with_query(path: str, params: Mapping[str, Any] | Sequence[tuple[str, Any]] | None) -> str:
    """``path`` with ``params`` encoded as httpx would (lists as repeated keys, booleans as
    ``true``/``false``), so that httpx parses the URL once rather than again to merge them."""
    if not params:
        return path
    pairs: list[tuple[str, str]] = []
    for name, value in params.items() if isinstance(params, Mapping) else params:
        for item in value if isinstance(value, list | tuple) else (value,):
            pairs.append((name, _query_value(item)))
    return f"{path}{'&' if '?' in path else '?'}{urlencode(pairs)}"


def _query_value(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return "" if value is None else str(value)


def _authorization(settings: Settings, kwargs: Mapping[str, Any]) -> dict[str, str]:
    """The secret key's header, or that of ``kwargs["bearer"]``: a token given for this one
    request (a connect session's), sent instead of the secret key."""
    bearer = kwargs.get("bearer")
    return settings.auth_headers() if bearer is None else {"Authorization": f"Bearer {bearer}"}


def retry_delay(
    method: str,
    retries_done: int,
    max_retries: int,
    *,
    response: httpx.Response | None = None,
    error: httpx.RequestError | None = None,
) -> float | None:
    """Seconds to wait before the next attempt, or ``None`` when this failure is final.

    429 and errors raised before the request was sent are retried for every method; other
    transport errors, 408 and 5xx only for idempotent methods, so a POST that may have run is
    never sent twice. ``Retry-After`` is honoured up to ``MAX_RETRY_AFTER`` seconds, and never
    below the backoff delay; a longer wait is not attempted (the error carries ``retry_after``).
    """
    if retries_done >= max_retries:
        return None
    idempotent = method.upper() in IDEMPOTENT_METHODS
    retry_after = None
    if error is not None:
        if not isinstance(error, httpx.TransportError):  # undecodable body
            return None
        if not (isinstance(error, _NOT_SENT) or idempotent):
            return None
    elif response is not None:
        status = response.status_code
        if status != 429 and not (idempotent and (status == 408 or status >= 500)):
            return None
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        if retry_after is not None and retry_after > MAX_RETRY_AFTER:
            return None
    else:
        return None
    backoff = min(MAX_BACKOFF, INITIAL_BACKOFF * 2.0**retries_done) * random.uniform(0.5, 1.0)
    # The server floors Retry-After to whole seconds (0 when its window resets within the
    # second): never retry sooner than the backoff.
    return backoff if retry_after is None else max(retry_after, backoff)


def read_body(response: httpx.Response) -> Any:
    """The parsed JSON body, the text when it is not JSON, ``None`` when empty or unread."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        return text_of(response)


def text_of(response: httpx.Response) -> str:
    """``response.text``, or the body as UTF-8 (with replacements) when its declared charset
    cannot decode it (a UTF-16 body without BOM, an unknown codec...)."""
    try:
        return response.text
    except (UnicodeError, LookupError, TypeError, ValueError):
        return response.content.decode("utf-8", "replace")


def api_error(response: httpx.Response) -> NangoAPIError:
    request = response.request
    body, headers = read_body(response), response.headers
    secret = echoed_secret(response)
    if secret is not None:
        body = masked(body, secret)
        headers = httpx.Headers(
            [(name, value.replace(secret, MASK)) for name, value in headers.multi_items()]
        )
    return api_error_class(response.status_code)(
        status_code=response.status_code,
        headers=headers,
        body=body,
        method=request.method,
        url=str(request.url.copy_with(query=None)),
    )


MASK = "***"


def echoed_secret(response: httpx.Response) -> str | None:
    """The request's bearer token (the secret key, or a connect session's token) when the
    answer quotes it in its body or headers: errors show it as ``***``, wherever it is."""
    token = bearer_token(response.request)
    if token is None:
        return None
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    if token.encode() in content or any(token in value for value in response.headers.values()):
        return token
    return None


def bearer_token(request: httpx.Request) -> str | None:
    """The token the request's ``Authorization`` carries (none shorter than 8 characters:
    masking those would hide ordinary text)."""
    token: str = request.headers.get("authorization", "").removeprefix("Bearer ")
    return token if len(token) >= 8 else None


def masked(data: Any, secret: str) -> Any:
    """``data`` (a parsed body) with ``secret`` replaced by ``***`` in every string."""
    try:
        return _masked(data, secret)
    except RecursionError:
        return None


def _masked(data: Any, secret: str) -> Any:
    if isinstance(data, str):
        return data.replace(secret, MASK)
    if isinstance(data, dict):
        return {_masked(key, secret): _masked(value, secret) for key, value in data.items()}
    if isinstance(data, list):
        return [_masked(item, secret) for item in data]
    return data


def as_request_error(
    request: httpx.Request, error: httpx.RequestError | TimeoutError, deadline: float | None
) -> httpx.RequestError:
    """httpx's error, or a ``ReadTimeout`` for an attempt that ran out of time as a whole (it
    may have been sent: retried for idempotent methods only)."""
    if isinstance(error, httpx.RequestError):
        return error
    return httpx.ReadTimeout(f"no complete answer within {deadline or 0:g} s", request=request)


def connection_error(
    request: httpx.Request, error: httpx.RequestError, cause: BaseException
) -> NangoConnectionError:
    """The ``NangoConnectionError`` (``NangoTimeoutError`` for timeouts) for a failed attempt,
    chained to ``cause`` unless httpx's message quotes the request's token (a malformed answer
    it shows may hold it): then the token is masked and nothing is chained."""
    reason = str(error) or type(error).__name__
    masked_reason = without_token(request, reason)
    message = f"{request.method} {request.url.copy_with(query=None)} failed: "
    kind = NangoTimeoutError if isinstance(error, httpx.TimeoutException) else NangoConnectionError
    failure = kind(message + (reason if masked_reason is None else masked_reason))
    failure.__cause__ = cause if masked_reason is None else None  # raise it from __cause__
    return failure


def without_token(request: httpx.Request, text: str) -> str | None:
    """``text`` with the request's token masked, or ``None`` when it does not quote it."""
    token = bearer_token(request)
    return text.replace(token, MASK) if token is not None and token in text else None


def parse_json(response: httpx.Response) -> Any:
    """The JSON body of a 2xx answer; an empty body is ``None``."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError) as exc:
        error: BaseException = exc
    where = f"{response.request.method} {response.request.url.path}"
    message = f"{where}: the answer is not JSON (or is nested too deeply)"
    raise invalid_answer(response, message, text_of(response), error)


def parse_with(response: httpx.Response, parse: Callable[[Any], T]) -> T:
    """Parse a 2xx JSON body with ``parse`` (a generated ``from_dict``), mapping shape errors."""
    data = parse_json(response)
    return shaped(response, data, parse)


def shaped(response: httpx.Response, data: Any, parse: Callable[[Any], T]) -> T:
    try:
        return parse(data)
    except Exception as exc:  # whatever an unexpected shape makes a parser raise
        error: BaseException = exc
    where = f"{response.request.method} {response.request.url.path}"
    problem = f"{type(error).__name__}: {error}"
    raise invalid_answer(response, f"{where}: unexpected response shape ({problem})", data, error)


def invalid_answer(
    response: httpx.Response, message: str, data: Any, cause: BaseException | None
) -> NangoResponseValidationError:
    """The error for a 2xx answer ``parse_json``/``shaped`` could not use, showing ``data``.
    When the answer quotes the request's token, it is masked everywhere and the parser's
    exception (which may quote it too) is not chained."""
    body = data
    secret = echoed_secret(response)
    if secret is not None:
        body, message, cause = masked(body, secret), message.replace(secret, MASK), None
    error = NangoResponseValidationError(message, status_code=response.status_code, body=body)
    error.__cause__ = cause
    return error


def logged_url(request: httpx.Request) -> httpx.URL | str:
    """The URL a log line shows: a proxy call's query is the caller's own (it may hold a
    provider's key) and is left out."""
    url = request.url
    if url.query and "/proxy/" in url.path:
        return f"{url.copy_with(query=None)}?<query hidden>"
    return url


def log_response(request: httpx.Request, response: httpx.Response, elapsed: float) -> None:
    logger.debug(
        "%s %s -> %s (%.0f ms)",
        request.method,
        logged_url(request),
        response.status_code,
        elapsed * 1000,
    )


def log_transport_error(request: httpx.Request, error: httpx.RequestError, elapsed: float) -> None:
    logger.debug(
        "%s %s -> %s (%.0f ms)",
        request.method,
        logged_url(request),
        type(error).__name__,
        elapsed * 1000,
    )


def log_retry(request: httpx.Request, reason: str, delay: float, retry: int, max_: int) -> None:
    logger.info(
        "retrying %s %s in %.2f s (retry %d of %d) after %s",
        request.method,
        logged_url(request),
        delay,
        retry,
        max_,
        reason,
    )
