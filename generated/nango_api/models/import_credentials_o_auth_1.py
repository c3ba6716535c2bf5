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

T = TypeVar("T", bound="ImportCredentialsOAuth1")


@_attrs_define
class ImportCredentialsOAuth1:
    type_: Literal["OAUTH1"]
    oauth_token: str
    oauth_token_secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        oauth_token = self.oauth_token

        oauth_token_secret = self.oauth_token_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "oauth_token": oauth_token,
                "oauth_token_secret": oauth_token_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        type_ = json__["type"]
        if type_ != "OAUTH1":
            raise ValueError(f"type must match const 'OAUTH1', got '{type_}'")

        oauth_token = json__["oauth_token"]

        oauth_token_secret = json__["oauth_token_secret"]

        obj__ = cls(
            type_,
            oauth_token,
            oauth_token_secret,
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
        "oauth_token",
        "oauth_token_secret",
    )
)
