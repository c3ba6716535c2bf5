from __future__ import annotations

from collections.abc import Mapping
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

        d = dict(src_dict)
        unique_key = d.pop("unique_key", UNSET)

        display_name = d.pop("display_name", UNSET)

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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_type_0 = IntegrationOAuth2CredentialsInput.from_dict(data)

                return credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_type_1 = IntegrationOAuth1CredentialsInput.from_dict(data)

                return credentials_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_type_2 = IntegrationTbaCredentialsInput.from_dict(data)

                return credentials_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_type_3 = IntegrationAppCredentialsInput.from_dict(data)

                return credentials_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            credentials_type_4 = IntegrationCustomCredentialsInput.from_dict(data)

            return credentials_type_4

        credentials = _parse_credentials(d.pop("credentials", UNSET))

        forward_webhooks = d.pop("forward_webhooks", UNSET)

        _integration_config = d.pop("integration_config", UNSET)
        integration_config: IntegrationConfigValues | Unset
        if isinstance(_integration_config, Unset):
            integration_config = UNSET
        else:
            integration_config = IntegrationConfigValues.from_dict(_integration_config)

        _custom = d.pop("custom", UNSET)
        custom: IntegrationCustomValues | Unset
        if isinstance(_custom, Unset):
            custom = UNSET
        else:
            custom = IntegrationCustomValues.from_dict(_custom)

        update_integration_request = cls(
            unique_key=unique_key,
            display_name=display_name,
            credentials=credentials,
            forward_webhooks=forward_webhooks,
            integration_config=integration_config,
            custom=custom,
        )

        update_integration_request.additional_properties = d
        return update_integration_request

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
