from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

T = TypeVar("T", bound="ConnectSessionConnectionConfig")


@_attrs_define
class ConnectSessionConnectionConfig:
    """Connection configuration defaults; any keys are accepted."""

    oauth_scopes_override: str | Unset = UNSET
    """ Comma-separated scopes replacing the integration's. """
    oauth_client_id_override: str | Unset = UNSET
    oauth_client_secret_override: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        oauth_scopes_override = self.oauth_scopes_override

        oauth_client_id_override = self.oauth_client_id_override

        oauth_client_secret_override = self.oauth_client_secret_override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if oauth_scopes_override is not UNSET:
            field_dict["oauth_scopes_override"] = oauth_scopes_override
        if oauth_client_id_override is not UNSET:
            field_dict["oauth_client_id_override"] = oauth_client_id_override
        if oauth_client_secret_override is not UNSET:
            field_dict["oauth_client_secret_override"] = oauth_client_secret_override

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 0
        oauth_scopes_override = json__.get("oauth_scopes_override", UNSET)
        keys__ += oauth_scopes_override is not UNSET

        oauth_client_id_override = json__.get("oauth_client_id_override", UNSET)
        keys__ += oauth_client_id_override is not UNSET

        oauth_client_secret_override = json__.get("oauth_client_secret_override", UNSET)
        keys__ += oauth_client_secret_override is not UNSET

        obj__ = cls(
            oauth_scopes_override,
            oauth_client_id_override,
            oauth_client_secret_override,
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
        "oauth_scopes_override",
        "oauth_client_id_override",
        "oauth_client_secret_override",
    )
)
