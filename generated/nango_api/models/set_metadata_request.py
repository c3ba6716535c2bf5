from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
        from nango_api.models.json_object import JsonObject

        d = dict(src_dict)

        def _parse_connection_id(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                connection_id_type_1 = cast(list[str], data)

                return connection_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        connection_id = _parse_connection_id(d.pop("connection_id"))

        provider_config_key = d.pop("provider_config_key")

        metadata = JsonObject.from_dict(d.pop("metadata"))

        set_metadata_request = cls(
            connection_id=connection_id,
            provider_config_key=provider_config_key,
            metadata=metadata,
        )

        set_metadata_request.additional_properties = d
        return set_metadata_request

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
