from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

T = TypeVar("T", bound="ProviderConfigField")


@_attrs_define
class ProviderConfigField:
    """Description of one input field (a simplified JSON schema)."""

    type_: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    pattern: str | Unset = UNSET
    format_: str | Unset = UNSET
    optional: bool | Unset = UNSET
    order: float | Unset = UNSET
    automated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        description = self.description

        pattern = self.pattern

        format_ = self.format_

        optional = self.optional

        order = self.order

        automated = self.automated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if format_ is not UNSET:
            field_dict["format"] = format_
        if optional is not UNSET:
            field_dict["optional"] = optional
        if order is not UNSET:
            field_dict["order"] = order
        if automated is not UNSET:
            field_dict["automated"] = automated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        type_ = json__.get("type", UNSET)

        title = json__.get("title", UNSET)

        description = json__.get("description", UNSET)

        pattern = json__.get("pattern", UNSET)

        format_ = json__.get("format", UNSET)

        optional = json__.get("optional", UNSET)

        order = json__.get("order", UNSET)

        automated = json__.get("automated", UNSET)

        obj__ = cls(
            type_,
            title,
            description,
            pattern,
            format_,
            optional,
            order,
            automated,
        )
        if not _KEYS.issuperset(json__):
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
        "type",
        "title",
        "description",
        "pattern",
        "format",
        "optional",
        "order",
        "automated",
    )
)
