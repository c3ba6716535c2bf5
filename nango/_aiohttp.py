"""An httpx transport on aiohttp (the ``aiohttp`` extra; see ``DefaultAioHttpClient``): aiohttp's
connection pool and HTTP parser under an ``httpx.AsyncClient``, so that ``AsyncNango``'s
timeouts, retries, error classes and streaming stay those of the default client.

- Errors are httpx's, chosen for what they tell the retry policy: ``ConnectError`` /
  ``ConnectTimeout`` / ``PoolTimeout`` only when the request cannot have been sent (a new
  connection that failed, no free connection), ``RemoteProtocolError`` / ``ReadError`` /
  ``ReadTimeout`` when it may have been.
- Timeouts: ``pool`` bounds the wait for a free connection, ``connect`` a new connection
  (DNS, TCP, TLS), ``read`` each read; aiohttp has no write timeout (``AsyncNango``'s
  whole-attempt deadline still bounds a call).
- The connection limit is a first-come-first-served gate in front of an unlimited aiohttp
  connector: aiohttp's own limit lets a new request take a connection that was released for a
  queued one, so past the limit queued requests wait for seconds (p99 ~1 s at 256-way).
- Retries are the caller's alone (aiohttp's own resend of an idempotent request after a
  disconnection is turned off); cookies and decompression are httpx's (aiohttp's are off).
"""

from __future__ import annotations

import asyncio
import ssl
import urllib.request
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx
import multidict
import yarl

_CHUNK = 65536


class AioHttpTransport(httpx.AsyncBaseTransport):
    """``httpx.AsyncBaseTransport`` sending with one ``aiohttp.ClientSession`` (made on the
    first request, in its event loop)."""

    def __init__(
        self,
        *,
        ssl_context: ssl.SSLContext,
        limits: httpx.Limits,
        proxy: httpx.Proxy | None = None,
        trust_env: bool = True,
    ) -> None:
        self._ssl = ssl_context
        self._limits = limits
        self._proxy = _checked(proxy)
        # Read once, as httpx does (aiohttp's own trust_env reads them, and ~/.netrc, on every
        # request: ~0.4 ms a call).
        self._environment = urllib.request.getproxies() if trust_env and proxy is None else {}
        self._proxies: dict[tuple[str, str], httpx.Proxy | None] = {}
        limit = limits.max_connections
        self._gate = asyncio.Semaphore(limit) if limit else None
        self._session: aiohttp.ClientSession | None = None

    def _client_session(self) -> aiohttp.ClientSession:
        if self._session is None:
            connector = aiohttp.TCPConnector(
                limit=0,  # the gate limits connections: one per request in flight
                limit_per_host=0,
                keepalive_timeout=self._limits.keepalive_expiry,
                ssl=self._ssl,
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                cookie_jar=aiohttp.DummyCookieJar(),
                auto_decompress=False,
                # httpx set the headers: aiohttp adds none (it would add a Content-Type)
                skip_auto_headers=("Accept", "Accept-Encoding", "Content-Type", "User-Agent"),
                timeout=aiohttp.ClientTimeout(total=None),
            )
            # aiohttp resends an idempotent request once when the server disconnects; the
            # caller's retry policy decides alone (a private attribute: without it, or on
            # another aiohttp version, that one extra send stays)
            if hasattr(self._session, "_retry_connection"):
                self._session._retry_connection = False
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        timeout = request.extensions.get("timeout", {})
        if self._gate is not None:
            try:
                async with asyncio.timeout(timeout.get("pool")):
                    await self._gate.acquire()
            except TimeoutError:
                raise httpx.PoolTimeout(
                    "no connection became free within the pool timeout", request=request
                ) from None
        try:
            response = await self._send(request, timeout)
        except BaseException:
            if self._gate is not None:
                self._gate.release()
            raise
        return httpx.Response(
            status_code=response.status,
            headers=response.raw_headers,
            stream=_ResponseStream(response, request, self._gate),
            extensions={
                "http_version": f"HTTP/{response.version.major}.{response.version.minor}".encode()
                if response.version
                else b"HTTP/1.1",
                "reason_phrase": (response.reason or "").encode("latin-1", "replace"),
            },
        )

    async def _send(
        self, request: httpx.Request, timeout: dict[str, float | None]
    ) -> aiohttp.ClientResponse:
        headers = multidict.CIMultiDict(
            (name.decode("latin-1"), value.decode("latin-1")) for name, value in request.headers.raw
        )  # names as given, as httpx's own transport sends them
        data: Any
        if isinstance(request.stream, httpx.ByteStream):
            data = request.content or None
        else:  # a streamed body: aiohttp chunks it itself
            data = request.stream
            headers.popall("Transfer-Encoding", None)
        options: dict[str, Any] = {}
        if "sni_hostname" in request.extensions:
            options["server_hostname"] = request.extensions["sni_hostname"]
        proxy = self._proxy
        if proxy is None and self._environment:
            proxy = self._proxy_for(request.url)
        if proxy is not None:
            options["proxy"] = yarl.URL(str(proxy.url), encoded=True)
            if proxy.auth:
                options["proxy_auth"] = aiohttp.BasicAuth(*proxy.auth)
            if proxy.headers:
                options["proxy_headers"] = dict(proxy.headers)
        try:
            return await self._client_session().request(
                request.method,
                yarl.URL(str(request.url), encoded=True),
                headers=headers,
                data=data,
                allow_redirects=False,
                timeout=aiohttp.ClientTimeout(
                    total=None,
                    connect=timeout.get("connect"),
                    sock_connect=timeout.get("connect"),
                    sock_read=timeout.get("read"),
                ),
                **options,
            )
        except (aiohttp.ClientError, OSError, TimeoutError) as exc:
            raise httpx_error(exc, request) from exc

    def _proxy_for(self, url: httpx.URL) -> httpx.Proxy | None:
        """The proxy the environment (``HTTP(S)_PROXY``, ``ALL_PROXY``, ``NO_PROXY``) names."""
        key = (url.scheme, url.netloc.decode("ascii"))
        if key not in self._proxies:
            found = self._environment.get(url.scheme) or self._environment.get("all")
            if found and urllib.request.proxy_bypass(key[1]):
                found = None
            self._proxies[key] = _checked(httpx.Proxy(found)) if found else None
        return self._proxies[key]

    async def aclose(self) -> None:
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()


class _ResponseStream(httpx.AsyncByteStream):
    def __init__(
        self,
        response: aiohttp.ClientResponse,
        request: httpx.Request,
        gate: asyncio.Semaphore | None,
    ) -> None:
        self._response = response
        self._request = request
        self._gate = gate
        self._closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            while chunk := await self._response.content.read(_CHUNK):
                yield chunk
        except (aiohttp.ClientError, OSError, TimeoutError) as exc:
            raise httpx_error(exc, self._request) from exc

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            if self._response.content.is_eof():
                self._response.release()  # the connection goes back to the pool
            else:
                self._response.close()  # an unread body: the connection cannot be reused
        finally:
            if self._gate is not None:
                self._gate.release()


def _checked(proxy: httpx.Proxy | None) -> httpx.Proxy | None:
    if proxy is not None and proxy.url.scheme not in ("http", "https"):
        raise ValueError(f"aiohttp supports HTTP(S) proxies only, not {proxy.url.scheme}")
    return proxy


def httpx_error(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    """The httpx error for an aiohttp one (see the module's docstring)."""
    kind: type[httpx.TransportError]
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        kind = httpx.ConnectTimeout
    elif isinstance(exc, TimeoutError):  # aiohttp.SocketTimeoutError: a read
        kind = httpx.ReadTimeout
    elif isinstance(exc, aiohttp.ClientProxyConnectionError | aiohttp.ClientHttpProxyError):
        kind = httpx.ProxyError
    elif isinstance(exc, aiohttp.ClientConnectorError | aiohttp.ServerFingerprintMismatch):
        kind = httpx.ConnectError  # a new connection (DNS, TCP, TLS): nothing was sent
    elif isinstance(
        exc,
        aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError | aiohttp.ClientResponseError,
    ):
        kind = httpx.RemoteProtocolError
    elif isinstance(exc, aiohttp.InvalidURL | aiohttp.NonHttpUrlClientError):
        kind = httpx.UnsupportedProtocol
    else:  # resets, broken pipes, other network failures
        kind = httpx.ReadError
    message = str(exc) or type(exc).__name__
    return kind(message, request=request)
