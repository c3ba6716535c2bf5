from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.json_object import JsonObject


T = TypeVar("T", bound="CredentialsCustom")


@_attrs_define
class CredentialsCustom:
    """GitHub App OAuth credentials (`app` and `user` parts when combined)."""

    type_: Literal["CUSTOM"]
    app: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    user: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    raw: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app, Unset):
            app = self.app.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        raw: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raw, Unset):
            raw = self.raw.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if app is not UNSET:
            field_dict["app"] = app
        if user is not UNSET:
            field_dict["user"] = user
        if raw is not UNSET:
            field_dict["raw"] = raw

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 1
        type_ = json__["type"]
        if type_ != "CUSTOM":
            raise ValueError(f"type must match const 'CUSTOM', got '{type_}'")

        app = json__.get("app", UNSET)
        if app is not UNSET:
            app = UNSET if isinstance(app, Unset) else _JsonObject_from_dict(app)
        keys__ += app is not UNSET

        user = json__.get("user", UNSET)
        if user is not UNSET:
            user = UNSET if isinstance(user, Unset) else _JsonObject_from_dict(user)
        keys__ += user is not UNSET

        raw = json__.get("raw", UNSET)
        if raw is not UNSET:
            raw = UNSET if isinstance(raw, Unset) else _JsonObject_from_dict(raw)
        keys__ += raw is not UNSET

        obj__ = cls(
            type_,
            app,
            user,
            raw,
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
        "type",
        "app",
        "user",
        "raw",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_JsonObject(src_dict: Mapping[str, Any]) -> JsonObject:
    global _JsonObject_from_dict
    from nango_api.models.json_object import JsonObject

    _JsonObject_from_dict = JsonObject.from_dict
    return JsonObject.from_dict(src_dict)


_JsonObject_from_dict: Callable[[Mapping[str, Any]], JsonObject] = _bind_JsonObject
