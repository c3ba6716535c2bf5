from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.json_object import JsonObject


T = TypeVar("T", bound="ProviderTemplate")


@_attrs_define
class ProviderTemplate:
    """A catalog sync or action template."""

    name: str
    type_: str
    """ Known values: `sync`, `action`. """
    description: str | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    input_: str | Unset = UNSET
    """ Name of the input model. """
    returns: list[str] | Unset = UNSET
    """ Names of the returned models. """
    json_schema: JsonObject | None | Unset = UNSET
    """ JSON schema of the models, if any. """
    runs: None | str | Unset = UNSET
    """ Sync schedule (e.g. `every hour`). """
    auto_start: bool | Unset = UNSET
    track_deletes: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from nango_api.models.json_object import JsonObject

        name = self.name

        type_ = self.type_

        description = self.description

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        input_ = self.input_

        returns: list[str] | Unset = UNSET
        if not isinstance(self.returns, Unset):
            returns = self.returns

        json_schema: dict[str, Any] | None | Unset
        if isinstance(self.json_schema, Unset):
            json_schema = UNSET
        elif isinstance(self.json_schema, JsonObject):
            json_schema = self.json_schema.to_dict()
        else:
            json_schema = self.json_schema

        runs: None | str | Unset
        if isinstance(self.runs, Unset):
            runs = UNSET
        else:
            runs = self.runs

        auto_start = self.auto_start

        track_deletes = self.track_deletes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if input_ is not UNSET:
            field_dict["input"] = input_
        if returns is not UNSET:
            field_dict["returns"] = returns
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema
        if runs is not UNSET:
            field_dict["runs"] = runs
        if auto_start is not UNSET:
            field_dict["auto_start"] = auto_start
        if track_deletes is not UNSET:
            field_dict["track_deletes"] = track_deletes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from nango_api.models.json_object import JsonObject

        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        description = d.pop("description", UNSET)

        scopes = cast(list[str], d.pop("scopes", UNSET))

        input_ = d.pop("input", UNSET)

        returns = cast(list[str], d.pop("returns", UNSET))

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

        def _parse_runs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        runs = _parse_runs(d.pop("runs", UNSET))

        auto_start = d.pop("auto_start", UNSET)

        track_deletes = d.pop("track_deletes", UNSET)

        provider_template = cls(
            name=name,
            type_=type_,
            description=description,
            scopes=scopes,
            input_=input_,
            returns=returns,
            json_schema=json_schema,
            runs=runs,
            auto_start=auto_start,
            track_deletes=track_deletes,
        )

        provider_template.additional_properties = d
        return provider_template

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
