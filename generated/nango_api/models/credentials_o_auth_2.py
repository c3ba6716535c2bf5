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
    from nango_api.models.credentials_config_override import CredentialsConfigOverride
    from nango_api.models.json_object import JsonObject


T = TypeVar("T", bound="CredentialsOAuth2")


@_attrs_define
class CredentialsOAuth2:
    type_: Literal["OAUTH2"]
    access_token: str
    refresh_token: str | Unset = UNSET
    """ Only returned when `refresh_token=true` is requested. """
    expires_at: datetime.datetime | Unset = UNSET
    config_override: CredentialsConfigOverride | Unset = UNSET
    """ OAuth client overriding the integration's for this connection. """
    raw: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        access_token = self.access_token

        refresh_token = self.refresh_token

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        config_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_override, Unset):
            config_override = self.config_override.to_dict()

        raw: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raw, Unset):
            raw = self.raw.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "access_token": access_token,
            }
        )
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if config_override is not UNSET:
            field_dict["config_override"] = config_override
        if raw is not UNSET:
            field_dict["raw"] = raw

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 2
        type_ = json__["type"]
        if type_ != "OAUTH2":
            raise ValueError(f"type must match const 'OAUTH2', got '{type_}'")

        access_token = json__["access_token"]

        refresh_token = json__.get("refresh_token", UNSET)
        keys__ += refresh_token is not UNSET

        expires_at = json__.get("expires_at", UNSET)
        if expires_at is not UNSET:
            expires_at = (
                UNSET
                if isinstance(expires_at, Unset)
                else datetime.datetime.fromisoformat(expires_at)
            )
        keys__ += expires_at is not UNSET

        config_override = json__.get("config_override", UNSET)
        if config_override is not UNSET:
            config_override = (
                UNSET
                if isinstance(config_override, Unset)
                else _CredentialsConfigOverride_from_dict(config_override)
            )
        keys__ += config_override is not UNSET

        raw = json__.get("raw", UNSET)
        if raw is not UNSET:
            raw = UNSET if isinstance(raw, Unset) else _JsonObject_from_dict(raw)
        keys__ += raw is not UNSET

        obj__ = cls(
            type_,
            access_token,
            refresh_token,
            expires_at,
            config_override,
            raw,
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
        "access_token",
        "refresh_token",
        "expires_at",
        "config_override",
        "raw",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_CredentialsConfigOverride(
    src_dict: Mapping[str, Any],
) -> CredentialsConfigOverride:
    global _CredentialsConfigOverride_from_dict
    from nango_api.models.credentials_config_override import CredentialsConfigOverride

    _CredentialsConfigOverride_from_dict = CredentialsConfigOverride.from_dict
    return CredentialsConfigOverride.from_dict(src_dict)


_CredentialsConfigOverride_from_dict: Callable[
    [Mapping[str, Any]], CredentialsConfigOverride
] = _bind_CredentialsConfigOverride


def _bind_JsonObject(src_dict: Mapping[str, Any]) -> JsonObject:
    global _JsonObject_from_dict
    from nango_api.models.json_object import JsonObject

    _JsonObject_from_dict = JsonObject.from_dict
    return JsonObject.from_dict(src_dict)


_JsonObject_from_dict: Callable[[Mapping[str, Any]], JsonObject] = _bind_JsonObject
