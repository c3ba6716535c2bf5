"""The HTTP core every ``Nango`` call goes through: auth, timeout, retries, errors.

Derived from ``nango/_async/core.py`` by ``scripts/unasync.py``: do not edit.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

import httpx

from .. import _transport
from .._concurrency import sync_deadline, sync_read, sync_sleep
from .._http import (
    Settings,
    api_error,
    as_request_error,
    build_request,
    connection_error,
    log_response,
    log_retry,
    log_transport_error,
    retry_delay,
)
from ..errors import NangoConnectionError


class SyncCore:
    """Sends requests built from generated ``_get_kwargs`` dicts; owns or borrows the client."""

    def __init__(
        self, settings: Settings, http_client: httpx.Client | None, *, record: bool = False
    ) -> None:
        self.settings = settings
        self._owns_client = http_client is None
        self._client = http_client or _transport.sync_client(settings.timeout)
        self._record = record
        self.last_response: httpx.Response | None = None  # kept when ``record`` is set

    def __repr__(self) -> str:
        return f"{type(self).__name__}(host={self.settings.host!r})"

    def derived(self, settings: Settings | None = None, *, record: bool = False) -> SyncCore:
        """A core with other settings on the same connection pool (which it does not own);
        with ``record``, it keeps the last answer (``with_raw_response``)."""
        return type(self)(settings or self.settings, self._client, record=record)

    def close(self) -> None:
        if self._owns_client:
            self._client.close()

    def request(self, kwargs: Mapping[str, Any], *, stream: bool = False) -> httpx.Response:
        """Send with retries; return a 2xx response or raise a ``NangoError``. Each attempt is
        bounded as a whole by the timeout (with ``stream``, until the headers only)."""
        if self._client.is_closed:
            raise NangoConnectionError("this client is closed (close() was called)")
        request = build_request(self._client, self.settings, kwargs)
        max_retries = self.settings.max_retries
        retries = 0
        while True:
            started = time.monotonic()
            try:
                response = self._attempt(request, stream)
            except (httpx.RequestError, TimeoutError) as exc:
                # transport errors, undecodable bodies, the attempt's deadline
                error = as_request_error(request, exc, self.settings.deadline)
                log_transport_error(request, error, time.monotonic() - started)
                delay = retry_delay(request.method, retries, max_retries, error=error)
                if delay is None:
                    failure = connection_error(request, error, exc)
                    raise failure from failure.__cause__
                reason = type(error).__name__
            else:
                log_response(request, response, time.monotonic() - started)
                if response.is_success:
                    if self._record:
                        self.last_response = response
                    return response
                if stream:  # the error's body, as for any other call
                    try:
                        with sync_deadline(self.settings.deadline):
                            sync_read(response, self.settings.max_response_size)
                    except (httpx.RequestError, TimeoutError):
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

    def _attempt(self, request: httpx.Request, stream: bool) -> httpx.Response:
        """One send, redirects never followed; the body is read unless ``stream``."""
        with sync_deadline(None if stream else self.settings.deadline):
            response = self._client.send(request, stream=True, follow_redirects=False)
            if stream:
                return response
            try:
                sync_read(response, self.settings.max_response_size)
            except BaseException:
                response.close()
                raise
            return response
