"""A short tour of the Nango API through the generated client, against any Nango host.

`scripts/demo` runs it against a local Prism mock server built from openapi.yaml. To run it
against your own Nango instance: NANGO_HOST=... NANGO_SECRET_KEY=... python examples/demo.py
"""

from __future__ import annotations

import os
import sys

import httpx

from nango_api import Client
from nango_api.api.connect import create_connect_session
from nango_api.api.connections import get_connection, list_connections
from nango_api.api.integrations import list_integrations
from nango_api.api.providers import list_providers
from nango_api.api.records import list_records
from nango_api.models import (
    Connection,
    ConnectSessionResponse,
    CreateConnectSessionRequest,
    CredentialsOAuth2,
    EndUserInput,
    ListConnectionsResponse,
    ListIntegrationsResponse,
    ListProvidersResponse,
    ListRecordsResponse,
)


def main() -> int:
    host = os.environ.get("NANGO_HOST", "https://api.nango.dev").rstrip("/")
    secret_key = os.environ.get("NANGO_SECRET_KEY")
    if not secret_key:
        print("set NANGO_SECRET_KEY", file=sys.stderr)
        return 2
    client = Client(base_url=host, raise_on_unexpected_status=True)
    # The key lives only on our own httpx client: the attrs repr of Client shows its headers.
    client.set_httpx_client(
        httpx.Client(base_url=host, headers={"Authorization": f"Bearer {secret_key}"}, timeout=30.0)
    )
    with client:
        providers = list_providers.sync(client=client, search="git")
        assert isinstance(providers, ListProvidersResponse)
        print(f"providers matching 'git': {', '.join(p.name for p in providers.data)}")

        integrations = list_integrations.sync(client=client)
        assert isinstance(integrations, ListIntegrationsResponse)
        for integration in integrations.data:
            print(f"integration {integration.unique_key} ({integration.provider})")

        connections = list_connections.sync(client=client, limit=10)
        assert isinstance(connections, ListConnectionsResponse)
        print(f"{len(connections.connections)} connection(s)")
        for item in connections.connections:
            connection = get_connection.sync(
                item.connection_id, client=client, provider_config_key=item.provider_config_key
            )
            assert isinstance(connection, Connection)
            kind = type(connection.credentials).__name__
            print(f"  {connection.connection_id} on {connection.provider_config_key}: {kind}")
            if isinstance(connection.credentials, CredentialsOAuth2):
                print(f"    OAuth2 access token expires at {connection.credentials.expires_at}")

            page = list_records.sync(
                client=client,
                connection_id=item.connection_id,
                provider_config_key=item.provider_config_key,
                model="Issue",
                limit=100,
            )
            assert isinstance(page, ListRecordsResponse)
            print(f"    {len(page.records)} Issue record(s), next cursor {page.next_cursor!r}")

        session = create_connect_session.sync(
            client=client,
            body=CreateConnectSessionRequest(
                end_user=EndUserInput(id="user-42", email="ada@example.com"),
            ),
        )
        assert isinstance(session, ConnectSessionResponse)
        print(f"connect session {session.data.token[:30]}... expires {session.data.expires_at}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
