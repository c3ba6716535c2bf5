from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeleteApiKeyRequest")


@_attrs_define
class DeleteApiKeyRequest:
    environment_id: int
    """ The numeric ID of the environment that owns the key. """
    key_id: int
    """ The numeric key ID returned when the key was created. """

    def to_dict(self) -> dict[str, Any]:
        environment_id = self.environment_id

        key_id = self.key_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "environment_id": environment_id,
                "key_id": key_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        environment_id = json__["environment_id"]

        key_id = json__["key_id"]

        obj__ = cls(
            environment_id,
            key_id,
        )
        return obj__
