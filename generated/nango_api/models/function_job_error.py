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
        d = dict(src_dict)
        message = d.pop("message")

        code = d.pop("code", UNSET)

        payload = d.pop("payload", UNSET)

        function_job_error = cls(
            message=message,
            code=code,
            payload=payload,
        )

        function_job_error.additional_properties = d
        return function_job_error

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
