from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from nango_api.models.connect_session_integration_config import (
        ConnectSessionIntegrationConfig,
    )


T = TypeVar("T", bound="ConnectSessionIntegrationsConfigDefaults")


@_attrs_define
class ConnectSessionIntegrationsConfigDefaults:
    """Per-integration defaults, keyed by integration key."""

    additional_properties: dict[str, ConnectSessionIntegrationConfig] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from nango_api.models.connect_session_integration_config import (
            ConnectSessionIntegrationConfig,
        )

        d = dict(src_dict)
        connect_session_integrations_config_defaults = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ConnectSessionIntegrationConfig.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        connect_session_integrations_config_defaults.additional_properties = (
            additional_properties
        )
        return connect_session_integrations_config_defaults

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ConnectSessionIntegrationConfig:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ConnectSessionIntegrationConfig) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
