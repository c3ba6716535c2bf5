from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.sync_name_variant import SyncNameVariant


T = TypeVar("T", bound="SyncControlRequest")


@_attrs_define
class SyncControlRequest:
    """Body of `POST /sync/start` and `POST /sync/pause`."""

    syncs: list[str | SyncNameVariant]
    """ The syncs to start or pause. """
    provider_config_key: str
    """ The integration ID (unique key). """
    connection_id: str | Unset = UNSET
    """ The connection ID; when omitted, every connection of the integration. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from nango_api.models.sync_name_variant import SyncNameVariant

        syncs = []
        for syncs_item_data in self.syncs:
            syncs_item: dict[str, Any] | str
            if isinstance(syncs_item_data, SyncNameVariant):
                syncs_item = syncs_item_data.to_dict()
            else:
                syncs_item = syncs_item_data
            syncs.append(syncs_item)

        provider_config_key = self.provider_config_key

        connection_id = self.connection_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "syncs": syncs,
                "provider_config_key": provider_config_key,
            }
        )
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from nango_api.models.sync_name_variant import SyncNameVariant

        d = dict(src_dict)
        syncs = []
        _syncs = d.pop("syncs")
        for syncs_item_data in _syncs:

            def _parse_syncs_item(data: object) -> str | SyncNameVariant:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_sync_reference_type_1 = SyncNameVariant.from_dict(
                        data
                    )

                    return componentsschemas_sync_reference_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(str | SyncNameVariant, data)

            syncs_item = _parse_syncs_item(syncs_item_data)

            syncs.append(syncs_item)

        provider_config_key = d.pop("provider_config_key")

        connection_id = d.pop("connection_id", UNSET)

        sync_control_request = cls(
            syncs=syncs,
            provider_config_key=provider_config_key,
            connection_id=connection_id,
        )

        sync_control_request.additional_properties = d
        return sync_control_request

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
