from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

T = TypeVar("T", bound="FunctionJobError")


@_attrs_define
class FunctionJobError:
    """Why a dry run or a deployment failed."""

    message: str
    code: str | Unset = UNSET
    """ Known values: `compilation_error`, `dryrun_error`, `deployment_error`, `connection_not_found`,
    `integration_not_found`, `function_disabled`, `timeout`, `validation_error`, `server_error`. """
    payload: Any | Unset = UNSET
    """ Extra error context (any JSON value). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code = self.code

        payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 1
        message = json__["message"]

        code = json__.get("code", UNSET)
        keys__ += code is not UNSET

        payload = json__.get("payload", UNSET)
        keys__ += payload is not UNSET

        obj__ = cls(
            message,
            code,
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
        "message",
        "code",
        "payload",
    )
)
