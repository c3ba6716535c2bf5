from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

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
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 5
        first_seen_at = datetime.datetime.fromisoformat(json__["first_seen_at"])

        last_modified_at = datetime.datetime.fromisoformat(json__["last_modified_at"])

        last_action = json__["last_action"]

        deleted_at = json__["deleted_at"]
        if isinstance(deleted_at, str):
            try:
                deleted_at = datetime.datetime.fromisoformat(deleted_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        cursor = json__["cursor"]

        pruned_at = json__.get("pruned_at", UNSET)
        if isinstance(pruned_at, str):
            try:
                pruned_at = datetime.datetime.fromisoformat(pruned_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        keys__ += pruned_at is not UNSET

        obj__ = cls(
            first_seen_at,
            last_modified_at,
            last_action,
            deleted_at,
            cursor,
            pruned_at,
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
        "first_seen_at",
        "last_modified_at",
        "last_action",
        "deleted_at",
        "cursor",
        "pruned_at",
    )
)
