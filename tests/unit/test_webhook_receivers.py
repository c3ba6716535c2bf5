"""The example webhook receivers (examples/fastapi_receiver.py, examples/flask_receiver.py),
driven through each framework's test client with payloads signed as Nango signs them."""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from nango import AsyncNango, Nango
from nango.webhooks import AuthWebhook, ForwardWebhook, SyncWebhook, serialize_payload, sign

from .test_webhooks import AUTH
from .test_webhooks import SYNC_OK as SYNC

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
KEY = "whsk-receiver-test-key"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def signed(payload: Any, key: str = KEY) -> tuple[bytes, dict[str, str]]:
    body = serialize_payload(payload)
    return body, sign(body, key)


# FastAPI


@pytest.fixture
def fastapi_client() -> Iterator[TestClient]:
    app = load("fastapi_receiver").create_app(
        AsyncNango(secret_key="sk-not-used-here", webhook_signing_key=KEY)
    )
    with TestClient(app) as client:
        yield client


def test_fastapi_receiver_accepts_a_signed_auth_webhook(fastapi_client: TestClient) -> None:
    body, headers = signed(AUTH)

    response = fastapi_client.post("/webhooks/nango", content=body, headers=headers)

    assert response.status_code == 200, response.text
    assert response.json() == {"handled": "connection conn-1 creation"}
    (webhook,) = fastapi_client.app.state.received  # type: ignore[attr-defined]
    assert isinstance(webhook, AuthWebhook)
    assert webhook.provider == "github"


def test_fastapi_receiver_describes_a_sync_webhook(fastapi_client: TestClient) -> None:
    body, headers = signed(SYNC)

    response = fastapi_client.post("/webhooks/nango", content=body, headers=headers)

    assert response.json() == {"handled": "GithubIssue: +3 ~1 -0"}
    assert isinstance(fastapi_client.app.state.received[0], SyncWebhook)  # type: ignore[attr-defined]


def test_fastapi_receiver_takes_unmatched_forwards(fastapi_client: TestClient) -> None:
    body, headers = signed({"event": "ping"})

    response = fastapi_client.post("/webhooks/nango", content=body, headers=headers)

    assert response.json() == {"handled": "provider event for no known connection"}
    (webhook,) = fastapi_client.app.state.received  # type: ignore[attr-defined]
    assert isinstance(webhook, ForwardWebhook)
    assert webhook.payload == {"event": "ping"}


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(lambda body, headers: (body, sign(body, "wrong-key")), id="wrong-key"),
        pytest.param(lambda body, headers: (body + b" ", headers), id="tampered"),
        pytest.param(
            lambda body, headers: (body, {"Content-Type": "application/json"}), id="unsigned"
        ),
    ],
)
def test_fastapi_receiver_refuses_bad_signatures(fastapi_client: TestClient, tamper: Any) -> None:
    body, headers = tamper(*signed(AUTH))

    response = fastapi_client.post("/webhooks/nango", content=body, headers=headers)

    assert response.status_code == 401
    assert fastapi_client.app.state.received == []  # type: ignore[attr-defined]


def test_fastapi_receiver_refuses_unknown_types(fastapi_client: TestClient) -> None:
    body, headers = signed({**AUTH, "type": "brand_new"})

    response = fastapi_client.post("/webhooks/nango", content=body, headers=headers)

    assert response.status_code == 422
    assert "brand_new" in response.json()["detail"]


def test_fastapi_receiver_closes_the_client_it_made(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NANGO_SECRET_KEY", KEY)
    monkeypatch.delenv("NANGO_WEBHOOK_SIGNING_KEY", raising=False)
    app = load("fastapi_receiver").create_app()
    body, headers = signed(AUTH)  # the secret key is the fallback signing key

    with TestClient(app) as client:
        assert client.post("/webhooks/nango", content=body, headers=headers).status_code == 200


# Flask


@pytest.fixture
def flask_app() -> Any:
    return load("flask_receiver").create_app(KEY)


def test_flask_receiver_accepts_a_signed_webhook(flask_app: Any) -> None:
    body, headers = signed(SYNC)

    response = flask_app.test_client().post("/webhooks/nango", data=body, headers=headers)

    assert response.status_code == 200
    assert response.get_json() == {"type": "sync", "connection_id": "conn-1"}
    (webhook,) = flask_app.extensions["nango_webhooks"]
    assert isinstance(webhook, SyncWebhook)
    assert webhook.response_results is not None
    assert webhook.response_results.added == 3


def test_flask_receiver_refuses_a_tampered_body(flask_app: Any) -> None:
    body, headers = signed(AUTH)

    response = flask_app.test_client().post(
        "/webhooks/nango", data=body.replace(b"conn-1", b"conn-9"), headers=headers
    )

    assert response.status_code == 401
    assert flask_app.extensions["nango_webhooks"] == []


def test_flask_receiver_refuses_what_is_not_a_nango_payload(flask_app: Any) -> None:
    body, headers = signed({"event": "ping"})

    response = flask_app.test_client().post("/webhooks/nango", data=body, headers=headers)

    assert response.status_code == 422
    assert "unmatched_forward" in response.get_json()["error"]


# Rotating the webhook signing key loses no webhook (the README's runbook, end to end)

OLD_KEY = "3b9d2c1e-0f4a-4e5b-8c7d-6a5b4c3d2e1f"
NEW_KEY = "5f1c0d2e-6a1b-4f3c-9d8e-7b6a5c4d3e2f"
THIRD_KEY = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"


def rotate_through_the_api() -> str:
    """Step 1: ``rotate_webhook_signing_key`` (a MockTransport answers as Nango does)."""

    def nango_server(request: httpx.Request) -> httpx.Response:
        assert (request.method, request.url.path) == (
            "POST",
            "/environment/webhook-signing-key/rotate",
        )
        return httpx.Response(200, json={"data": {"webhook_signing_key": NEW_KEY}})

    with (
        httpx.Client(transport=httpx.MockTransport(nango_server)) as http,
        Nango("sk-ci", host="https://nango.test", http_client=http) as nango,
    ):
        return nango.rotate_webhook_signing_key().data.webhook_signing_key


def deployed(receiver: str, stack: ExitStack) -> Callable[[str], int]:
    """The receiver as deployed, configured from the environment (NANGO_WEBHOOK_SIGNING_KEY):
    a function that posts a webhook signed with a key and returns the answer's status."""
    if receiver == "fastapi":
        app = load("fastapi_receiver").create_app()  # AsyncNango() reads the environment
        client = stack.enter_context(TestClient(app))

        def post_fastapi(key: str) -> int:
            body, headers = signed(AUTH, key)
            return client.post("/webhooks/nango", content=body, headers=headers).status_code

        return post_fastapi
    app = load("flask_receiver").create_app(os.environ["NANGO_WEBHOOK_SIGNING_KEY"])

    def post_flask(key: str) -> int:
        body, headers = signed(AUTH, key)
        return app.test_client().post("/webhooks/nango", data=body, headers=headers).status_code

    return post_flask


@pytest.mark.parametrize("receiver", ["fastapi", "flask"])
def test_key_rotation_end_to_end(monkeypatch: pytest.MonkeyPatch, receiver: str) -> None:
    monkeypatch.setenv("NANGO_SECRET_KEY", "sk-receiver")
    monkeypatch.setenv("NANGO_WEBHOOK_SIGNING_KEY", OLD_KEY)
    with ExitStack() as stack:
        before = deployed(receiver, stack)
        assert (before(OLD_KEY), before(NEW_KEY)) == (200, 401)

        new_key = rotate_through_the_api()
        assert new_key == NEW_KEY

        # Step 2: deploy both keys. For 5 minutes Nango may sign with either: both verify.
        monkeypatch.setenv("NANGO_WEBHOOK_SIGNING_KEY", f"{OLD_KEY},{new_key}")
        during = deployed(receiver, stack)
        assert during(OLD_KEY) == 200
        assert during(new_key) == 200
        assert during(THIRD_KEY) == 401

        # Step 3: after the window, drop the old key.
        monkeypatch.setenv("NANGO_WEBHOOK_SIGNING_KEY", new_key)
        after = deployed(receiver, stack)
        assert after(new_key) == 200
        assert after(OLD_KEY) == 401
        assert after(THIRD_KEY) == 401
