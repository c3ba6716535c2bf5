from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from nango_api.models.integration import Integration


T = TypeVar("T", bound="ListIntegrationsResponse")


@_attrs_define
class ListIntegrationsResponse:
    data: list[Integration]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        data = []
        for data_item_data in json__["data"]:
            data.append(_Integration_from_dict(data_item_data))

        obj__ = cls(
            data,
        )
        if len(json__) != 1:
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


_KEYS = frozenset(("data",))


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_Integration(src_dict: Mapping[str, Any]) -> Integration:
    global _Integration_from_dict
    from nango_api.models.integration import Integration

    _Integration_from_dict = Integration.from_dict
    return Integration.from_dict(src_dict)


_Integration_from_dict: Callable[[Mapping[str, Any]], Integration] = _bind_Integration
