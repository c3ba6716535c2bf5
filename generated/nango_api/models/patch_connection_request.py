from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.end_user_input import EndUserInput
    from nango_api.models.tags import Tags


T = TypeVar("T", bound="PatchConnectionRequest")


@_attrs_define
class PatchConnectionRequest:
    end_user: EndUserInput | Unset = UNSET
    """ An end user, as sent to the server. """
    tags: Tags | Unset = UNSET
    """ Connection tags, string to string. Server rules: at most 10 keys; keys match `^[a-zA-Z][a-zA-Z0-9_\\-./]*$`,
    at most 64 characters, stored lowercased (keys equal after lowercasing are rejected); values 1..255 characters
    (end-user tags may be empty); an `end_user_email` value must be an email. """
    webhook_url_override: None | str | Unset = UNSET
    """ Webhook URL for this connection only; `null` or `""` removes the override. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_user, Unset):
            end_user = self.end_user.to_dict()

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
        field_dict.update({})
        if end_user is not UNSET:
            field_dict["end_user"] = end_user
        if tags is not UNSET:
            field_dict["tags"] = tags
        if webhook_url_override is not UNSET:
            field_dict["webhook_url_override"] = webhook_url_override

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 0
        end_user = json__.get("end_user", UNSET)
        if end_user is not UNSET:
            end_user = (
                UNSET
                if isinstance(end_user, Unset)
                else _EndUserInput_from_dict(end_user)
            )
        keys__ += end_user is not UNSET

        tags = json__.get("tags", UNSET)
        if tags is not UNSET:
            tags = UNSET if isinstance(tags, Unset) else _Tags_from_dict(tags)
        keys__ += tags is not UNSET

        webhook_url_override = json__.get("webhook_url_override", UNSET)
        keys__ += webhook_url_override is not UNSET

        obj__ = cls(
            end_user,
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
        "end_user",
        "tags",
        "webhook_url_override",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_EndUserInput(src_dict: Mapping[str, Any]) -> EndUserInput:
    global _EndUserInput_from_dict
    from nango_api.models.end_user_input import EndUserInput

    _EndUserInput_from_dict = EndUserInput.from_dict
    return EndUserInput.from_dict(src_dict)


_EndUserInput_from_dict: Callable[[Mapping[str, Any]], EndUserInput] = (
    _bind_EndUserInput
)


def _bind_Tags(src_dict: Mapping[str, Any]) -> Tags:
    global _Tags_from_dict
    from nango_api.models.tags import Tags

    _Tags_from_dict = Tags.from_dict
    return Tags.from_dict(src_dict)


_Tags_from_dict: Callable[[Mapping[str, Any]], Tags] = _bind_Tags
