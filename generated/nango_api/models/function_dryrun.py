from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.function_job_error import FunctionJobError


T = TypeVar("T", bound="FunctionDryrun")


@_attrs_define
class FunctionDryrun:
    """A dry run. `status` is final once `success` (`output`, `result`) or `failed` (`error`, often `output`)."""

    id: str
    """ The dry run's ID (a UUID). """
    status: str
    """ Known values: `waiting`, `running`, `success`, `failed`. """
    integration_id: str
    function_type: str
    """ Known values: `action`, `sync`. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    started_at: datetime.datetime | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    duration_ms: int | Unset = UNSET
    output: str | Unset = UNSET
    """ The dry run's console output. """
    result: Any | Unset = UNSET
    """ The function's result, when it returns one (any JSON value). """
    error: FunctionJobError | Unset = UNSET
    """ Why a dry run or a deployment failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        integration_id = self.integration_id

        function_type = self.function_type

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        duration_ms = self.duration_ms

        output = self.output

        result = self.result

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "integration_id": integration_id,
                "function_type": function_type,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if output is not UNSET:
            field_dict["output"] = output
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        id = json__["id"]

        status = json__["status"]

        integration_id = json__["integration_id"]

        function_type = json__["function_type"]

        created_at = datetime.datetime.fromisoformat(json__["created_at"])

        updated_at = datetime.datetime.fromisoformat(json__["updated_at"])

        started_at = json__.get("started_at", UNSET)
        if started_at is not UNSET:
            started_at = (
                UNSET
                if isinstance(started_at, Unset)
                else datetime.datetime.fromisoformat(started_at)
            )

        completed_at = json__.get("completed_at", UNSET)
        if completed_at is not UNSET:
            completed_at = (
                UNSET
                if isinstance(completed_at, Unset)
                else datetime.datetime.fromisoformat(completed_at)
            )

        duration_ms = json__.get("duration_ms", UNSET)

        output = json__.get("output", UNSET)

        result = json__.get("result", UNSET)

        error = json__.get("error", UNSET)
        if error is not UNSET:
            error = (
                UNSET
                if isinstance(error, Unset)
                else _FunctionJobError_from_dict(error)
            )

        obj__ = cls(
            id,
            status,
            integration_id,
            function_type,
            created_at,
            updated_at,
            started_at,
            completed_at,
            duration_ms,
            output,
            result,
            error,
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
        "id",
        "status",
        "integration_id",
        "function_type",
        "created_at",
        "updated_at",
        "started_at",
        "completed_at",
        "duration_ms",
        "output",
        "result",
        "error",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_FunctionJobError(src_dict: Mapping[str, Any]) -> FunctionJobError:
    global _FunctionJobError_from_dict
    from nango_api.models.function_job_error import FunctionJobError

    _FunctionJobError_from_dict = FunctionJobError.from_dict
    return FunctionJobError.from_dict(src_dict)


_FunctionJobError_from_dict: Callable[[Mapping[str, Any]], FunctionJobError] = (
    _bind_FunctionJobError
)
