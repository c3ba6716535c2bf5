"""``ConnectionAuth``: a connection's token on the requests of an ``httpx.Client``.

Derived from ``nango/_async/auth.py`` by ``scripts/unasync.py``: do not edit.
"""

from __future__ import annotations

import logging
from collections.abc import Generator
from typing import TYPE_CHECKING, NoReturn

import httpx

from .. import _args, _tokens
from .._concurrency import sync_lock
from .._tokens import HeaderHook, Token
from ..errors import NangoError

if TYPE_CHECKING:
    from .client import Nango

logger = logging.getLogger("nango")


class ConnectionAuth(httpx.Auth):
    """``httpx.Auth`` that sets a connection's headers (``Authorization: Bearer <access
    token>``) on each request of an ``httpx.Client``; made by ``Nango.auth``.

    The token comes from ``get_connection`` and is reused until ``skew`` seconds before its
    ``expires_at``; concurrent requests share one fetch. A 401 answer makes it fetch the token
    with ``force_refresh=True`` and send the request once more (not when its body was streamed:
    then the 401 is returned, and the next request carries the new token).
    """

    def __init__(
        self,
        nango: Nango,
        provider_config_key: str,
        connection_id: str,
        *,
        skew: float = _tokens.DEFAULT_SKEW,
        header: HeaderHook | None = None,
    ) -> None:
        self.provider_config_key = _args.require("provider_config_key", provider_config_key)
        self.connection_id = _args.require("connection_id", connection_id)
        self.skew = _args.seconds("skew", skew, minimum=0, finite=True)
        self._header = _tokens.header_hook(header)
        self._nango = nango
        self._token: Token | None = None
        self._lock = sync_lock()
        self._fetches = 0  # finished
        self._failure: NangoError | None = None  # of the last fetch

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(provider_config_key={self.provider_config_key!r},"
            f" connection_id={self.connection_id!r})"
        )

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._current()
        request.headers.update(token.headers)
        response = yield request
        if response.status_code != 401:
            return
        logger.info("%r: the provider answered 401, refreshing the token", self)
        fresh = self._current(stale=token)
        if not _tokens.replayable(request):
            logger.info("%r: the request's body was streamed: not sent again", self)
            return
        request.headers.update(fresh.headers)
        yield request

    def async_auth_flow(self, request: httpx.Request) -> NoReturn:
        raise _tokens.wrong_client("httpx.Client")

    def _current(self, stale: Token | None = None) -> Token:
        """The cached token, unless it is ``stale`` (refused by the provider) or expiring: then
        one fetch, whose token (or error) concurrent callers wait for and share."""
        token = self._token
        if token is not None and token is not stale and token.reusable():
            return token
        fetches = self._fetches
        with self._lock:
            token = self._token
            if token is not None and token is not stale and token.reusable():
                return token
            if self._fetches != fetches and self._failure is not None:
                raise self._failure  # the fetch this caller waited for failed
            try:
                connection = self._nango.get_connection(
                    self.provider_config_key, self.connection_id, force_refresh=stale is not None
                )
                token = _tokens.token_of(connection, self.skew, self._header, repr(self))
            except NangoError as error:
                self._failure = error
                raise
            else:
                self._failure = None
            finally:
                self._fetches += 1
            logger.debug("%r: got a token, %s", self, token.lifetime())
            self._token = token
            return token
