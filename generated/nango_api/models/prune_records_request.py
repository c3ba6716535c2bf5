from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

T = TypeVar("T", bound="PruneRecordsRequest")


@_attrs_define
class PruneRecordsRequest:
    model: str
    """ The data model whose records to prune. """
    until_cursor: str
    """ Prune records up to and including this record cursor. """
    limit: int | Unset = UNSET
    """ Maximum number of records to prune in this call (server default 1000). """
    variant: str | Unset = UNSET
    """ The sync variant (default `base`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        until_cursor = self.until_cursor

        limit = self.limit

        variant = self.variant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "until_cursor": until_cursor,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 2
        model = json__["model"]

        until_cursor = json__["until_cursor"]

        limit = json__.get("limit", UNSET)
        keys__ += limit is not UNSET

        variant = json__.get("variant", UNSET)
        keys__ += variant is not UNSET

        obj__ = cls(
            model,
            until_cursor,
            limit,
            variant,
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
        "model",
        "until_cursor",
        "limit",
        "variant",
    )
)
