from __future__ import annotations

from collections.abc import Callable, Mapping
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
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 0
        light = json__.get("light", UNSET)
        if light is not UNSET:
            light = (
                UNSET
                if isinstance(light, Unset)
                else _ConnectUIColorPalette_from_dict(light)
            )
        keys__ += light is not UNSET

        dark = json__.get("dark", UNSET)
        if dark is not UNSET:
            dark = (
                UNSET
                if isinstance(dark, Unset)
                else _ConnectUIColorPalette_from_dict(dark)
            )
        keys__ += dark is not UNSET

        obj__ = cls(
            light,
            dark,
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
        "light",
        "dark",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_ConnectUIColorPalette(src_dict: Mapping[str, Any]) -> ConnectUIColorPalette:
    global _ConnectUIColorPalette_from_dict
    from nango_api.models.connect_ui_color_palette import ConnectUIColorPalette

    _ConnectUIColorPalette_from_dict = ConnectUIColorPalette.from_dict
    return ConnectUIColorPalette.from_dict(src_dict)


_ConnectUIColorPalette_from_dict: Callable[
    [Mapping[str, Any]], ConnectUIColorPalette
] = _bind_ConnectUIColorPalette
