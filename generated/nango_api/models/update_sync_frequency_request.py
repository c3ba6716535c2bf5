from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

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
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 4
        sync_name = json__["sync_name"]

        provider_config_key = json__["provider_config_key"]

        connection_id = json__["connection_id"]

        frequency = json__["frequency"]

        sync_variant = json__.get("sync_variant", UNSET)
        keys__ += sync_variant is not UNSET

        obj__ = cls(
            sync_name,
            provider_config_key,
            connection_id,
            frequency,
            sync_variant,
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
        "sync_name",
        "provider_config_key",
        "connection_id",
        "frequency",
        "sync_variant",
    )
)
