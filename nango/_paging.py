"""Page-number paging (``iter_connections``, ``iter_functions``): the page to ask for next, when
the walk ends, and a server that serves the same page again."""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from . import _args
from .errors import NangoResponseValidationError

# GET /connections without ``limit`` answers up to 10 000 connections, a value ``limit`` itself
# may not take (1 to 2000) and that the server plans to lower: a walk that counted on it would
# stop, silently, after the first page. The iterator sends the largest accepted page size.
CONNECTIONS_PAGE_SIZE = 2000


class PageWalk:
    """Pages read one after another from ``page`` (0 when not given), ``limit`` items each
    (``None``: the server's default)."""

    __slots__ = ("_previous", "limit", "page")

    def __init__(self, page: object, limit: object) -> None:
        self.page: int = _args.require_int("page", page, minimum=0) or 0
        self.limit = _args.require_int("limit", limit, minimum=1)
        self._previous: tuple[Hashable, ...] | None = None

    def turn(self, keys: Iterable[Hashable], page_size: int) -> bool:
        """Whether a page follows the one just read, whose items have these ``keys`` and which
        is full at ``page_size`` items: a short or empty page is the last. A full page with
        the same items as the one before raises ``NangoResponseValidationError``."""
        if page_size < 1:
            raise NangoResponseValidationError(
                f"the server gave a page size of {page_size}: paging cannot go on",
                status_code=200,
                body=None,
            )
        fingerprint = tuple(keys)
        if len(fingerprint) < page_size:
            return False
        if fingerprint == self._previous:
            raise NangoResponseValidationError(
                f"the server answered page {self.page} with the items of page {self.page - 1}:"
                " paging would never end",
                status_code=200,
                body=None,
            )
        self._previous = fingerprint
        self.page += 1
        return True
