from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from nango_api.models.record import Record


T = TypeVar("T", bound="ListRecordsResponse")


@_attrs_define
class ListRecordsResponse:
    """One page of records."""

    records: list[Record]
    next_cursor: None | str
    """ Cursor of the next page; `null` on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
                "next_cursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        records = []
        for records_item_data in json__["records"]:
            records.append(_Record_from_dict(records_item_data))

        next_cursor = json__["next_cursor"]

        obj__ = cls(
            records,
            next_cursor,
        )
        if len(json__) != 2:
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
        "records",
        "next_cursor",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_Record(src_dict: Mapping[str, Any]) -> Record:
    global _Record_from_dict
    from nango_api.models.record import Record

    _Record_from_dict = Record.from_dict
    return Record.from_dict(src_dict)


_Record_from_dict: Callable[[Mapping[str, Any]], Record] = _bind_Record
