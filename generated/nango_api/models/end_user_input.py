from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.tags import Tags


T = TypeVar("T", bound="EndUserInput")


@_attrs_define
class EndUserInput:
    """An end user, as sent to the server."""

    id: str
    """ Your ID for the end user. """
    email: str | Unset = UNSET
    display_name: str | Unset = UNSET
    tags: Tags | Unset = UNSET
    """ Connection tags, string to string. Server rules: at most 10 keys; keys match `^[a-zA-Z][a-zA-Z0-9_\\-./]*$`,
    at most 64 characters, stored lowercased (keys equal after lowercasing are rejected); values 1..255 characters
    (end-user tags may be empty); an `end_user_email` value must be an email. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        display_name = self.display_name

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 1
        id = json__["id"]

        email = json__.get("email", UNSET)
        keys__ += email is not UNSET

        display_name = json__.get("display_name", UNSET)
        keys__ += display_name is not UNSET

        tags = json__.get("tags", UNSET)
        if tags is not UNSET:
            tags = UNSET if isinstance(tags, Unset) else _Tags_from_dict(tags)
        keys__ += tags is not UNSET

        obj__ = cls(
            id,
            email,
            display_name,
            tags,
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
        "email",
        "display_name",
        "tags",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_Tags(src_dict: Mapping[str, Any]) -> Tags:
    global _Tags_from_dict
    from nango_api.models.tags import Tags

    _Tags_from_dict = Tags.from_dict
    return Tags.from_dict(src_dict)


_Tags_from_dict: Callable[[Mapping[str, Any]], Tags] = _bind_Tags
