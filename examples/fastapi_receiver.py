"""A FastAPI endpoint for Nango's webhooks: check the signature on the raw body, then parse.

Run it with NANGO_SECRET_KEY=... NANGO_WEBHOOK_SIGNING_KEY=... in the environment:
``uvicorn --factory fastapi_receiver:create_app`` (uvicorn is not a dependency of this project),
and set the webhook URL in Nango's environment settings to https://<your host>/webhooks/nango.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, HTTPException, Request

from nango import AsyncNango, InvalidWebhookError
from nango.webhooks import (
    AsyncActionWebhook,
    AuthWebhook,
    ForwardWebhook,
    SyncWebhook,
    Webhook,
    parse_webhook,
)


def create_app(nango: AsyncNango | None = None) -> FastAPI:
    """The app; the client supplies the key (its webhook signing key, else its secret key).
    A client made here from the environment is closed when the app shuts down."""
    client = nango if nango is not None else AsyncNango()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if nango is None:
            await client.aclose()

    app = FastAPI(lifespan=lifespan)
    app.state.received = []

    @app.post("/webhooks/nango")
    async def receive(request: Request) -> dict[str, Any]:
        body = await request.body()  # the raw bytes: re-serialized JSON would not verify
        if not client.verify_incoming_webhook_request(body, request.headers):
            raise HTTPException(status_code=401, detail="invalid signature")
        try:
            webhook = parse_webhook(body, unmatched_forward=True)
        except InvalidWebhookError as error:
            # 4xx: Nango does not retry. A type this SDK does not know yet ends up here too.
            raise HTTPException(status_code=422, detail=str(error)) from None
        app.state.received.append(webhook)
        return {"handled": describe(webhook)}

    return app


def describe(webhook: Webhook) -> str:
    """What an application would act on, per type."""
    match webhook:
        case AuthWebhook(success=True):
            return f"connection {webhook.connection_id} {webhook.operation}"
        case AuthWebhook():
            reason = webhook.error.description if webhook.error else "unknown error"
            return f"connection {webhook.connection_id} failed: {reason}"
        case SyncWebhook(success=True, response_results=results) if results is not None:
            return f"{webhook.model}: +{results.added} ~{results.updated} -{results.deleted}"
        case SyncWebhook():
            return f"sync {webhook.sync_name} {'succeeded' if webhook.success else 'failed'}"
        case ForwardWebhook(enveloped=True):
            return f"{webhook.from_} event for {webhook.connection_id}"
        case ForwardWebhook():
            return "provider event for no known connection"
        case AsyncActionWebhook():
            return f"action {webhook.payload.id} done"
    raise AssertionError(webhook)
