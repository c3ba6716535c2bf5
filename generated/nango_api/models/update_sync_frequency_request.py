from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

T = TypeVar("T", bound="UpdateSyncFrequencyRequest")


@_attrs_define
class UpdateSyncFrequencyRequest:
    sync_name: str
    """ The sync name. """
    provider_config_key: str
    """ The integration ID (unique key). """
    connection_id: str
    """ The connection ID. """
    frequency: None | str
    """ The new frequency (e.g. `every 30 minutes`, `every day`, `1h`), or `null` to revert to the sync's default.
    """
    sync_variant: str | Unset = UNSET
    """ The sync variant (default `base`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sync_name = self.sync_name

        provider_config_key = self.provider_config_key

        connection_id = self.connection_id

        frequency: None | str
        frequency = self.frequency

        sync_variant = self.sync_variant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sync_name": sync_name,
                "provider_config_key": provider_config_key,
                "connection_id": connection_id,
                "frequency": frequency,
            }
        )
        if sync_variant is not UNSET:
            field_dict["sync_variant"] = sync_variant

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sync_name = d.pop("sync_name")

        provider_config_key = d.pop("provider_config_key")

        connection_id = d.pop("connection_id")

        def _parse_frequency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        frequency = _parse_frequency(d.pop("frequency"))

        sync_variant = d.pop("sync_variant", UNSET)

        update_sync_frequency_request = cls(
            sync_name=sync_name,
            provider_config_key=provider_config_key,
            connection_id=connection_id,
            frequency=frequency,
            sync_variant=sync_variant,
        )

        update_sync_frequency_request.additional_properties = d
        return update_sync_frequency_request

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
