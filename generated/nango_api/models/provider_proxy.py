from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.json_object import JsonObject


T = TypeVar("T", bound="ProviderProxy")


@_attrs_define
class ProviderProxy:
    """How the proxy reaches the provider's API."""

    base_url: str | Unset = UNSET
    """ Base URL of the provider's API (may contain `${connectionConfig.*}` placeholders). """
    headers: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    connection_config: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    query: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    retry: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    decompress: bool | Unset = UNSET
    paginate: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    verification: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_url = self.base_url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        connection_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection_config, Unset):
            connection_config = self.connection_config.to_dict()

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        retry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retry, Unset):
            retry = self.retry.to_dict()

        decompress = self.decompress

        paginate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paginate, Unset):
            paginate = self.paginate.to_dict()

        verification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.verification, Unset):
            verification = self.verification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if headers is not UNSET:
            field_dict["headers"] = headers
        if connection_config is not UNSET:
            field_dict["connection_config"] = connection_config
        if query is not UNSET:
            field_dict["query"] = query
        if retry is not UNSET:
            field_dict["retry"] = retry
        if decompress is not UNSET:
            field_dict["decompress"] = decompress
        if paginate is not UNSET:
            field_dict["paginate"] = paginate
        if verification is not UNSET:
            field_dict["verification"] = verification

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        base_url = json__.get("base_url", UNSET)

        headers = json__.get("headers", UNSET)
        if headers is not UNSET:
            headers = (
                UNSET if isinstance(headers, Unset) else _JsonObject_from_dict(headers)
            )

        connection_config = json__.get("connection_config", UNSET)
        if connection_config is not UNSET:
            connection_config = (
                UNSET
                if isinstance(connection_config, Unset)
                else _JsonObject_from_dict(connection_config)
            )

        query = json__.get("query", UNSET)
        if query is not UNSET:
            query = UNSET if isinstance(query, Unset) else _JsonObject_from_dict(query)

        retry = json__.get("retry", UNSET)
        if retry is not UNSET:
            retry = UNSET if isinstance(retry, Unset) else _JsonObject_from_dict(retry)

        decompress = json__.get("decompress", UNSET)

        paginate = json__.get("paginate", UNSET)
        if paginate is not UNSET:
            paginate = (
                UNSET
                if isinstance(paginate, Unset)
                else _JsonObject_from_dict(paginate)
            )

        verification = json__.get("verification", UNSET)
        if verification is not UNSET:
            verification = (
                UNSET
                if isinstance(verification, Unset)
                else _JsonObject_from_dict(verification)
            )

        obj__ = cls(
            base_url,
            headers,
            connection_config,
            query,
            retry,
            decompress,
            paginate,
            verification,
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
        "base_url",
        "headers",
        "connection_config",
        "query",
        "retry",
        "decompress",
        "paginate",
        "verification",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_JsonObject(src_dict: Mapping[str, Any]) -> JsonObject:
    global _JsonObject_from_dict
    from nango_api.models.json_object import JsonObject

    _JsonObject_from_dict = JsonObject.from_dict
    return JsonObject.from_dict(src_dict)


_JsonObject_from_dict: Callable[[Mapping[str, Any]], JsonObject] = _bind_JsonObject
