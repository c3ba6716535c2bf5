from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        name = json__["name"]

        type_ = json__["type"]

        description = json__.get("description", UNSET)

        scopes = json__.get("scopes", UNSET)

        input_ = json__.get("input", UNSET)

        returns = json__.get("returns", UNSET)

        json_schema = json__.get("json_schema", UNSET)
        if isinstance(json_schema, dict):
            try:
                json_schema = _JsonObject_from_dict(json_schema)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        runs = json__.get("runs", UNSET)

        auto_start = json__.get("auto_start", UNSET)

        track_deletes = json__.get("track_deletes", UNSET)

        obj__ = cls(
            name,
            type_,
            description,
            scopes,
            input_,
            returns,
            json_schema,
            runs,
            auto_start,
            track_deletes,
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
        "scopes",
        "input",
        "returns",
        "json_schema",
        "runs",
        "auto_start",
        "track_deletes",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_JsonObject(src_dict: Mapping[str, Any]) -> JsonObject:
    global _JsonObject_from_dict
    from nango_api.models.json_object import JsonObject

    _JsonObject_from_dict = JsonObject.from_dict
    return JsonObject.from_dict(src_dict)


_JsonObject_from_dict: Callable[[Mapping[str, Any]], JsonObject] = _bind_JsonObject
