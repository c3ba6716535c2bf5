"""A short tour of the `nango` SDK, sync then async, against any Nango host.

`scripts/demo` runs it against a local Prism mock server built from openapi.yaml. To run it
against your own Nango instance: NANGO_HOST=... NANGO_SECRET_KEY=... python examples/demo.py
(both are read from the environment by the clients themselves).
"""

from __future__ import annotations

import asyncio
import sys
from contextlib import aclosing

from nango import AsyncNango, Nango, NangoError


def sync_tour() -> None:
    with Nango() as nango:
        providers = nango.list_providers(search="git")
        print(f"providers matching 'git': {', '.join(p.name for p in providers.data)}")

        for integration in nango.list_integrations().configs:
            print(f"integration {integration.unique_key} ({integration.provider})")

        listing = nango.list_connections(limit=10)
        print(f"{len(listing.connections)} connection(s)")
        for item in listing.connections:
            pck, cid = item.provider_config_key, item.connection_id
            token = nango.get_token(pck, cid)
            kind = "access token" if isinstance(token, str) else "credentials"
            print(f"  {cid} on {pck}: {kind} ready; metadata {nango.get_metadata(pck, cid)}")
            page = nango.list_records(pck, cid, "Issue", limit=100)
            print(f"    {len(page.records)} Issue record(s), next cursor {page.next_cursor!r}")

        session = nango.create_connect_session(
            end_user={"id": "user-42", "email": "ada@example.com"},
            tags={"team": "blue"},
        )
        print(f"connect session {session.data.token[:30]}... expires {session.data.expires_at}")

        github = nango.get_provider("github").data
        print(f"provider github: {github.display_name}, auth mode {github.auth_mode}")


async def async_tour() -> None:
    async with AsyncNango() as nango:
        providers, integrations = await asyncio.gather(
            nango.list_providers(), nango.list_integrations()
        )
        print(f"async: {len(providers.data)} providers, {len(integrations.configs)} integrations")
        listing = await nango.list_connections(limit=1)
        for item in listing.connections:
            # iter_records follows next_cursor across pages (the mock server repeats its one
            # example page, whose cursor never changes: stop after that page).
            records = nango.iter_records(item.provider_config_key, item.connection_id, "Issue")
            async with aclosing(records):
                seen = 0
                async for record in records:
                    seen += 1
                    print(f"async: record {record['id']} of {item.connection_id}")
                    if seen == 2:
                        break


def main() -> int:
    try:
        sync_tour()
        asyncio.run(async_tour())
    except NangoError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
