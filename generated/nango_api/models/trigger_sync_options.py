from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

T = TypeVar("T", bound="TriggerSyncOptions")


@_attrs_define
class TriggerSyncOptions:
    """Options of a triggered run."""

    reset: bool | Unset = UNSET
    """ Run a full sync (reset the sync's checkpoint / last sync date). """
    empty_cache: bool | Unset = UNSET
    """ Delete the sync's records before running. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reset = self.reset

        empty_cache = self.empty_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reset is not UNSET:
            field_dict["reset"] = reset
        if empty_cache is not UNSET:
            field_dict["emptyCache"] = empty_cache

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 0
        reset = json__.get("reset", UNSET)
        keys__ += reset is not UNSET

        empty_cache = json__.get("emptyCache", UNSET)
        keys__ += empty_cache is not UNSET

        obj__ = cls(
            reset,
            empty_cache,
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
        "reset",
        "emptyCache",
    )
)
