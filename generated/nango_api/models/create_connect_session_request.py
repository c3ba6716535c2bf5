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
    from nango_api.models.end_user_input import EndUserInput
    from nango_api.models.organization_input import OrganizationInput
    from nango_api.models.tags import Tags


T = TypeVar("T", bound="CreateConnectSessionRequest")


@_attrs_define
class CreateConnectSessionRequest:
    """Either `end_user` or `tags` is required."""

    end_user: EndUserInput | Unset = UNSET
    """ An end user, as sent to the server. """
    organization: OrganizationInput | Unset = UNSET
    """ The organization of the end user. """
    allowed_integrations: list[str] | Unset = UNSET
    """ Integration keys the end user may pick from (all when omitted). """
    integrations_config_defaults: ConnectSessionIntegrationsConfigDefaults | Unset = (
        UNSET
    )
    """ Per-integration defaults, keyed by integration key. """
    overrides: ConnectSessionOverrides | Unset = UNSET
    """ Connect UI overrides, keyed by integration key. """
    webhook_url_override: str | Unset = UNSET
    """ Webhook URL for connections created through this session. """
    tags: Tags | Unset = UNSET
    """ Connection tags, string to string. Server rules: at most 10 keys; keys match `^[a-zA-Z][a-zA-Z0-9_\\-./]*$`,
    at most 64 characters, stored lowercased (keys equal after lowercasing are rejected); values 1..255 characters
    (end-user tags may be empty); an `end_user_email` value must be an email. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_user, Unset):
            end_user = self.end_user.to_dict()

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        allowed_integrations: list[str] | Unset = UNSET
        if not isinstance(self.allowed_integrations, Unset):
            allowed_integrations = self.allowed_integrations

        integrations_config_defaults: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integrations_config_defaults, Unset):
            integrations_config_defaults = self.integrations_config_defaults.to_dict()

        overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overrides, Unset):
            overrides = self.overrides.to_dict()

        webhook_url_override = self.webhook_url_override

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_user is not UNSET:
            field_dict["end_user"] = end_user
        if organization is not UNSET:
            field_dict["organization"] = organization
        if allowed_integrations is not UNSET:
            field_dict["allowed_integrations"] = allowed_integrations
        if integrations_config_defaults is not UNSET:
            field_dict["integrations_config_defaults"] = integrations_config_defaults
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        if webhook_url_override is not UNSET:
            field_dict["webhook_url_override"] = webhook_url_override
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        end_user = json__.get("end_user", UNSET)
        if end_user is not UNSET:
            end_user = (
                UNSET
                if isinstance(end_user, Unset)
                else _EndUserInput_from_dict(end_user)
            )

        organization = json__.get("organization", UNSET)
        if organization is not UNSET:
            organization = (
                UNSET
                if isinstance(organization, Unset)
                else _OrganizationInput_from_dict(organization)
            )

        allowed_integrations = json__.get("allowed_integrations", UNSET)

        integrations_config_defaults = json__.get("integrations_config_defaults", UNSET)
        if integrations_config_defaults is not UNSET:
            integrations_config_defaults = (
                UNSET
                if isinstance(integrations_config_defaults, Unset)
                else _ConnectSessionIntegrationsConfigDefaults_from_dict(
                    integrations_config_defaults
                )
            )

        overrides = json__.get("overrides", UNSET)
        if overrides is not UNSET:
            overrides = (
                UNSET
                if isinstance(overrides, Unset)
                else _ConnectSessionOverrides_from_dict(overrides)
            )

        webhook_url_override = json__.get("webhook_url_override", UNSET)

        tags = json__.get("tags", UNSET)
        if tags is not UNSET:
            tags = UNSET if isinstance(tags, Unset) else _Tags_from_dict(tags)

        obj__ = cls(
            end_user,
            organization,
            allowed_integrations,
            integrations_config_defaults,
            overrides,
            webhook_url_override,
            tags,
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
        "end_user",
        "organization",
        "allowed_integrations",
        "integrations_config_defaults",
        "overrides",
        "webhook_url_override",
        "tags",
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


def _bind_EndUserInput(src_dict: Mapping[str, Any]) -> EndUserInput:
    global _EndUserInput_from_dict
    from nango_api.models.end_user_input import EndUserInput

    _EndUserInput_from_dict = EndUserInput.from_dict
    return EndUserInput.from_dict(src_dict)


_EndUserInput_from_dict: Callable[[Mapping[str, Any]], EndUserInput] = (
    _bind_EndUserInput
)


def _bind_OrganizationInput(src_dict: Mapping[str, Any]) -> OrganizationInput:
    global _OrganizationInput_from_dict
    from nango_api.models.organization_input import OrganizationInput

    _OrganizationInput_from_dict = OrganizationInput.from_dict
    return OrganizationInput.from_dict(src_dict)


_OrganizationInput_from_dict: Callable[[Mapping[str, Any]], OrganizationInput] = (
    _bind_OrganizationInput
)


def _bind_Tags(src_dict: Mapping[str, Any]) -> Tags:
    global _Tags_from_dict
    from nango_api.models.tags import Tags

    _Tags_from_dict = Tags.from_dict
    return Tags.from_dict(src_dict)


_Tags_from_dict: Callable[[Mapping[str, Any]], Tags] = _bind_Tags
