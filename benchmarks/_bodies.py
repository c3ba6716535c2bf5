"""Canned answers of the Nango API, valid for the SDK's response parsing (see openapi.yaml)."""

from __future__ import annotations

import json
from typing import Any

from ._common import CONNECTION_ID, PROVIDER_CONFIG_KEY

CREDENTIALS_OAUTH2 = {
    "type": "OAUTH2",
    "access_token": "gho_16C7e42F292c6912E7710c838347Ae178B4a",
    "refresh_token": "ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9",
    "expires_at": "2030-01-01T00:00:00.000Z",
    "raw": {
        "access_token": "gho_16C7e42F292c6912E7710c838347Ae178B4a",
        "token_type": "bearer",
        "scope": "repo,user",
        "expires_in": 28800,
    },
}


def connection(connection_id: str = CONNECTION_ID) -> dict[str, Any]:
    """``GET /connections/{connection_id}``: a connection with its OAuth2 credentials."""
    return {
        "id": 3,
        "connection_id": connection_id,
        "provider_config_key": PROVIDER_CONFIG_KEY,
        "provider": "github",
        "errors": [],
        "end_user": {
            "id": "u-2",
            "display_name": "User Two",
            "email": "u2@example.com",
            "tags": None,
            "organization": {"id": "org-2", "display_name": "Org 2"},
        },
        "tags": {"team": "blue", "end_user_id": "u-2", "end_user_email": "u2@example.com"},
        "metadata": {"plan": "pro", "seats": 12},
        "connection_config": {"installation_id": "41234567"},
        "webhook_url_override": None,
        "created_at": "2026-11-22T03:45:02.118+00:00",
        "updated_at": "2026-11-22T03:45:02.118+00:00",
        "last_fetched_at": "2026-11-22T03:52:40.511+00:00",
        "credentials": CREDENTIALS_OAUTH2,
    }


def connection_item(index: int) -> dict[str, Any]:
    """An item of ``GET /connections`` (no credentials)."""
    return {
        "id": index + 1,
        "connection_id": f"conn-{index}",
        "provider_config_key": PROVIDER_CONFIG_KEY,
        "provider": "github",
        "errors": [{"type": "auth", "log_id": "7f3f8a1c2b9d4e5f"}] if index % 10 == 0 else [],
        "end_user": {
            "id": f"u-{index}",
            "display_name": f"User {index}",
            "email": f"u{index}@example.com",
            "tags": None,
            "organization": None,
        },
        "tags": {"end_user_id": f"u-{index}", "team": "blue"},
        "metadata": {"plan": "pro"},
        "created": "2026-11-22T03:45:02.118+00:00",
    }


def connections(count: int = 100) -> dict[str, Any]:
    return {"connections": [connection_item(i) for i in range(count)]}


def record(record_id: str) -> dict[str, Any]:
    """A synced record as ``GET /records`` answers it: its fields and ``_nango_metadata``."""
    return {
        "id": record_id,
        "title": f"Issue {record_id}: the importer drops the last line",
        "state": "open",
        "labels": ["bug", "importer"],
        "comments": 3,
        "author": {"login": "ada", "id": 583231},
        "_nango_metadata": {
            "first_seen_at": "2026-11-01T08:00:00.000Z",
            "last_modified_at": "2026-11-02T09:30:00.000Z",
            "last_action": "ADDED",
            "deleted_at": None,
            "pruned_at": None,
            "cursor": f"MjAyNi0xMS0wMlQwOTozMDowMC4wMDBaKzE{record_id}",
        },
    }


def records_page(count: int = 100, next_cursor: str | None = "next-page") -> dict[str, Any]:
    return {"records": [record(f"r-{i}") for i in range(count)], "next_cursor": next_cursor}


def integration() -> dict[str, Any]:
    """``GET /integrations/{unique_key}``: an integration with its OAuth2 app credentials."""
    return {
        "data": {
            "unique_key": PROVIDER_CONFIG_KEY,
            "provider": "github",
            "display_name": "GitHub Ref",
            "logo": "https://api.nango.dev/images/template-logos/github.svg",
            "forward_webhooks": True,
            "created_at": "2026-11-22T03:43:50.824Z",
            "updated_at": "2026-11-22T03:43:50.824Z",
            "credentials": {
                "type": "OAUTH2",
                "client_id": "cid-123",
                "client_secret": "csecret-456",
                "scopes": "repo,user",
                "webhook_secret": None,
            },
        }
    }


def provider(index: int) -> dict[str, Any]:
    """An entry of ``GET /providers``: OAuth2 providers and API-key ones, alternately."""
    name = f"provider-{index}"
    common = {
        "name": name,
        "display_name": f"Provider {index}",
        "logo_url": f"https://api.nango.dev/images/template-logos/{name}.svg",
        "docs": f"https://docs.nango.dev/integrations/all/{name}",
    }
    if index % 2:
        return {
            **common,
            "categories": ["ai"],
            "auth_mode": "API_KEY",
            "proxy": {
                "base_url": f"https://api.{name}.com",
                "headers": {"authorization": "Bearer ${apiKey}"},
            },
            "credentials": {
                "apiKey": {
                    "type": "string",
                    "title": "API Key",
                    "description": "The API key for your account",
                    "pattern": "^sk-[A-Za-z0-9_-]+$",
                    "order": 1,
                    "automated": False,
                }
            },
        }
    return {
        **common,
        "categories": ["dev-tools", "support", "ticketing"],
        "auth_mode": "OAUTH2",
        "authorization_url": f"https://{name}.com/login/oauth/authorize",
        "token_url": f"https://{name}.com/login/oauth/access_token",
        "default_scopes": ["user"],
        "proxy": {"base_url": f"https://api.{name}.com"},
    }


def providers(count: int = 100) -> dict[str, Any]:
    return {"data": [provider(i) for i in range(count)]}


def repositories(count: int = 30) -> list[dict[str, Any]]:
    """An upstream API's answer through the proxy (GitHub's ``/user/repos``-like)."""
    return [
        {
            "id": 1296269 + i,
            "name": f"repo-{i}",
            "full_name": f"octocat/repo-{i}",
            "private": False,
            "owner": {"login": "octocat", "id": 1},
            "description": "This your first repo!",
            "fork": False,
            "stargazers_count": 80 + i,
            "topics": ["octocat", "atom", "electron", "api"],
            "updated_at": "2026-11-22T03:45:02Z",
        }
        for i in range(count)
    ]


def encode(body: Any) -> bytes:
    return json.dumps(body, separators=(",", ":")).encode()
