from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.json_object import JsonObject


T = TypeVar("T", bound="OpenAIFunctionParameters")


@_attrs_define
class OpenAIFunctionParameters:
    """JSON schema of the function's parameters."""

    type_: str | Unset = UNSET
    properties: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    required: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if properties is not UNSET:
            field_dict["properties"] = properties
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 0
        type_ = json__.get("type", UNSET)
        keys__ += type_ is not UNSET

        properties = json__.get("properties", UNSET)
        if properties is not UNSET:
            properties = (
                UNSET
                if isinstance(properties, Unset)
                else _JsonObject_from_dict(properties)
            )
        keys__ += properties is not UNSET

        required = json__.get("required", UNSET)
        keys__ += required is not UNSET

        obj__ = cls(
            type_,
            properties,
            required,
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
        "type",
        "properties",
        "required",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_JsonObject(src_dict: Mapping[str, Any]) -> JsonObject:
    global _JsonObject_from_dict
    from nango_api.models.json_object import JsonObject

    _JsonObject_from_dict = JsonObject.from_dict
    return JsonObject.from_dict(src_dict)


_JsonObject_from_dict: Callable[[Mapping[str, Any]], JsonObject] = _bind_JsonObject
