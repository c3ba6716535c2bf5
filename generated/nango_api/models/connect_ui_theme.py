from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.connect_ui_color_palette import ConnectUIColorPalette


T = TypeVar("T", bound="ConnectUITheme")


@_attrs_define
class ConnectUITheme:
    light: ConnectUIColorPalette | Unset = UNSET
    dark: ConnectUIColorPalette | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        light: dict[str, Any] | Unset = UNSET
        if not isinstance(self.light, Unset):
            light = self.light.to_dict()

        dark: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dark, Unset):
            dark = self.dark.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if light is not UNSET:
            field_dict["light"] = light
        if dark is not UNSET:
            field_dict["dark"] = dark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from nango_api.models.connect_ui_color_palette import ConnectUIColorPalette

        d = dict(src_dict)
        _light = d.pop("light", UNSET)
        light: ConnectUIColorPalette | Unset
        if isinstance(_light, Unset):
            light = UNSET
        else:
            light = ConnectUIColorPalette.from_dict(_light)

        _dark = d.pop("dark", UNSET)
        dark: ConnectUIColorPalette | Unset
        if isinstance(_dark, Unset):
            dark = UNSET
        else:
            dark = ConnectUIColorPalette.from_dict(_dark)

        connect_ui_theme = cls(
            light=light,
            dark=dark,
        )

        connect_ui_theme.additional_properties = d
        return connect_ui_theme

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
