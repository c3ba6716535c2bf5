from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.nango_script_config import NangoScriptConfig


T = TypeVar("T", bound="StandardNangoConfig")


@_attrs_define
class StandardNangoConfig:
    """The deployed scripts of one integration."""

    provider_config_key: str
    """ The integration ID. """
    syncs: list[NangoScriptConfig]
    actions: list[NangoScriptConfig]
    provider: str | Unset = UNSET
    on_events: list[NangoScriptConfig] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_config_key = self.provider_config_key

        syncs = []
        for syncs_item_data in self.syncs:
            syncs_item = syncs_item_data.to_dict()
            syncs.append(syncs_item)

        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        provider = self.provider

        on_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.on_events, Unset):
            on_events = []
            for on_events_item_data in self.on_events:
                on_events_item = on_events_item_data.to_dict()
                on_events.append(on_events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerConfigKey": provider_config_key,
                "syncs": syncs,
                "actions": actions,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if on_events is not UNSET:
            field_dict["on-events"] = on_events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 3
        provider_config_key = json__["providerConfigKey"]

        syncs = []
        for syncs_item_data in json__["syncs"]:
            syncs.append(_NangoScriptConfig_from_dict(syncs_item_data))

        actions = []
        for actions_item_data in json__["actions"]:
            actions.append(_NangoScriptConfig_from_dict(actions_item_data))

        provider = json__.get("provider", UNSET)
        keys__ += provider is not UNSET

        on_events__json = json__.get("on-events", UNSET)
        on_events: list[NangoScriptConfig] | Unset = UNSET
        if on_events__json is not UNSET:
            on_events = []
            for on_events_item_data in on_events__json:
                on_events.append(_NangoScriptConfig_from_dict(on_events_item_data))
        keys__ += on_events is not UNSET

        obj__ = cls(
            provider_config_key,
            syncs,
            actions,
            provider,
            on_events,
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
        "providerConfigKey",
        "syncs",
        "actions",
        "provider",
        "on-events",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_NangoScriptConfig(src_dict: Mapping[str, Any]) -> NangoScriptConfig:
    global _NangoScriptConfig_from_dict
    from nango_api.models.nango_script_config import NangoScriptConfig

    _NangoScriptConfig_from_dict = NangoScriptConfig.from_dict
    return NangoScriptConfig.from_dict(src_dict)


_NangoScriptConfig_from_dict: Callable[[Mapping[str, Any]], NangoScriptConfig] = (
    _bind_NangoScriptConfig
)
