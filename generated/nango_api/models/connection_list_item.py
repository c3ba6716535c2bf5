from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
        from nango_api.models.connection_error import ConnectionError_
        from nango_api.models.end_user import EndUser
        from nango_api.models.json_object import JsonObject
        from nango_api.models.tags import Tags

        d = dict(src_dict)
        id = d.pop("id")

        connection_id = d.pop("connection_id")

        provider_config_key = d.pop("provider_config_key")

        provider = d.pop("provider")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = ConnectionError_.from_dict(errors_item_data)

            errors.append(errors_item)

        def _parse_end_user(data: object) -> EndUser | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                end_user_type_0 = EndUser.from_dict(data)

                return end_user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndUser | None, data)

        end_user = _parse_end_user(d.pop("end_user"))

        def _parse_metadata(data: object) -> JsonObject | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = JsonObject.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None, data)

        metadata = _parse_metadata(d.pop("metadata"))

        created = datetime.datetime.fromisoformat(d.pop("created"))

        _tags = d.pop("tags", UNSET)
        tags: Tags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = Tags.from_dict(_tags)

        connection_list_item = cls(
            id=id,
            connection_id=connection_id,
            provider_config_key=provider_config_key,
            provider=provider,
            errors=errors,
            end_user=end_user,
            metadata=metadata,
            created=created,
            tags=tags,
        )

        connection_list_item.additional_properties = d
        return connection_list_item

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
