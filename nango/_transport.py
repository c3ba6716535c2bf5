"""The HTTP clients ``Nango`` and ``AsyncNango`` build for themselves (a given ``http_client``
is used as is). Neither follows redirects: the Nango API does not redirect, and following one
would re-send the body and the secret key to wherever a misbehaving host points."""

from __future__ import annotations

import httpx


def async_client(timeout: httpx.Timeout) -> httpx.AsyncClient:
    return httpx.AsyncClient(timeout=timeout, follow_redirects=False)


def sync_client(timeout: httpx.Timeout) -> httpx.Client:
    from ._deadline import deadline_transport  # httpcore is imported on first use, as by httpx

    return httpx.Client(timeout=timeout, follow_redirects=False, transport=deadline_transport())
