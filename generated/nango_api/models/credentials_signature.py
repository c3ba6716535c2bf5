from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

T = TypeVar("T", bound="CredentialsSignature")


@_attrs_define
class CredentialsSignature:
    type_: Literal["SIGNATURE"]
    username: str
    password: str
    token: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        username = self.username

        password = self.password

        token = self.token

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "username": username,
                "password": password,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 3
        type_ = json__["type"]
        if type_ != "SIGNATURE":
            raise ValueError(f"type must match const 'SIGNATURE', got '{type_}'")

        username = json__["username"]

        password = json__["password"]

        token = json__.get("token", UNSET)
        keys__ += token is not UNSET

        expires_at = json__.get("expires_at", UNSET)
        if expires_at is not UNSET:
            expires_at = (
                UNSET
                if isinstance(expires_at, Unset)
                else datetime.datetime.fromisoformat(expires_at)
            )
        keys__ += expires_at is not UNSET

        obj__ = cls(
            type_,
            username,
            password,
            token,
            expires_at,
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
        "type",
        "username",
        "password",
        "token",
        "expires_at",
    )
)
