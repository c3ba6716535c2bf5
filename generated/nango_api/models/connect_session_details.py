from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.connect_session_integrations_config_defaults import (
        ConnectSessionIntegrationsConfigDefaults,
    )
    from nango_api.models.connect_session_overrides import ConnectSessionOverrides
    from nango_api.models.connect_ui_settings import ConnectUISettings
    from nango_api.models.end_user import EndUser


T = TypeVar("T", bound="ConnectSessionDetails")


@_attrs_define
class ConnectSessionDetails:
    """A connect session as `GET /connect/session` answers (what a real server sends, not Nango's official description):
    the end user (`null` when the session was created with tags only), the Connect UI settings, and the session's
    options when it has them.

    """

    end_user: EndUser | None
    connect_ui_settings: ConnectUISettings
    """ How the Connect UI looks for this environment. """
    allowed_integrations: list[str] | Unset = UNSET
    integrations_config_defaults: ConnectSessionIntegrationsConfigDefaults | Unset = (
        UNSET
    )
    """ Per-integration defaults, keyed by integration key. """
    overrides: ConnectSessionOverrides | Unset = UNSET
    """ Connect UI overrides, keyed by integration key. """
    is_reconnecting: bool | Unset = UNSET
    """ Present (true) for a reconnect session. """
    websockets_path: str | Unset = UNSET
    """ The server's WebSocket path (self-hosted servers only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from nango_api.models.end_user import EndUser

        end_user: dict[str, Any] | None
        if isinstance(self.end_user, EndUser):
            end_user = self.end_user.to_dict()
        else:
            end_user = self.end_user

        connect_ui_settings = self.connect_ui_settings.to_dict()

        allowed_integrations: list[str] | Unset = UNSET
        if not isinstance(self.allowed_integrations, Unset):
            allowed_integrations = self.allowed_integrations

        integrations_config_defaults: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integrations_config_defaults, Unset):
            integrations_config_defaults = self.integrations_config_defaults.to_dict()

        overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overrides, Unset):
            overrides = self.overrides.to_dict()

        is_reconnecting = self.is_reconnecting

        websockets_path = self.websockets_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endUser": end_user,
                "connectUISettings": connect_ui_settings,
            }
        )
        if allowed_integrations is not UNSET:
            field_dict["allowed_integrations"] = allowed_integrations
        if integrations_config_defaults is not UNSET:
            field_dict["integrations_config_defaults"] = integrations_config_defaults
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        if is_reconnecting is not UNSET:
            field_dict["isReconnecting"] = is_reconnecting
        if websockets_path is not UNSET:
            field_dict["websocketsPath"] = websockets_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 2
        end_user = json__["endUser"]
        if isinstance(end_user, dict):
            try:
                end_user = _EndUser_from_dict(end_user)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        connect_ui_settings = _ConnectUISettings_from_dict(json__["connectUISettings"])

        allowed_integrations = json__.get("allowed_integrations", UNSET)
        keys__ += allowed_integrations is not UNSET

        integrations_config_defaults = json__.get("integrations_config_defaults", UNSET)
        if integrations_config_defaults is not UNSET:
            integrations_config_defaults = (
                UNSET
                if isinstance(integrations_config_defaults, Unset)
                else _ConnectSessionIntegrationsConfigDefaults_from_dict(
                    integrations_config_defaults
                )
            )
        keys__ += integrations_config_defaults is not UNSET

        overrides = json__.get("overrides", UNSET)
        if overrides is not UNSET:
            overrides = (
                UNSET
                if isinstance(overrides, Unset)
                else _ConnectSessionOverrides_from_dict(overrides)
            )
        keys__ += overrides is not UNSET

        is_reconnecting = json__.get("isReconnecting", UNSET)
        keys__ += is_reconnecting is not UNSET

        websockets_path = json__.get("websocketsPath", UNSET)
        keys__ += websockets_path is not UNSET

        obj__ = cls(
            end_user,
            connect_ui_settings,
            allowed_integrations,
            integrations_config_defaults,
            overrides,
            is_reconnecting,
            websockets_path,
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
        "endUser",
        "connectUISettings",
        "allowed_integrations",
        "integrations_config_defaults",
        "overrides",
        "isReconnecting",
        "websocketsPath",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_ConnectSessionIntegrationsConfigDefaults(
    src_dict: Mapping[str, Any],
) -> ConnectSessionIntegrationsConfigDefaults:
    global _ConnectSessionIntegrationsConfigDefaults_from_dict
    from nango_api.models.connect_session_integrations_config_defaults import (
        ConnectSessionIntegrationsConfigDefaults,
    )

    _ConnectSessionIntegrationsConfigDefaults_from_dict = (
        ConnectSessionIntegrationsConfigDefaults.from_dict
    )
    return ConnectSessionIntegrationsConfigDefaults.from_dict(src_dict)


_ConnectSessionIntegrationsConfigDefaults_from_dict: Callable[
    [Mapping[str, Any]], ConnectSessionIntegrationsConfigDefaults
] = _bind_ConnectSessionIntegrationsConfigDefaults


def _bind_ConnectSessionOverrides(
    src_dict: Mapping[str, Any],
) -> ConnectSessionOverrides:
    global _ConnectSessionOverrides_from_dict
    from nango_api.models.connect_session_overrides import ConnectSessionOverrides

    _ConnectSessionOverrides_from_dict = ConnectSessionOverrides.from_dict
    return ConnectSessionOverrides.from_dict(src_dict)


_ConnectSessionOverrides_from_dict: Callable[
    [Mapping[str, Any]], ConnectSessionOverrides
] = _bind_ConnectSessionOverrides


def _bind_ConnectUISettings(src_dict: Mapping[str, Any]) -> ConnectUISettings:
    global _ConnectUISettings_from_dict
    from nango_api.models.connect_ui_settings import ConnectUISettings

    _ConnectUISettings_from_dict = ConnectUISettings.from_dict
    return ConnectUISettings.from_dict(src_dict)


_ConnectUISettings_from_dict: Callable[[Mapping[str, Any]], ConnectUISettings] = (
    _bind_ConnectUISettings
)


def _bind_EndUser(src_dict: Mapping[str, Any]) -> EndUser:
    global _EndUser_from_dict
    from nango_api.models.end_user import EndUser

    _EndUser_from_dict = EndUser.from_dict
    return EndUser.from_dict(src_dict)


_EndUser_from_dict: Callable[[Mapping[str, Any]], EndUser] = _bind_EndUser
