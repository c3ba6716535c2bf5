"""Result parsers for answers returned as plain data (``from_dict``-style: raise on bad shape)."""

from __future__ import annotations

from typing import Any

from ._generated import models
from ._results import (
    NewApiKey,
    NewApiKeyResponse,
    NewWebhookSigningKey,
    NewWebhookSigningKeyResponse,
    OAuth1Token,
    RecordsPage,
)
from .errors import NangoResponseValidationError


def _object(data: Any, what: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise TypeError(f"{what} is not an object")
    return data


def credentials_from(connection: Any) -> dict[str, Any]:
    """The ``credentials`` object of a connection (``{}`` when the key may not read them)."""
    return _object(_object(connection, "connection").get("credentials", {}), "credentials")


def token_from(connection: Any) -> str | OAuth1Token | dict[str, Any]:
    """Node's ``getToken``: the OAUTH2 access token, the OAUTH1 pair, else the credentials."""
    credentials = credentials_from(connection)
    kind = credentials.get("type")
    if kind == "OAUTH2":
        token = credentials["access_token"]
        if not isinstance(token, str):
            raise TypeError("access_token is not a string")
        return token
    if kind == "OAUTH1":
        token, secret = credentials["oauth_token"], credentials["oauth_token_secret"]
        if not isinstance(token, str) or not isinstance(secret, str):
            raise TypeError("oauth_token and oauth_token_secret must be strings")
        return {"oAuthToken": token, "oAuthTokenSecret": secret}
    return credentials


def raw_from(connection: Any) -> dict[str, Any] | None:
    """Node's ``getRawTokenResponse``: ``credentials.raw``."""
    raw = credentials_from(connection).get("raw")
    return None if raw is None else _object(raw, "credentials.raw")


def metadata_from(connection: Any) -> dict[str, Any] | None:
    metadata = _object(connection, "connection").get("metadata")
    return None if metadata is None else _object(metadata, "metadata")


def records_page(data: Any) -> RecordsPage:
    body = _object(data, "body")
    records = body["records"]
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise TypeError("records is not a list of objects")
    cursor = body.get("next_cursor")
    if cursor is not None and not isinstance(cursor, str):
        raise TypeError("next_cursor is not a string")
    return RecordsPage(records=records, next_cursor=cursor or None)


class CursorTrail:
    """The cursors a walk over records pages has been given: paging must move on, never back
    to a cursor already followed (a server answering ``A``, ``B``, ``A``... would loop)."""

    __slots__ = ("_seen",)

    def __init__(self, start: object) -> None:
        # (a start that is not a str is refused by the first list_records call)
        self._seen = {start} if isinstance(start, str) and start else set()

    def follow(self, next_cursor: str | None) -> None:
        if next_cursor is None:
            return
        if next_cursor in self._seen:
            raise NangoResponseValidationError(
                f"the server answered with cursor {next_cursor[:100]!r} again: paging would"
                " never end",
                status_code=200,
                body=None,
            )
        self._seen.add(next_cursor)


def scripts_list(data: Any) -> list[models.StandardNangoConfig]:
    if not isinstance(data, list):
        raise TypeError("the scripts config is not a list")
    return [models.StandardNangoConfig.from_dict(item) for item in data]


def openai_functions(data: Any) -> models.OpenAIFunctionsResponse:
    """``format=openai``; ``[]`` is what the server sends when nothing is deployed."""
    if data == []:
        return models.OpenAIFunctionsResponse(data=[])
    return models.OpenAIFunctionsResponse.from_dict(_object(data, "body"))


def _string(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{what} is not a string")
    return value


def new_api_key(data: Any) -> NewApiKeyResponse:
    parsed = models.CreateApiKeyResponse.from_dict(_object(data, "body"))
    key = parsed.data
    if not isinstance(key.id, int) or not isinstance(key.scopes, list):
        raise TypeError("id is not an integer or scopes is not a list")
    return NewApiKeyResponse(
        data=NewApiKey(
            id=key.id,
            display_name=_string(key.display_name, "display_name"),
            scopes=[_string(scope, "a scope") for scope in key.scopes],
            secret=_string(key.secret, "secret"),
            created_at=key.created_at,
            additional_properties=key.additional_properties,
        ),
        additional_properties=parsed.additional_properties,
    )


def new_webhook_signing_key(data: Any) -> NewWebhookSigningKeyResponse:
    parsed = models.RotateWebhookSigningKeyResponse.from_dict(_object(data, "body"))
    return NewWebhookSigningKeyResponse(
        data=NewWebhookSigningKey(
            webhook_signing_key=_string(parsed.data.webhook_signing_key, "webhook_signing_key"),
            additional_properties=parsed.data.additional_properties,
        ),
        additional_properties=parsed.additional_properties,
    )


def environment_variables(data: Any) -> list[models.EnvironmentVariable]:
    """Node turns an empty answer into ``[]``."""
    if not data:
        return []
    if not isinstance(data, list):
        raise TypeError("the environment variables are not a list")
    return [models.EnvironmentVariable.from_dict(item) for item in data]
