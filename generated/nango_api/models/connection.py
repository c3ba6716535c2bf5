from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.connection_error import ConnectionError_
    from nango_api.models.credentials_api_key import CredentialsApiKey
    from nango_api.models.credentials_app import CredentialsApp
    from nango_api.models.credentials_aws_sig_v4 import CredentialsAwsSigV4
    from nango_api.models.credentials_basic import CredentialsBasic
    from nango_api.models.credentials_bill import CredentialsBill
    from nango_api.models.credentials_custom import CredentialsCustom
    from nango_api.models.credentials_jwt import CredentialsJwt
    from nango_api.models.credentials_o_auth_1 import CredentialsOAuth1
    from nango_api.models.credentials_o_auth_2 import CredentialsOAuth2
    from nango_api.models.credentials_o_auth_2cc import CredentialsOAuth2CC
    from nango_api.models.credentials_other import CredentialsOther
    from nango_api.models.credentials_signature import CredentialsSignature
    from nango_api.models.credentials_tba import CredentialsTba
    from nango_api.models.credentials_two_step import CredentialsTwoStep
    from nango_api.models.end_user import EndUser
    from nango_api.models.json_object import JsonObject
    from nango_api.models.tags import Tags


T = TypeVar("T", bound="Connection")


@_attrs_define
class Connection:
    """A connection with its credentials."""

    id: int
    """ Nango's internal ID. """
    connection_id: str
    provider_config_key: str
    """ The integration key (unique key). """
    provider: str
    """ The provider name (e.g. `github`). """
    errors: list[ConnectionError_]
    end_user: EndUser | None
    metadata: JsonObject | None
    connection_config: JsonObject
    """ A free-form JSON object. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    last_fetched_at: datetime.datetime | None
    """ Last time the credentials were read through the API. """
    credentials: (
        CredentialsApiKey
        | CredentialsApp
        | CredentialsAwsSigV4
        | CredentialsBasic
        | CredentialsBill
        | CredentialsCustom
        | CredentialsJwt
        | CredentialsOAuth1
        | CredentialsOAuth2
        | CredentialsOAuth2CC
        | CredentialsOther
        | CredentialsSignature
        | CredentialsTba
        | CredentialsTwoStep
    )
    """ The credentials, shaped by `type`. `{}` for unauthenticated connections or when the secret key lacks the
    read-credentials scope; unknown types fall back to `CredentialsOther`. """
    tags: Tags | Unset = UNSET
    """ Connection tags, string to string. Server rules: at most 10 keys; keys match `^[a-zA-Z][a-zA-Z0-9_\\-./]*$`,
    at most 64 characters, stored lowercased (keys equal after lowercasing are rejected); values 1..255 characters
    (end-user tags may be empty); an `end_user_email` value must be an email. """
    webhook_url_override: None | str | Unset = UNSET
    """ Webhook URL that replaces the environment's for this connection. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from nango_api.models.credentials_api_key import CredentialsApiKey
        from nango_api.models.credentials_app import CredentialsApp
        from nango_api.models.credentials_aws_sig_v4 import CredentialsAwsSigV4
        from nango_api.models.credentials_basic import CredentialsBasic
        from nango_api.models.credentials_bill import CredentialsBill
        from nango_api.models.credentials_custom import CredentialsCustom
        from nango_api.models.credentials_jwt import CredentialsJwt
        from nango_api.models.credentials_o_auth_1 import CredentialsOAuth1
        from nango_api.models.credentials_o_auth_2 import CredentialsOAuth2
        from nango_api.models.credentials_o_auth_2cc import CredentialsOAuth2CC
        from nango_api.models.credentials_signature import CredentialsSignature
        from nango_api.models.credentials_tba import CredentialsTba
        from nango_api.models.credentials_two_step import CredentialsTwoStep
        from nango_api.models.end_user import EndUser
        from nango_api.models.json_object import JsonObject

        id = self.id

        connection_id = self.connection_id

        provider_config_key = self.provider_config_key

        provider = self.provider

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        end_user: dict[str, Any] | None
        if isinstance(self.end_user, EndUser):
            end_user = self.end_user.to_dict()
        else:
            end_user = self.end_user

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, JsonObject):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        connection_config = self.connection_config.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        last_fetched_at: None | str
        if isinstance(self.last_fetched_at, datetime.datetime):
            last_fetched_at = self.last_fetched_at.isoformat()
        else:
            last_fetched_at = self.last_fetched_at

        credentials: dict[str, Any]
        if (
            isinstance(self.credentials, CredentialsOAuth2)
            or isinstance(self.credentials, CredentialsOAuth1)
            or isinstance(self.credentials, CredentialsOAuth2CC)
            or isinstance(self.credentials, CredentialsBasic)
            or isinstance(self.credentials, CredentialsApiKey)
            or isinstance(self.credentials, CredentialsApp)
            or isinstance(self.credentials, CredentialsCustom)
            or isinstance(self.credentials, CredentialsTba)
            or isinstance(self.credentials, CredentialsJwt)
            or isinstance(self.credentials, CredentialsBill)
            or isinstance(self.credentials, CredentialsTwoStep)
            or isinstance(self.credentials, CredentialsSignature)
            or isinstance(self.credentials, CredentialsAwsSigV4)
        ):
            credentials = self.credentials.to_dict()
        else:
            credentials = self.credentials.to_dict()

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        webhook_url_override: None | str | Unset
        if isinstance(self.webhook_url_override, Unset):
            webhook_url_override = UNSET
        else:
            webhook_url_override = self.webhook_url_override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "connection_id": connection_id,
                "provider_config_key": provider_config_key,
                "provider": provider,
                "errors": errors,
                "end_user": end_user,
                "metadata": metadata,
                "connection_config": connection_config,
                "created_at": created_at,
                "updated_at": updated_at,
                "last_fetched_at": last_fetched_at,
                "credentials": credentials,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if webhook_url_override is not UNSET:
            field_dict["webhook_url_override"] = webhook_url_override

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 12
        id = json__["id"]

        connection_id = json__["connection_id"]

        provider_config_key = json__["provider_config_key"]

        provider = json__["provider"]

        errors = []
        for errors_item_data in json__["errors"]:
            errors.append(_ConnectionError__from_dict(errors_item_data))

        end_user = json__["end_user"]
        if isinstance(end_user, dict):
            try:
                end_user = _EndUser_from_dict(end_user)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        metadata = json__["metadata"]
        if isinstance(metadata, dict):
            try:
                metadata = _JsonObject_from_dict(metadata)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        connection_config = _JsonObject_from_dict(json__["connection_config"])

        created_at = datetime.datetime.fromisoformat(json__["created_at"])

        updated_at = datetime.datetime.fromisoformat(json__["updated_at"])

        last_fetched_at = json__["last_fetched_at"]
        if isinstance(last_fetched_at, str):
            try:
                last_fetched_at = datetime.datetime.fromisoformat(last_fetched_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        credentials = _parse_credentials(json__["credentials"])

        tags = json__.get("tags", UNSET)
        if tags is not UNSET:
            tags = UNSET if isinstance(tags, Unset) else _Tags_from_dict(tags)
        keys__ += tags is not UNSET

        webhook_url_override = json__.get("webhook_url_override", UNSET)
        keys__ += webhook_url_override is not UNSET

        obj__ = cls(
            id,
            connection_id,
            provider_config_key,
            provider,
            errors,
            end_user,
            metadata,
            connection_config,
            created_at,
            updated_at,
            last_fetched_at,
            credentials,
            tags,
            webhook_url_override,
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
        "id",
        "connection_id",
        "provider_config_key",
        "provider",
        "errors",
        "end_user",
        "metadata",
        "connection_config",
        "created_at",
        "updated_at",
        "last_fetched_at",
        "credentials",
        "tags",
        "webhook_url_override",
    )
)


def _parse_credentials(
    data: object,
) -> (
    CredentialsApiKey
    | CredentialsApp
    | CredentialsAwsSigV4
    | CredentialsBasic
    | CredentialsBill
    | CredentialsCustom
    | CredentialsJwt
    | CredentialsOAuth1
    | CredentialsOAuth2
    | CredentialsOAuth2CC
    | CredentialsOther
    | CredentialsSignature
    | CredentialsTba
    | CredentialsTwoStep
):
    if isinstance(data, dict):
        try:
            return _CredentialsOAuth2_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _CredentialsOAuth1_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _CredentialsOAuth2CC_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _CredentialsBasic_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _CredentialsApiKey_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _CredentialsApp_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _CredentialsCustom_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _CredentialsTba_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _CredentialsJwt_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _CredentialsBill_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _CredentialsTwoStep_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _CredentialsSignature_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return _CredentialsAwsSigV4_from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    return _CredentialsOther_from_dict(data)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_ConnectionError_(src_dict: Mapping[str, Any]) -> ConnectionError_:
    global _ConnectionError__from_dict
    from nango_api.models.connection_error import ConnectionError_

    _ConnectionError__from_dict = ConnectionError_.from_dict
    return ConnectionError_.from_dict(src_dict)


_ConnectionError__from_dict: Callable[[Mapping[str, Any]], ConnectionError_] = (
    _bind_ConnectionError_
)


def _bind_CredentialsApiKey(src_dict: Mapping[str, Any]) -> CredentialsApiKey:
    global _CredentialsApiKey_from_dict
    from nango_api.models.credentials_api_key import CredentialsApiKey

    _CredentialsApiKey_from_dict = CredentialsApiKey.from_dict
    return CredentialsApiKey.from_dict(src_dict)


_CredentialsApiKey_from_dict: Callable[[Mapping[str, Any]], CredentialsApiKey] = (
    _bind_CredentialsApiKey
)


def _bind_CredentialsApp(src_dict: Mapping[str, Any]) -> CredentialsApp:
    global _CredentialsApp_from_dict
    from nango_api.models.credentials_app import CredentialsApp

    _CredentialsApp_from_dict = CredentialsApp.from_dict
    return CredentialsApp.from_dict(src_dict)


_CredentialsApp_from_dict: Callable[[Mapping[str, Any]], CredentialsApp] = (
    _bind_CredentialsApp
)


def _bind_CredentialsAwsSigV4(src_dict: Mapping[str, Any]) -> CredentialsAwsSigV4:
    global _CredentialsAwsSigV4_from_dict
    from nango_api.models.credentials_aws_sig_v4 import CredentialsAwsSigV4

    _CredentialsAwsSigV4_from_dict = CredentialsAwsSigV4.from_dict
    return CredentialsAwsSigV4.from_dict(src_dict)


_CredentialsAwsSigV4_from_dict: Callable[[Mapping[str, Any]], CredentialsAwsSigV4] = (
    _bind_CredentialsAwsSigV4
)


def _bind_CredentialsBasic(src_dict: Mapping[str, Any]) -> CredentialsBasic:
    global _CredentialsBasic_from_dict
    from nango_api.models.credentials_basic import CredentialsBasic

    _CredentialsBasic_from_dict = CredentialsBasic.from_dict
    return CredentialsBasic.from_dict(src_dict)


_CredentialsBasic_from_dict: Callable[[Mapping[str, Any]], CredentialsBasic] = (
    _bind_CredentialsBasic
)


def _bind_CredentialsBill(src_dict: Mapping[str, Any]) -> CredentialsBill:
    global _CredentialsBill_from_dict
    from nango_api.models.credentials_bill import CredentialsBill

    _CredentialsBill_from_dict = CredentialsBill.from_dict
    return CredentialsBill.from_dict(src_dict)


_CredentialsBill_from_dict: Callable[[Mapping[str, Any]], CredentialsBill] = (
    _bind_CredentialsBill
)


def _bind_CredentialsCustom(src_dict: Mapping[str, Any]) -> CredentialsCustom:
    global _CredentialsCustom_from_dict
    from nango_api.models.credentials_custom import CredentialsCustom

    _CredentialsCustom_from_dict = CredentialsCustom.from_dict
    return CredentialsCustom.from_dict(src_dict)


_CredentialsCustom_from_dict: Callable[[Mapping[str, Any]], CredentialsCustom] = (
    _bind_CredentialsCustom
)


def _bind_CredentialsJwt(src_dict: Mapping[str, Any]) -> CredentialsJwt:
    global _CredentialsJwt_from_dict
    from nango_api.models.credentials_jwt import CredentialsJwt

    _CredentialsJwt_from_dict = CredentialsJwt.from_dict
    return CredentialsJwt.from_dict(src_dict)


_CredentialsJwt_from_dict: Callable[[Mapping[str, Any]], CredentialsJwt] = (
    _bind_CredentialsJwt
)


def _bind_CredentialsOAuth1(src_dict: Mapping[str, Any]) -> CredentialsOAuth1:
    global _CredentialsOAuth1_from_dict
    from nango_api.models.credentials_o_auth_1 import CredentialsOAuth1

    _CredentialsOAuth1_from_dict = CredentialsOAuth1.from_dict
    return CredentialsOAuth1.from_dict(src_dict)


_CredentialsOAuth1_from_dict: Callable[[Mapping[str, Any]], CredentialsOAuth1] = (
    _bind_CredentialsOAuth1
)


def _bind_CredentialsOAuth2(src_dict: Mapping[str, Any]) -> CredentialsOAuth2:
    global _CredentialsOAuth2_from_dict
    from nango_api.models.credentials_o_auth_2 import CredentialsOAuth2

    _CredentialsOAuth2_from_dict = CredentialsOAuth2.from_dict
    return CredentialsOAuth2.from_dict(src_dict)


_CredentialsOAuth2_from_dict: Callable[[Mapping[str, Any]], CredentialsOAuth2] = (
    _bind_CredentialsOAuth2
)


def _bind_CredentialsOAuth2CC(src_dict: Mapping[str, Any]) -> CredentialsOAuth2CC:
    global _CredentialsOAuth2CC_from_dict
    from nango_api.models.credentials_o_auth_2cc import CredentialsOAuth2CC

    _CredentialsOAuth2CC_from_dict = CredentialsOAuth2CC.from_dict
    return CredentialsOAuth2CC.from_dict(src_dict)


_CredentialsOAuth2CC_from_dict: Callable[[Mapping[str, Any]], CredentialsOAuth2CC] = (
    _bind_CredentialsOAuth2CC
)


def _bind_CredentialsOther(src_dict: Mapping[str, Any]) -> CredentialsOther:
    global _CredentialsOther_from_dict
    from nango_api.models.credentials_other import CredentialsOther

    _CredentialsOther_from_dict = CredentialsOther.from_dict
    return CredentialsOther.from_dict(src_dict)


_CredentialsOther_from_dict: Callable[[Mapping[str, Any]], CredentialsOther] = (
    _bind_CredentialsOther
)


def _bind_CredentialsSignature(src_dict: Mapping[str, Any]) -> CredentialsSignature:
    global _CredentialsSignature_from_dict
    from nango_api.models.credentials_signature import CredentialsSignature

    _CredentialsSignature_from_dict = CredentialsSignature.from_dict
    return CredentialsSignature.from_dict(src_dict)


_CredentialsSignature_from_dict: Callable[[Mapping[str, Any]], CredentialsSignature] = (
    _bind_CredentialsSignature
)


def _bind_CredentialsTba(src_dict: Mapping[str, Any]) -> CredentialsTba:
    global _CredentialsTba_from_dict
    from nango_api.models.credentials_tba import CredentialsTba

    _CredentialsTba_from_dict = CredentialsTba.from_dict
    return CredentialsTba.from_dict(src_dict)


_CredentialsTba_from_dict: Callable[[Mapping[str, Any]], CredentialsTba] = (
    _bind_CredentialsTba
)


def _bind_CredentialsTwoStep(src_dict: Mapping[str, Any]) -> CredentialsTwoStep:
    global _CredentialsTwoStep_from_dict
    from nango_api.models.credentials_two_step import CredentialsTwoStep

    _CredentialsTwoStep_from_dict = CredentialsTwoStep.from_dict
    return CredentialsTwoStep.from_dict(src_dict)


_CredentialsTwoStep_from_dict: Callable[[Mapping[str, Any]], CredentialsTwoStep] = (
    _bind_CredentialsTwoStep
)


def _bind_EndUser(src_dict: Mapping[str, Any]) -> EndUser:
    global _EndUser_from_dict
    from nango_api.models.end_user import EndUser

    _EndUser_from_dict = EndUser.from_dict
    return EndUser.from_dict(src_dict)


_EndUser_from_dict: Callable[[Mapping[str, Any]], EndUser] = _bind_EndUser


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
