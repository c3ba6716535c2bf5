from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.error_detail import ErrorDetail


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The error envelope of every Nango error answer."""

    error: ErrorDetail | Unset = UNSET
    """ Nango's error object. Every field is optional; unknown fields are kept. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 0
        error = json__.get("error", UNSET)
        if error is not UNSET:
            error = UNSET if isinstance(error, Unset) else _ErrorDetail_from_dict(error)
        keys__ += error is not UNSET

        obj__ = cls(
            error,
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


_KEYS = frozenset(("error",))


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_ErrorDetail(src_dict: Mapping[str, Any]) -> ErrorDetail:
    global _ErrorDetail_from_dict
    from nango_api.models.error_detail import ErrorDetail

    _ErrorDetail_from_dict = ErrorDetail.from_dict
    return ErrorDetail.from_dict(src_dict)


_ErrorDetail_from_dict: Callable[[Mapping[str, Any]], ErrorDetail] = _bind_ErrorDetail
