from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from nango_api.models.runnable_function_type import RunnableFunctionType
from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.json_object import JsonObject


T = TypeVar("T", bound="FunctionDryrunRequest")


@_attrs_define
class FunctionDryrunRequest:
    integration_id: str
    """ The integration ID (`unique_key`). """
    function_type: RunnableFunctionType
    """ The type of a function that can be compiled, dry run and deployed. """
    code: str
    """ The function's TypeScript source. """
    connection_id: str
    """ The connection to run the function against. """
    input_: Any | Unset = UNSET
    """ The action's input (any JSON value). """
    metadata: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    checkpoint: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    last_sync_date: str | Unset = UNSET
    """ The last sync date a sync function sees, an ISO 8601 UTC timestamp ending in `Z`
    (`2026-11-01T00:00:00.000Z`; the server refuses an offset such as `+00:00`). Not declared as `format: date-
    time`, so that generated clients send the string as given. """

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        function_type = self.function_type.value

        code = self.code

        connection_id = self.connection_id

        input_ = self.input_

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        checkpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint, Unset):
            checkpoint = self.checkpoint.to_dict()

        last_sync_date = self.last_sync_date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "integration_id": integration_id,
                "function_type": function_type,
                "code": code,
                "connection_id": connection_id,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint
        if last_sync_date is not UNSET:
            field_dict["last_sync_date"] = last_sync_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        integration_id = json__["integration_id"]

        function_type = RunnableFunctionType(json__["function_type"])

        code = json__["code"]

        connection_id = json__["connection_id"]

        input_ = json__.get("input", UNSET)

        metadata = json__.get("metadata", UNSET)
        if metadata is not UNSET:
            metadata = (
                UNSET
                if isinstance(metadata, Unset)
                else _JsonObject_from_dict(metadata)
            )

        checkpoint = json__.get("checkpoint", UNSET)
        if checkpoint is not UNSET:
            checkpoint = (
                UNSET
                if isinstance(checkpoint, Unset)
                else _JsonObject_from_dict(checkpoint)
            )

        last_sync_date = json__.get("last_sync_date", UNSET)

        obj__ = cls(
            integration_id,
            function_type,
            code,
            connection_id,
            input_,
            metadata,
            checkpoint,
            last_sync_date,
        )
        return obj__


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_JsonObject(src_dict: Mapping[str, Any]) -> JsonObject:
    global _JsonObject_from_dict
    from nango_api.models.json_object import JsonObject

    _JsonObject_from_dict = JsonObject.from_dict
    return JsonObject.from_dict(src_dict)


_JsonObject_from_dict: Callable[[Mapping[str, Any]], JsonObject] = _bind_JsonObject
