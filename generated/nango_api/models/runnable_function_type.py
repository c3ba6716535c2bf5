from enum import StrEnum


class RunnableFunctionType(StrEnum):
    ACTION = "action"
    SYNC = "sync"

    def __str__(self) -> str:
        return str(self.value)
