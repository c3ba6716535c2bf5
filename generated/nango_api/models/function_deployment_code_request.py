from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from nango_api.models.runnable_function_type import RunnableFunctionType
from nango_api.types import UNSET, Unset

T = TypeVar("T", bound="FunctionDeploymentCodeRequest")


@_attrs_define
class FunctionDeploymentCodeRequest:
    type_: Literal["function"]
    """ Deploy the submitted source code. """
    integration_id: str
    """ The integration ID (`unique_key`). """
    function_name: str
    """ The sync or action name. """
    function_type: RunnableFunctionType
    """ The type of a function that can be compiled, dry run and deployed. """
    code: str
    """ The function's TypeScript source. """
    version: str | Unset = UNSET
    """ A version tag for this deployment. """
    allow_destructive: bool | Unset = UNSET
    """ Replace an existing standalone function of the same name (default false). """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        integration_id = self.integration_id

        function_name = self.function_name

        function_type = self.function_type.value

        code = self.code

        version = self.version

        allow_destructive = self.allow_destructive

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "integration_id": integration_id,
                "function_name": function_name,
                "function_type": function_type,
                "code": code,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if allow_destructive is not UNSET:
            field_dict["allow_destructive"] = allow_destructive

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        type_ = json__["type"]
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        integration_id = json__["integration_id"]

        function_name = json__["function_name"]

        function_type = RunnableFunctionType(json__["function_type"])

        code = json__["code"]

        version = json__.get("version", UNSET)

        allow_destructive = json__.get("allow_destructive", UNSET)

        obj__ = cls(
            type_,
            integration_id,
            function_name,
            function_type,
            code,
            version,
            allow_destructive,
        )
        return obj__
