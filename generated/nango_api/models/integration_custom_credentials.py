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
        d = dict(src_dict)
        type_ = cast(Literal["CUSTOM"], d.pop("type"))
        if type_ != "CUSTOM":
            raise ValueError(f"type must match const 'CUSTOM', got '{type_}'")

        def _parse_client_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_id = _parse_client_id(d.pop("client_id"))

        def _parse_client_secret(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_secret = _parse_client_secret(d.pop("client_secret"))

        def _parse_app_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        app_id = _parse_app_id(d.pop("app_id"))

        def _parse_app_link(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        app_link = _parse_app_link(d.pop("app_link"))

        def _parse_private_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        private_key = _parse_private_key(d.pop("private_key"))

        integration_custom_credentials = cls(
            type_=type_,
            client_id=client_id,
            client_secret=client_secret,
            app_id=app_id,
            app_link=app_link,
            private_key=private_key,
        )

        integration_custom_credentials.additional_properties = d
        return integration_custom_credentials

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
