"""Result types that the spec's models do not give the Node SDK's shape for."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, TypedDict

import httpx

from ._http import without_token
from .errors import NangoConnectionError, NangoError, NangoTimeoutError

if TYPE_CHECKING:
    from nango_api.models.integration import Integration

ResponseType = Literal["json", "text", "bytes", "stream"]


@dataclass(frozen=True, slots=True)
class IntegrationConfigs:
    """``list_integrations()`` result: ``.configs``, as Node's ``listIntegrations``."""

    configs: list[Integration]


@dataclass(frozen=True, slots=True)
class RecordsPage:
    """One page of ``list_records``: plain-dict records and the cursor of the next page."""

    records: list[dict[str, Any]]
    next_cursor: str | None


@dataclass(frozen=True, slots=True)
class NewApiKey:
    """An API key ``create_api_key`` made. ``secret`` is the key itself, returned only this
    once; it is left out of ``repr``, as are the fields the spec does not know."""

    id: int
    display_name: str
    scopes: list[str]
    secret: str = field(repr=False)
    created_at: datetime
    additional_properties: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass(frozen=True, slots=True)
class NewApiKeyResponse:
    """``create_api_key()`` result: ``.data`` is the new key (the shape of the answer)."""

    data: NewApiKey
    additional_properties: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass(frozen=True, slots=True)
class NewWebhookSigningKey:
    """The key ``rotate_webhook_signing_key`` made; left out of ``repr``."""

    webhook_signing_key: str = field(repr=False)
    additional_properties: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass(frozen=True, slots=True)
class NewWebhookSigningKeyResponse:
    """``rotate_webhook_signing_key()`` result: ``.data.webhook_signing_key``."""

    data: NewWebhookSigningKey
    additional_properties: dict[str, Any] = field(default_factory=dict, repr=False)


class OAuth1Token(TypedDict):
    """What ``get_token`` returns for OAUTH1 connections (Node's shape)."""

    oAuthToken: str
    oAuthTokenSecret: str


@dataclass(slots=True)
class ProxyResponse:
    """The upstream answer of a proxy call.

    ``data`` is decoded as ``response_type`` asked: by default the JSON value (or the text when
    the body is not JSON, ``None`` when empty); ``"text"``, ``"bytes"``; with ``"stream"`` it is
    ``None`` and the body is read with ``iter_bytes()``/``aiter_bytes()``, then ``close()``d
    (or use the response as a context manager). ``response`` is the underlying ``httpx.Response``.
    """

    status: int
    headers: httpx.Headers
    data: Any
    response: httpx.Response = field(repr=False)

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body, chunk by chunk; each read is bounded by the client's timeout."""
        try:
            yield from self.response.iter_bytes(chunk_size)
        except (httpx.RequestError, httpx.StreamError) as exc:
            failure = _stream_error(exc, self.response.request)
            raise failure from failure.__cause__

    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body, chunk by chunk; each read is bounded by the client's timeout."""
        try:
            async for chunk in self.response.aiter_bytes(chunk_size):
                yield chunk
        except (httpx.RequestError, httpx.StreamError) as exc:
            failure = _stream_error(exc, self.response.request)
            raise failure from failure.__cause__

    def close(self) -> None:
        self.response.close()

    async def aclose(self) -> None:
        await self.response.aclose()

    def __enter__(self) -> ProxyResponse:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> ProxyResponse:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


def _stream_error(
    error: httpx.RequestError | httpx.StreamError, request: httpx.Request
) -> NangoError:
    """The error for a failed read of a streamed body, chained to ``error`` unless its message
    quotes the request's token (then masked, as ``_http.connection_error`` does)."""
    masked_reason = without_token(request, str(error))
    reason = str(error) if masked_reason is None else masked_reason
    cause = error if masked_reason is None else None
    failure: NangoError
    if isinstance(error, httpx.TimeoutException):
        failure = NangoTimeoutError(f"reading the proxy response timed out: {reason}")
    elif isinstance(error, httpx.StreamError):  # read twice, or after close()
        failure = NangoError(f"the proxy response cannot be read: {reason}")
    else:
        failure = NangoConnectionError(f"reading the proxy response failed: {reason}")
    failure.__cause__ = cause
    return failure
