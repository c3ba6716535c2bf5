"""A Flask endpoint for Nango's webhooks, with the client-free functions of ``nango.webhooks``.

Run it with: NANGO_WEBHOOK_SIGNING_KEY=... flask --app flask_receiver run (while a key
rotation settles, NANGO_WEBHOOK_SIGNING_KEY=<old>,<new>: either key verifies).
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from flask import Flask, abort, jsonify, request
from flask.typing import ResponseReturnValue

from nango import InvalidWebhookError
from nango.webhooks import parse_webhook, verify_incoming_webhook_request


def create_app(signing_key: str | Sequence[str]) -> Flask:
    app = Flask(__name__)
    received: list[object] = []
    app.extensions["nango_webhooks"] = received

    @app.post("/webhooks/nango")
    def receive() -> ResponseReturnValue:
        body = request.get_data()  # the raw bytes, before any JSON parsing
        if not verify_incoming_webhook_request(body, request.headers, signing_key):
            abort(401)
        try:
            webhook = parse_webhook(body)
        except InvalidWebhookError as error:
            return jsonify(error=str(error)), 422
        received.append(webhook)
        return jsonify(type=webhook.type, connection_id=webhook.connection_id)

    return app


if __name__ == "__main__":
    create_app(os.environ["NANGO_WEBHOOK_SIGNING_KEY"]).run()
