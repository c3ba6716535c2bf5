from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.json_object import JsonObject
    from nango_api.models.nango_script_endpoint import NangoScriptEndpoint


T = TypeVar("T", bound="NangoScriptConfig")


@_attrs_define
class NangoScriptConfig:
    """The configuration of one deployed sync, action or on-event script."""

    name: str
    type_: str | Unset = UNSET
    """ Known values: `sync`, `action`, `on-event`. """
    description: str | Unset = UNSET
    runs: None | str | Unset = UNSET
    """ Sync schedule (e.g. `every hour`). """
    auto_start: bool | Unset = UNSET
    track_deletes: bool | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    input_: str | Unset = UNSET
    """ Name of the input model. """
    returns: list[str] | Unset = UNSET
    endpoints: list[NangoScriptEndpoint] | Unset = UNSET
    json_schema: JsonObject | None | Unset = UNSET
    """ JSON schema of the models, if any. """
    webhook_subscriptions: list[str] | Unset = UNSET
    version: None | str | Unset = UNSET
    last_deployed: None | str | Unset = UNSET
    id: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    source: str | Unset = UNSET
    """ Known values: `catalog`, `standalone`, `repo`. """
    sdk_version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from nango_api.models.json_object import JsonObject

        name = self.name

        type_ = self.type_

        description = self.description

        runs: None | str | Unset
        if isinstance(self.runs, Unset):
            runs = UNSET
        else:
            runs = self.runs

        auto_start = self.auto_start

        track_deletes = self.track_deletes

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        input_ = self.input_

        returns: list[str] | Unset = UNSET
        if not isinstance(self.returns, Unset):
            returns = self.returns

        endpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = []
            for endpoints_item_data in self.endpoints:
                endpoints_item = endpoints_item_data.to_dict()
                endpoints.append(endpoints_item)

        json_schema: dict[str, Any] | None | Unset
        if isinstance(self.json_schema, Unset):
            json_schema = UNSET
        elif isinstance(self.json_schema, JsonObject):
            json_schema = self.json_schema.to_dict()
        else:
            json_schema = self.json_schema

        webhook_subscriptions: list[str] | Unset = UNSET
        if not isinstance(self.webhook_subscriptions, Unset):
            webhook_subscriptions = self.webhook_subscriptions

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        last_deployed: None | str | Unset
        if isinstance(self.last_deployed, Unset):
            last_deployed = UNSET
        else:
            last_deployed = self.last_deployed

        id = self.id

        enabled = self.enabled

        source = self.source

        sdk_version: None | str | Unset
        if isinstance(self.sdk_version, Unset):
            sdk_version = UNSET
        else:
            sdk_version = self.sdk_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if runs is not UNSET:
            field_dict["runs"] = runs
        if auto_start is not UNSET:
            field_dict["auto_start"] = auto_start
        if track_deletes is not UNSET:
            field_dict["track_deletes"] = track_deletes
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if input_ is not UNSET:
            field_dict["input"] = input_
        if returns is not UNSET:
            field_dict["returns"] = returns
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema
        if webhook_subscriptions is not UNSET:
            field_dict["webhookSubscriptions"] = webhook_subscriptions
        if version is not UNSET:
            field_dict["version"] = version
        if last_deployed is not UNSET:
            field_dict["last_deployed"] = last_deployed
        if id is not UNSET:
            field_dict["id"] = id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if source is not UNSET:
            field_dict["source"] = source
        if sdk_version is not UNSET:
            field_dict["sdk_version"] = sdk_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        name = json__["name"]

        type_ = json__.get("type", UNSET)

        description = json__.get("description", UNSET)

        runs = json__.get("runs", UNSET)

        auto_start = json__.get("auto_start", UNSET)

        track_deletes = json__.get("track_deletes", UNSET)

        scopes = json__.get("scopes", UNSET)

        input_ = json__.get("input", UNSET)

        returns = json__.get("returns", UNSET)

        endpoints__json = json__.get("endpoints", UNSET)
        endpoints: list[NangoScriptEndpoint] | Unset = UNSET
        if endpoints__json is not UNSET:
            endpoints = []
            for endpoints_item_data in endpoints__json:
                endpoints.append(_NangoScriptEndpoint_from_dict(endpoints_item_data))

        json_schema = json__.get("json_schema", UNSET)
        if isinstance(json_schema, dict):
            try:
                json_schema = _JsonObject_from_dict(json_schema)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        webhook_subscriptions = json__.get("webhookSubscriptions", UNSET)

        version = json__.get("version", UNSET)

        last_deployed = json__.get("last_deployed", UNSET)

        id = json__.get("id", UNSET)

        enabled = json__.get("enabled", UNSET)

        source = json__.get("source", UNSET)

        sdk_version = json__.get("sdk_version", UNSET)

        obj__ = cls(
            name,
            type_,
            description,
            runs,
            auto_start,
            track_deletes,
            scopes,
            input_,
            returns,
            endpoints,
            json_schema,
            webhook_subscriptions,
            version,
            last_deployed,
            id,
            enabled,
            source,
            sdk_version,
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
        "type",
        "description",
        "runs",
        "auto_start",
        "track_deletes",
        "scopes",
        "input",
        "returns",
        "endpoints",
        "json_schema",
        "webhookSubscriptions",
        "version",
        "last_deployed",
        "id",
        "enabled",
        "source",
        "sdk_version",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_JsonObject(src_dict: Mapping[str, Any]) -> JsonObject:
    global _JsonObject_from_dict
    from nango_api.models.json_object import JsonObject

    _JsonObject_from_dict = JsonObject.from_dict
    return JsonObject.from_dict(src_dict)


_JsonObject_from_dict: Callable[[Mapping[str, Any]], JsonObject] = _bind_JsonObject


def _bind_NangoScriptEndpoint(src_dict: Mapping[str, Any]) -> NangoScriptEndpoint:
    global _NangoScriptEndpoint_from_dict
    from nango_api.models.nango_script_endpoint import NangoScriptEndpoint

    _NangoScriptEndpoint_from_dict = NangoScriptEndpoint.from_dict
    return NangoScriptEndpoint.from_dict(src_dict)


_NangoScriptEndpoint_from_dict: Callable[[Mapping[str, Any]], NangoScriptEndpoint] = (
    _bind_NangoScriptEndpoint
)
