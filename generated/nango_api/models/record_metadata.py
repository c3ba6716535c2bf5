from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

T = TypeVar("T", bound="RecordMetadata")


@_attrs_define
class RecordMetadata:
    """Nango's bookkeeping for a record."""

    first_seen_at: datetime.datetime
    """ When Nango first saw the record. """
    last_modified_at: datetime.datetime
    """ When Nango last detected a change. """
    last_action: str
    """ The last change seen. Known values `ADDED`, `UPDATED`, `DELETED`. """
    deleted_at: datetime.datetime | None
    """ When Nango detected the deletion, or `null`. """
    cursor: str
    """ The record's cursor; pass it as `cursor` to get records changed after this one. """
    pruned_at: datetime.datetime | None | Unset = UNSET
    """ When the record's payload was pruned (emptied), or `null`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_seen_at = self.first_seen_at.isoformat()

        last_modified_at = self.last_modified_at.isoformat()

        last_action = self.last_action

        deleted_at: None | str
        if isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        cursor = self.cursor

        pruned_at: None | str | Unset
        if isinstance(self.pruned_at, Unset):
            pruned_at = UNSET
        elif isinstance(self.pruned_at, datetime.datetime):
            pruned_at = self.pruned_at.isoformat()
        else:
            pruned_at = self.pruned_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_seen_at": first_seen_at,
                "last_modified_at": last_modified_at,
                "last_action": last_action,
                "deleted_at": deleted_at,
                "cursor": cursor,
            }
        )
        if pruned_at is not UNSET:
            field_dict["pruned_at"] = pruned_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_seen_at = datetime.datetime.fromisoformat(d.pop("first_seen_at"))

        last_modified_at = datetime.datetime.fromisoformat(d.pop("last_modified_at"))

        last_action = d.pop("last_action")

        def _parse_deleted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at"))

        cursor = d.pop("cursor")

        def _parse_pruned_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pruned_at_type_0 = datetime.datetime.fromisoformat(data)

                return pruned_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        pruned_at = _parse_pruned_at(d.pop("pruned_at", UNSET))

        record_metadata = cls(
            first_seen_at=first_seen_at,
            last_modified_at=last_modified_at,
            last_action=last_action,
            deleted_at=deleted_at,
            cursor=cursor,
            pruned_at=pruned_at,
        )

        record_metadata.additional_properties = d
        return record_metadata

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
