from __future__ import annotations

from collections.abc import Callable, Mapping
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
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 0
        theme = json__.get("theme", UNSET)
        if theme is not UNSET:
            theme = (
                UNSET if isinstance(theme, Unset) else _ConnectUITheme_from_dict(theme)
            )
        keys__ += theme is not UNSET

        default_theme = json__.get("defaultTheme", UNSET)
        keys__ += default_theme is not UNSET

        show_watermark = json__.get("showWatermark", UNSET)
        keys__ += show_watermark is not UNSET

        obj__ = cls(
            theme,
            default_theme,
            show_watermark,
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
        "theme",
        "defaultTheme",
        "showWatermark",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_ConnectUITheme(src_dict: Mapping[str, Any]) -> ConnectUITheme:
    global _ConnectUITheme_from_dict
    from nango_api.models.connect_ui_theme import ConnectUITheme

    _ConnectUITheme_from_dict = ConnectUITheme.from_dict
    return ConnectUITheme.from_dict(src_dict)


_ConnectUITheme_from_dict: Callable[[Mapping[str, Any]], ConnectUITheme] = (
    _bind_ConnectUITheme
)
