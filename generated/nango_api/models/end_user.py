from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.organization import Organization
    from nango_api.models.tags import Tags


T = TypeVar("T", bound="EndUser")


@_attrs_define
class EndUser:
    """The end user a connection belongs to."""

    id: str
    """ Your ID for the end user. """
    display_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    tags: None | Tags | Unset = UNSET
    organization: None | Organization | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from nango_api.models.organization import Organization
        from nango_api.models.tags import Tags

        id = self.id

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, Tags):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        organization: dict[str, Any] | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        elif isinstance(self.organization, Organization):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if tags is not UNSET:
            field_dict["tags"] = tags
        if organization is not UNSET:
            field_dict["organization"] = organization

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        keys__ = 1
        id = json__["id"]

        display_name = json__.get("display_name", UNSET)
        keys__ += display_name is not UNSET

        email = json__.get("email", UNSET)
        keys__ += email is not UNSET

        tags = json__.get("tags", UNSET)
        if isinstance(tags, dict):
            try:
                tags = _Tags_from_dict(tags)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        keys__ += tags is not UNSET

        organization = json__.get("organization", UNSET)
        if isinstance(organization, dict):
            try:
                organization = _Organization_from_dict(organization)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        keys__ += organization is not UNSET

        obj__ = cls(
            id,
            display_name,
            email,
            tags,
            organization,
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
        "display_name",
        "email",
        "tags",
        "organization",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_Organization(src_dict: Mapping[str, Any]) -> Organization:
    global _Organization_from_dict
    from nango_api.models.organization import Organization

    _Organization_from_dict = Organization.from_dict
    return Organization.from_dict(src_dict)


_Organization_from_dict: Callable[[Mapping[str, Any]], Organization] = (
    _bind_Organization
)


def _bind_Tags(src_dict: Mapping[str, Any]) -> Tags:
    global _Tags_from_dict
    from nango_api.models.tags import Tags

    _Tags_from_dict = Tags.from_dict
    return Tags.from_dict(src_dict)


_Tags_from_dict: Callable[[Mapping[str, Any]], Tags] = _bind_Tags
