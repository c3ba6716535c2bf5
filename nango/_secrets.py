"""Answers that carry a secret (a new API key, a rotated webhook signing key): parsed so that
the secret never reaches an error, even when the answer is malformed."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from .errors import NangoResponseValidationError

T = TypeVar("T")

# The fields of these answers that hold no secret; every other string is hidden in errors (a
# malformed answer may have its secret under a name this version does not know).
SHOWN_FIELDS = frozenset({"id", "display_name", "scopes", "created_at"})
HIDDEN = "***"
MIN_SECRET = 8


def parse_with_secrets(response: httpx.Response, parse: Callable[[Any], T]) -> T:
    """``_http.parse_with`` for a 2xx answer that holds a secret. When the answer is malformed,
    the ``NangoResponseValidationError`` keeps the body's shape with every string outside
    ``SHOWN_FIELDS`` replaced by ``***`` (a body that is not JSON is not kept), its message
    leaves out a parse error that quotes one of those strings, and it chains no exception."""
    where = f"{response.request.method} {response.request.url.path}"
    # Errors are raised outside the except blocks: no __context__ keeps the original exception
    # (a JSONDecodeError holds the whole body).
    try:
        data = json.loads(response.content)
    except (ValueError, RecursionError):
        data = problem = kind = None
    else:
        try:
            return parse(data)
        except Exception as exc:  # whatever an unexpected shape makes a parser raise
            problem, kind = f"{type(exc).__name__}: {exc}", type(exc).__name__
    if problem is None or kind is None:
        raise NangoResponseValidationError(
            f"{where}: the answer is not JSON (its body is not kept: it may hold a secret)",
            status_code=response.status_code,
            body=None,
        )
    try:
        body, hidden = redacted(data), hidden_strings(data)
    except RecursionError:  # nested too deeply to walk: keep nothing
        body, hidden = None, None
    # Strings shorter than MIN_SECRET would match any message; Nango's keys are UUIDs.
    if hidden is None or any(len(text) >= MIN_SECRET and text in problem for text in hidden):
        problem = f"{kind}, details hidden: they quote the answer"
    raise NangoResponseValidationError(
        f"{where}: unexpected response shape ({problem})",
        status_code=response.status_code,
        body=body,
    )


def hidden_strings(data: Any, shown: bool = False) -> list[str]:
    """Every string of ``data`` that ``redacted`` hides."""
    if isinstance(data, dict):
        return [
            text
            for key, value in data.items()
            for text in hidden_strings(value, shown or key in SHOWN_FIELDS)
        ]
    if isinstance(data, list):
        return [text for item in data for text in hidden_strings(item, shown)]
    return [data] if isinstance(data, str) and data and not shown else []


def redacted(data: Any, shown: bool = False) -> Any:
    """``data`` with every string outside ``SHOWN_FIELDS`` replaced by ``***``."""
    if isinstance(data, dict):
        return {key: redacted(value, shown or key in SHOWN_FIELDS) for key, value in data.items()}
    if isinstance(data, list):
        return [redacted(item, shown) for item in data]
    return HIDDEN if isinstance(data, str) and not shown else data
