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

T = TypeVar("T", bound="IntegrationTbaCredentials")


@_attrs_define
class IntegrationTbaCredentials:
    type_: Literal["TBA"]
    client_id: None | str
    client_secret: None | str
    scopes: None | str
    """ Comma-separated scopes. """
    webhook_secret: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        client_id: None | str
        client_id = self.client_id

        client_secret: None | str
        client_secret = self.client_secret

        scopes: None | str
        scopes = self.scopes

        webhook_secret: None | str
        webhook_secret = self.webhook_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "client_id": client_id,
                "client_secret": client_secret,
                "scopes": scopes,
                "webhook_secret": webhook_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["TBA"], d.pop("type"))
        if type_ != "TBA":
            raise ValueError(f"type must match const 'TBA', got '{type_}'")

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

        def _parse_scopes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        scopes = _parse_scopes(d.pop("scopes"))

        def _parse_webhook_secret(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        webhook_secret = _parse_webhook_secret(d.pop("webhook_secret"))

        integration_tba_credentials = cls(
            type_=type_,
            client_id=client_id,
            client_secret=client_secret,
            scopes=scopes,
            webhook_secret=webhook_secret,
        )

        integration_tba_credentials.additional_properties = d
        return integration_tba_credentials

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
