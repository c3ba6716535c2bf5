from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from nango_api.models.open_ai_function_parameters import OpenAIFunctionParameters


T = TypeVar("T", bound="OpenAIFunction")


@_attrs_define
class OpenAIFunction:
    """An OpenAI function-calling definition for one script."""

    name: str
    description: str
    parameters: OpenAIFunctionParameters
    """ JSON schema of the function's parameters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "parameters": parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        name = json__["name"]

        description = json__["description"]

        parameters = _OpenAIFunctionParameters_from_dict(json__["parameters"])

        obj__ = cls(
            name,
            description,
            parameters,
        )
        if len(json__) != 3:
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
        "name",
        "description",
        "parameters",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_OpenAIFunctionParameters(
    src_dict: Mapping[str, Any],
) -> OpenAIFunctionParameters:
    global _OpenAIFunctionParameters_from_dict
    from nango_api.models.open_ai_function_parameters import OpenAIFunctionParameters

    _OpenAIFunctionParameters_from_dict = OpenAIFunctionParameters.from_dict
    return OpenAIFunctionParameters.from_dict(src_dict)


_OpenAIFunctionParameters_from_dict: Callable[
    [Mapping[str, Any]], OpenAIFunctionParameters
] = _bind_OpenAIFunctionParameters
