"""The HTTP clients ``Nango`` and ``AsyncNango`` build for themselves (a given ``http_client``
is used as is), also public for callers who need other httpx options: ``DefaultHttpxClient``,
``DefaultAsyncHttpxClient`` and, with the ``aiohttp`` extra, ``DefaultAioHttpClient``.

Neither follows redirects: the Nango API does not redirect, and following one would re-send the
body and the secret key to wherever a misbehaving host points.

The httpx clients are httpx's own (proxies from the environment, TLS, ``limits``...) with the
connection pool of each transport httpx built replaced by nango's (``nango/_async/pool.py``),
and for ``Nango`` a network backend that clips every socket operation to the attempt's deadline
(``nango/_deadline.py``). That reaches into three private attributes (httpx's
``Client._transport``/``_mounts``, ``HTTPTransport._pool``, httpcore's
``ConnectionPool._network_backend``), used only with the httpx and httpcore versions this was
tested with (``TESTED``); with any other, httpx's stock pool is kept and a warning is logged
once on the ``nango`` logger.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx

from ._http import DEFAULT_TIMEOUT
from .errors import NangoValueError

# Every connection kept alive: a burst reuses its connections, the surplus expires after 5 s.
# 256 rather than httpx's 100: 256 calls in flight to a 50 ms upstream need 256 connections.
DEFAULT_LIMITS = httpx.Limits(
    max_connections=256, max_keepalive_connections=256, keepalive_expiry=5.0
)
# (httpx, httpcore) version prefixes the pool and the deadline backend were tested with, the
# ones pinned in requirements-dev.lock.
TESTED = (("0.28.",), ("1.0.",))
_warned = False


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """The ``httpx.AsyncClient`` ``AsyncNango`` builds, taking any of httpx's arguments
    (``limits``, ``proxy``, ``verify``, ``trust_env``, ``http2``...): nango's timeout, limits
    (256 connections, all kept alive 5 s) and connection pool, redirects not followed. Pass it
    as ``http_client`` (then close it yourself)."""

    def __init__(self, **kwargs: Any) -> None:
        _defaults(kwargs)
        super().__init__(**kwargs)
        from ._async.pool import AsyncPool

        for transport in _built_transports(self, kwargs, httpx.AsyncHTTPTransport):
            stock = transport._pool
            transport._pool = AsyncPool(
                stock.create_connection,
                max_connections=kwargs["limits"].max_connections,
                max_keepalive_connections=kwargs["limits"].max_keepalive_connections,
            )


class DefaultHttpxClient(httpx.Client):
    """The ``httpx.Client`` ``Nango`` builds (see ``DefaultAsyncHttpxClient``); its sockets
    also honour each call's whole-attempt deadline."""

    def __init__(self, **kwargs: Any) -> None:
        _defaults(kwargs)
        super().__init__(**kwargs)
        from ._deadline import DeadlineBackend
        from ._sync.pool import SyncPool

        for transport in _built_transports(self, kwargs, httpx.HTTPTransport):
            stock = transport._pool
            stock._network_backend = DeadlineBackend(stock._network_backend)
            transport._pool = SyncPool(
                stock.create_connection,
                max_connections=kwargs["limits"].max_connections,
                max_keepalive_connections=kwargs["limits"].max_keepalive_connections,
            )


class DefaultAioHttpClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` on aiohttp (``pip install "nango-python[aiohttp]"``), for many
    concurrent calls on a fast network: ``AsyncNango(http_client=DefaultAioHttpClient())``
    (then close it yourself). The same defaults as ``DefaultAsyncHttpxClient`` and httpx's
    arguments, except ``http2`` (aiohttp speaks HTTP/1.1) and SOCKS proxies; proxies from the
    environment are read once, as by httpx (``trust_env``). ``limits.max_connections`` is a
    first-come-first-served limit on calls in flight; idle connections expire after
    ``limits.keepalive_expiry`` (``max_keepalive_connections`` does not apply). See
    ``nango/_aiohttp.py`` for how errors and timeouts map."""

    def __init__(self, **kwargs: Any) -> None:
        try:
            from ._aiohttp import AioHttpTransport
        except ImportError as exc:
            raise ImportError(
                f'DefaultAioHttpClient needs aiohttp ({exc}): pip install "nango-python[aiohttp]"'
            ) from exc
        _defaults(kwargs)
        if kwargs.pop("http2", False):
            raise NangoValueError("DefaultAioHttpClient speaks HTTP/1.1 only: http2=True")
        if kwargs.get("transport") is not None:
            raise NangoValueError("DefaultAioHttpClient makes its own transport")
        proxy = kwargs.pop("proxy", None)
        if isinstance(proxy, str | httpx.URL):
            proxy = httpx.Proxy(proxy)
        trust_env = kwargs.get("trust_env", True)
        ssl_context = httpx.create_ssl_context(
            verify=kwargs.pop("verify", True), cert=kwargs.pop("cert", None), trust_env=trust_env
        )
        try:
            kwargs["transport"] = AioHttpTransport(
                ssl_context=ssl_context, limits=kwargs["limits"], proxy=proxy, trust_env=trust_env
            )
        except ValueError as exc:
            raise NangoValueError(str(exc)) from None
        super().__init__(**kwargs)


def async_client(timeout: httpx.Timeout) -> httpx.AsyncClient:
    return DefaultAsyncHttpxClient(timeout=timeout)


def sync_client(timeout: httpx.Timeout) -> httpx.Client:
    return DefaultHttpxClient(timeout=timeout)


def _defaults(kwargs: dict[str, Any]) -> None:
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("follow_redirects", False)
    if kwargs.get("limits") is None:
        kwargs["limits"] = DEFAULT_LIMITS


def _built_transports(
    client: httpx.Client | httpx.AsyncClient, kwargs: dict[str, Any], kind: type[Any]
) -> list[Any]:
    """The transports httpx built for ``client`` (the default one and those of the proxies)
    whose pool is httpcore's stock one; none (and a warning) on untested versions."""
    if not supported():
        _warn_once()
        return []
    given = {id(t) for t in (kwargs.get("mounts") or {}).values()}
    candidates = [] if kwargs.get("transport") is not None else [client._transport]
    candidates += [t for t in client._mounts.values() if t is not None and id(t) not in given]
    import httpcore

    stock = (
        httpcore.ConnectionPool,
        httpcore.HTTPProxy,
        httpcore.SOCKSProxy,
        httpcore.AsyncConnectionPool,
        httpcore.AsyncHTTPProxy,
        httpcore.AsyncSOCKSProxy,
    )
    return [
        t for t in candidates if isinstance(t, kind) and type(getattr(t, "_pool", None)) in stock
    ]


def supported() -> bool:
    import httpcore

    return httpx.__version__.startswith(TESTED[0]) and httpcore.__version__.startswith(TESTED[1])


def _warn_once() -> None:
    global _warned
    if not _warned:
        _warned = True
        import httpcore

        logging.getLogger("nango").warning(
            "nango: httpx %s / httpcore %s are not versions nango's transports were tested"
            " with; using httpx's stock connection pool (slower with many concurrent calls),"
            " and for Nango a timeout checked between body chunks only",
            httpx.__version__,
            httpcore.__version__,
        )
