from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.integration_app_credentials_input import (
        IntegrationAppCredentialsInput,
    )
    from nango_api.models.integration_config_values import IntegrationConfigValues
    from nango_api.models.integration_custom_credentials_input import (
        IntegrationCustomCredentialsInput,
    )
    from nango_api.models.integration_custom_values import IntegrationCustomValues
    from nango_api.models.integration_o_auth_1_credentials_input import (
        IntegrationOAuth1CredentialsInput,
    )
    from nango_api.models.integration_o_auth_2_credentials_input import (
        IntegrationOAuth2CredentialsInput,
    )
    from nango_api.models.integration_tba_credentials_input import (
        IntegrationTbaCredentialsInput,
    )


T = TypeVar("T", bound="UpdateIntegrationRequest")


@_attrs_define
class UpdateIntegrationRequest:
    unique_key: str | Unset = UNSET
    """ A new integration ID. """
    display_name: str | Unset = UNSET
    credentials: (
        IntegrationAppCredentialsInput
        | IntegrationCustomCredentialsInput
        | IntegrationOAuth1CredentialsInput
        | IntegrationOAuth2CredentialsInput
        | IntegrationTbaCredentialsInput
        | Unset
    ) = UNSET
    """ OAuth client or app credentials, by `type`. """
    forward_webhooks: bool | Unset = UNSET
    integration_config: IntegrationConfigValues | Unset = UNSET
    """ Provider-specific integration settings (for providers that declare `integration_config`), validated against
    the provider's schema. Values up to 8192 characters. """
    custom: IntegrationCustomValues | Unset = UNSET
    """ Free-form custom values, for providers without an `integration_config` schema. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from nango_api.models.integration_app_credentials_input import (
            IntegrationAppCredentialsInput,
        )
        from nango_api.models.integration_o_auth_1_credentials_input import (
            IntegrationOAuth1CredentialsInput,
        )
        from nango_api.models.integration_o_auth_2_credentials_input import (
            IntegrationOAuth2CredentialsInput,
        )
        from nango_api.models.integration_tba_credentials_input import (
            IntegrationTbaCredentialsInput,
        )

        unique_key = self.unique_key

        display_name = self.display_name

        credentials: dict[str, Any] | Unset
        if isinstance(self.credentials, Unset):
            credentials = UNSET
        elif (
            isinstance(self.credentials, IntegrationOAuth2CredentialsInput)
            or isinstance(self.credentials, IntegrationOAuth1CredentialsInput)
            or isinstance(self.credentials, IntegrationTbaCredentialsInput)
            or isinstance(self.credentials, IntegrationAppCredentialsInput)
        ):
            credentials = self.credentials.to_dict()
        else:
            credentials = self.credentials.to_dict()

        forward_webhooks = self.forward_webhooks

        integration_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integration_config, Unset):
            integration_config = self.integration_config.to_dict()

        custom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom, Unset):
            custom = self.custom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unique_key is not UNSET:
            field_dict["unique_key"] = unique_key
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if forward_webhooks is not UNSET:
            field_dict["forward_webhooks"] = forward_webhooks
        if integration_config is not UNSET:
            field_dict["integration_config"] = integration_config
        if custom is not UNSET:
            field_dict["custom"] = custom

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        unique_key = json__.get("unique_key", UNSET)

        display_name = json__.get("display_name", UNSET)

        credentials = _parse_credentials(json__.get("credentials", UNSET))

        forward_webhooks = json__.get("forward_webhooks", UNSET)

        integration_config = json__.get("integration_config", UNSET)
        if integration_config is not UNSET:
            integration_config = (
                UNSET
                if isinstance(integration_config, Unset)
                else _IntegrationConfigValues_from_dict(integration_config)
            )

        custom = json__.get("custom", UNSET)
        if custom is not UNSET:
            custom = (
                UNSET
                if isinstance(custom, Unset)
                else _IntegrationCustomValues_from_dict(custom)
            )

        obj__ = cls(
            unique_key,
            display_name,
            credentials,
            forward_webhooks,
            integration_config,
            custom,
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
        "unique_key",
        "display_name",
        "credentials",
        "forward_webhooks",
        "integration_config",
        "custom",
    )
)


def _parse_credentials(
    data: object,
) -> (
    IntegrationAppCredentialsInput
    | IntegrationCustomCredentialsInput
    | IntegrationOAuth1CredentialsInput
    | IntegrationOAuth2CredentialsInput
    | IntegrationTbaCredentialsInput
    | Unset
):
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        try:
            return _IntegrationOAuth2CredentialsInput_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _IntegrationOAuth1CredentialsInput_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _IntegrationTbaCredentialsInput_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _IntegrationAppCredentialsInput_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    return _IntegrationCustomCredentialsInput_from_dict(data)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_IntegrationAppCredentialsInput(
    src_dict: Mapping[str, Any],
) -> IntegrationAppCredentialsInput:
    global _IntegrationAppCredentialsInput_from_dict
    from nango_api.models.integration_app_credentials_input import (
        IntegrationAppCredentialsInput,
    )

    _IntegrationAppCredentialsInput_from_dict = IntegrationAppCredentialsInput.from_dict
    return IntegrationAppCredentialsInput.from_dict(src_dict)


_IntegrationAppCredentialsInput_from_dict: Callable[
    [Mapping[str, Any]], IntegrationAppCredentialsInput
] = _bind_IntegrationAppCredentialsInput


def _bind_IntegrationConfigValues(
    src_dict: Mapping[str, Any],
) -> IntegrationConfigValues:
    global _IntegrationConfigValues_from_dict
    from nango_api.models.integration_config_values import IntegrationConfigValues

    _IntegrationConfigValues_from_dict = IntegrationConfigValues.from_dict
    return IntegrationConfigValues.from_dict(src_dict)


_IntegrationConfigValues_from_dict: Callable[
    [Mapping[str, Any]], IntegrationConfigValues
] = _bind_IntegrationConfigValues


def _bind_IntegrationCustomCredentialsInput(
    src_dict: Mapping[str, Any],
) -> IntegrationCustomCredentialsInput:
    global _IntegrationCustomCredentialsInput_from_dict
    from nango_api.models.integration_custom_credentials_input import (
        IntegrationCustomCredentialsInput,
    )

    _IntegrationCustomCredentialsInput_from_dict = (
        IntegrationCustomCredentialsInput.from_dict
    )
    return IntegrationCustomCredentialsInput.from_dict(src_dict)


_IntegrationCustomCredentialsInput_from_dict: Callable[
    [Mapping[str, Any]], IntegrationCustomCredentialsInput
] = _bind_IntegrationCustomCredentialsInput


def _bind_IntegrationCustomValues(
    src_dict: Mapping[str, Any],
) -> IntegrationCustomValues:
    global _IntegrationCustomValues_from_dict
    from nango_api.models.integration_custom_values import IntegrationCustomValues

    _IntegrationCustomValues_from_dict = IntegrationCustomValues.from_dict
    return IntegrationCustomValues.from_dict(src_dict)


_IntegrationCustomValues_from_dict: Callable[
    [Mapping[str, Any]], IntegrationCustomValues
] = _bind_IntegrationCustomValues


def _bind_IntegrationOAuth1CredentialsInput(
    src_dict: Mapping[str, Any],
) -> IntegrationOAuth1CredentialsInput:
    global _IntegrationOAuth1CredentialsInput_from_dict
    from nango_api.models.integration_o_auth_1_credentials_input import (
        IntegrationOAuth1CredentialsInput,
    )

    _IntegrationOAuth1CredentialsInput_from_dict = (
        IntegrationOAuth1CredentialsInput.from_dict
    )
    return IntegrationOAuth1CredentialsInput.from_dict(src_dict)


_IntegrationOAuth1CredentialsInput_from_dict: Callable[
    [Mapping[str, Any]], IntegrationOAuth1CredentialsInput
] = _bind_IntegrationOAuth1CredentialsInput


def _bind_IntegrationOAuth2CredentialsInput(
    src_dict: Mapping[str, Any],
) -> IntegrationOAuth2CredentialsInput:
    global _IntegrationOAuth2CredentialsInput_from_dict
    from nango_api.models.integration_o_auth_2_credentials_input import (
        IntegrationOAuth2CredentialsInput,
    )

    _IntegrationOAuth2CredentialsInput_from_dict = (
        IntegrationOAuth2CredentialsInput.from_dict
    )
    return IntegrationOAuth2CredentialsInput.from_dict(src_dict)


_IntegrationOAuth2CredentialsInput_from_dict: Callable[
    [Mapping[str, Any]], IntegrationOAuth2CredentialsInput
] = _bind_IntegrationOAuth2CredentialsInput


def _bind_IntegrationTbaCredentialsInput(
    src_dict: Mapping[str, Any],
) -> IntegrationTbaCredentialsInput:
    global _IntegrationTbaCredentialsInput_from_dict
    from nango_api.models.integration_tba_credentials_input import (
        IntegrationTbaCredentialsInput,
    )

    _IntegrationTbaCredentialsInput_from_dict = IntegrationTbaCredentialsInput.from_dict
    return IntegrationTbaCredentialsInput.from_dict(src_dict)


_IntegrationTbaCredentialsInput_from_dict: Callable[
    [Mapping[str, Any]], IntegrationTbaCredentialsInput
] = _bind_IntegrationTbaCredentialsInput
