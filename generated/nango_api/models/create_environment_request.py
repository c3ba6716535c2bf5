from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.otlp_header import OtlpHeader


T = TypeVar("T", bound="CreateEnvironmentRequest")


@_attrs_define
class CreateEnvironmentRequest:
    name: str
    """ Lowercase letters, digits, `-` and `_`, at most 255 characters. `prod` is always a production environment.
    """
    is_production: bool | Unset = UNSET
    """ Mark the environment as production (default false, except for `prod`). """
    callback_url: str | Unset = UNSET
    """ A custom OAuth callback URL. """
    hmac_key: str | Unset = UNSET
    """ The HMAC key of the legacy public-key authorization flow. """
    hmac_enabled: bool | Unset = UNSET
    """ Whether the legacy public-key authorization flow checks HMACs. """
    slack_notifications: bool | Unset = UNSET
    otlp_endpoint: str | Unset = UNSET
    """ An OpenTelemetry collector endpoint (plan-dependent); an empty string sets an empty endpoint. """
    otlp_headers: list[OtlpHeader] | Unset = UNSET
    """ Headers sent with OpenTelemetry exports (plan-dependent). """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_production = self.is_production

        callback_url = self.callback_url

        hmac_key = self.hmac_key

        hmac_enabled = self.hmac_enabled

        slack_notifications = self.slack_notifications

        otlp_endpoint = self.otlp_endpoint

        otlp_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.otlp_headers, Unset):
            otlp_headers = []
            for otlp_headers_item_data in self.otlp_headers:
                otlp_headers_item = otlp_headers_item_data.to_dict()
                otlp_headers.append(otlp_headers_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if is_production is not UNSET:
            field_dict["is_production"] = is_production
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if hmac_key is not UNSET:
            field_dict["hmac_key"] = hmac_key
        if hmac_enabled is not UNSET:
            field_dict["hmac_enabled"] = hmac_enabled
        if slack_notifications is not UNSET:
            field_dict["slack_notifications"] = slack_notifications
        if otlp_endpoint is not UNSET:
            field_dict["otlp_endpoint"] = otlp_endpoint
        if otlp_headers is not UNSET:
            field_dict["otlp_headers"] = otlp_headers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from nango_api.models.otlp_header import OtlpHeader

        d = dict(src_dict)
        name = d.pop("name")

        is_production = d.pop("is_production", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        hmac_key = d.pop("hmac_key", UNSET)

        hmac_enabled = d.pop("hmac_enabled", UNSET)

        slack_notifications = d.pop("slack_notifications", UNSET)

        otlp_endpoint = d.pop("otlp_endpoint", UNSET)

        _otlp_headers = d.pop("otlp_headers", UNSET)
        otlp_headers: list[OtlpHeader] | Unset = UNSET
        if _otlp_headers is not UNSET:
            otlp_headers = []
            for otlp_headers_item_data in _otlp_headers:
                otlp_headers_item = OtlpHeader.from_dict(otlp_headers_item_data)

                otlp_headers.append(otlp_headers_item)

        create_environment_request = cls(
            name=name,
            is_production=is_production,
            callback_url=callback_url,
            hmac_key=hmac_key,
            hmac_enabled=hmac_enabled,
            slack_notifications=slack_notifications,
            otlp_endpoint=otlp_endpoint,
            otlp_headers=otlp_headers,
        )

        return create_environment_request
