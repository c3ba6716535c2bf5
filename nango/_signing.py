"""Webhook signatures: verifying Nango's, and making them for tests (``nango.webhooks``)."""

from __future__ import annotations

import hashlib
import hmac
import math
import warnings
from collections.abc import Mapping, Sequence
from typing import Any

from .errors import NangoTypeError, NangoValueError

SIGNATURE_HEADER = "X-Nango-Hmac-Sha256"
LEGACY_SIGNATURE_HEADER = "X-Nango-Signature"
_WSGI_NAME = "HTTP_" + SIGNATURE_HEADER.upper().replace("-", "_")


Keys = str | Sequence[str]
"""One webhook signing key, several (during a rotation), or a comma-separated list of keys."""


def configured_keys(value: object, environ: str | None) -> tuple[str, ...]:
    """The client's ``webhook_signing_key`` option as a tuple of keys; ``None`` falls back to
    ``environ`` (``NANGO_WEBHOOK_SIGNING_KEY``). A ``str`` is a key or a comma-separated list.
    ``()``: no key (the secret key is then used). Errors never show a key."""
    if value is None:
        return _split(environ or "")
    if isinstance(value, str):
        keys = _split(value)
    elif isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        for index, key in enumerate(value):
            if not isinstance(key, str):
                raise NangoTypeError(
                    f"webhook_signing_key[{index}] must be a str, not {type(key).__name__}"
                )
            if not key.strip():
                raise NangoValueError(f"webhook_signing_key[{index}] is empty")
        keys = tuple(key.strip() for key in value)
    else:
        raise NangoTypeError(
            f"webhook_signing_key must be a str or a sequence of str, not {type(value).__name__}"
        )
    if not keys:
        raise NangoValueError("webhook_signing_key is empty: give at least one key")
    return keys


def verify_incoming_webhook_request(
    body: bytes | str, headers: Mapping[str, Any], signing_key: Keys
) -> bool:
    """Whether the ``X-Nango-Hmac-Sha256`` header is the HMAC-SHA256 of the raw ``body`` with
    ``signing_key``, or with any of several keys (a sequence, or a comma-separated ``str``: both
    the old and the new key while a rotation settles). Hex, any case, compared in constant time
    with each key (Node: ``verifyIncomingWebhookRequest``, one key). ``headers`` is any mapping:
    a dict, Starlette, Flask or Django ``request.headers``, or a WSGI environ / Django
    ``request.META``. Returns ``False`` on any malformed input; never raises."""
    try:
        keys = _keys(signing_key)
        signature = _signature(headers)
        if not keys or signature is None or len(signature) != 64:
            return False
        received = bytes.fromhex(signature)
        message = _raw(body)
        valid = False
        for key in keys:
            expected = hmac.new(key.encode(), message, hashlib.sha256).digest()
            valid |= hmac.compare_digest(expected, received)
        return valid
    except Exception:
        return False


def verify_webhook_signature(
    signature_in_header: str, json_payload: Any, signing_key: Keys, *, stacklevel: int = 2
) -> bool:
    """Deprecated (Node: ``verifyWebhookSignature``): the legacy ``X-Nango-Signature`` check,
    SHA-256 of the key followed by the payload re-serialized as JavaScript would; any of several
    keys passes, as in ``verify_incoming_webhook_request``. Use that on the raw body instead."""
    warnings.warn(
        "verify_webhook_signature is deprecated; use verify_incoming_webhook_request",
        DeprecationWarning,
        stacklevel=stacklevel,
    )
    try:
        keys = _keys(signing_key)
        if not keys or not isinstance(signature_in_header, str):
            return False
        payload = _js_json(json_payload, sort_keys=False)
        valid = False
        for key in keys:
            expected = hashlib.sha256((key + payload).encode()).hexdigest()
            valid |= hmac.compare_digest(expected, signature_in_header)
        return valid
    except Exception:
        return False


def serialize_payload(payload: Any) -> bytes:
    """A payload as Nango puts it on the wire: compact JSON, object keys sorted at every level
    (``fast-safe-stringify``'s ``stableStringify``), UTF-8."""
    return _js_json(payload, sort_keys=True).encode()


def sign(body: bytes | str, signing_key: str) -> dict[str, str]:
    """The headers Nango sends with ``body``, for testing a webhook receiver::

    body = serialize_payload({"type": "auth", "from": "nango", ...})
    response = test_client.post("/webhooks/nango", content=body, headers=sign(body, key))
    """
    if not isinstance(signing_key, str) or not signing_key:
        raise NangoTypeError("signing_key must be a non-empty str")
    message = _raw(body)
    return {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: hmac.new(signing_key.encode(), message, hashlib.sha256).hexdigest(),
        LEGACY_SIGNATURE_HEADER: hashlib.sha256(signing_key.encode() + message).hexdigest(),
    }


def _split(keys: str) -> tuple[str, ...]:
    return tuple(key.strip() for key in keys.split(",") if key.strip())


def _keys(signing_key: object) -> tuple[str, ...]:
    """The keys to verify with; ``()`` for anything that is not a key or a sequence of keys."""
    if isinstance(signing_key, str):
        return _split(signing_key)
    if isinstance(signing_key, Sequence) and all(
        isinstance(key, str) and key for key in signing_key
    ):
        return tuple(signing_key)
    return ()


def _raw(body: object) -> bytes:
    if isinstance(body, str):
        return body.encode()
    if isinstance(body, bytes | bytearray | memoryview):
        return bytes(body)
    raise NangoTypeError(f"a webhook body must be bytes or str, not {type(body).__name__}")


def _signature(headers: Mapping[str, Any]) -> str | None:
    value = _lookup(headers)
    if isinstance(value, list | tuple) and len(value) == 1:
        value = value[0]
    if isinstance(value, bytes):
        value = value.decode("ascii")
    return value if isinstance(value, str) else None


def _lookup(headers: Mapping[str, Any]) -> Any:
    getter = getattr(headers, "get", None)
    if callable(getter):
        for name in (SIGNATURE_HEADER, _WSGI_NAME):
            value = getter(name)
            if value is not None:
                return value
    wanted = {SIGNATURE_HEADER.lower(), _WSGI_NAME.lower()}
    for key in headers:
        name = key.decode("latin-1") if isinstance(key, bytes) else key
        if isinstance(name, str) and name.lower() in wanted:
            return headers[key]
    return None


def _js_json(value: Any, *, sort_keys: bool) -> str:
    """``JSON.stringify`` (``sort_keys``: ``stableStringify``) of decoded JSON data."""
    if value is None or value is True or value is False:
        return "null" if value is None else "true" if value else "false"
    if isinstance(value, str):
        return _js_string(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _js_number(value)
    if isinstance(value, Mapping):
        keys = [str(key) for key in value]
        items = dict(zip(keys, value.values(), strict=True))
        if sort_keys:
            keys.sort(key=lambda key: key.encode("utf-16-be", "surrogatepass"))
        body = ",".join(
            f"{_js_string(key)}:{_js_json(items[key], sort_keys=sort_keys)}" for key in keys
        )
        return "{" + body + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(_js_json(item, sort_keys=sort_keys) for item in value) + "]"
    raise NangoTypeError(f"{type(value).__name__} is not JSON data")


_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
}


def _js_string(text: str) -> str:
    out = []
    for char in text:
        code = ord(char)
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif code < 0x20 or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _js_number(number: float) -> str:
    """JavaScript's ``Number.prototype.toString`` (shortest round-trip digits, as ``repr``)."""
    if not math.isfinite(number):
        return "null"
    if number == 0:
        return "0"
    from decimal import Decimal

    _, digit_tuple, exponent = Decimal(repr(abs(number))).normalize().as_tuple()
    digits = "".join(map(str, digit_tuple))
    point = len(digits) + int(exponent)  # the decimal point sits after this many digits
    minus = "-" if number < 0 else ""
    if len(digits) <= point <= 21:
        return minus + digits + "0" * (point - len(digits))
    if 0 < point <= 21:
        return minus + digits[:point] + "." + digits[point:]
    if -6 < point <= 0:
        return minus + "0." + "0" * -point + digits
    mantissa = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
    return f"{minus}{mantissa}e{'+' if point - 1 > 0 else '-'}{abs(point - 1)}"
