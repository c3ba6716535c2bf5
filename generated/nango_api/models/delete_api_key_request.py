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
        d = dict(src_dict)
        environment_id = d.pop("environment_id")

        key_id = d.pop("key_id")

        delete_api_key_request = cls(
            environment_id=environment_id,
            key_id=key_id,
        )

        return delete_api_key_request
