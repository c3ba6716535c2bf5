"""Answers that carry a secret (a new API key, a rotated webhook signing key): parsed so that
the secret never reaches an error, even when the answer is malformed."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from .errors import NangoResponseValidationError

T = TypeVar("T")

SECRET_FIELDS = frozenset({"secret", "webhook_signing_key"})
HIDDEN = "***"


def parse_with_secrets(response: httpx.Response, parse: Callable[[Any], T]) -> T:
    """``_http.parse_with`` for a 2xx answer holding secrets: on a malformed answer the
    ``NangoResponseValidationError`` shows the body with the values of ``SECRET_FIELDS``
    replaced by ``***`` (a body that is not JSON is not kept at all), its message has them
    replaced too, and it chains no exception that would still hold them."""
    where = f"{response.request.method} {response.request.url.path}"
    data: Any = None
    problem: str | None = None
    try:
        data = json.loads(response.content)
    except ValueError:
        pass
    else:
        try:
            return parse(data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            problem = f"{type(exc).__name__}: {exc}"
    # Raised here, outside the except blocks: no __context__ keeps the original exception.
    if problem is None:
        raise NangoResponseValidationError(
            f"{where}: the answer is not JSON (its body is not kept: it may hold a secret)",
            status_code=response.status_code,
            body=None,
        )
    for secret in secret_values(data):
        problem = problem.replace(secret, HIDDEN)
    raise NangoResponseValidationError(
        f"{where}: unexpected response shape ({problem})",
        status_code=response.status_code,
        body=redacted(data),
    )


def secret_values(data: Any) -> list[str]:
    """The text of every value under a ``SECRET_FIELDS`` key, at any depth (longest first)."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in SECRET_FIELDS:
                    found.extend(
                        text for text in (str(value), repr(value), json.dumps(value)) if text
                    )
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(data)
    return sorted(set(found), key=len, reverse=True)


def redacted(data: Any) -> Any:
    """``data`` with the value of every ``SECRET_FIELDS`` key replaced by ``***``."""
    if isinstance(data, dict):
        return {
            key: HIDDEN if key in SECRET_FIELDS else redacted(value) for key, value in data.items()
        }
    if isinstance(data, list):
        return [redacted(item) for item in data]
    return data
