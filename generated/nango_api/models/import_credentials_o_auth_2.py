from __future__ import annotations

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
    from nango_api.models.credentials_config_override import CredentialsConfigOverride


T = TypeVar("T", bound="ImportCredentialsOAuth2")


@_attrs_define
class ImportCredentialsOAuth2:
    type_: Literal["OAUTH2"]
    access_token: str
    refresh_token: str | Unset = UNSET
    expires_at: str | Unset = UNSET
    """ Expiry as an ISO 8601 date-time (e.g. `2030-01-01T00:00:00Z`). """
    config_override: CredentialsConfigOverride | Unset = UNSET
    """ OAuth client overriding the integration's for this connection. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        access_token = self.access_token

        refresh_token = self.refresh_token

        expires_at = self.expires_at

        config_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_override, Unset):
            config_override = self.config_override.to_dict()

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from nango_api.models.credentials_config_override import (
            CredentialsConfigOverride,
        )

        d = dict(src_dict)
        type_ = cast(Literal["OAUTH2"], d.pop("type"))
        if type_ != "OAUTH2":
            raise ValueError(f"type must match const 'OAUTH2', got '{type_}'")

        access_token = d.pop("access_token")

        refresh_token = d.pop("refresh_token", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        _config_override = d.pop("config_override", UNSET)
        config_override: CredentialsConfigOverride | Unset
        if isinstance(_config_override, Unset):
            config_override = UNSET
        else:
            config_override = CredentialsConfigOverride.from_dict(_config_override)

        import_credentials_o_auth_2 = cls(
            type_=type_,
            access_token=access_token,
            refresh_token=refresh_token,
            expires_at=expires_at,
            config_override=config_override,
        )

        import_credentials_o_auth_2.additional_properties = d
        return import_credentials_o_auth_2

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
