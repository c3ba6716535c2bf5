from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from nango_api.models.sync_model_result import SyncModelResult


T = TypeVar("T", bound="SyncResultByModel")


@_attrs_define
class SyncResultByModel:
    """Changes made by the latest run, by model name."""

    additional_properties: dict[str, SyncModelResult] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        obj__ = cls()
        obj__.additional_properties = {
            key: _SyncModelResult_from_dict(value) for key, value in json__.items()
        }
        return obj__

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> SyncModelResult:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: SyncModelResult) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_SyncModelResult(src_dict: Mapping[str, Any]) -> SyncModelResult:
    global _SyncModelResult_from_dict
    from nango_api.models.sync_model_result import SyncModelResult

    _SyncModelResult_from_dict = SyncModelResult.from_dict
    return SyncModelResult.from_dict(src_dict)


_SyncModelResult_from_dict: Callable[[Mapping[str, Any]], SyncModelResult] = (
    _bind_SyncModelResult
)
