from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImportCredentialsApp")


@_attrs_define
class ImportCredentialsApp:
    """GitHub App installation; Nango mints the token itself."""

    type_: Literal["APP"]
    app_id: str
    installation_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        app_id = self.app_id

        installation_id = self.installation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "app_id": app_id,
                "installation_id": installation_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        type_ = json__["type"]
        if type_ != "APP":
            raise ValueError(f"type must match const 'APP', got '{type_}'")

        app_id = json__["app_id"]

        installation_id = json__["installation_id"]

        obj__ = cls(
            type_,
            app_id,
            installation_id,
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
        "type",
        "app_id",
        "installation_id",
    )
)
