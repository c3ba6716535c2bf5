"""The rate limit the Nango server reports on its answers (``X-RateLimit-*`` headers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import httpx


@dataclass(frozen=True, slots=True)
class RateLimit:
    """The account's request budget: ``limit`` per window, ``remaining`` in this one, and
    ``reset_at`` (an aware UTC ``datetime``) when the window starts again."""

    limit: int
    remaining: int
    reset_at: datetime

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> RateLimit | None:
        """From ``X-RateLimit-Limit``, ``-Remaining`` and ``-Reset`` (epoch seconds); ``None``
        when one is missing or not a number."""
        try:
            limit = int(headers["x-ratelimit-limit"])
            remaining = int(headers["x-ratelimit-remaining"])
            reset_at = datetime.fromtimestamp(float(headers["x-ratelimit-reset"]), UTC)
        except (KeyError, ValueError, OverflowError, OSError):
            return None
        return cls(limit, remaining, reset_at)
