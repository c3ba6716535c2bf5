from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
        from nango_api.models.sync_checkpoint import SyncCheckpoint
        from nango_api.models.sync_record_counts import SyncRecordCounts
        from nango_api.models.sync_result_by_model import SyncResultByModel

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        status = d.pop("status")

        connection_id = d.pop("connection_id", UNSET)

        variant = d.pop("variant", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_frequency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        frequency = _parse_frequency(d.pop("frequency", UNSET))

        _finished_at = d.pop("finishedAt", UNSET)
        finished_at: datetime.datetime | Unset
        if isinstance(_finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = datetime.datetime.fromisoformat(_finished_at)

        def _parse_next_scheduled_sync_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_scheduled_sync_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_scheduled_sync_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_scheduled_sync_at = _parse_next_scheduled_sync_at(
            d.pop("nextScheduledSyncAt", UNSET)
        )

        _latest_result = d.pop("latestResult", UNSET)
        latest_result: SyncResultByModel | Unset
        if isinstance(_latest_result, Unset):
            latest_result = UNSET
        else:
            latest_result = SyncResultByModel.from_dict(_latest_result)

        latest_execution_status = d.pop("latestExecutionStatus", UNSET)

        _record_count = d.pop("recordCount", UNSET)
        record_count: SyncRecordCounts | Unset
        if isinstance(_record_count, Unset):
            record_count = UNSET
        else:
            record_count = SyncRecordCounts.from_dict(_record_count)

        def _parse_checkpoint(data: object) -> None | SyncCheckpoint | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                checkpoint_type_0 = SyncCheckpoint.from_dict(data)

                return checkpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SyncCheckpoint | Unset, data)

        checkpoint = _parse_checkpoint(d.pop("checkpoint", UNSET))

        sync_status = cls(
            id=id,
            name=name,
            status=status,
            connection_id=connection_id,
            variant=variant,
            type_=type_,
            frequency=frequency,
            finished_at=finished_at,
            next_scheduled_sync_at=next_scheduled_sync_at,
            latest_result=latest_result,
            latest_execution_status=latest_execution_status,
            record_count=record_count,
            checkpoint=checkpoint,
        )

        sync_status.additional_properties = d
        return sync_status

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
