from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from nango_api.models.record_metadata import RecordMetadata


T = TypeVar("T", bound="Record")


@_attrs_define
class Record:
    """A record stored by a sync: the fields defined by the sync's model (kept in the additional properties), plus `id` and
    `_nango_metadata`.

    """

    id: int | str
    """ The record's ID, unique within the model. """
    field_nango_metadata: RecordMetadata
    """ Nango's bookkeeping for a record. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        field_nango_metadata = self.field_nango_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "_nango_metadata": field_nango_metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        id = json__["id"]

        field_nango_metadata = _RecordMetadata_from_dict(json__["_nango_metadata"])

        obj__ = cls(
            id,
            field_nango_metadata,
        )
        if len(json__) != 2:
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
        "_nango_metadata",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_RecordMetadata(src_dict: Mapping[str, Any]) -> RecordMetadata:
    global _RecordMetadata_from_dict
    from nango_api.models.record_metadata import RecordMetadata

    _RecordMetadata_from_dict = RecordMetadata.from_dict
    return RecordMetadata.from_dict(src_dict)


_RecordMetadata_from_dict: Callable[[Mapping[str, Any]], RecordMetadata] = (
    _bind_RecordMetadata
)
