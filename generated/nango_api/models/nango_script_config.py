from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
        from nango_api.models.json_object import JsonObject
        from nango_api.models.nango_script_endpoint import NangoScriptEndpoint

        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type", UNSET)

        description = d.pop("description", UNSET)

        def _parse_runs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        runs = _parse_runs(d.pop("runs", UNSET))

        auto_start = d.pop("auto_start", UNSET)

        track_deletes = d.pop("track_deletes", UNSET)

        scopes = cast(list[str], d.pop("scopes", UNSET))

        input_ = d.pop("input", UNSET)

        returns = cast(list[str], d.pop("returns", UNSET))

        _endpoints = d.pop("endpoints", UNSET)
        endpoints: list[NangoScriptEndpoint] | Unset = UNSET
        if _endpoints is not UNSET:
            endpoints = []
            for endpoints_item_data in _endpoints:
                endpoints_item = NangoScriptEndpoint.from_dict(endpoints_item_data)

                endpoints.append(endpoints_item)

        def _parse_json_schema(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                json_schema_type_0 = JsonObject.from_dict(data)

                return json_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        json_schema = _parse_json_schema(d.pop("json_schema", UNSET))

        webhook_subscriptions = cast(list[str], d.pop("webhookSubscriptions", UNSET))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_last_deployed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_deployed = _parse_last_deployed(d.pop("last_deployed", UNSET))

        id = d.pop("id", UNSET)

        enabled = d.pop("enabled", UNSET)

        source = d.pop("source", UNSET)

        def _parse_sdk_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sdk_version = _parse_sdk_version(d.pop("sdk_version", UNSET))

        nango_script_config = cls(
            name=name,
            type_=type_,
            description=description,
            runs=runs,
            auto_start=auto_start,
            track_deletes=track_deletes,
            scopes=scopes,
            input_=input_,
            returns=returns,
            endpoints=endpoints,
            json_schema=json_schema,
            webhook_subscriptions=webhook_subscriptions,
            version=version,
            last_deployed=last_deployed,
            id=id,
            enabled=enabled,
            source=source,
            sdk_version=sdk_version,
        )

        nango_script_config.additional_properties = d
        return nango_script_config

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
