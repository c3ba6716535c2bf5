"""The client's webhook checks: verify_incoming_webhook_request, verify_webhook_signature."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from .conftest import SECRET, Client, Recorder

SIGNING_KEY = "whsk-5e0c1d2b-signing"
BODY = '{"connectionId":"conn-1","from":"nango","providerConfigKey":"github","type":"auth"}'


def hmac_hex(key: str, body: str | bytes) -> str:
    message = body.encode() if isinstance(body, str) else body
    return hmac.new(key.encode(), message, hashlib.sha256).hexdigest()


@pytest.fixture
def signed(make_client: Callable[..., Client]) -> Client:
    return make_client(webhook_signing_key=SIGNING_KEY)


@pytest.fixture(autouse=True)
def no_signing_key_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NANGO_WEBHOOK_SIGNING_KEY", raising=False)


# verify_incoming_webhook_request


@pytest.mark.parametrize("body", [BODY, BODY.encode()])
def test_valid_signature(signed: Client, recorder: Recorder, body: str | bytes) -> None:
    headers = {"X-Nango-Hmac-Sha256": hmac_hex(SIGNING_KEY, BODY)}

    assert signed.call("verify_incoming_webhook_request", body, headers) is True
    assert recorder.requests == []


@pytest.mark.parametrize(
    "name", ["X-Nango-Hmac-Sha256", "x-nango-hmac-sha256", "X-NANGO-HMAC-SHA256"]
)
def test_header_name_is_case_insensitive(signed: Client, name: str) -> None:
    headers = {"Content-Type": "application/json", name: hmac_hex(SIGNING_KEY, BODY)}

    assert signed.call("verify_incoming_webhook_request", BODY, headers) is True


def test_httpx_headers_are_accepted(signed: Client) -> None:
    headers = httpx.Headers({"x-nango-hmac-sha256": hmac_hex(SIGNING_KEY, BODY)})

    assert signed.call("verify_incoming_webhook_request", BODY, headers) is True


def test_uppercase_hex_is_accepted(signed: Client) -> None:
    headers = {"X-Nango-Hmac-Sha256": hmac_hex(SIGNING_KEY, BODY).upper()}

    assert signed.call("verify_incoming_webhook_request", BODY, headers) is True


def test_non_ascii_body(signed: Client) -> None:
    body = '{"name":"Jos\u00e9 \u2603"}'
    headers = {"X-Nango-Hmac-Sha256": hmac_hex(SIGNING_KEY, body.encode("utf-8"))}

    assert signed.call("verify_incoming_webhook_request", body, headers) is True
    assert signed.call("verify_incoming_webhook_request", body.encode(), headers) is True


def test_secret_key_is_the_fallback(client: Client) -> None:
    headers = {"X-Nango-Hmac-Sha256": hmac_hex(SECRET, BODY)}

    assert client.call("verify_incoming_webhook_request", BODY, headers) is True


def test_signing_key_wins_over_the_secret_key(signed: Client) -> None:
    headers = {"X-Nango-Hmac-Sha256": hmac_hex(SECRET, BODY)}

    assert signed.call("verify_incoming_webhook_request", BODY, headers) is False


def test_signing_key_from_the_environment(
    make_client: Callable[..., Client], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NANGO_WEBHOOK_SIGNING_KEY", SIGNING_KEY)
    client = make_client()
    headers = {"X-Nango-Hmac-Sha256": hmac_hex(SIGNING_KEY, BODY)}

    assert client.call("verify_incoming_webhook_request", BODY, headers) is True


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        (BODY, {"X-Nango-Hmac-Sha256": hmac_hex("another-key", BODY)}),
        (BODY.replace("auth", "sync"), {"X-Nango-Hmac-Sha256": hmac_hex(SIGNING_KEY, BODY)}),
        (BODY + " ", {"X-Nango-Hmac-Sha256": hmac_hex(SIGNING_KEY, BODY)}),
        (BODY, {}),
        (BODY, {"X-Nango-Signature": hmac_hex(SIGNING_KEY, BODY)}),
        (BODY, {"X-Nango-Hmac-Sha256": ""}),
        (BODY, {"X-Nango-Hmac-Sha256": "z" * 64}),
        (BODY, {"X-Nango-Hmac-Sha256": hmac_hex(SIGNING_KEY, BODY)[:-2] + "  "}),
        (BODY, {"X-Nango-Hmac-Sha256": hmac_hex(SIGNING_KEY, BODY)[:63]}),
        (BODY, {"X-Nango-Hmac-Sha256": hmac_hex(SIGNING_KEY, BODY) + "0"}),
        (BODY, {"X-Nango-Hmac-Sha256": hmac_hex(SIGNING_KEY, BODY) + "00"}),
        (BODY, {"X-Nango-Hmac-Sha256": "sha256=" + hmac_hex(SIGNING_KEY, BODY)}),
        (BODY, {"X-Nango-Hmac-Sha256": [hmac_hex(SIGNING_KEY, BODY)] * 2}),
        (BODY, {"X-Nango-Hmac-Sha256": []}),
        (BODY, {"X-Nango-Hmac-Sha256": None}),
    ],
)
def test_bad_signatures_are_false(signed: Client, body: str, headers: dict[str, Any]) -> None:
    assert signed.call("verify_incoming_webhook_request", body, headers) is False


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        (None, {"X-Nango-Hmac-Sha256": "0" * 64}),
        (12345, {"X-Nango-Hmac-Sha256": "0" * 64}),
        ({"a": 1}, {"X-Nango-Hmac-Sha256": "0" * 64}),
        (BODY, None),
        (BODY, ["X-Nango-Hmac-Sha256"]),
        (BODY, "X-Nango-Hmac-Sha256"),
        (BODY, {1: "x", None: "y"}),
    ],
)
def test_bad_input_is_false_not_an_exception(signed: Client, body: Any, headers: Any) -> None:
    assert signed.call("verify_incoming_webhook_request", body, headers) is False


# verify_webhook_signature (deprecated)

DEPRECATED = "verify_webhook_signature is deprecated; use verify_incoming_webhook_request"

PAYLOAD = {"type": "sync", "connectionId": "conn-1", "name": "Jos\u00e9", "n": [1, 2.5, None]}


def legacy_signature(key: str, payload: Any) -> str:
    compact = json.dumps(payload, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((key + compact).encode()).hexdigest()


def test_legacy_signature_valid(signed: Client) -> None:
    with pytest.warns(DeprecationWarning, match=DEPRECATED):
        result = signed.call(
            "verify_webhook_signature", legacy_signature(SIGNING_KEY, PAYLOAD), PAYLOAD
        )

    assert result is True


def test_legacy_signature_matches_a_precomputed_value(signed: Client) -> None:
    compact = '{"type":"sync","connectionId":"conn-1","name":"Jos\u00e9","n":[1,2.5,null]}'
    signature = hashlib.sha256((SIGNING_KEY + compact).encode("utf-8")).hexdigest()

    with pytest.warns(DeprecationWarning, match=DEPRECATED):
        assert signed.call("verify_webhook_signature", signature, PAYLOAD) is True


def test_legacy_signature_secret_key_fallback(client: Client) -> None:
    with pytest.warns(DeprecationWarning, match=DEPRECATED):
        assert (
            client.call("verify_webhook_signature", legacy_signature(SECRET, PAYLOAD), PAYLOAD)
            is True
        )


@pytest.mark.parametrize(
    ("signature", "payload"),
    [
        (legacy_signature("other-key", PAYLOAD), PAYLOAD),
        (legacy_signature(SIGNING_KEY, PAYLOAD), {**PAYLOAD, "type": "auth"}),
        (legacy_signature(SIGNING_KEY, PAYLOAD), json.dumps(PAYLOAD)),
        (hmac_hex(SIGNING_KEY, json.dumps(PAYLOAD, separators=(",", ":"))), PAYLOAD),
        ("", PAYLOAD),
        (None, PAYLOAD),
        (legacy_signature(SIGNING_KEY, PAYLOAD), {"bad": object()}),
    ],
)
def test_legacy_signature_invalid(signed: Client, signature: Any, payload: Any) -> None:
    with pytest.warns(DeprecationWarning, match=DEPRECATED):
        assert signed.call("verify_webhook_signature", signature, payload) is False


def test_legacy_signature_warning_points_at_the_caller(signed: Client) -> None:
    with pytest.warns(DeprecationWarning, match=DEPRECATED) as caught:
        signed.nango.verify_webhook_signature("0" * 64, PAYLOAD)

    assert caught[0].filename == __file__
