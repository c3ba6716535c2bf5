from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from nango_api.types import UNSET, Unset

if TYPE_CHECKING:
    from nango_api.models.sync_checkpoint import SyncCheckpoint
    from nango_api.models.sync_record_counts import SyncRecordCounts
    from nango_api.models.sync_result_by_model import SyncResultByModel


T = TypeVar("T", bound="SyncStatus")


@_attrs_define
class SyncStatus:
    """The status of one sync of one connection."""

    id: str
    """ The sync's ID. """
    name: str
    """ The sync name. """
    status: str
    """ Current status. Known values `RUNNING`, `SUCCESS`, `ERROR`, `PAUSED`, `STOPPED`. """
    connection_id: str | Unset = UNSET
    """ The connection ID. """
    variant: str | Unset = UNSET
    """ The variant name (`base` for the default variant). """
    type_: str | Unset = UNSET
    """ Deprecated. Type of the latest run. Known values `INCREMENTAL`, `INITIAL`, `FULL`, `WEBHOOK`. """
    frequency: None | str | Unset = UNSET
    """ The sync's frequency (e.g. `every hour`). """
    finished_at: datetime.datetime | Unset = UNSET
    """ When the latest run finished (absent if it never ran). """
    next_scheduled_sync_at: datetime.datetime | None | Unset = UNSET
    """ When the next run is scheduled, or `null`. """
    latest_result: SyncResultByModel | Unset = UNSET
    """ Changes made by the latest run, by model name. """
    latest_execution_status: str | Unset = UNSET
    """ Status of the latest run. Known values as for `status`. """
    record_count: SyncRecordCounts | Unset = UNSET
    """ Number of stored records, by model name. """
    checkpoint: None | SyncCheckpoint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from nango_api.models.sync_checkpoint import SyncCheckpoint

        id = self.id

        name = self.name

        status = self.status

        connection_id = self.connection_id

        variant = self.variant

        type_ = self.type_

        frequency: None | str | Unset
        if isinstance(self.frequency, Unset):
            frequency = UNSET
        else:
            frequency = self.frequency

        finished_at: str | Unset = UNSET
        if not isinstance(self.finished_at, Unset):
            finished_at = self.finished_at.isoformat()

        next_scheduled_sync_at: None | str | Unset
        if isinstance(self.next_scheduled_sync_at, Unset):
            next_scheduled_sync_at = UNSET
        elif isinstance(self.next_scheduled_sync_at, datetime.datetime):
            next_scheduled_sync_at = self.next_scheduled_sync_at.isoformat()
        else:
            next_scheduled_sync_at = self.next_scheduled_sync_at

        latest_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latest_result, Unset):
            latest_result = self.latest_result.to_dict()

        latest_execution_status = self.latest_execution_status

        record_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record_count, Unset):
            record_count = self.record_count.to_dict()

        checkpoint: dict[str, Any] | None | Unset
        if isinstance(self.checkpoint, Unset):
            checkpoint = UNSET
        elif isinstance(self.checkpoint, SyncCheckpoint):
            checkpoint = self.checkpoint.to_dict()
        else:
            checkpoint = self.checkpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
            }
        )
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if variant is not UNSET:
            field_dict["variant"] = variant
        if type_ is not UNSET:
            field_dict["type"] = type_
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if next_scheduled_sync_at is not UNSET:
            field_dict["nextScheduledSyncAt"] = next_scheduled_sync_at
        if latest_result is not UNSET:
            field_dict["latestResult"] = latest_result
        if latest_execution_status is not UNSET:
            field_dict["latestExecutionStatus"] = latest_execution_status
        if record_count is not UNSET:
            field_dict["recordCount"] = record_count
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        json__ = src_dict if type(src_dict) is dict else dict(src_dict)
        id = json__["id"]

        name = json__["name"]

        status = json__["status"]

        connection_id = json__.get("connection_id", UNSET)

        variant = json__.get("variant", UNSET)

        type_ = json__.get("type", UNSET)

        frequency = json__.get("frequency", UNSET)

        finished_at = json__.get("finishedAt", UNSET)
        if finished_at is not UNSET:
            finished_at = (
                UNSET
                if isinstance(finished_at, Unset)
                else datetime.datetime.fromisoformat(finished_at)
            )

        next_scheduled_sync_at = json__.get("nextScheduledSyncAt", UNSET)
        if isinstance(next_scheduled_sync_at, str):
            try:
                next_scheduled_sync_at = datetime.datetime.fromisoformat(
                    next_scheduled_sync_at
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        latest_result = json__.get("latestResult", UNSET)
        if latest_result is not UNSET:
            latest_result = (
                UNSET
                if isinstance(latest_result, Unset)
                else _SyncResultByModel_from_dict(latest_result)
            )

        latest_execution_status = json__.get("latestExecutionStatus", UNSET)

        record_count = json__.get("recordCount", UNSET)
        if record_count is not UNSET:
            record_count = (
                UNSET
                if isinstance(record_count, Unset)
                else _SyncRecordCounts_from_dict(record_count)
            )

        checkpoint = json__.get("checkpoint", UNSET)
        if isinstance(checkpoint, dict):
            try:
                checkpoint = _SyncCheckpoint_from_dict(checkpoint)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        obj__ = cls(
            id,
            name,
            status,
            connection_id,
            variant,
            type_,
            frequency,
            finished_at,
            next_scheduled_sync_at,
            latest_result,
            latest_execution_status,
            record_count,
            checkpoint,
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
        "name",
        "status",
        "connection_id",
        "variant",
        "type",
        "frequency",
        "finishedAt",
        "nextScheduledSyncAt",
        "latestResult",
        "latestExecutionStatus",
        "recordCount",
        "checkpoint",
    )
)


# The from_dict of each model nested in this one, its module imported on the first call.


def _bind_SyncCheckpoint(src_dict: Mapping[str, Any]) -> SyncCheckpoint:
    global _SyncCheckpoint_from_dict
    from nango_api.models.sync_checkpoint import SyncCheckpoint

    _SyncCheckpoint_from_dict = SyncCheckpoint.from_dict
    return SyncCheckpoint.from_dict(src_dict)


_SyncCheckpoint_from_dict: Callable[[Mapping[str, Any]], SyncCheckpoint] = (
    _bind_SyncCheckpoint
)


def _bind_SyncRecordCounts(src_dict: Mapping[str, Any]) -> SyncRecordCounts:
    global _SyncRecordCounts_from_dict
    from nango_api.models.sync_record_counts import SyncRecordCounts

    _SyncRecordCounts_from_dict = SyncRecordCounts.from_dict
    return SyncRecordCounts.from_dict(src_dict)


_SyncRecordCounts_from_dict: Callable[[Mapping[str, Any]], SyncRecordCounts] = (
    _bind_SyncRecordCounts
)


def _bind_SyncResultByModel(src_dict: Mapping[str, Any]) -> SyncResultByModel:
    global _SyncResultByModel_from_dict
    from nango_api.models.sync_result_by_model import SyncResultByModel

    _SyncResultByModel_from_dict = SyncResultByModel.from_dict
    return SyncResultByModel.from_dict(src_dict)


_SyncResultByModel_from_dict: Callable[[Mapping[str, Any]], SyncResultByModel] = (
    _bind_SyncResultByModel
)
