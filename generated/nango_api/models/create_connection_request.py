from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.credentials_api_key import CredentialsApiKey
    from nango_api.models.credentials_basic import CredentialsBasic
    from nango_api.models.credentials_tba import CredentialsTba
    from nango_api.models.end_user_input import EndUserInput
    from nango_api.models.import_connection_config import ImportConnectionConfig
    from nango_api.models.import_credentials_app import ImportCredentialsApp
    from nango_api.models.import_credentials_custom import ImportCredentialsCustom
    from nango_api.models.import_credentials_none import ImportCredentialsNone
    from nango_api.models.import_credentials_o_auth_1 import ImportCredentialsOAuth1
    from nango_api.models.import_credentials_o_auth_2 import ImportCredentialsOAuth2
    from nango_api.models.import_credentials_o_auth_2cc import ImportCredentialsOAuth2CC
    from nango_api.models.json_object import JsonObject
    from nango_api.models.tags import Tags


T = TypeVar("T", bound="CreateConnectionRequest")


@_attrs_define
class CreateConnectionRequest:
    provider_config_key: str
    """ The integration key (unique key). """
    credentials: (
        CredentialsApiKey
        | CredentialsBasic
        | CredentialsTba
        | ImportCredentialsApp
        | ImportCredentialsCustom
        | ImportCredentialsNone
        | ImportCredentialsOAuth1
        | ImportCredentialsOAuth2
        | ImportCredentialsOAuth2CC
    )
    """ The credentials; `type` must equal the provider's auth mode. The server does not import BILL, JWT, TWO_STEP,
    SIGNATURE or AWS_SIGV4 connections. """
    connection_id: str | Unset = UNSET
    """ The connection ID; a UUID is generated when omitted. An existing ID is overwritten. """
    metadata: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    connection_config: ImportConnectionConfig | Unset = UNSET
    """ Connection configuration (provider-specific keys such as `subdomain`, or `accountId` for TBA); any keys are
    accepted. """
    tags: Tags | Unset = UNSET
    """ Connection tags, string to string. Server rules: at most 10 keys; keys match `^[a-zA-Z][a-zA-Z0-9_\\-./]*$`,
    at most 64 characters, stored lowercased (keys equal after lowercasing are rejected); values 1..255 characters
    (end-user tags may be empty); an `end_user_email` value must be an email. """
    end_user: EndUserInput | Unset = UNSET
    """ An end user, as sent to the server. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from nango_api.models.credentials_api_key import CredentialsApiKey
        from nango_api.models.credentials_basic import CredentialsBasic
        from nango_api.models.credentials_tba import CredentialsTba
        from nango_api.models.import_credentials_app import ImportCredentialsApp
        from nango_api.models.import_credentials_custom import ImportCredentialsCustom
        from nango_api.models.import_credentials_o_auth_1 import ImportCredentialsOAuth1
        from nango_api.models.import_credentials_o_auth_2 import ImportCredentialsOAuth2
        from nango_api.models.import_credentials_o_auth_2cc import (
            ImportCredentialsOAuth2CC,
        )

        provider_config_key = self.provider_config_key

        credentials: dict[str, Any]
        if (
            isinstance(self.credentials, ImportCredentialsOAuth2)
            or isinstance(self.credentials, ImportCredentialsOAuth2CC)
            or isinstance(self.credentials, ImportCredentialsOAuth1)
            or isinstance(self.credentials, CredentialsApiKey)
            or isinstance(self.credentials, CredentialsBasic)
            or isinstance(self.credentials, CredentialsTba)
            or isinstance(self.credentials, ImportCredentialsApp)
            or isinstance(self.credentials, ImportCredentialsCustom)
        ):
            credentials = self.credentials.to_dict()
        else:
            credentials = self.credentials.to_dict()

        connection_id = self.connection_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        connection_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection_config, Unset):
            connection_config = self.connection_config.to_dict()

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        end_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_user, Unset):
            end_user = self.end_user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider_config_key": provider_config_key,
                "credentials": credentials,
            }
        )
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if connection_config is not UNSET:
            field_dict["connection_config"] = connection_config
        if tags is not UNSET:
            field_dict["tags"] = tags
        if end_user is not UNSET:
            field_dict["end_user"] = end_user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 2
        provider_config_key = json__["provider_config_key"]

        credentials = _parse_credentials(json__["credentials"])

        connection_id = json__.get("connection_id", UNSET)
        keys__ += connection_id is not UNSET

        metadata = json__.get("metadata", UNSET)
        if metadata is not UNSET:
            metadata = (
                UNSET
                if isinstance(metadata, Unset)
                else _JsonObject_from_dict(metadata)
            )
        keys__ += metadata is not UNSET

        connection_config = json__.get("connection_config", UNSET)
        if connection_config is not UNSET:
            connection_config = (
                UNSET
                if isinstance(connection_config, Unset)
                else _ImportConnectionConfig_from_dict(connection_config)
            )
        keys__ += connection_config is not UNSET

        tags = json__.get("tags", UNSET)
        if tags is not UNSET:
            tags = UNSET if isinstance(tags, Unset) else _Tags_from_dict(tags)
        keys__ += tags is not UNSET

        end_user = json__.get("end_user", UNSET)
        if end_user is not UNSET:
            end_user = (
                UNSET
                if isinstance(end_user, Unset)
                else _EndUserInput_from_dict(end_user)
            )
        keys__ += end_user is not UNSET

        obj__ = cls(
            provider_config_key,
            credentials,
            connection_id,
            metadata,
            connection_config,
            tags,
            end_user,
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
        "provider_config_key",
        "credentials",
        "connection_id",
        "metadata",
        "connection_config",
        "tags",
        "end_user",
    )
)


def _parse_credentials(
    data: object,
) -> (
    CredentialsApiKey
    | CredentialsBasic
    | CredentialsTba
    | ImportCredentialsApp
    | ImportCredentialsCustom
    | ImportCredentialsNone
    | ImportCredentialsOAuth1
    | ImportCredentialsOAuth2
    | ImportCredentialsOAuth2CC
):
    if isinstance(data, dict):
        try:
            return _ImportCredentialsOAuth2_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _ImportCredentialsOAuth2CC_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _ImportCredentialsOAuth1_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _CredentialsApiKey_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _CredentialsBasic_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _CredentialsTba_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _ImportCredentialsApp_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _ImportCredentialsCustom_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    return _ImportCredentialsNone_from_dict(data)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_CredentialsApiKey(src_dict: Mapping[str, Any]) -> CredentialsApiKey:
    global _CredentialsApiKey_from_dict
    from nango_api.models.credentials_api_key import CredentialsApiKey

    _CredentialsApiKey_from_dict = CredentialsApiKey.from_dict
    return CredentialsApiKey.from_dict(src_dict)


_CredentialsApiKey_from_dict: Callable[[Mapping[str, Any]], CredentialsApiKey] = (
    _bind_CredentialsApiKey
)


def _bind_CredentialsBasic(src_dict: Mapping[str, Any]) -> CredentialsBasic:
    global _CredentialsBasic_from_dict
    from nango_api.models.credentials_basic import CredentialsBasic

    _CredentialsBasic_from_dict = CredentialsBasic.from_dict
    return CredentialsBasic.from_dict(src_dict)


_CredentialsBasic_from_dict: Callable[[Mapping[str, Any]], CredentialsBasic] = (
    _bind_CredentialsBasic
)


def _bind_CredentialsTba(src_dict: Mapping[str, Any]) -> CredentialsTba:
    global _CredentialsTba_from_dict
    from nango_api.models.credentials_tba import CredentialsTba

    _CredentialsTba_from_dict = CredentialsTba.from_dict
    return CredentialsTba.from_dict(src_dict)


_CredentialsTba_from_dict: Callable[[Mapping[str, Any]], CredentialsTba] = (
    _bind_CredentialsTba
)


def _bind_EndUserInput(src_dict: Mapping[str, Any]) -> EndUserInput:
    global _EndUserInput_from_dict
    from nango_api.models.end_user_input import EndUserInput

    _EndUserInput_from_dict = EndUserInput.from_dict
    return EndUserInput.from_dict(src_dict)


_EndUserInput_from_dict: Callable[[Mapping[str, Any]], EndUserInput] = (
    _bind_EndUserInput
)


def _bind_ImportConnectionConfig(src_dict: Mapping[str, Any]) -> ImportConnectionConfig:
    global _ImportConnectionConfig_from_dict
    from nango_api.models.import_connection_config import ImportConnectionConfig

    _ImportConnectionConfig_from_dict = ImportConnectionConfig.from_dict
    return ImportConnectionConfig.from_dict(src_dict)


_ImportConnectionConfig_from_dict: Callable[
    [Mapping[str, Any]], ImportConnectionConfig
] = _bind_ImportConnectionConfig


def _bind_ImportCredentialsApp(src_dict: Mapping[str, Any]) -> ImportCredentialsApp:
    global _ImportCredentialsApp_from_dict
    from nango_api.models.import_credentials_app import ImportCredentialsApp

    _ImportCredentialsApp_from_dict = ImportCredentialsApp.from_dict
    return ImportCredentialsApp.from_dict(src_dict)


_ImportCredentialsApp_from_dict: Callable[[Mapping[str, Any]], ImportCredentialsApp] = (
    _bind_ImportCredentialsApp
)


def _bind_ImportCredentialsCustom(
    src_dict: Mapping[str, Any],
) -> ImportCredentialsCustom:
    global _ImportCredentialsCustom_from_dict
    from nango_api.models.import_credentials_custom import ImportCredentialsCustom

    _ImportCredentialsCustom_from_dict = ImportCredentialsCustom.from_dict
    return ImportCredentialsCustom.from_dict(src_dict)


_ImportCredentialsCustom_from_dict: Callable[
    [Mapping[str, Any]], ImportCredentialsCustom
] = _bind_ImportCredentialsCustom


def _bind_ImportCredentialsNone(src_dict: Mapping[str, Any]) -> ImportCredentialsNone:
    global _ImportCredentialsNone_from_dict
    from nango_api.models.import_credentials_none import ImportCredentialsNone

    _ImportCredentialsNone_from_dict = ImportCredentialsNone.from_dict
    return ImportCredentialsNone.from_dict(src_dict)


_ImportCredentialsNone_from_dict: Callable[
    [Mapping[str, Any]], ImportCredentialsNone
] = _bind_ImportCredentialsNone


def _bind_ImportCredentialsOAuth1(
    src_dict: Mapping[str, Any],
) -> ImportCredentialsOAuth1:
    global _ImportCredentialsOAuth1_from_dict
    from nango_api.models.import_credentials_o_auth_1 import ImportCredentialsOAuth1

    _ImportCredentialsOAuth1_from_dict = ImportCredentialsOAuth1.from_dict
    return ImportCredentialsOAuth1.from_dict(src_dict)


_ImportCredentialsOAuth1_from_dict: Callable[
    [Mapping[str, Any]], ImportCredentialsOAuth1
] = _bind_ImportCredentialsOAuth1


def _bind_ImportCredentialsOAuth2(
    src_dict: Mapping[str, Any],
) -> ImportCredentialsOAuth2:
    global _ImportCredentialsOAuth2_from_dict
    from nango_api.models.import_credentials_o_auth_2 import ImportCredentialsOAuth2

    _ImportCredentialsOAuth2_from_dict = ImportCredentialsOAuth2.from_dict
    return ImportCredentialsOAuth2.from_dict(src_dict)


_ImportCredentialsOAuth2_from_dict: Callable[
    [Mapping[str, Any]], ImportCredentialsOAuth2
] = _bind_ImportCredentialsOAuth2


def _bind_ImportCredentialsOAuth2CC(
    src_dict: Mapping[str, Any],
) -> ImportCredentialsOAuth2CC:
    global _ImportCredentialsOAuth2CC_from_dict
    from nango_api.models.import_credentials_o_auth_2cc import ImportCredentialsOAuth2CC

    _ImportCredentialsOAuth2CC_from_dict = ImportCredentialsOAuth2CC.from_dict
    return ImportCredentialsOAuth2CC.from_dict(src_dict)


_ImportCredentialsOAuth2CC_from_dict: Callable[
    [Mapping[str, Any]], ImportCredentialsOAuth2CC
] = _bind_ImportCredentialsOAuth2CC


def _bind_JsonObject(src_dict: Mapping[str, Any]) -> JsonObject:
    global _JsonObject_from_dict
    from nango_api.models.json_object import JsonObject

    _JsonObject_from_dict = JsonObject.from_dict
    return JsonObject.from_dict(src_dict)


_JsonObject_from_dict: Callable[[Mapping[str, Any]], JsonObject] = _bind_JsonObject


def _bind_Tags(src_dict: Mapping[str, Any]) -> Tags:
    global _Tags_from_dict
    from nango_api.models.tags import Tags

    _Tags_from_dict = Tags.from_dict
    return Tags.from_dict(src_dict)


_Tags_from_dict: Callable[[Mapping[str, Any]], Tags] = _bind_Tags
