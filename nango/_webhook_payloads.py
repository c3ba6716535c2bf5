"""Typed webhook payloads (``nango.webhooks.parse_webhook``): the four bodies Nango sends."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from .errors import InvalidWebhookError, UnknownWebhookTypeError

NANGO_TYPES = ("auth", "sync", "async_action")


@dataclass(frozen=True, kw_only=True)
class WebhookEndUser:
    """``endUser`` of an auth webhook."""

    end_user_id: str
    end_user_email: str | None = None
    organization_id: str | None = None
    tags: dict[str, str] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class WebhookErrorInfo:
    """``error`` of a failed auth or sync webhook."""

    type: str
    description: str
    payload: Any = None
    additional_properties: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class SyncResults:
    """``responseResults`` of a successful sync webhook: records added, updated, deleted."""

    added: int
    updated: int
    deleted: int
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class AsyncActionPayload:
    """``payload`` of an async action webhook; ``status_url`` is ``/action/<id>``."""

    id: str
    status_url: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class AuthWebhook:
    """A connection was created, overridden, or failed to refresh (``type: "auth"``)."""

    type: Literal["auth"] = "auth"
    from_: str
    connection_id: str
    provider_config_key: str
    success: bool
    auth_mode: str | None = None
    provider: str | None = None
    environment: str | None = None
    operation: str | None = None
    tags: dict[str, str] | None = None
    end_user: WebhookEndUser | None = None
    error: WebhookErrorInfo | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass(frozen=True, kw_only=True)
class SyncWebhook:
    """A sync run finished (``type: "sync"``); timestamps are ISO 8601 strings as sent."""

    type: Literal["sync"] = "sync"
    from_: str
    connection_id: str
    provider_config_key: str
    sync_name: str
    model: str
    success: bool
    sync_variant: str | None = None
    sync_type: str | None = None
    checkpoints: dict[str, Any] | None = None
    response_results: SyncResults | None = None
    modified_after: str | None = None
    query_time_stamp: str | None = None
    error: WebhookErrorInfo | None = None
    started_at: str | None = None
    failed_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass(frozen=True, kw_only=True)
class ForwardWebhook:
    """A provider's webhook forwarded by Nango (``type: "forward"``); ``payload`` is the
    provider's body. ``enveloped`` is false for a body Nango sent unwrapped because no
    connection matched: then ``from_``, ``provider_config_key`` and ``connection_id`` are
    ``None`` and ``payload`` is the whole body."""

    type: Literal["forward"] = "forward"
    from_: str | None
    provider_config_key: str | None
    connection_id: str | None = None
    payload: Any = None
    enveloped: bool = True
    extra: dict[str, Any] = field(default_factory=dict)
    raw: Any = field(default=None, repr=False)


@dataclass(frozen=True, kw_only=True)
class AsyncActionWebhook:
    """An async action finished (``type: "async_action"``); fetch its result with
    ``get_async_action_result(id=webhook.payload.id)``."""

    type: Literal["async_action"] = "async_action"
    from_: str
    connection_id: str
    provider_config_key: str
    payload: AsyncActionPayload
    extra: dict[str, Any] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict, repr=False)


Webhook = AuthWebhook | SyncWebhook | ForwardWebhook | AsyncActionWebhook

# JSON name -> (attribute, kind, required). A kind checks a value and converts it, or raises
# _Bad with what it expected.


class _Bad(Exception):
    pass


def _is(kind: type | tuple[type, ...], label: str) -> Callable[[Any, str], Any]:
    def check(value: Any, where: str) -> Any:
        if (isinstance(value, bool) and kind is int) or not isinstance(value, kind):
            raise _Bad(f"{where} must be {label}, got {type(value).__name__}")
        return value

    return check


_str = _is(str, "a string")
_bool = _is(bool, "a boolean")
_int = _is(int, "an integer")
_dict = _is(dict, "an object")


def _any(value: Any, where: str) -> Any:
    return value


def _str_map(value: Any, where: str) -> dict[str, str]:
    mapping = _dict(value, where)
    for key, item in mapping.items():
        _str(item, f"{where}.{key}")
    return dict(mapping)


Fields = dict[str, tuple[str, Callable[[Any, str], Any], bool]]


def _object(cls: type, fields: Fields) -> Callable[[Any, str], Any]:
    def build(value: Any, where: str) -> Any:
        data = _dict(value, where)
        found: dict[str, Any] = {}
        problems: list[str] = []
        for name, (attribute, kind, required) in fields.items():
            inner = f"{where}.{name}" if where else name
            if data.get(name) is None:
                if required:
                    problems.append(f"{inner} is missing")
                continue
            try:
                found[attribute] = kind(data[name], inner)
            except _Bad as bad:
                problems.append(str(bad))
        if problems:
            raise _Bad("; ".join(problems))
        extra = {key: item for key, item in data.items() if key not in fields}
        return cls(**found, extra=extra)

    return build


_end_user = _object(
    WebhookEndUser,
    {
        "endUserId": ("end_user_id", _str, True),
        "endUserEmail": ("end_user_email", _str, False),
        "organizationId": ("organization_id", _str, False),
        "tags": ("tags", _str_map, False),
    },
)
_error = _object(
    WebhookErrorInfo,
    {
        "type": ("type", _str, True),
        "description": ("description", _str, True),
        "payload": ("payload", _any, False),
        "additional_properties": ("additional_properties", _any, False),
    },
)
_ENVELOPE: Fields = {
    "type": ("type", _str, True),
    "from": ("from_", _str, True),
    "connectionId": ("connection_id", _str, True),
    "providerConfigKey": ("provider_config_key", _str, True),
}
_PARSERS: dict[str, Callable[[Any, str], Any]] = {
    "auth": _object(
        AuthWebhook,
        {
            **_ENVELOPE,
            "success": ("success", _bool, True),
            "authMode": ("auth_mode", _str, False),
            "provider": ("provider", _str, False),
            "environment": ("environment", _str, False),
            "operation": ("operation", _str, False),
            "tags": ("tags", _str_map, False),
            "endUser": ("end_user", _end_user, False),
            "error": ("error", _error, False),
        },
    ),
    "sync": _object(
        SyncWebhook,
        {
            **_ENVELOPE,
            "syncName": ("sync_name", _str, True),
            "model": ("model", _str, True),
            "success": ("success", _bool, True),
            "syncVariant": ("sync_variant", _str, False),
            "syncType": ("sync_type", _str, False),
            "checkpoints": ("checkpoints", _dict, False),
            "responseResults": (
                "response_results",
                _object(
                    SyncResults,
                    {
                        "added": ("added", _int, True),
                        "updated": ("updated", _int, True),
                        "deleted": ("deleted", _int, True),
                    },
                ),
                False,
            ),
            "modifiedAfter": ("modified_after", _str, False),
            "queryTimeStamp": ("query_time_stamp", _str, False),
            "error": ("error", _error, False),
            "startedAt": ("started_at", _str, False),
            "failedAt": ("failed_at", _str, False),
        },
    ),
    "forward": _object(
        ForwardWebhook,
        {
            "type": ("type", _str, True),
            "from": ("from_", _str, True),
            "providerConfigKey": ("provider_config_key", _str, True),
            "connectionId": ("connection_id", _str, False),
            "payload": ("payload", _any, False),
        },
    ),
    "async_action": _object(
        AsyncActionWebhook,
        {
            **_ENVELOPE,
            "payload": (
                "payload",
                _object(
                    AsyncActionPayload,
                    {"id": ("id", _str, True), "statusUrl": ("status_url", _str, False)},
                ),
                True,
            ),
        },
    ),
}


def parse_webhook(
    body: bytes | str | Mapping[str, Any], *, unmatched_forward: bool = False
) -> Webhook:
    """The typed payload of a webhook Nango sent: :class:`AuthWebhook`, :class:`SyncWebhook`,
    :class:`ForwardWebhook` or :class:`AsyncActionWebhook`. ``body`` is the raw body (or its
    parsed JSON); fields Nango adds later are kept in ``.extra``.

    Raises :class:`~nango.errors.InvalidWebhookError` for a body that is not JSON or not a
    Nango payload, and its subclass :class:`~nango.errors.UnknownWebhookTypeError` for a
    ``"from": "nango"`` type this version does not know. Nango forwards a provider's webhook
    unwrapped when no connection matched it; with ``unmatched_forward=True`` such a body
    (anything without Nango's envelope) becomes a ``ForwardWebhook`` with ``enveloped=False``.
    """
    data = _decode(body)
    kind = data.get("type") if isinstance(data, dict) else None
    sender = data.get("from") if isinstance(data, dict) else None
    if isinstance(data, dict) and (
        (kind in NANGO_TYPES and sender == "nango")
        or (kind == "forward" and isinstance(sender, str) and "providerConfigKey" in data)
    ):
        try:
            webhook: Webhook = _PARSERS[kind](data, "")
        except _Bad as bad:
            raise InvalidWebhookError(f"malformed {kind} webhook: {bad}", payload=data) from None
        return replace(webhook, raw=data)
    if isinstance(data, dict) and sender == "nango":
        raise UnknownWebhookTypeError(
            f"unknown Nango webhook type {kind!r} (a newer nango-python may know it)",
            payload=data,
            webhook_type=kind if isinstance(kind, str) else None,
        )
    if unmatched_forward:
        return ForwardWebhook(
            from_=None, provider_config_key=None, payload=data, enveloped=False, raw=data
        )
    raise InvalidWebhookError(
        "not a Nango webhook: no type/from envelope (a forwarded webhook that matched no "
        "connection comes unwrapped: pass unmatched_forward=True)",
        payload=data,
    )


def _decode(body: object) -> Any:
    if isinstance(body, Mapping):
        return dict(body)
    if not isinstance(body, bytes | bytearray | memoryview | str):
        raise InvalidWebhookError(
            f"a webhook body must be bytes, str or a parsed mapping, not {type(body).__name__}",
            payload=None,
        )
    try:
        return json.loads(bytes(body) if not isinstance(body, str) else body)
    except (ValueError, RecursionError) as error:
        raise InvalidWebhookError(f"the webhook body is not JSON: {error}", payload=None) from None
