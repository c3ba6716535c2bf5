from __future__ import annotations

from collections.abc import Mapping
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
        from nango_api.models.json_object import JsonObject

        d = dict(src_dict)
        integration_id = d.pop("integration_id")

        function_type = RunnableFunctionType(d.pop("function_type"))

        code = d.pop("code")

        connection_id = d.pop("connection_id")

        input_ = d.pop("input", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: JsonObject | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = JsonObject.from_dict(_metadata)

        _checkpoint = d.pop("checkpoint", UNSET)
        checkpoint: JsonObject | Unset
        if isinstance(_checkpoint, Unset):
            checkpoint = UNSET
        else:
            checkpoint = JsonObject.from_dict(_checkpoint)

        last_sync_date = d.pop("last_sync_date", UNSET)

        function_dryrun_request = cls(
            integration_id=integration_id,
            function_type=function_type,
            code=code,
            connection_id=connection_id,
            input_=input_,
            metadata=metadata,
            checkpoint=checkpoint,
            last_sync_date=last_sync_date,
        )

        return function_dryrun_request
