from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.json_object import JsonObject


T = TypeVar("T", bound="CredentialsBill")


@_attrs_define
class CredentialsBill:
    type_: Literal["BILL"]
    username: str
    password: str
    organization_id: str
    dev_key: str
    session_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    raw: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        username = self.username

        password = self.password

        organization_id = self.organization_id

        dev_key = self.dev_key

        session_id = self.session_id

        user_id = self.user_id

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        raw: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raw, Unset):
            raw = self.raw.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "username": username,
                "password": password,
                "organization_id": organization_id,
                "dev_key": dev_key,
            }
        )
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if raw is not UNSET:
            field_dict["raw"] = raw

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from nango_api.models.json_object import JsonObject

        d = dict(src_dict)
        type_ = cast(Literal["BILL"], d.pop("type"))
        if type_ != "BILL":
            raise ValueError(f"type must match const 'BILL', got '{type_}'")

        username = d.pop("username")

        password = d.pop("password")

        organization_id = d.pop("organization_id")

        dev_key = d.pop("dev_key")

        session_id = d.pop("session_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        _raw = d.pop("raw", UNSET)
        raw: JsonObject | Unset
        if isinstance(_raw, Unset):
            raw = UNSET
        else:
            raw = JsonObject.from_dict(_raw)

        credentials_bill = cls(
            type_=type_,
            username=username,
            password=password,
            organization_id=organization_id,
            dev_key=dev_key,
            session_id=session_id,
            user_id=user_id,
            expires_at=expires_at,
            raw=raw,
        )

        credentials_bill.additional_properties = d
        return credentials_bill

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
