"""``client.with_raw_response.<method>(...)``: the HTTP answer of any method, with the method's
usual result parsed once; derived for every method of both clients, not written per method."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from ._ratelimit import RateLimit
from .errors import NangoError, NangoResponseValidationError

T = TypeVar("T")
C = TypeVar("C")

# Public methods that send no request, or several pages (use their list_* twin).
NOT_RAW = frozenset(
    {
        "aclose",
        "close",
        "with_options",
        "with_raw_response",
        "verify_incoming_webhook_request",
        "verify_webhook_signature",
        "auth",
    }
)


class RawResponse(Generic[T]):
    """The answer of one call: ``status_code``, ``headers``, ``rate_limit`` (the account's
    ``X-RateLimit-*`` budget, or ``None``), the ``httpx.Response`` as ``http_response``, and
    ``parse()``, the method's usual result (parsed once, when the call was made; a body that
    does not match the spec raises ``NangoResponseValidationError`` from ``parse()``)."""

    __slots__ = ("_error", "_result", "http_response")

    def __init__(
        self,
        http_response: httpx.Response,
        result: T | None,
        error: NangoResponseValidationError | None = None,
    ) -> None:
        self.http_response = http_response
        self._result = result
        self._error = error

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def rate_limit(self) -> RateLimit | None:
        return RateLimit.from_headers(self.http_response.headers)

    def parse(self) -> T:
        if self._error is not None:
            raise self._error
        return self._result  # type: ignore[return-value]

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"RawResponse({request.method} {request.url.path} -> {self.status_code})"


class RawResponses(Generic[C]):
    """``client.with_raw_response``: each request method of ``client``, returning a
    :class:`RawResponse` of its result instead of the result."""

    __slots__ = ("_client",)

    def __init__(self, client: C) -> None:
        self._client = client

    def __dir__(self) -> list[str]:
        return [name for name in dir(type(self._client)) if _raw_form(type(self._client), name)]

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = _raw_form(type(self._client), name)
        if method is None:
            raise AttributeError(f"with_raw_response has no {name!r} (methods sending a request)")
        bound = getattr(self._client, name)
        client: Any = self._client
        signature = inspect.signature(bound)
        returns = signature.replace(return_annotation=f"RawResponse[{signature.return_annotation}]")

        if inspect.iscoroutinefunction(method):

            @functools.wraps(bound)
            async def call_async(*args: Any, **kwargs: Any) -> RawResponse[Any]:
                recording = client._recording()
                try:
                    result = await getattr(recording, name)(*args, **kwargs)
                except NangoResponseValidationError as error:
                    return _raw(recording, None, error)
                return _raw(recording, result, None)

            call_async.__signature__ = returns  # type: ignore[attr-defined]
            return call_async

        @functools.wraps(bound)
        def call(*args: Any, **kwargs: Any) -> RawResponse[Any]:
            recording = client._recording()
            try:
                result = getattr(recording, name)(*args, **kwargs)
            except NangoResponseValidationError as error:
                return _raw(recording, None, error)
            return _raw(recording, result, None)

        call.__signature__ = returns  # type: ignore[attr-defined]
        return call


def _raw_form(cls: type, name: str) -> Any:
    """The method ``name`` of ``cls`` if it has a raw form (one call, one answer kept)."""
    method = getattr(cls, name, None)
    if name.startswith("_") or name in NOT_RAW or not inspect.isfunction(method):
        return None
    if inspect.isasyncgenfunction(method) or inspect.isgeneratorfunction(method):
        return None  # iter_*: several pages
    return method


def _raw(
    recording: Any, result: Any, error: NangoResponseValidationError | None
) -> RawResponse[Any]:
    response = recording._core.last_response
    if response is None:  # raised before any answer was kept
        raise error or NangoError("no answer was recorded")
    return RawResponse(response, result, error)
