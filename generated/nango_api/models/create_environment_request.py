from __future__ import annotations

from collections.abc import Callable, Mapping
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
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        name = json__["name"]

        is_production = json__.get("is_production", UNSET)

        callback_url = json__.get("callback_url", UNSET)

        hmac_key = json__.get("hmac_key", UNSET)

        hmac_enabled = json__.get("hmac_enabled", UNSET)

        slack_notifications = json__.get("slack_notifications", UNSET)

        otlp_endpoint = json__.get("otlp_endpoint", UNSET)

        otlp_headers__json = json__.get("otlp_headers", UNSET)
        otlp_headers: list[OtlpHeader] | Unset = UNSET
        if otlp_headers__json is not UNSET:
            otlp_headers = []
            for otlp_headers_item_data in otlp_headers__json:
                otlp_headers.append(_OtlpHeader_from_dict(otlp_headers_item_data))

        obj__ = cls(
            name,
            is_production,
            callback_url,
            hmac_key,
            hmac_enabled,
            slack_notifications,
            otlp_endpoint,
            otlp_headers,
        )
        return obj__


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_OtlpHeader(src_dict: Mapping[str, Any]) -> OtlpHeader:
    global _OtlpHeader_from_dict
    from nango_api.models.otlp_header import OtlpHeader

    _OtlpHeader_from_dict = OtlpHeader.from_dict
    return OtlpHeader.from_dict(src_dict)


_OtlpHeader_from_dict: Callable[[Mapping[str, Any]], OtlpHeader] = _bind_OtlpHeader
