from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from nango_api.models.connection_list_item import ConnectionListItem


T = TypeVar("T", bound="ListConnectionsResponse")


@_attrs_define
class ListConnectionsResponse:
    connections: list[ConnectionListItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connections = []
        for connections_item_data in self.connections:
            connections_item = connections_item_data.to_dict()
            connections.append(connections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connections": connections,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        connections = []
        for connections_item_data in json__["connections"]:
            connections.append(_ConnectionListItem_from_dict(connections_item_data))

        obj__ = cls(
            connections,
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


_KEYS = frozenset(("connections",))


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_ConnectionListItem(src_dict: Mapping[str, Any]) -> ConnectionListItem:
    global _ConnectionListItem_from_dict
    from nango_api.models.connection_list_item import ConnectionListItem

    _ConnectionListItem_from_dict = ConnectionListItem.from_dict
    return ConnectionListItem.from_dict(src_dict)


_ConnectionListItem_from_dict: Callable[[Mapping[str, Any]], ConnectionListItem] = (
    _bind_ConnectionListItem
)
