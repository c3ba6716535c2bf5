"""The webhooks Nango sends: verify them, parse them, and sign test ones.

Usable without a client (the key, or several during a key rotation, is an argument);
``Nango.verify_incoming_webhook_request`` does the same with the client's webhook signing keys.
"""

from __future__ import annotations

from ._signing import (
    LEGACY_SIGNATURE_HEADER,
    SIGNATURE_HEADER,
    serialize_payload,
    sign,
    verify_incoming_webhook_request,
    verify_webhook_signature,
)
from ._webhook_payloads import (
    AsyncActionPayload,
    AsyncActionWebhook,
    AuthWebhook,
    ForwardWebhook,
    SyncResults,
    SyncWebhook,
    Webhook,
    WebhookEndUser,
    WebhookErrorInfo,
    parse_webhook,
)
from .errors import InvalidWebhookError, UnknownWebhookTypeError

__all__ = [
    "LEGACY_SIGNATURE_HEADER",
    "SIGNATURE_HEADER",
    "AsyncActionPayload",
    "AsyncActionWebhook",
    "AuthWebhook",
    "ForwardWebhook",
    "InvalidWebhookError",
    "SyncResults",
    "SyncWebhook",
    "UnknownWebhookTypeError",
    "Webhook",
    "WebhookEndUser",
    "WebhookErrorInfo",
    "parse_webhook",
    "serialize_payload",
    "sign",
    "verify_incoming_webhook_request",
    "verify_webhook_signature",
]
