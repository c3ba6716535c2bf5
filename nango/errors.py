"""Every exception a public ``nango`` method raises is a :class:`NangoError`."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from ._ratelimit import RateLimit

__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidTagsError",
    "InvalidWebhookError",
    "NangoAPIError",
    "NangoConnectionError",
    "NangoError",
    "NangoResponseTooLargeError",
    "NangoResponseValidationError",
    "NangoTimeoutError",
    "NangoTypeError",
    "NangoValueError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnknownWebhookTypeError",
    "UnprocessableEntityError",
    "WaitCancelled",
    "WaitForConnectionCancelled",
    "WaitForConnectionTimeout",
    "WaitTimeout",
]


class NangoError(Exception):
    """Base class of every error raised by this package."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructors do not survive the default pickling (Celery, multiprocessing).
        return (_restore, (type(self), self.args, self.__dict__))


def _restore(cls: type[NangoError], args: tuple[Any, ...], state: dict[str, Any]) -> NangoError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class NangoValueError(NangoError, ValueError):
    """An argument has a bad value; raised before any request is sent."""


class NangoTypeError(NangoError, TypeError):
    """An argument has the wrong type; raised before any request is sent."""


@dataclass(frozen=True)
class TagProblem:
    """One broken tag rule: where (``tags``, ``end_user['tags']``...), the key (``None`` for a
    rule on the whole mapping), the rule's name and a readable message."""

    where: str
    key: str | None
    rule: str
    message: str

    def __str__(self) -> str:
        return self.message


class InvalidTagsError(NangoValueError):
    """Tags break the server's rules; ``problems`` lists every one (:class:`TagProblem`)."""

    def __init__(self, problems: Sequence[TagProblem]) -> None:
        self.problems = list(problems)
        count = len(self.problems)
        super().__init__(
            f"{count} invalid tag{'s' if count != 1 else ''}: "
            + "; ".join(str(problem) for problem in self.problems)
        )


class InvalidWebhookError(NangoError, ValueError):
    """A webhook body that is not a payload Nango sends; ``payload`` is its parsed JSON
    (``None`` when it is not JSON)."""

    def __init__(self, message: str, *, payload: Any) -> None:
        self.payload = payload
        super().__init__(message)


class UnknownWebhookTypeError(InvalidWebhookError):
    """A Nango webhook of a type this version does not know (``webhook_type``)."""

    def __init__(self, message: str, *, payload: Any, webhook_type: str | None) -> None:
        self.webhook_type = webhook_type
        super().__init__(message, payload=payload)


class NangoConnectionError(NangoError):
    """The request did not get an HTTP answer (DNS, refused, reset...)."""


class NangoTimeoutError(NangoConnectionError):
    """The request timed out (see the client's ``timeout``)."""


class WaitTimeout(NangoError, TimeoutError):
    """A ``wait_for_...`` method gave up after its ``timeout``."""


class WaitCancelled(NangoError):
    """A ``wait_for_...`` method was cancelled through its ``cancel`` event."""


class WaitForConnectionTimeout(WaitTimeout):
    """``wait_for_connection`` gave up: no matching connection within ``timeout``."""


class WaitForConnectionCancelled(WaitCancelled):
    """``wait_for_connection`` was cancelled through its ``cancel`` event."""


class NangoResponseValidationError(NangoError):
    """A 2xx answer whose body does not have the shape ``openapi.yaml`` documents."""

    def __init__(self, message: str, *, status_code: int, body: Any) -> None:
        self.status_code = status_code
        self.body = body
        super().__init__(message)


class NangoResponseTooLargeError(NangoResponseValidationError):
    """A 2xx answer longer than the client's ``max_response_size`` (decoded bytes): the rest
    was not read and the connection is dropped. ``body`` is ``None``; ``limit`` the option."""

    def __init__(self, message: str, *, status_code: int, limit: int) -> None:
        self.limit = limit
        super().__init__(message, status_code=status_code, body=None)


class NangoAPIError(NangoError):
    """A non-2xx answer. ``code``/``message`` come from Nango's ``{"error": {...}}`` body;
    ``retry_after`` (seconds) and ``rate_limit`` (:class:`RateLimit`) from its headers."""

    def __init__(
        self,
        *,
        status_code: int,
        headers: httpx.Headers,
        body: Any,
        method: str,
        url: str,
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self.body = body
        self.method = method
        self.url = url
        self.code, self.message = _code_and_message(body)
        self.retry_after = parse_retry_after(headers.get("retry-after"))
        self.rate_limit = RateLimit.from_headers(headers)
        detail = ": ".join(part for part in (self.code, self.message) if part) or short_repr(body)
        super().__init__(f"{method} {url} failed with status {status_code}: {detail}")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, code={self.code!r})"


class BadRequestError(NangoAPIError):
    """400: the server rejected the request (``errors`` in ``body`` lists why)."""


class AuthenticationError(NangoAPIError):
    """401: missing, malformed or unknown secret key."""


class PermissionDeniedError(NangoAPIError):
    """403: the secret key lacks a scope for this call."""


class NotFoundError(NangoAPIError):
    """404: the resource does not exist."""


class ConflictError(NangoAPIError):
    """409."""


class UnprocessableEntityError(NangoAPIError):
    """422."""


class RateLimitError(NangoAPIError):
    """429: rate limited; ``retry_after`` tells how many seconds to wait, ``rate_limit`` the
    account's budget and when it resets."""


class InternalServerError(NangoAPIError):
    """Any status >= 500."""


_BY_STATUS: dict[int, type[NangoAPIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def api_error_class(status_code: int) -> type[NangoAPIError]:
    """The error class for a non-2xx status (any integer, IANA-listed or not)."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, NangoAPIError)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date), or ``None``
    when it is absent or unusable (not a finite number, not a date a ``datetime`` can hold)."""
    if value is None:
        return None
    value = value.strip()
    try:
        delay = float(value)
    except ValueError:
        pass
    else:
        return max(0.0, delay) if math.isfinite(delay) else None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def short_repr(body: Any, limit: int = 200) -> str:
    """``repr(body)``, cut to ``limit`` characters."""
    try:
        text = repr(body)
    except RecursionError:
        text = f"<{type(body).__name__} nested too deeply to show>"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _code_and_message(body: Any) -> tuple[str | None, str | None]:
    if not isinstance(body, Mapping):
        return None, None
    error = body.get("error")
    if isinstance(error, Mapping):
        code, message = error.get("code"), error.get("message")
    else:
        # Proxy transport failures come unwrapped: {"message": ..., "code": ...}
        code, message = body.get("code"), body.get("message")
        if isinstance(error, str) and message is None:
            message = error
    return (
        code if isinstance(code, str) else None,
        message if isinstance(message, str) else None,
    )
