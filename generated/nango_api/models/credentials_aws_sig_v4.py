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


T = TypeVar("T", bound="CredentialsAwsSigV4")


@_attrs_define
class CredentialsAwsSigV4:
    """Temporary AWS credentials obtained by assuming `role_arn`."""

    type_: Literal["AWS_SIGV4"]
    role_arn: str | Unset = UNSET
    region: str | Unset = UNSET
    service: str | Unset = UNSET
    access_key_id: str | Unset = UNSET
    secret_access_key: str | Unset = UNSET
    session_token: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    external_id: str | Unset = UNSET
    raw: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        role_arn = self.role_arn

        region = self.region

        service = self.service

        access_key_id = self.access_key_id

        secret_access_key = self.secret_access_key

        session_token = self.session_token

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        external_id = self.external_id

        raw: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raw, Unset):
            raw = self.raw.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if role_arn is not UNSET:
            field_dict["role_arn"] = role_arn
        if region is not UNSET:
            field_dict["region"] = region
        if service is not UNSET:
            field_dict["service"] = service
        if access_key_id is not UNSET:
            field_dict["access_key_id"] = access_key_id
        if secret_access_key is not UNSET:
            field_dict["secret_access_key"] = secret_access_key
        if session_token is not UNSET:
            field_dict["session_token"] = session_token
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if raw is not UNSET:
            field_dict["raw"] = raw

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        type_ = json__["type"]
        if type_ != "AWS_SIGV4":
            raise ValueError(f"type must match const 'AWS_SIGV4', got '{type_}'")

        role_arn = json__.get("role_arn", UNSET)

        region = json__.get("region", UNSET)

        service = json__.get("service", UNSET)

        access_key_id = json__.get("access_key_id", UNSET)

        secret_access_key = json__.get("secret_access_key", UNSET)

        session_token = json__.get("session_token", UNSET)

        expires_at = json__.get("expires_at", UNSET)
        if expires_at is not UNSET:
            expires_at = (
                UNSET
                if isinstance(expires_at, Unset)
                else datetime.datetime.fromisoformat(expires_at)
            )

        external_id = json__.get("external_id", UNSET)

        raw = json__.get("raw", UNSET)
        if raw is not UNSET:
            raw = UNSET if isinstance(raw, Unset) else _JsonObject_from_dict(raw)

        obj__ = cls(
            type_,
            role_arn,
            region,
            service,
            access_key_id,
            secret_access_key,
            session_token,
            expires_at,
            external_id,
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
        "role_arn",
        "region",
        "service",
        "access_key_id",
        "secret_access_key",
        "session_token",
        "expires_at",
        "external_id",
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
