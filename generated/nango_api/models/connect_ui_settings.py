from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.connect_ui_theme import ConnectUITheme


T = TypeVar("T", bound="ConnectUISettings")


@_attrs_define
class ConnectUISettings:
    """How the Connect UI looks for this environment."""

    theme: ConnectUITheme | Unset = UNSET
    default_theme: str | Unset = UNSET
    """ Known values: `light`, `dark`, `system`. """
    show_watermark: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        theme: dict[str, Any] | Unset = UNSET
        if not isinstance(self.theme, Unset):
            theme = self.theme.to_dict()

        default_theme = self.default_theme

        show_watermark = self.show_watermark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if theme is not UNSET:
            field_dict["theme"] = theme
        if default_theme is not UNSET:
            field_dict["defaultTheme"] = default_theme
        if show_watermark is not UNSET:
            field_dict["showWatermark"] = show_watermark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from nango_api.models.connect_ui_theme import ConnectUITheme

        d = dict(src_dict)
        _theme = d.pop("theme", UNSET)
        theme: ConnectUITheme | Unset
        if isinstance(_theme, Unset):
            theme = UNSET
        else:
            theme = ConnectUITheme.from_dict(_theme)

        default_theme = d.pop("defaultTheme", UNSET)

        show_watermark = d.pop("showWatermark", UNSET)

        connect_ui_settings = cls(
            theme=theme,
            default_theme=default_theme,
            show_watermark=show_watermark,
        )

        connect_ui_settings.additional_properties = d
        return connect_ui_settings

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
