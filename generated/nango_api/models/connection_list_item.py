from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.connection_error import ConnectionError_
    from nango_api.models.end_user import EndUser
    from nango_api.models.json_object import JsonObject
    from nango_api.models.tags import Tags


T = TypeVar("T", bound="ConnectionListItem")


@_attrs_define
class ConnectionListItem:
    """A connection as listed by `GET /connections` (no credentials)."""

    id: int
    """ Nango's internal ID. """
    connection_id: str
    provider_config_key: str
    """ The integration key (unique key). """
    provider: str
    """ The provider name (e.g. `github`). """
    errors: list[ConnectionError_]
    end_user: EndUser | None
    metadata: JsonObject | None
    created: datetime.datetime
    """ Creation time. """
    tags: Tags | Unset = UNSET
    """ Connection tags, string to string. Server rules: at most 10 keys; keys match `^[a-zA-Z][a-zA-Z0-9_\\-./]*$`,
    at most 64 characters, stored lowercased (keys equal after lowercasing are rejected); values 1..255 characters
    (end-user tags may be empty); an `end_user_email` value must be an email. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from nango_api.models.end_user import EndUser
        from nango_api.models.json_object import JsonObject

        id = self.id

        connection_id = self.connection_id

        provider_config_key = self.provider_config_key

        provider = self.provider

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        end_user: dict[str, Any] | None
        if isinstance(self.end_user, EndUser):
            end_user = self.end_user.to_dict()
        else:
            end_user = self.end_user

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, JsonObject):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        created = self.created.isoformat()

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "connection_id": connection_id,
                "provider_config_key": provider_config_key,
                "provider": provider,
                "errors": errors,
                "end_user": end_user,
                "metadata": metadata,
                "created": created,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 8
        id = json__["id"]

        connection_id = json__["connection_id"]

        provider_config_key = json__["provider_config_key"]

        provider = json__["provider"]

        errors = []
        for errors_item_data in json__["errors"]:
            errors.append(_ConnectionError__from_dict(errors_item_data))

        end_user = json__["end_user"]
        if isinstance(end_user, dict):
            try:
                end_user = _EndUser_from_dict(end_user)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        metadata = json__["metadata"]
        if isinstance(metadata, dict):
            try:
                metadata = _JsonObject_from_dict(metadata)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        created = datetime.datetime.fromisoformat(json__["created"])

        tags = json__.get("tags", UNSET)
        if tags is not UNSET:
            tags = UNSET if isinstance(tags, Unset) else _Tags_from_dict(tags)
        keys__ += tags is not UNSET

        obj__ = cls(
            id,
            connection_id,
            provider_config_key,
            provider,
            errors,
            end_user,
            metadata,
            created,
            tags,
        )
        if len(json__) != keys__:
            obj__.additional_properties = {
                key: value for key, value in json__.items() if key not in _KEYS
            }
        return obj__

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_KEYS = frozenset(
    (
        "id",
        "connection_id",
        "provider_config_key",
        "provider",
        "errors",
        "end_user",
        "metadata",
        "created",
        "tags",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_ConnectionError_(src_dict: Mapping[str, Any]) -> ConnectionError_:
    global _ConnectionError__from_dict
    from nango_api.models.connection_error import ConnectionError_

    _ConnectionError__from_dict = ConnectionError_.from_dict
    return ConnectionError_.from_dict(src_dict)


_ConnectionError__from_dict: Callable[[Mapping[str, Any]], ConnectionError_] = (
    _bind_ConnectionError_
)


def _bind_EndUser(src_dict: Mapping[str, Any]) -> EndUser:
    global _EndUser_from_dict
    from nango_api.models.end_user import EndUser

    _EndUser_from_dict = EndUser.from_dict
    return EndUser.from_dict(src_dict)


_EndUser_from_dict: Callable[[Mapping[str, Any]], EndUser] = _bind_EndUser


def _bind_JsonObject(src_dict: Mapping[str, Any]) -> JsonObject:
    global _JsonObject_from_dict
    from nango_api.models.json_object import JsonObject

    _JsonObject_from_dict = JsonObject.from_dict
    return JsonObject.from_dict(src_dict)


_JsonObject_from_dict: Callable[[Mapping[str, Any]], JsonObject] = _bind_JsonObject


def _bind_Tags(src_dict: Mapping[str, Any]) -> Tags:
    global _Tags_from_dict
    from nango_api.models.tags import Tags

    _Tags_from_dict = Tags.from_dict
    return Tags.from_dict(src_dict)


_Tags_from_dict: Callable[[Mapping[str, Any]], Tags] = _bind_Tags
