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

T = TypeVar("T", bound="IntegrationOAuth1CredentialsInput")


@_attrs_define
class IntegrationOAuth1CredentialsInput:
    type_: Literal["OAUTH1"]
    client_id: str
    client_secret: str
    scopes: str | Unset = UNSET
    """ Comma-separated scopes. """
    webhook_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        client_id = self.client_id

        client_secret = self.client_secret

        scopes = self.scopes

        webhook_secret = self.webhook_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "client_id": client_id,
                "client_secret": client_secret,
            }
        )
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 3
        type_ = json__["type"]
        if type_ != "OAUTH1":
            raise ValueError(f"type must match const 'OAUTH1', got '{type_}'")

        client_id = json__["client_id"]

        client_secret = json__["client_secret"]

        scopes = json__.get("scopes", UNSET)
        keys__ += scopes is not UNSET

        webhook_secret = json__.get("webhook_secret", UNSET)
        keys__ += webhook_secret is not UNSET

        obj__ = cls(
            type_,
            client_id,
            client_secret,
            scopes,
            webhook_secret,
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
        "client_id",
        "client_secret",
        "scopes",
        "webhook_secret",
    )
)
