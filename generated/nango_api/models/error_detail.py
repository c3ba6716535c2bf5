from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.validation_issue import ValidationIssue


T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
class ErrorDetail:
    """Nango's error object. Every field is optional; unknown fields are kept."""

    code: str | Unset = UNSET
    """ Machine-readable error code (e.g. `invalid_body`, `not_found`, `missing_auth_header`). """
    message: str | Unset = UNSET
    errors: list[ValidationIssue] | Unset = UNSET
    """ Validation issues (zod), all reported at once. """
    payload: Any | Unset = UNSET
    """ Extra error context. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 0
        code = json__.get("code", UNSET)
        keys__ += code is not UNSET

        message = json__.get("message", UNSET)
        keys__ += message is not UNSET

        errors__json = json__.get("errors", UNSET)
        errors: list[ValidationIssue] | Unset = UNSET
        if errors__json is not UNSET:
            errors = []
            for errors_item_data in errors__json:
                errors.append(_ValidationIssue_from_dict(errors_item_data))
        keys__ += errors is not UNSET

        payload = json__.get("payload", UNSET)
        keys__ += payload is not UNSET

        obj__ = cls(
            code,
            message,
            errors,
            payload,
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
        "code",
        "message",
        "errors",
        "payload",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_ValidationIssue(src_dict: Mapping[str, Any]) -> ValidationIssue:
    global _ValidationIssue_from_dict
    from nango_api.models.validation_issue import ValidationIssue

    _ValidationIssue_from_dict = ValidationIssue.from_dict
    return ValidationIssue.from_dict(src_dict)


_ValidationIssue_from_dict: Callable[[Mapping[str, Any]], ValidationIssue] = (
    _bind_ValidationIssue
)
