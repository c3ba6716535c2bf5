"""Reading an answer's body within the client's ``max_response_size``, counted in decoded
bytes (what a gzip bomb inflates to), so that no server can fill this process's memory.

A 2xx answer over the limit raises ``NangoResponseTooLargeError``; any other keeps its first
``limit`` bytes, for the status's ``NangoAPIError``. Either way the rest is not read and the
connection is dropped. Handing the collected body to the ``httpx.Response`` sets its private
``_content`` (what ``Response.read()`` sets), done only on the httpx versions nango was tested
with (``_transport.supported()``); on others the limit counts the bytes on the wire instead.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

import httpx

from .errors import NangoResponseTooLargeError


def decoded_counting() -> bool:
    """Whether this httpx version lets the body be collected here (see the module)."""
    global _decoded_counting
    if _decoded_counting is None:
        from . import _transport

        _decoded_counting = _transport.supported()
    return _decoded_counting


_decoded_counting: bool | None = None


def finish(response: httpx.Response, chunks: list[bytes], size: int, limit: int) -> None:
    """Give the ``chunks`` read (``size`` bytes, past ``limit`` when reading stopped there) to
    the response as its body, or raise for a 2xx answer over the limit."""
    check(response, limit, size > limit)
    if size > limit:
        chunks[-1] = chunks[-1][: len(chunks[-1]) - (size - limit)]
    response._content = chunks[0] if len(chunks) == 1 else b"".join(chunks)


def check(response: httpx.Response, limit: int, truncated: bool) -> None:
    """Raise ``NangoResponseTooLargeError`` for a 2xx answer not read to its end."""
    if truncated and response.is_success:
        request = response.request
        raise NangoResponseTooLargeError(
            f"{request.method} {request.url.path}: the answer is longer than"
            f" max_response_size ({limit:,} bytes); raise it (None: no limit), or read a proxy"
            ' answer with response_type="stream"',
            status_code=response.status_code,
            limit=limit,
        )


class WireLimited(httpx.SyncByteStream, httpx.AsyncByteStream):
    """The fallback: a raw stream that ends after ``limit`` bytes on the wire (iterated the
    way its inner stream is: sync for ``Nango``, async for ``AsyncNango``)."""

    def __init__(self, inner: httpx.SyncByteStream | httpx.AsyncByteStream, limit: int) -> None:
        self._inner = inner
        self._left = limit
        self.truncated = False

    def _take(self, chunk: bytes) -> bytes:
        if len(chunk) > self._left:
            self.truncated = True
            chunk = chunk[: self._left]
        self._left -= len(chunk)
        return chunk

    def __iter__(self) -> Iterator[bytes]:
        for chunk in cast(httpx.SyncByteStream, self._inner):
            yield self._take(chunk)
            if self.truncated:
                return

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in cast(httpx.AsyncByteStream, self._inner):
            yield self._take(chunk)
            if self.truncated:
                return

    def close(self) -> None:
        cast(httpx.SyncByteStream, self._inner).close()

    async def aclose(self) -> None:
        await cast(httpx.AsyncByteStream, self._inner).aclose()
