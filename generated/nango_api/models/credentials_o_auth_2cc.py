from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.json_object import JsonObject


T = TypeVar("T", bound="CredentialsOAuth2CC")


@_attrs_define
class CredentialsOAuth2CC:
    """OAuth 2 client-credentials token."""

    type_: Literal["OAUTH2_CC"]
    token: str
    expires_at: datetime.datetime | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    client_certificate: str | Unset = UNSET
    client_private_key: str | Unset = UNSET
    raw: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        token = self.token

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        client_id = self.client_id

        client_secret = self.client_secret

        client_certificate = self.client_certificate

        client_private_key = self.client_private_key

        raw: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raw, Unset):
            raw = self.raw.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "token": token,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if client_certificate is not UNSET:
            field_dict["client_certificate"] = client_certificate
        if client_private_key is not UNSET:
            field_dict["client_private_key"] = client_private_key
        if raw is not UNSET:
            field_dict["raw"] = raw

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        type_ = json__["type"]
        if type_ != "OAUTH2_CC":
            raise ValueError(f"type must match const 'OAUTH2_CC', got '{type_}'")

        token = json__["token"]

        expires_at = json__.get("expires_at", UNSET)
        if expires_at is not UNSET:
            expires_at = (
                UNSET
                if isinstance(expires_at, Unset)
                else datetime.datetime.fromisoformat(expires_at)
            )

        client_id = json__.get("client_id", UNSET)

        client_secret = json__.get("client_secret", UNSET)

        client_certificate = json__.get("client_certificate", UNSET)

        client_private_key = json__.get("client_private_key", UNSET)

        raw = json__.get("raw", UNSET)
        if raw is not UNSET:
            raw = UNSET if isinstance(raw, Unset) else _JsonObject_from_dict(raw)

        obj__ = cls(
            type_,
            token,
            expires_at,
            client_id,
            client_secret,
            client_certificate,
            client_private_key,
            raw,
        )
        if not _KEYS.issuperset(json__):
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
        "client_id",
        "client_secret",
        "client_certificate",
        "client_private_key",
        "raw",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_JsonObject(src_dict: Mapping[str, Any]) -> JsonObject:
    global _JsonObject_from_dict
    from nango_api.models.json_object import JsonObject

    _JsonObject_from_dict = JsonObject.from_dict
    return JsonObject.from_dict(src_dict)


_JsonObject_from_dict: Callable[[Mapping[str, Any]], JsonObject] = _bind_JsonObject
