from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from nango_api.models.provider_config_field import ProviderConfigField


T = TypeVar("T", bound="ProviderConfigFields")


@_attrs_define
class ProviderConfigFields:
    """Input fields a connection or integration needs, keyed by field name."""

    additional_properties: dict[str, ProviderConfigField] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        obj__ = cls()
        obj__.additional_properties = {
            key: _ProviderConfigField_from_dict(value) for key, value in json__.items()
        }
        return obj__

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ProviderConfigField:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ProviderConfigField) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_ProviderConfigField(src_dict: Mapping[str, Any]) -> ProviderConfigField:
    global _ProviderConfigField_from_dict
    from nango_api.models.provider_config_field import ProviderConfigField

    _ProviderConfigField_from_dict = ProviderConfigField.from_dict
    return ProviderConfigField.from_dict(src_dict)


_ProviderConfigField_from_dict: Callable[[Mapping[str, Any]], ProviderConfigField] = (
    _bind_ProviderConfigField
)
