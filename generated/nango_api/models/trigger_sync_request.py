from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.models.trigger_sync_mode import TriggerSyncMode
from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.sync_name_variant import SyncNameVariant
    from nango_api.models.trigger_sync_options import TriggerSyncOptions


T = TypeVar("T", bound="TriggerSyncRequest")


@_attrs_define
class TriggerSyncRequest:
    syncs: list[str | SyncNameVariant]
    """ The syncs to trigger; empty for all syncs of the integration. """
    provider_config_key: str
    """ The integration ID (unique key). """
    connection_id: str | Unset = UNSET
    """ The connection ID; when omitted, the syncs run for every connection. """
    opts: TriggerSyncOptions | Unset = UNSET
    """ Options of a triggered run. """
    sync_mode: TriggerSyncMode | Unset = UNSET
    """ Deprecated (use `opts`): `incremental`, `full_refresh` (reset the last sync date), or
    `full_refresh_and_clear_cache` (also delete the records). """
    full_resync: bool | Unset = UNSET
    """ Deprecated (use `opts.reset`). Reset the last sync date before running. """
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

        opts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opts, Unset):
            opts = self.opts.to_dict()

        sync_mode: str | Unset = UNSET
        if not isinstance(self.sync_mode, Unset):
            sync_mode = self.sync_mode.value

        full_resync = self.full_resync

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
        if opts is not UNSET:
            field_dict["opts"] = opts
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if full_resync is not UNSET:
            field_dict["full_resync"] = full_resync

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 2
        syncs = []
        for syncs_item_data in json__["syncs"]:
            syncs.append(_parse_syncs_item(syncs_item_data))

        provider_config_key = json__["provider_config_key"]

        connection_id = json__.get("connection_id", UNSET)
        keys__ += connection_id is not UNSET

        opts = json__.get("opts", UNSET)
        if opts is not UNSET:
            opts = (
                UNSET
                if isinstance(opts, Unset)
                else _TriggerSyncOptions_from_dict(opts)
            )
        keys__ += opts is not UNSET

        sync_mode = json__.get("sync_mode", UNSET)
        if sync_mode is not UNSET:
            sync_mode = (
                UNSET if isinstance(sync_mode, Unset) else TriggerSyncMode(sync_mode)
            )
        keys__ += sync_mode is not UNSET

        full_resync = json__.get("full_resync", UNSET)
        keys__ += full_resync is not UNSET

        obj__ = cls(
            syncs,
            provider_config_key,
            connection_id,
            opts,
            sync_mode,
            full_resync,
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
        "syncs",
        "provider_config_key",
        "connection_id",
        "opts",
        "sync_mode",
        "full_resync",
    )
)


def _parse_syncs_item(data: object) -> str | SyncNameVariant:
    if isinstance(data, dict):
        try:
            return _SyncNameVariant_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("str | SyncNameVariant", data)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_SyncNameVariant(src_dict: Mapping[str, Any]) -> SyncNameVariant:
    global _SyncNameVariant_from_dict
    from nango_api.models.sync_name_variant import SyncNameVariant

    _SyncNameVariant_from_dict = SyncNameVariant.from_dict
    return SyncNameVariant.from_dict(src_dict)


_SyncNameVariant_from_dict: Callable[[Mapping[str, Any]], SyncNameVariant] = (
    _bind_SyncNameVariant
)


def _bind_TriggerSyncOptions(src_dict: Mapping[str, Any]) -> TriggerSyncOptions:
    global _TriggerSyncOptions_from_dict
    from nango_api.models.trigger_sync_options import TriggerSyncOptions

    _TriggerSyncOptions_from_dict = TriggerSyncOptions.from_dict
    return TriggerSyncOptions.from_dict(src_dict)


_TriggerSyncOptions_from_dict: Callable[[Mapping[str, Any]], TriggerSyncOptions] = (
    _bind_TriggerSyncOptions
)
