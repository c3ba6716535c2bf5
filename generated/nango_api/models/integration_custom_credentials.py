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

T = TypeVar("T", bound="IntegrationCustomCredentials")


@_attrs_define
class IntegrationCustomCredentials:
    type_: Literal["CUSTOM"]
    client_id: None | str
    client_secret: None | str
    app_id: None | str
    app_link: None | str
    private_key: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        client_id: None | str
        client_id = self.client_id

        client_secret: None | str
        client_secret = self.client_secret

        app_id: None | str
        app_id = self.app_id

        app_link: None | str
        app_link = self.app_link

        private_key: None | str
        private_key = self.private_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "client_id": client_id,
                "client_secret": client_secret,
                "app_id": app_id,
                "app_link": app_link,
                "private_key": private_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        type_ = json__["type"]
        if type_ != "CUSTOM":
            raise ValueError(f"type must match const 'CUSTOM', got '{type_}'")

        client_id = json__["client_id"]

        client_secret = json__["client_secret"]

        app_id = json__["app_id"]

        app_link = json__["app_link"]

        private_key = json__["private_key"]

        obj__ = cls(
            type_,
            client_id,
            client_secret,
            app_id,
            app_link,
            private_key,
        )
        if len(json__) != 6:
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
        "app_id",
        "app_link",
        "private_key",
    )
)
