from enum import StrEnum


class ScriptsConfigFormat(StrEnum):
    NANGO = "nango"
    OPENAI = "openai"

    def __str__(self) -> str:
        return str(self.value)
