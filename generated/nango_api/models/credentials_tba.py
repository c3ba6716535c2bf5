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


T = TypeVar("T", bound="CredentialsTba")


@_attrs_define
class CredentialsTba:
    """NetSuite token-based authentication."""

    type_: Literal["TBA"]
    token_id: str
    token_secret: str
    config_override: CredentialsConfigOverride | Unset = UNSET
    """ OAuth client overriding the integration's for this connection. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        token_id = self.token_id

        token_secret = self.token_secret

        config_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_override, Unset):
            config_override = self.config_override.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "token_id": token_id,
                "token_secret": token_secret,
            }
        )
        if config_override is not UNSET:
            field_dict["config_override"] = config_override

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from nango_api.models.credentials_config_override import (
            CredentialsConfigOverride,
        )

        d = dict(src_dict)
        type_ = cast(Literal["TBA"], d.pop("type"))
        if type_ != "TBA":
            raise ValueError(f"type must match const 'TBA', got '{type_}'")

        token_id = d.pop("token_id")

        token_secret = d.pop("token_secret")

        _config_override = d.pop("config_override", UNSET)
        config_override: CredentialsConfigOverride | Unset
        if isinstance(_config_override, Unset):
            config_override = UNSET
        else:
            config_override = CredentialsConfigOverride.from_dict(_config_override)

        credentials_tba = cls(
            type_=type_,
            token_id=token_id,
            token_secret=token_secret,
            config_override=config_override,
        )

        credentials_tba.additional_properties = d
        return credentials_tba

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
