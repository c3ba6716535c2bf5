from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.connect_session_authorization_params import (
        ConnectSessionAuthorizationParams,
    )
    from nango_api.models.connect_session_connection_config import (
        ConnectSessionConnectionConfig,
    )


T = TypeVar("T", bound="ConnectSessionIntegrationConfig")


@_attrs_define
class ConnectSessionIntegrationConfig:
    """Defaults for one integration in a connect session."""

    user_scopes: str | Unset = UNSET
    """ Comma-separated user scopes (providers with user-level scopes). """
    authorization_params: ConnectSessionAuthorizationParams | Unset = UNSET
    """ Extra query parameters for the provider's authorization URL. """
    connection_config: ConnectSessionConnectionConfig | Unset = UNSET
    """ Connection configuration defaults; any keys are accepted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_scopes = self.user_scopes

        authorization_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authorization_params, Unset):
            authorization_params = self.authorization_params.to_dict()

        connection_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection_config, Unset):
            connection_config = self.connection_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_scopes is not UNSET:
            field_dict["user_scopes"] = user_scopes
        if authorization_params is not UNSET:
            field_dict["authorization_params"] = authorization_params
        if connection_config is not UNSET:
            field_dict["connection_config"] = connection_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 0
        user_scopes = json__.get("user_scopes", UNSET)
        keys__ += user_scopes is not UNSET

        authorization_params = json__.get("authorization_params", UNSET)
        if authorization_params is not UNSET:
            authorization_params = (
                UNSET
                if isinstance(authorization_params, Unset)
                else _ConnectSessionAuthorizationParams_from_dict(authorization_params)
            )
        keys__ += authorization_params is not UNSET

        connection_config = json__.get("connection_config", UNSET)
        if connection_config is not UNSET:
            connection_config = (
                UNSET
                if isinstance(connection_config, Unset)
                else _ConnectSessionConnectionConfig_from_dict(connection_config)
            )
        keys__ += connection_config is not UNSET

        obj__ = cls(
            user_scopes,
            authorization_params,
            connection_config,
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
        "user_scopes",
        "authorization_params",
        "connection_config",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_ConnectSessionAuthorizationParams(
    src_dict: Mapping[str, Any],
) -> ConnectSessionAuthorizationParams:
    global _ConnectSessionAuthorizationParams_from_dict
    from nango_api.models.connect_session_authorization_params import (
        ConnectSessionAuthorizationParams,
    )

    _ConnectSessionAuthorizationParams_from_dict = (
        ConnectSessionAuthorizationParams.from_dict
    )
    return ConnectSessionAuthorizationParams.from_dict(src_dict)


_ConnectSessionAuthorizationParams_from_dict: Callable[
    [Mapping[str, Any]], ConnectSessionAuthorizationParams
] = _bind_ConnectSessionAuthorizationParams


def _bind_ConnectSessionConnectionConfig(
    src_dict: Mapping[str, Any],
) -> ConnectSessionConnectionConfig:
    global _ConnectSessionConnectionConfig_from_dict
    from nango_api.models.connect_session_connection_config import (
        ConnectSessionConnectionConfig,
    )

    _ConnectSessionConnectionConfig_from_dict = ConnectSessionConnectionConfig.from_dict
    return ConnectSessionConnectionConfig.from_dict(src_dict)


_ConnectSessionConnectionConfig_from_dict: Callable[
    [Mapping[str, Any]], ConnectSessionConnectionConfig
] = _bind_ConnectSessionConnectionConfig
