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

from nango_api.types import UNSET, Unset

T = TypeVar("T", bound="ImportCredentialsOAuth2CC")


@_attrs_define
class ImportCredentialsOAuth2CC:
    type_: Literal["OAUTH2_CC"]
    token: str
    client_id: str
    client_secret: str
    client_certificate: str | Unset = UNSET
    client_private_key: str | Unset = UNSET
    expires_at: str | Unset = UNSET
    """ Expiry as an ISO 8601 date-time (e.g. `2030-01-01T00:00:00Z`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        token = self.token

        client_id = self.client_id

        client_secret = self.client_secret

        client_certificate = self.client_certificate

        client_private_key = self.client_private_key

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "token": token,
                "client_id": client_id,
                "client_secret": client_secret,
            }
        )
        if client_certificate is not UNSET:
            field_dict["client_certificate"] = client_certificate
        if client_private_key is not UNSET:
            field_dict["client_private_key"] = client_private_key
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 4
        type_ = json__["type"]
        if type_ != "OAUTH2_CC":
            raise ValueError(f"type must match const 'OAUTH2_CC', got '{type_}'")

        token = json__["token"]

        client_id = json__["client_id"]

        client_secret = json__["client_secret"]

        client_certificate = json__.get("client_certificate", UNSET)
        keys__ += client_certificate is not UNSET

        client_private_key = json__.get("client_private_key", UNSET)
        keys__ += client_private_key is not UNSET

        expires_at = json__.get("expires_at", UNSET)
        keys__ += expires_at is not UNSET

        obj__ = cls(
            type_,
            token,
            client_id,
            client_secret,
            client_certificate,
            client_private_key,
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
        "token",
        "client_id",
        "client_secret",
        "client_certificate",
        "client_private_key",
        "expires_at",
    )
)
