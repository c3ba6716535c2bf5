from enum import StrEnum


class IntegrationInclude(StrEnum):
    CREDENTIALS = "credentials"
    WEBHOOK = "webhook"

    def __str__(self) -> str:
        return str(self.value)
