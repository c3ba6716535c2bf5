from enum import StrEnum


class FunctionTypeFilter(StrEnum):
    ACTION = "action"
    SYNC = "sync"

    def __str__(self) -> str:
        return str(self.value)
