from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from nango_api.models.json_object import JsonObject


T = TypeVar("T", bound="SetMetadataRequest")


@_attrs_define
class SetMetadataRequest:
    connection_id: list[str] | str
    """ One connection ID, or several (nothing is changed if one is unknown). """
    provider_config_key: str
    """ The integration key (unique key). """
    metadata: JsonObject
    """ A free-form JSON object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id: list[str] | str
        if isinstance(self.connection_id, list):
            connection_id = self.connection_id

        else:
            connection_id = self.connection_id

        provider_config_key = self.provider_config_key

        metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connection_id": connection_id,
                "provider_config_key": provider_config_key,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        connection_id = json__["connection_id"]

        provider_config_key = json__["provider_config_key"]

        metadata = _JsonObject_from_dict(json__["metadata"])

        obj__ = cls(
            connection_id,
            provider_config_key,
            metadata,
        )
        if len(json__) != 3:
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
        "connection_id",
        "provider_config_key",
        "metadata",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_JsonObject(src_dict: Mapping[str, Any]) -> JsonObject:
    global _JsonObject_from_dict
    from nango_api.models.json_object import JsonObject

    _JsonObject_from_dict = JsonObject.from_dict
    return JsonObject.from_dict(src_dict)


_JsonObject_from_dict: Callable[[Mapping[str, Any]], JsonObject] = _bind_JsonObject
