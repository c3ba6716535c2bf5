from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.json_object import JsonObject
    from nango_api.models.provider_config_fields import ProviderConfigFields
    from nango_api.models.provider_proxy import ProviderProxy
    from nango_api.models.provider_token_urls import ProviderTokenUrls


T = TypeVar("T", bound="Provider")


@_attrs_define
class Provider:
    """A provider definition from Nango's catalog. Only the most useful fields are listed; the definition carries many more
    auth-mode-specific fields, which are kept as extra properties.

    """

    name: str
    """ The provider's unique name (e.g. `github`), used as `provider` elsewhere. """
    display_name: str
    auth_mode: str
    """ How connections authenticate. Known values: `OAUTH1`, `OAUTH2`, `OAUTH2_CC`, `BASIC`, `API_KEY`, `APP`,
    `APP_STORE`, `CUSTOM`, `TBA`, `JWT`, `BILL`, `TWO_STEP`, `SIGNATURE`, `AWS_SIGV4`, `INSTALL_PLUGIN`,
    `MCP_OAUTH2`, `MCP_OAUTH2_GENERIC`, `NONE`. """
    logo_url: str
    """ URL of the provider's logo (SVG). """
    categories: list[str] | Unset = UNSET
    docs: str | Unset = UNSET
    """ URL of Nango's documentation page for this provider. """
    docs_connect: str | Unset = UNSET
    """ URL of the documentation shown in the Connect UI. """
    setup_guide_url: str | Unset = UNSET
    installation: str | Unset = UNSET
    """ `outbound` when the connection is installed from the provider's side. """
    proxy: ProviderProxy | Unset = UNSET
    """ How the proxy reaches the provider's API. """
    authorization_url: str | Unset = UNSET
    token_url: ProviderTokenUrls | str | Unset = UNSET
    """ The token URL, or one URL per auth mode (for `CUSTOM` providers). """
    refresh_url: str | Unset = UNSET
    authorization_params: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    token_params: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    scope_separator: str | Unset = UNSET
    default_scopes: list[str] | Unset = UNSET
    connection_config: ProviderConfigFields | Unset = UNSET
    """ Input fields a connection or integration needs, keyed by field name. """
    credentials: ProviderConfigFields | Unset = UNSET
    """ Input fields a connection or integration needs, keyed by field name. """
    integration_config: ProviderConfigFields | Unset = UNSET
    """ Input fields a connection or integration needs, keyed by field name. """
    require_client_certificate: bool | Unset = UNSET
    webhook_user_defined_secret: bool | Unset = UNSET
    disable_pkce: bool | Unset = UNSET
    body_format: str | Unset = UNSET
    request_url: str | Unset = UNSET
    """ OAuth 1 request-token URL. """
    signature_method: str | Unset = UNSET
    """ OAuth 1 signature method (`HMAC-SHA1`, `RSA-SHA1`, `PLAINTEXT`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from nango_api.models.provider_token_urls import ProviderTokenUrls

        name = self.name

        display_name = self.display_name

        auth_mode = self.auth_mode

        logo_url = self.logo_url

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        docs = self.docs

        docs_connect = self.docs_connect

        setup_guide_url = self.setup_guide_url

        installation = self.installation

        proxy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proxy, Unset):
            proxy = self.proxy.to_dict()

        authorization_url = self.authorization_url

        token_url: dict[str, Any] | str | Unset
        if isinstance(self.token_url, Unset):
            token_url = UNSET
        elif isinstance(self.token_url, ProviderTokenUrls):
            token_url = self.token_url.to_dict()
        else:
            token_url = self.token_url

        refresh_url = self.refresh_url

        authorization_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authorization_params, Unset):
            authorization_params = self.authorization_params.to_dict()

        token_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token_params, Unset):
            token_params = self.token_params.to_dict()

        scope_separator = self.scope_separator

        default_scopes: list[str] | Unset = UNSET
        if not isinstance(self.default_scopes, Unset):
            default_scopes = self.default_scopes

        connection_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection_config, Unset):
            connection_config = self.connection_config.to_dict()

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        integration_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integration_config, Unset):
            integration_config = self.integration_config.to_dict()

        require_client_certificate = self.require_client_certificate

        webhook_user_defined_secret = self.webhook_user_defined_secret

        disable_pkce = self.disable_pkce

        body_format = self.body_format

        request_url = self.request_url

        signature_method = self.signature_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "display_name": display_name,
                "auth_mode": auth_mode,
                "logo_url": logo_url,
            }
        )
        if categories is not UNSET:
            field_dict["categories"] = categories
        if docs is not UNSET:
            field_dict["docs"] = docs
        if docs_connect is not UNSET:
            field_dict["docs_connect"] = docs_connect
        if setup_guide_url is not UNSET:
            field_dict["setup_guide_url"] = setup_guide_url
        if installation is not UNSET:
            field_dict["installation"] = installation
        if proxy is not UNSET:
            field_dict["proxy"] = proxy
        if authorization_url is not UNSET:
            field_dict["authorization_url"] = authorization_url
        if token_url is not UNSET:
            field_dict["token_url"] = token_url
        if refresh_url is not UNSET:
            field_dict["refresh_url"] = refresh_url
        if authorization_params is not UNSET:
            field_dict["authorization_params"] = authorization_params
        if token_params is not UNSET:
            field_dict["token_params"] = token_params
        if scope_separator is not UNSET:
            field_dict["scope_separator"] = scope_separator
        if default_scopes is not UNSET:
            field_dict["default_scopes"] = default_scopes
        if connection_config is not UNSET:
            field_dict["connection_config"] = connection_config
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if integration_config is not UNSET:
            field_dict["integration_config"] = integration_config
        if require_client_certificate is not UNSET:
            field_dict["require_client_certificate"] = require_client_certificate
        if webhook_user_defined_secret is not UNSET:
            field_dict["webhook_user_defined_secret"] = webhook_user_defined_secret
        if disable_pkce is not UNSET:
            field_dict["disable_pkce"] = disable_pkce
        if body_format is not UNSET:
            field_dict["body_format"] = body_format
        if request_url is not UNSET:
            field_dict["request_url"] = request_url
        if signature_method is not UNSET:
            field_dict["signature_method"] = signature_method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        name = json__["name"]

        display_name = json__["display_name"]

        auth_mode = json__["auth_mode"]

        logo_url = json__["logo_url"]

        categories = json__.get("categories", UNSET)

        docs = json__.get("docs", UNSET)

        docs_connect = json__.get("docs_connect", UNSET)

        setup_guide_url = json__.get("setup_guide_url", UNSET)

        installation = json__.get("installation", UNSET)

        proxy = json__.get("proxy", UNSET)
        if proxy is not UNSET:
            proxy = (
                UNSET if isinstance(proxy, Unset) else _ProviderProxy_from_dict(proxy)
            )

        authorization_url = json__.get("authorization_url", UNSET)

        token_url = json__.get("token_url", UNSET)
        if isinstance(token_url, dict):
            try:
                token_url = _ProviderTokenUrls_from_dict(token_url)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        refresh_url = json__.get("refresh_url", UNSET)

        authorization_params = json__.get("authorization_params", UNSET)
        if authorization_params is not UNSET:
            authorization_params = (
                UNSET
                if isinstance(authorization_params, Unset)
                else _JsonObject_from_dict(authorization_params)
            )

        token_params = json__.get("token_params", UNSET)
        if token_params is not UNSET:
            token_params = (
                UNSET
                if isinstance(token_params, Unset)
                else _JsonObject_from_dict(token_params)
            )

        scope_separator = json__.get("scope_separator", UNSET)

        default_scopes = json__.get("default_scopes", UNSET)

        connection_config = json__.get("connection_config", UNSET)
        if connection_config is not UNSET:
            connection_config = (
                UNSET
                if isinstance(connection_config, Unset)
                else _ProviderConfigFields_from_dict(connection_config)
            )

        credentials = json__.get("credentials", UNSET)
        if credentials is not UNSET:
            credentials = (
                UNSET
                if isinstance(credentials, Unset)
                else _ProviderConfigFields_from_dict(credentials)
            )

        integration_config = json__.get("integration_config", UNSET)
        if integration_config is not UNSET:
            integration_config = (
                UNSET
                if isinstance(integration_config, Unset)
                else _ProviderConfigFields_from_dict(integration_config)
            )

        require_client_certificate = json__.get("require_client_certificate", UNSET)

        webhook_user_defined_secret = json__.get("webhook_user_defined_secret", UNSET)

        disable_pkce = json__.get("disable_pkce", UNSET)

        body_format = json__.get("body_format", UNSET)

        request_url = json__.get("request_url", UNSET)

        signature_method = json__.get("signature_method", UNSET)

        obj__ = cls(
            name,
            display_name,
            auth_mode,
            logo_url,
            categories,
            docs,
            docs_connect,
            setup_guide_url,
            installation,
            proxy,
            authorization_url,
            token_url,
            refresh_url,
            authorization_params,
            token_params,
            scope_separator,
            default_scopes,
            connection_config,
            credentials,
            integration_config,
            require_client_certificate,
            webhook_user_defined_secret,
            disable_pkce,
            body_format,
            request_url,
            signature_method,
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
        "name",
        "display_name",
        "auth_mode",
        "logo_url",
        "categories",
        "docs",
        "docs_connect",
        "setup_guide_url",
        "installation",
        "proxy",
        "authorization_url",
        "token_url",
        "refresh_url",
        "authorization_params",
        "token_params",
        "scope_separator",
        "default_scopes",
        "connection_config",
        "credentials",
        "integration_config",
        "require_client_certificate",
        "webhook_user_defined_secret",
        "disable_pkce",
        "body_format",
        "request_url",
        "signature_method",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_JsonObject(src_dict: Mapping[str, Any]) -> JsonObject:
    global _JsonObject_from_dict
    from nango_api.models.json_object import JsonObject

    _JsonObject_from_dict = JsonObject.from_dict
    return JsonObject.from_dict(src_dict)


_JsonObject_from_dict: Callable[[Mapping[str, Any]], JsonObject] = _bind_JsonObject


def _bind_ProviderConfigFields(src_dict: Mapping[str, Any]) -> ProviderConfigFields:
    global _ProviderConfigFields_from_dict
    from nango_api.models.provider_config_fields import ProviderConfigFields

    _ProviderConfigFields_from_dict = ProviderConfigFields.from_dict
    return ProviderConfigFields.from_dict(src_dict)


_ProviderConfigFields_from_dict: Callable[[Mapping[str, Any]], ProviderConfigFields] = (
    _bind_ProviderConfigFields
)


def _bind_ProviderProxy(src_dict: Mapping[str, Any]) -> ProviderProxy:
    global _ProviderProxy_from_dict
    from nango_api.models.provider_proxy import ProviderProxy

    _ProviderProxy_from_dict = ProviderProxy.from_dict
    return ProviderProxy.from_dict(src_dict)


_ProviderProxy_from_dict: Callable[[Mapping[str, Any]], ProviderProxy] = (
    _bind_ProviderProxy
)


def _bind_ProviderTokenUrls(src_dict: Mapping[str, Any]) -> ProviderTokenUrls:
    global _ProviderTokenUrls_from_dict
    from nango_api.models.provider_token_urls import ProviderTokenUrls

    _ProviderTokenUrls_from_dict = ProviderTokenUrls.from_dict
    return ProviderTokenUrls.from_dict(src_dict)


_ProviderTokenUrls_from_dict: Callable[[Mapping[str, Any]], ProviderTokenUrls] = (
    _bind_ProviderTokenUrls
)
