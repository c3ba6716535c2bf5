from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreatedApiKey")


@_attrs_define
class CreatedApiKey:
    """A new API key. `secret` is returned only once."""

    id: int
    """ The numeric key ID, to delete the key later. """
    display_name: str
    scopes: list[str]
    """ `["environment:*"]` for the keys this endpoint creates. """
    secret: str
    """ The API key itself; store it now. """
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        scopes = self.scopes

        secret = self.secret

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "display_name": display_name,
                "scopes": scopes,
                "secret": secret,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        id = json__["id"]

        display_name = json__["display_name"]

        scopes = json__["scopes"]

        secret = json__["secret"]

        created_at = datetime.datetime.fromisoformat(json__["created_at"])

        obj__ = cls(
            id,
            display_name,
            scopes,
            secret,
            created_at,
        )
        if len(json__) != 5:
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
        "scopes",
        "secret",
        "created_at",
    )
)
