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

T = TypeVar("T", bound="FunctionDeploymentTemplateRequest")


@_attrs_define
class FunctionDeploymentTemplateRequest:
    type_: Literal["template"]
    """ Deploy a template of the provider's catalog. """
    integration_id: str
    """ The integration ID (`unique_key`). """
    template: str
    """ The template's name, as `GET /providers/{provider}/templates` lists it. """
    function_type: RunnableFunctionType | Unset = UNSET
    """ The type of a function that can be compiled, dry run and deployed. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        integration_id = self.integration_id

        template = self.template

        function_type: str | Unset = UNSET
        if not isinstance(self.function_type, Unset):
            function_type = self.function_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "integration_id": integration_id,
                "template": template,
            }
        )
        if function_type is not UNSET:
            field_dict["function_type"] = function_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        type_ = json__["type"]
        if type_ != "template":
            raise ValueError(f"type must match const 'template', got '{type_}'")

        integration_id = json__["integration_id"]

        template = json__["template"]

        function_type = json__.get("function_type", UNSET)
        if function_type is not UNSET:
            function_type = (
                UNSET
                if isinstance(function_type, Unset)
                else RunnableFunctionType(function_type)
            )

        obj__ = cls(
            type_,
            integration_id,
            template,
            function_type,
        )
        return obj__
