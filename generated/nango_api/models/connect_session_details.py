from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
        from nango_api.models.connect_session_integrations_config_defaults import (
            ConnectSessionIntegrationsConfigDefaults,
        )
        from nango_api.models.connect_session_overrides import ConnectSessionOverrides
        from nango_api.models.connect_ui_settings import ConnectUISettings
        from nango_api.models.end_user import EndUser

        d = dict(src_dict)

        def _parse_end_user(data: object) -> EndUser | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                end_user_type_0 = EndUser.from_dict(data)

                return end_user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndUser | None, data)

        end_user = _parse_end_user(d.pop("endUser"))

        connect_ui_settings = ConnectUISettings.from_dict(d.pop("connectUISettings"))

        allowed_integrations = cast(list[str], d.pop("allowed_integrations", UNSET))

        _integrations_config_defaults = d.pop("integrations_config_defaults", UNSET)
        integrations_config_defaults: ConnectSessionIntegrationsConfigDefaults | Unset
        if isinstance(_integrations_config_defaults, Unset):
            integrations_config_defaults = UNSET
        else:
            integrations_config_defaults = (
                ConnectSessionIntegrationsConfigDefaults.from_dict(
                    _integrations_config_defaults
                )
            )

        _overrides = d.pop("overrides", UNSET)
        overrides: ConnectSessionOverrides | Unset
        if isinstance(_overrides, Unset):
            overrides = UNSET
        else:
            overrides = ConnectSessionOverrides.from_dict(_overrides)

        is_reconnecting = d.pop("isReconnecting", UNSET)

        websockets_path = d.pop("websocketsPath", UNSET)

        connect_session_details = cls(
            end_user=end_user,
            connect_ui_settings=connect_ui_settings,
            allowed_integrations=allowed_integrations,
            integrations_config_defaults=integrations_config_defaults,
            overrides=overrides,
            is_reconnecting=is_reconnecting,
            websockets_path=websockets_path,
        )

        connect_session_details.additional_properties = d
        return connect_session_details

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
