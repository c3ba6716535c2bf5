from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateApiKeyRequest")


@_attrs_define
class CreateApiKeyRequest:
    environment_id: int
    """ The numeric environment ID. """
    display_name: str
    """ The key's name, unique in the environment. """

    def to_dict(self) -> dict[str, Any]:
        environment_id = self.environment_id

        display_name = self.display_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "environment_id": environment_id,
                "display_name": display_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        environment_id = json__["environment_id"]

        display_name = json__["display_name"]

        obj__ = cls(
            environment_id,
            display_name,
        )
        return obj__
