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

T = TypeVar("T", bound="CredentialsJwt")


@_attrs_define
class CredentialsJwt:
    type_: Literal["JWT"]
    token: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    private_key_id: str | Unset = UNSET
    issuer_id: str | Unset = UNSET
    private_key: Any | Unset = UNSET
    """ The private key: a string (`id:secret`), or an object `{id, secret}`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        token = self.token

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        private_key_id = self.private_key_id

        issuer_id = self.issuer_id

        private_key = self.private_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if private_key_id is not UNSET:
            field_dict["privateKeyId"] = private_key_id
        if issuer_id is not UNSET:
            field_dict["issuerId"] = issuer_id
        if private_key is not UNSET:
            field_dict["privateKey"] = private_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 1
        type_ = json__["type"]
        if type_ != "JWT":
            raise ValueError(f"type must match const 'JWT', got '{type_}'")

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

        private_key_id = json__.get("privateKeyId", UNSET)
        keys__ += private_key_id is not UNSET

        issuer_id = json__.get("issuerId", UNSET)
        keys__ += issuer_id is not UNSET

        private_key = json__.get("privateKey", UNSET)
        keys__ += private_key is not UNSET

        obj__ = cls(
            type_,
            token,
            expires_at,
            private_key_id,
            issuer_id,
            private_key,
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
        "token",
        "expires_at",
        "privateKeyId",
        "issuerId",
        "privateKey",
    )
)
