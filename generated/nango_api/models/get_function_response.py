from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from nango_api.models.function import Function


T = TypeVar("T", bound="GetFunctionResponse")


@_attrs_define
class GetFunctionResponse:
    data: Function
    """ A function (sync, action or on-event script) deployed on an integration. Sync-only fields: `runs`,
    `auto_start`, `track_deletes`; on-event-only: `event`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

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
        data = _Function_from_dict(json__["data"])

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


def _bind_Function(src_dict: Mapping[str, Any]) -> Function:
    global _Function_from_dict
    from nango_api.models.function import Function

    _Function_from_dict = Function.from_dict
    return Function.from_dict(src_dict)


_Function_from_dict: Callable[[Mapping[str, Any]], Function] = _bind_Function
