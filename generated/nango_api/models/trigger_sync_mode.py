from enum import StrEnum


class TriggerSyncMode(StrEnum):
    FULL_REFRESH = "full_refresh"
    FULL_REFRESH_AND_CLEAR_CACHE = "full_refresh_and_clear_cache"
    INCREMENTAL = "incremental"

    def __str__(self) -> str:
        return str(self.value)
