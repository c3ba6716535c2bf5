from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.integration_app_credentials import IntegrationAppCredentials
    from nango_api.models.integration_credentials_label import (
        IntegrationCredentialsLabel,
    )
    from nango_api.models.integration_custom_credentials import (
        IntegrationCustomCredentials,
    )
    from nango_api.models.integration_o_auth_1_credentials import (
        IntegrationOAuth1Credentials,
    )
    from nango_api.models.integration_o_auth_2_credentials import (
        IntegrationOAuth2Credentials,
    )
    from nango_api.models.integration_other_credentials import (
        IntegrationOtherCredentials,
    )
    from nango_api.models.integration_tba_credentials import IntegrationTbaCredentials


T = TypeVar("T", bound="Integration")


@_attrs_define
class Integration:
    """An integration (a provider configured in the environment)."""

    unique_key: str
    """ The integration ID (a.k.a. provider config key). """
    provider: str
    """ The provider name. """
    display_name: str
    """ Display name (defaults to the provider's). """
    logo: str
    """ URL of the provider's logo (SVG). """
    forward_webhooks: bool
    """ Whether provider webhooks are forwarded to your webhook URL. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    credentials_label: IntegrationCredentialsLabel | Unset = UNSET
    """ Connect UI labels for credential fields, e.g. `{"apiKey": "Workspace token"}`. """
    preconfigured_credentials: list[str] | Unset = UNSET
    """ Names of credential fields already set at the integration level. """
    preconfigured_connection_config: list[str] | Unset = UNSET
    """ Names of connection-config fields already set at the integration level. """
    webhook_url: None | str | Unset = UNSET
    """ Webhook URL to configure at the provider (with `include=webhook`). """
    credentials: (
        IntegrationAppCredentials
        | IntegrationCustomCredentials
        | IntegrationOAuth1Credentials
        | IntegrationOAuth2Credentials
        | IntegrationOtherCredentials
        | IntegrationTbaCredentials
        | None
        | Unset
    ) = UNSET
    """ The integration's OAuth/app credentials (with `include=credentials`), or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from nango_api.models.integration_app_credentials import (
            IntegrationAppCredentials,
        )
        from nango_api.models.integration_custom_credentials import (
            IntegrationCustomCredentials,
        )
        from nango_api.models.integration_o_auth_1_credentials import (
            IntegrationOAuth1Credentials,
        )
        from nango_api.models.integration_o_auth_2_credentials import (
            IntegrationOAuth2Credentials,
        )
        from nango_api.models.integration_other_credentials import (
            IntegrationOtherCredentials,
        )
        from nango_api.models.integration_tba_credentials import (
            IntegrationTbaCredentials,
        )

        unique_key = self.unique_key

        provider = self.provider

        display_name = self.display_name

        logo = self.logo

        forward_webhooks = self.forward_webhooks

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        credentials_label: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials_label, Unset):
            credentials_label = self.credentials_label.to_dict()

        preconfigured_credentials: list[str] | Unset = UNSET
        if not isinstance(self.preconfigured_credentials, Unset):
            preconfigured_credentials = self.preconfigured_credentials

        preconfigured_connection_config: list[str] | Unset = UNSET
        if not isinstance(self.preconfigured_connection_config, Unset):
            preconfigured_connection_config = self.preconfigured_connection_config

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        credentials: dict[str, Any] | None | Unset
        if isinstance(self.credentials, Unset):
            credentials = UNSET
        elif (
            isinstance(self.credentials, IntegrationCustomCredentials)
            or isinstance(self.credentials, IntegrationAppCredentials)
            or isinstance(self.credentials, IntegrationOAuth2Credentials)
            or isinstance(self.credentials, IntegrationOAuth1Credentials)
            or isinstance(self.credentials, IntegrationTbaCredentials)
            or isinstance(self.credentials, IntegrationOtherCredentials)
        ):
            credentials = self.credentials.to_dict()
        else:
            credentials = self.credentials

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unique_key": unique_key,
                "provider": provider,
                "display_name": display_name,
                "logo": logo,
                "forward_webhooks": forward_webhooks,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if credentials_label is not UNSET:
            field_dict["credentials_label"] = credentials_label
        if preconfigured_credentials is not UNSET:
            field_dict["preconfigured_credentials"] = preconfigured_credentials
        if preconfigured_connection_config is not UNSET:
            field_dict["preconfigured_connection_config"] = (
                preconfigured_connection_config
            )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if credentials is not UNSET:
            field_dict["credentials"] = credentials

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 7
        unique_key = json__["unique_key"]

        provider = json__["provider"]

        display_name = json__["display_name"]

        logo = json__["logo"]

        forward_webhooks = json__["forward_webhooks"]

        created_at = datetime.datetime.fromisoformat(json__["created_at"])

        updated_at = datetime.datetime.fromisoformat(json__["updated_at"])

        credentials_label = json__.get("credentials_label", UNSET)
        if credentials_label is not UNSET:
            credentials_label = (
                UNSET
                if isinstance(credentials_label, Unset)
                else _IntegrationCredentialsLabel_from_dict(credentials_label)
            )
        keys__ += credentials_label is not UNSET

        preconfigured_credentials = json__.get("preconfigured_credentials", UNSET)
        keys__ += preconfigured_credentials is not UNSET

        preconfigured_connection_config = json__.get(
            "preconfigured_connection_config", UNSET
        )
        keys__ += preconfigured_connection_config is not UNSET

        webhook_url = json__.get("webhook_url", UNSET)
        keys__ += webhook_url is not UNSET

        credentials = _parse_credentials(json__.get("credentials", UNSET))
        keys__ += credentials is not UNSET

        obj__ = cls(
            unique_key,
            provider,
            display_name,
            logo,
            forward_webhooks,
            created_at,
            updated_at,
            credentials_label,
            preconfigured_credentials,
            preconfigured_connection_config,
            webhook_url,
            credentials,
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
        "unique_key",
        "provider",
        "display_name",
        "logo",
        "forward_webhooks",
        "created_at",
        "updated_at",
        "credentials_label",
        "preconfigured_credentials",
        "preconfigured_connection_config",
        "webhook_url",
        "credentials",
    )
)


def _parse_credentials(
    data: object,
) -> (
    IntegrationAppCredentials
    | IntegrationCustomCredentials
    | IntegrationOAuth1Credentials
    | IntegrationOAuth2Credentials
    | IntegrationOtherCredentials
    | IntegrationTbaCredentials
    | None
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        try:
            return _IntegrationCustomCredentials_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _IntegrationAppCredentials_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _IntegrationOAuth2Credentials_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _IntegrationOAuth1Credentials_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _IntegrationTbaCredentials_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _IntegrationOtherCredentials_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(
        "IntegrationAppCredentials | IntegrationCustomCredentials | IntegrationOAuth1Credentials | IntegrationOAuth2Credentials | IntegrationOtherCredentials | IntegrationTbaCredentials | None | Unset",
        data,
    )


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_IntegrationAppCredentials(
    src_dict: Mapping[str, Any],
) -> IntegrationAppCredentials:
    global _IntegrationAppCredentials_from_dict
    from nango_api.models.integration_app_credentials import IntegrationAppCredentials

    _IntegrationAppCredentials_from_dict = IntegrationAppCredentials.from_dict
    return IntegrationAppCredentials.from_dict(src_dict)


_IntegrationAppCredentials_from_dict: Callable[
    [Mapping[str, Any]], IntegrationAppCredentials
] = _bind_IntegrationAppCredentials


def _bind_IntegrationCredentialsLabel(
    src_dict: Mapping[str, Any],
) -> IntegrationCredentialsLabel:
    global _IntegrationCredentialsLabel_from_dict
    from nango_api.models.integration_credentials_label import (
        IntegrationCredentialsLabel,
    )

    _IntegrationCredentialsLabel_from_dict = IntegrationCredentialsLabel.from_dict
    return IntegrationCredentialsLabel.from_dict(src_dict)


_IntegrationCredentialsLabel_from_dict: Callable[
    [Mapping[str, Any]], IntegrationCredentialsLabel
] = _bind_IntegrationCredentialsLabel


def _bind_IntegrationCustomCredentials(
    src_dict: Mapping[str, Any],
) -> IntegrationCustomCredentials:
    global _IntegrationCustomCredentials_from_dict
    from nango_api.models.integration_custom_credentials import (
        IntegrationCustomCredentials,
    )

    _IntegrationCustomCredentials_from_dict = IntegrationCustomCredentials.from_dict
    return IntegrationCustomCredentials.from_dict(src_dict)


_IntegrationCustomCredentials_from_dict: Callable[
    [Mapping[str, Any]], IntegrationCustomCredentials
] = _bind_IntegrationCustomCredentials


def _bind_IntegrationOAuth1Credentials(
    src_dict: Mapping[str, Any],
) -> IntegrationOAuth1Credentials:
    global _IntegrationOAuth1Credentials_from_dict
    from nango_api.models.integration_o_auth_1_credentials import (
        IntegrationOAuth1Credentials,
    )

    _IntegrationOAuth1Credentials_from_dict = IntegrationOAuth1Credentials.from_dict
    return IntegrationOAuth1Credentials.from_dict(src_dict)


_IntegrationOAuth1Credentials_from_dict: Callable[
    [Mapping[str, Any]], IntegrationOAuth1Credentials
] = _bind_IntegrationOAuth1Credentials


def _bind_IntegrationOAuth2Credentials(
    src_dict: Mapping[str, Any],
) -> IntegrationOAuth2Credentials:
    global _IntegrationOAuth2Credentials_from_dict
    from nango_api.models.integration_o_auth_2_credentials import (
        IntegrationOAuth2Credentials,
    )

    _IntegrationOAuth2Credentials_from_dict = IntegrationOAuth2Credentials.from_dict
    return IntegrationOAuth2Credentials.from_dict(src_dict)


_IntegrationOAuth2Credentials_from_dict: Callable[
    [Mapping[str, Any]], IntegrationOAuth2Credentials
] = _bind_IntegrationOAuth2Credentials


def _bind_IntegrationOtherCredentials(
    src_dict: Mapping[str, Any],
) -> IntegrationOtherCredentials:
    global _IntegrationOtherCredentials_from_dict
    from nango_api.models.integration_other_credentials import (
        IntegrationOtherCredentials,
    )

    _IntegrationOtherCredentials_from_dict = IntegrationOtherCredentials.from_dict
    return IntegrationOtherCredentials.from_dict(src_dict)


_IntegrationOtherCredentials_from_dict: Callable[
    [Mapping[str, Any]], IntegrationOtherCredentials
] = _bind_IntegrationOtherCredentials


def _bind_IntegrationTbaCredentials(
    src_dict: Mapping[str, Any],
) -> IntegrationTbaCredentials:
    global _IntegrationTbaCredentials_from_dict
    from nango_api.models.integration_tba_credentials import IntegrationTbaCredentials

    _IntegrationTbaCredentials_from_dict = IntegrationTbaCredentials.from_dict
    return IntegrationTbaCredentials.from_dict(src_dict)


_IntegrationTbaCredentials_from_dict: Callable[
    [Mapping[str, Any]], IntegrationTbaCredentials
] = _bind_IntegrationTbaCredentials
