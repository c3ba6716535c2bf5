"""Argument checks and the request pieces the generated layer cannot express."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from . import tags as _tags
from ._generated import api, models, types
from .errors import NangoTypeError, NangoValueError, short_repr

T = TypeVar("T")
E = TypeVar("E", bound=Enum)

if TYPE_CHECKING:
    from uuid import UUID

    SyncRef: TypeAlias = str | models.SyncNameVariant | Mapping[str, str]
    """A sync: its name, or its name and variant (``{"name": ..., "variant": ...}``)."""


def sync_ref_type() -> Any:
    """``SyncRef`` at run time (``nango.SyncRef``), built on first use: it names a model."""
    return str | models.SyncNameVariant | Mapping[str, str]


def require(name: str, value: object) -> str:
    """A required, non-empty string argument that UTF-8 can encode (no lone surrogate)."""
    if not isinstance(value, str):
        raise NangoTypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value:
        raise NangoValueError(f"{name} is required and cannot be empty")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise NangoValueError(
                f"{name} cannot be sent: it has a lone surrogate at position {exc.start}"
            ) from None
    return value


def optional(name: str, value: object) -> str | None:
    """``None`` or a non-empty string."""
    return None if value is None else require(name, value)


def require_int(name: str, value: object, *, minimum: int | None = None) -> int | None:
    """``None``, or an int (not a bool) of at least ``minimum``."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise NangoTypeError(f"{name} must be an int, not {type(value).__name__}")
    if minimum is not None and value < minimum:
        raise NangoValueError(f"{name} must be at least {minimum}, got {value}")
    return value


def seconds(name: str, value: object, *, minimum: float, finite: bool = False) -> float:
    """A duration in seconds, at least ``minimum`` (and not infinite if ``finite``)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise NangoTypeError(f"{name} must be a number of seconds, not {type(value).__name__}")
    if not value >= minimum:
        raise NangoValueError(f"{name} must be at least {minimum} s, got {value!r}")
    if finite and value == math.inf:
        raise NangoValueError(
            f"{name} must be finite; for no timeout at all pass httpx.Timeout(None)"
        )
    return float(value)


def require_bool(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise NangoTypeError(f"{name} must be a bool, not {type(value).__name__}")
    return value


def optional_bool(name: str, value: object) -> bool | None:
    return None if value is None else require_bool(name, value)


def require_mapping(name: str, value: object) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise NangoTypeError(f"{name} must be a mapping (dict), not {type(value).__name__}")
    return dict(value)


def party(name: str, value: object, optional_fields: tuple[str, ...]) -> dict[str, Any] | None:
    """``end_user`` / ``organization``: a mapping with a non-empty ``id`` and optional strings."""
    mapping = require_mapping(name, value)
    if mapping is None:
        return None
    if mapping.get("id") is None:
        raise NangoValueError(f"{name} needs an 'id'")
    require(f"{name}['id']", mapping["id"])
    for field in optional_fields:
        if mapping.get(field) is not None and not isinstance(mapping[field], str):
            raise NangoTypeError(f"{name}['{field}'] must be a str")
    return mapping


def end_user(value: object) -> dict[str, Any] | None:
    """``end_user``; its ``tags`` follow the server's end-user tag rules."""
    mapping = party("end_user", value, ("email", "display_name"))
    if mapping is not None and mapping.get("tags") is not None:
        _tags.validate_end_user_tags(mapping["tags"])
    return mapping


def organization(value: object) -> dict[str, Any] | None:
    return party("organization", value, ("display_name",))


def pass_through(body: Any, name: str, value: object) -> None:
    """Put a free-form mapping into a generated request model as given (like Node), so that
    types newer than the spec (e.g. new credential types) are not refused client-side."""
    mapping = require_mapping(name, value)
    if mapping is not None:
        body[name] = mapping


def with_param(params: dict[str, Any], name: str, value: object, *, after: str) -> dict[str, Any]:
    """``params`` with ``name`` placed right after ``after`` (or first), Node's order."""
    if value is None:
        return params
    items = [(key, item) for key, item in params.items() if key != name]
    at = next((i + 1 for i, (key, _) in enumerate(items) if key == after), 1)
    return dict([*items[:at], (name, value), *items[at:]])


def ids(name: str, value: object) -> str | list[str]:
    """One id, or a non-empty list of non-empty ids."""
    if isinstance(value, str):
        return require(name, value)
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        if not value:
            raise NangoValueError(f"{name} cannot be an empty list")
        return [require(f"{name}[{i}]", item) for i, item in enumerate(value)]
    raise NangoTypeError(f"{name} must be a str or a list of str, not {type(value).__name__}")


def body_model(parse: Callable[[dict[str, Any]], T], what: str, /, **fields: Any) -> T:
    """A generated request model from the given fields, ``None`` ones left out."""
    data = {key: value for key, value in fields.items() if value is not None}
    try:
        return parse(data)
    except KeyError as exc:
        raise NangoValueError(f"invalid {what}: a required field is missing: {exc}") from exc
    except (TypeError, ValueError, AttributeError) as exc:
        raise NangoValueError(f"invalid {what}: {exc}") from exc


def sync_ref(name: str, value: object) -> str | models.SyncNameVariant:
    if isinstance(value, str):
        return require(name, value)
    if isinstance(value, models.SyncNameVariant):
        return value
    if isinstance(value, Mapping):
        sync_name, variant = value.get("name"), value.get("variant")
        return models.SyncNameVariant(
            name=require(f"{name}['name']", sync_name),
            variant=require(f"{name}['variant']", variant),
        )
    raise NangoTypeError(
        f"{name} must be a sync name or a {{'name', 'variant'}} mapping, not {type(value).__name__}"
    )


def sync_refs(value: object) -> list[str | models.SyncNameVariant]:
    """``syncs``: a list (a single sync must be wrapped in a list, as in Node)."""
    if not isinstance(value, list | tuple):
        raise NangoTypeError("syncs must be a list; wrap a single sync in a list: syncs=['name']")
    return [sync_ref(f"syncs[{i}]", item) for i, item in enumerate(value)]


def syncs_query(value: object) -> str:
    """The ``syncs`` query of ``/sync/status``: ``*`` or ``a,b::variant``."""
    if value == "*":
        return "*"
    refs = sync_refs(value)
    return ",".join(ref if isinstance(ref, str) else f"{ref.name}::{ref.variant}" for ref in refs)


_TAG_ALIASES = {"displayName": "end_user_display_name", "email": "end_user_email"}


def tags(
    value: object, end_user: object = None, organization: object = None
) -> dict[str, Any] | None:
    """Connection tags, checked with the server's rules (also once merged with the tags the
    server derives from ``end_user``/``organization``); sent as given, like Node."""
    mapping = require_mapping("tags", value)
    if mapping is not None:
        _tags.check_merged_count(_tags.validate_tags(mapping), end_user, organization)
    return mapping


def tags_filter(value: object) -> list[tuple[str, str]]:
    """``tags[<key>]=<value>`` query pairs (keys lower-cased; Node's aliases applied)."""
    mapping = require_mapping("tags", value) or {}
    pairs = [(_TAG_ALIASES.get(key, key), item) for key, item in mapping.items()]
    return [(f"tags[{key}]", item) for key, item in _tags.check_items(pairs, "tags").items()]


def comma_list(name: str, value: object) -> str | None:
    """A string, or a list of strings joined by commas."""
    if value is None or isinstance(value, str):
        return optional(name, value)
    if isinstance(value, list | tuple):
        return ",".join(require(f"{name}[{i}]", item) for i, item in enumerate(value))
    raise NangoTypeError(f"{name} must be a str or a list of str, not {type(value).__name__}")


def iso_datetime(name: str, value: object) -> str | None:
    """A timestamp as the server wants it (``2024-01-01T00:00:00.000Z``); strings pass as-is."""
    if value is None or isinstance(value, str):
        return optional(name, value)
    if not isinstance(value, datetime):
        raise NangoTypeError(f"{name} must be a datetime or an ISO 8601 str")
    if value.tzinfo is None:
        raise NangoValueError(f"{name} must be timezone-aware (e.g. datetime.now(UTC))")
    utc = value.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def unset(value: Any) -> Any:
    """The generated layer's ``UNSET`` for ``None`` ("not given")."""
    return types.UNSET if value is None else value


def enum_value(name: str, value: object, enum: type[E]) -> E | None:
    if value is None:
        return None
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in enum)
        raise NangoValueError(f"{name} must be one of {allowed}, got {short_repr(value)}") from None


def enum_list(name: str, values: object, enum: type[E]) -> list[E] | None:
    """Enum members from a list of values (a single str is a list of one); ``[]`` is ``None``."""
    if values is None:
        return None
    items = [values] if isinstance(values, str) else values
    if not isinstance(items, list | tuple):
        raise NangoTypeError(f"{name} must be a list of str")
    members = [member for member in (enum_value(name, item, enum) for item in items) if member]
    return members or None


def str_list(name: str, values: object) -> list[str] | None:
    if values is None:
        return None
    if isinstance(values, str) or not isinstance(values, Sequence):
        raise NangoTypeError(f"{name} must be a list of str, not {type(values).__name__}")
    return [require(f"{name}[{i}]", item) for i, item in enumerate(values)]


def sync_list(value: object) -> list[str | dict[str, Any]]:
    """``syncs`` for a JSON body."""
    return [ref if isinstance(ref, str) else ref.to_dict() for ref in sync_refs(value)]


def connection_kwargs(
    provider_config_key: str,
    connection_id: str,
    force_refresh: bool,
    refresh_token: bool,
    refresh_github_app_jwt_token: bool,
) -> dict[str, Any]:
    """``GET /connections/{id}`` with all four query values, as Node sends them."""
    return api.connections.get_connection._get_kwargs(
        require("connection_id", connection_id),
        provider_config_key=require("provider_config_key", provider_config_key),
        force_refresh=require_bool("force_refresh", force_refresh),
        refresh_token=require_bool("refresh_token", refresh_token),
        refresh_github_app_jwt_token=require_bool(
            "refresh_github_app_jwt_token", refresh_github_app_jwt_token
        ),
    )


def metadata_body(
    provider_config_key: str, connection_id: object, metadata: object
) -> models.SetMetadataRequest:
    if not isinstance(metadata, Mapping):
        raise NangoTypeError(f"metadata must be a mapping (dict), not {type(metadata).__name__}")
    return body_model(
        models.SetMetadataRequest.from_dict,
        "metadata request",
        metadata=dict(metadata),
        connection_id=ids("connection_id", connection_id),
        provider_config_key=require("provider_config_key", provider_config_key),
    )


def sync_control_body(
    provider_config_key: str, syncs: object, connection_id: str | None
) -> models.SyncControlRequest:
    return body_model(
        models.SyncControlRequest.from_dict,
        "sync request",
        syncs=sync_list(syncs),
        provider_config_key=require("provider_config_key", provider_config_key),
        connection_id=optional("connection_id", connection_id),
    )


def variant_body(provider_config_key: str, connection_id: str) -> models.SyncVariantRequest:
    return models.SyncVariantRequest(
        provider_config_key=require("provider_config_key", provider_config_key),
        connection_id=require("connection_id", connection_id),
    )


def action_kwargs(
    provider_config_key: str,
    connection_id: str,
    action_name: str,
    input: Any,
    *,
    asynchronous: bool = False,
) -> dict[str, Any]:
    """``POST /action/trigger``; ``input=None`` is left out of the body."""
    body = models.TriggerActionRequest(
        action_name=require("action_name", action_name),
        input_=types.UNSET if input is None else input,
    )
    return api.actions.trigger_action._get_kwargs(
        body=body,
        connection_id=require("connection_id", connection_id),
        provider_config_key=require("provider_config_key", provider_config_key),
        x_async=True if asynchronous else types.UNSET,
    )


def action_result_kwargs(host: str, id: str | None, status_url: str | None) -> dict[str, Any]:
    """``GET /action/{id}``, or the ``status_url`` a queued action returned (same server only,
    so the secret key never goes to another host)."""
    if status_url is not None:
        path = require("status_url", status_url)
        if "://" in path:
            if not path.startswith(host + "/"):
                raise NangoValueError(f"status_url must be on {host}, got {short_repr(path)}")
            path = path[len(host) :]
        if not re.fullmatch(r"/action/[^/?#]+", path.partition("?")[0]):
            raise NangoValueError(
                f"status_url must be a path such as /action/<id>, got {short_repr(status_url)}"
            )
        return {"method": "get", "url": path}
    if id is None:
        raise NangoValueError("either id or status_url must be given")
    return api.actions.get_async_action_result._get_kwargs(uuid_value("id", id, "a queued action"))


def uuid_value(name: str, value: object, what: str) -> UUID:
    """A UUID given as a str (the server refuses anything else: 400 ``invalid_uri_params``)."""
    from uuid import UUID  # here: ``import nango`` does not need it

    try:
        return UUID(require(name, value))
    except ValueError:
        raise NangoValueError(
            f"{name} must be the UUID of {what}, got {short_repr(value)}"
        ) from None


def positive_int(name: str, value: object) -> int:
    """A required integer id, at least 1."""
    number = require_int(name, value, minimum=1)
    if number is None:
        raise NangoTypeError(f"{name} must be an int, not NoneType")
    return number


def bounded(name: str, value: object, maximum: int) -> str:
    """A required string of 1 to ``maximum`` characters."""
    text = require(name, value)
    if len(text) > maximum:
        raise NangoValueError(f"{name} is longer than {maximum} characters")
    return text


def optional_str(name: str, value: object) -> str | None:
    """``None`` or a string, empty allowed."""
    if value is not None and not isinstance(value, str):
        raise NangoTypeError(f"{name} must be a str, not {type(value).__name__}")
    return value


_ENVIRONMENT_NAME = re.compile(r"[a-z0-9_-]+")


def environment_name(value: object) -> str:
    """The server's rule: lowercase letters, digits, ``-`` and ``_``, at most 255."""
    name = bounded("name", value, 255)
    if not _ENVIRONMENT_NAME.fullmatch(name):
        raise NangoValueError(
            f"name may only hold lowercase letters, digits, '-' and '_', got {short_repr(name)}"
        )
    return name


def otlp_headers(value: object) -> list[dict[str, str]] | None:
    """``otlp_headers``: a name-to-value mapping, or the wire's list of ``{name, value}``."""
    if value is None:
        return None
    if isinstance(value, Mapping):
        pairs = list(value.items())
    elif isinstance(value, Sequence) and not isinstance(value, str | bytes):
        pairs = []
        for index, item in enumerate(value):
            if not isinstance(item, Mapping) or set(item) != {"name", "value"}:
                raise NangoTypeError(f"otlp_headers[{index}] must be a {{name, value}} mapping")
            pairs.append((item["name"], item["value"]))
    else:
        raise NangoTypeError(
            "otlp_headers must be a mapping or a list of {name, value},"
            f" not {type(value).__name__}"
        )
    if len(pairs) > 100:
        raise NangoValueError(f"otlp_headers can hold at most 100 headers, got {len(pairs)}")
    return [
        {
            "name": bounded("an otlp_headers name", name, 256),
            "value": bounded(f"otlp_headers[{short_repr(name)}]", header, 4000),
        }
        for name, header in pairs
    ]


_CONNECT_SESSION_TOKEN = re.compile(r"nango_connect_session_[0-9a-f]{64}")


def connect_session_token(value: object) -> str:
    """A connect session token, as the server checks it; the message never shows the value
    (it may be the secret key given by mistake)."""
    if not isinstance(value, str):
        raise NangoTypeError(f"token must be a str, not {type(value).__name__}")
    if not _CONNECT_SESSION_TOKEN.fullmatch(value):
        raise NangoValueError(
            "token must be a connect session token: 'nango_connect_session_' and 64 hex digits"
            " (from create_connect_session().data.token), not the secret key"
        )
    return value


def function_type(value: object, *, required: bool = True) -> models.RunnableFunctionType | None:
    """``function_type``: ``"action"`` or ``"sync"``."""
    member = enum_value("function_type", value, models.RunnableFunctionType)
    if member is None and required:
        raise NangoValueError("function_type is required: 'action' or 'sync'")
    return member
