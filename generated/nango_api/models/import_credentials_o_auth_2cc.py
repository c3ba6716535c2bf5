from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
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
        d = dict(src_dict)
        type_ = cast(Literal["OAUTH2_CC"], d.pop("type"))
        if type_ != "OAUTH2_CC":
            raise ValueError(f"type must match const 'OAUTH2_CC', got '{type_}'")

        token = d.pop("token")

        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        client_certificate = d.pop("client_certificate", UNSET)

        client_private_key = d.pop("client_private_key", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        import_credentials_o_auth_2cc = cls(
            type_=type_,
            token=token,
            client_id=client_id,
            client_secret=client_secret,
            client_certificate=client_certificate,
            client_private_key=client_private_key,
            expires_at=expires_at,
        )

        import_credentials_o_auth_2cc.additional_properties = d
        return import_credentials_o_auth_2cc

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
