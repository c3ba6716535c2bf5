"""What ``ConnectionAuth`` and ``AsyncConnectionAuth`` share: the request headers made from a
connection's credentials, how long they may be reused, and whether a request can be resent."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeAlias

import httpx

from ._wire import check_header_mapping
from .errors import NangoTypeError, NangoValueError

if TYPE_CHECKING:
    from ._generated import models

HeaderHook: TypeAlias = Callable[[dict[str, Any]], Mapping[str, str]]
"""Builds the request headers from a connection's credentials (a plain dict with ``type``)."""

DEFAULT_SKEW = 60.0
# The credentials types whose field is a bearer token, as Nango's proxy sends it.
BEARER_FIELDS = {"OAUTH2": "access_token", "OAUTH2_CC": "token", "APP": "access_token"}


class Token:
    """Headers for the provider's API and the time (epoch seconds) after which they are
    fetched again (``None``: until the provider answers 401). ``repr`` hides the headers."""

    __slots__ = ("headers", "reuse_until")

    def __init__(self, headers: dict[str, str], reuse_until: float | None) -> None:
        self.headers = headers
        self.reuse_until = reuse_until

    def __repr__(self) -> str:
        return f"Token(headers=[{', '.join(self.headers)}], reuse_until={self.reuse_until})"

    def reusable(self) -> bool:
        return self.reuse_until is None or time.time() < self.reuse_until

    def lifetime(self) -> str:
        if self.reuse_until is None:
            return "kept until the provider answers 401"
        until = datetime.fromtimestamp(self.reuse_until, UTC).isoformat(timespec="seconds")
        return f"reused until {until}"


def header_hook(value: object) -> HeaderHook | None:
    if value is not None and not callable(value):
        raise NangoTypeError(f"header must be a callable or None, not {type(value).__name__}")
    return value


def token_of(
    connection: models.Connection, skew: float, header: HeaderHook | None, where: str
) -> Token:
    """The headers for the connection's credentials (``header`` builds them, else the bearer
    token), reusable until ``skew`` seconds before the credentials' ``expires_at``."""
    credentials = connection.credentials.to_dict()
    if header is not None:
        headers = check_header_mapping("the headers header= built", header(credentials))
    else:
        headers = check_header_mapping(
            f"the token of {where}", {"Authorization": f"Bearer {bearer_token(credentials, where)}"}
        )
    expires_at = expiry(credentials.get("expires_at"))
    return Token(headers, None if expires_at is None else expires_at - skew)


def bearer_token(credentials: Mapping[str, Any], where: str) -> str:
    kind = credentials.get("type")
    field = BEARER_FIELDS.get(kind) if isinstance(kind, str) else None
    token = credentials.get(field) if field is not None else None
    if isinstance(token, str) and token:
        return token
    if not credentials:
        problem = "has no credentials (does the secret key have the read-credentials scope?)"
    else:
        shown = repr(kind)[:40] if isinstance(kind, str) else "untyped"
        problem = f"has {shown} credentials, not a bearer token"
    raise NangoValueError(
        f"{where} {problem}: pass header=lambda credentials: {{...}} to build the request"
        " headers from its credentials"
    )


def expiry(value: object) -> float | None:
    """``expires_at`` (ISO 8601; UTC when it has no offset) as epoch seconds, or ``None`` when
    absent or unreadable."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def replayable(request: httpx.Request) -> bool:
    """Whether the request's body is in memory, so it can be sent again (a streamed body, such
    as a generator or a file upload, is not)."""
    try:
        request.content  # noqa: B018
    except httpx.RequestNotRead:
        return False
    return True


def wrong_client(works_with: str) -> NangoTypeError:
    other = {"httpx.Client": "httpx.AsyncClient", "httpx.AsyncClient": "httpx.Client"}[works_with]
    maker = "AsyncNango.auth()" if other == "httpx.AsyncClient" else "Nango.auth()"
    return NangoTypeError(
        f"this auth is for an {works_with}; for an {other}, use the auth of {maker}"
    )
