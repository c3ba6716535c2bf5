"""Verifying the webhooks Nango sends; usable without a client (the key is an argument)."""

from __future__ import annotations

import hashlib
import hmac
import json
import warnings
from collections.abc import Mapping
from typing import Any

__all__ = ["SIGNATURE_HEADER", "verify_incoming_webhook_request", "verify_webhook_signature"]

SIGNATURE_HEADER = "X-Nango-Hmac-Sha256"


def _header(headers: Mapping[str, Any], name: str) -> Any:
    getter = getattr(headers, "get", None)
    if callable(getter):
        try:
            value = getter(name)
            if value is not None:
                return value
        except Exception:  # odd mapping types: fall back to a scan
            pass
    wanted = name.lower()
    for key in headers:
        if isinstance(key, str) and key.lower() == wanted:
            return headers[key]
    return None


def verify_incoming_webhook_request(
    body: bytes | str, headers: Mapping[str, Any], signing_key: str
) -> bool:
    """Whether ``headers[X-Nango-Hmac-Sha256]`` is the HMAC-SHA256 of the raw ``body`` with
    ``signing_key`` (hex, any case, compared in constant time). Never raises on bad input."""
    try:
        if not signing_key or not isinstance(signing_key, str):
            return False
        signature = _header(headers, SIGNATURE_HEADER)
        if not isinstance(signature, str) or len(signature) != 64:
            return False
        received = bytes.fromhex(signature)
        message = body.encode() if isinstance(body, str) else bytes(body)
        expected = hmac.new(signing_key.encode(), message, hashlib.sha256).digest()
        return hmac.compare_digest(expected, received)
    except Exception:
        return False


def verify_webhook_signature(
    signature_in_header: str, json_payload: Any, signing_key: str, *, stacklevel: int = 2
) -> bool:
    """Deprecated: the legacy ``X-Nango-Signature`` check, SHA-256 of the key followed by the
    compact JSON of the parsed payload. Use ``verify_incoming_webhook_request``."""
    warnings.warn(
        "verify_webhook_signature is deprecated; use verify_incoming_webhook_request",
        DeprecationWarning,
        stacklevel=stacklevel,
    )
    try:
        if not signing_key or not isinstance(signature_in_header, str):
            return False
        payload = json.dumps(json_payload, separators=(",", ":"), ensure_ascii=False)
        expected = hashlib.sha256((signing_key + payload).encode()).hexdigest()
        return hmac.compare_digest(expected, signature_in_header)
    except Exception:
        return False
