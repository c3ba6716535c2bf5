"""The HTTP core every ``Nango`` call goes through: auth, timeout, retries, errors.

Derived from ``nango/_async/core.py`` by ``scripts/unasync.py``: do not edit.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

import httpx

from .._concurrency import sync_sleep
from .._http import (
    Settings,
    api_error,
    build_request,
    log_response,
    log_retry,
    log_transport_error,
    retry_delay,
    transport_error_message,
)
from ..errors import NangoConnectionError, NangoTimeoutError


class SyncCore:
    """Sends requests built from generated ``_get_kwargs`` dicts; owns or borrows the client."""

    def __init__(self, settings: Settings, http_client: httpx.Client | None) -> None:
        self.settings = settings
        self._owns_client = http_client is None
        self._client = http_client or httpx.Client(timeout=settings.timeout, follow_redirects=True)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(host={self.settings.host!r})"

    def derived(self, settings: Settings) -> SyncCore:
        """A core with other settings on the same connection pool (which it does not own)."""
        return type(self)(settings, self._client)

    def close(self) -> None:
        if self._owns_client:
            self._client.close()

    def request(self, kwargs: Mapping[str, Any], *, stream: bool = False) -> httpx.Response:
        """Send with retries; return a 2xx response or raise a ``NangoError``."""
        request = build_request(self._client, self.settings, kwargs)
        max_retries = self.settings.max_retries
        retries = 0
        while True:
            started = time.monotonic()
            try:
                response = self._client.send(request, stream=stream, follow_redirects=True)
            except httpx.RequestError as exc:  # transport errors, too many redirects, bad gzip
                log_transport_error(request, exc, time.monotonic() - started)
                transport_error = exc if isinstance(exc, httpx.TransportError) else None
                delay = retry_delay(request.method, retries, max_retries, error=transport_error)
                if delay is None:
                    error_class = (
                        NangoTimeoutError
                        if isinstance(exc, httpx.TimeoutException)
                        else NangoConnectionError
                    )
                    raise error_class(transport_error_message(request, exc)) from exc
                reason = type(exc).__name__
            else:
                log_response(request, response, time.monotonic() - started)
                if response.is_success:
                    return response
                try:
                    response.read()
                except httpx.RequestError:
                    pass
                finally:
                    response.close()
                delay = retry_delay(request.method, retries, max_retries, response=response)
                if delay is None:
                    raise api_error(response)
                reason = f"status {response.status_code}"
            retries += 1
            log_retry(request, reason, delay, retries, max_retries)
            sync_sleep(delay)
