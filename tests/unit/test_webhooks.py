"""``nango.webhooks``: verification (module functions), signing, serialization, typed parsing."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.datastructures import Headers as StarletteHeaders
from werkzeug.datastructures import EnvironHeaders
from werkzeug.datastructures import Headers as WerkzeugHeaders

from nango import InvalidWebhookError, NangoTypeError, UnknownWebhookTypeError, webhooks
from nango.webhooks import (
    AsyncActionWebhook,
    AuthWebhook,
    ForwardWebhook,
    SyncResults,
    SyncWebhook,
    WebhookEndUser,
    WebhookErrorInfo,
    parse_webhook,
    serialize_payload,
    sign,
    verify_incoming_webhook_request,
    verify_webhook_signature,
)

from .test_webhook_methods import hmac_hex

KEY = "whsk-0f7c5b8e-signing-key"
AUTH = {
    "type": "auth",
    "from": "nango",
    "connectionId": "conn-1",
    "providerConfigKey": "github-ref",
    "authMode": "OAUTH2",
    "provider": "github",
    "environment": "dev",
    "operation": "creation",
    "success": True,
    "tags": {"end_user_id": "u-1", "org": "acme"},
    "endUser": {
        "endUserId": "u-1",
        "endUserEmail": "u1@example.com",
        "organizationId": "o-1",
        "tags": {"plan": "pro"},
    },
}
BODY = serialize_payload(AUTH)


def verify(body: Any, headers: Any, key: Any = KEY) -> bool:
    return verify_incoming_webhook_request(body, headers, key)


# The verification matrix (Svix's and Stripe's cases, and Nango's)

GOOD = hmac_hex(KEY, BODY)


@pytest.mark.parametrize(
    ("body", "headers", "key", "expected"),
    [
        pytest.param(BODY, {"X-Nango-Hmac-Sha256": GOOD}, KEY, True, id="valid-bytes"),
        pytest.param(BODY.decode(), {"X-Nango-Hmac-Sha256": GOOD}, KEY, True, id="valid-str"),
        pytest.param(bytearray(BODY), {"X-Nango-Hmac-Sha256": GOOD}, KEY, True, id="bytearray"),
        pytest.param(memoryview(BODY), {"X-Nango-Hmac-Sha256": GOOD}, KEY, True, id="memoryview"),
        pytest.param(BODY, {"x-nango-hmac-sha256": GOOD}, KEY, True, id="lower-case-header"),
        pytest.param(BODY, {"X-NANGO-HMAC-SHA256": GOOD}, KEY, True, id="upper-case-header"),
        pytest.param(BODY, {"X-Nango-Hmac-Sha256": GOOD.upper()}, KEY, True, id="upper-hex"),
        pytest.param(BODY, {"X-Nango-Hmac-Sha256": GOOD}, "other-key", False, id="wrong-key"),
        pytest.param(BODY, {"X-Nango-Hmac-Sha256": GOOD}, "", False, id="empty-key"),
        pytest.param(BODY, {"X-Nango-Hmac-Sha256": GOOD}, None, False, id="no-key"),
        pytest.param(BODY, {"X-Nango-Hmac-Sha256": GOOD}, b"key", False, id="bytes-key"),
        pytest.param(BODY + b" ", {"X-Nango-Hmac-Sha256": GOOD}, KEY, False, id="tampered-tail"),
        pytest.param(
            BODY.replace(b"conn-1", b"conn-2"),
            {"X-Nango-Hmac-Sha256": GOOD},
            KEY,
            False,
            id="tampered-body",
        ),
        pytest.param(
            json.dumps(AUTH).encode(), {"X-Nango-Hmac-Sha256": GOOD}, KEY, False, id="reserialized"
        ),
        pytest.param(BODY, {}, KEY, False, id="missing-header"),
        pytest.param(BODY, {"X-Nango-Signature": GOOD}, KEY, False, id="legacy-header-only"),
        pytest.param(BODY, {"X-Nango-Hmac-Sha256": "g" * 64}, KEY, False, id="non-hex"),
        pytest.param(BODY, {"X-Nango-Hmac-Sha256": "é" * 64}, KEY, False, id="non-ascii"),
        pytest.param(BODY, {"X-Nango-Hmac-Sha256": GOOD[:-1]}, KEY, False, id="63-chars"),
        pytest.param(BODY, {"X-Nango-Hmac-Sha256": GOOD + "0"}, KEY, False, id="65-chars"),
        pytest.param(BODY, {"X-Nango-Hmac-Sha256": GOOD[:32]}, KEY, False, id="half"),
        pytest.param(BODY, {"X-Nango-Hmac-Sha256": ""}, KEY, False, id="empty-header"),
        pytest.param(BODY, {"X-Nango-Hmac-Sha256": f"v1,{GOOD}"}, KEY, False, id="svix-style"),
        pytest.param(BODY, {"X-Nango-Hmac-Sha256": GOOD[:62] + " 0"}, KEY, False, id="space"),
        pytest.param(BODY, {"X-Nango-Hmac-Sha256": [GOOD]}, KEY, True, id="list-one-value"),
        pytest.param(BODY, {"X-Nango-Hmac-Sha256": (GOOD,)}, KEY, True, id="tuple-one-value"),
        pytest.param(BODY, {"X-Nango-Hmac-Sha256": [GOOD, GOOD]}, KEY, False, id="list-two"),
        pytest.param(BODY, {"X-Nango-Hmac-Sha256": []}, KEY, False, id="list-empty"),
        pytest.param(BODY, {"X-Nango-Hmac-Sha256": 123}, KEY, False, id="int-header"),
        pytest.param(BODY, {b"x-nango-hmac-sha256": GOOD.encode()}, KEY, True, id="asgi-bytes"),
        pytest.param(BODY, {"HTTP_X_NANGO_HMAC_SHA256": GOOD}, KEY, True, id="wsgi-environ"),
        pytest.param(None, {"X-Nango-Hmac-Sha256": GOOD}, KEY, False, id="none-body"),
        pytest.param(AUTH, {"X-Nango-Hmac-Sha256": GOOD}, KEY, False, id="parsed-body"),
        pytest.param(3, {"X-Nango-Hmac-Sha256": GOOD}, KEY, False, id="int-body"),
        pytest.param(BODY, None, KEY, False, id="none-headers"),
        pytest.param(BODY, [("X-Nango-Hmac-Sha256", GOOD)], KEY, False, id="pair-list"),
    ],
)
def test_verification_matrix(body: Any, headers: Any, key: Any, expected: bool) -> None:
    assert verify(body, headers, key) is expected


def test_unicode_body_is_signed_as_utf8() -> None:
    body = serialize_payload({"name": "Jos\u00e9 \u2603 \U0001f600", "type": "forward"})
    headers = {"X-Nango-Hmac-Sha256": hmac_hex(KEY, body)}

    assert "\u2603".encode() in body
    assert verify(body, headers) is True
    assert verify(body.decode(), headers) is True
    assert verify(body.decode().encode("utf-16"), headers) is False


def test_empty_body() -> None:
    headers = {"X-Nango-Hmac-Sha256": hmac_hex(KEY, b"")}

    assert verify(b"", headers) is True
    assert verify("", headers) is True
    assert verify(b"{}", headers) is False


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param(StarletteHeaders({"x-nango-hmac-sha256": GOOD}), id="starlette"),
        pytest.param(WerkzeugHeaders({"X-Nango-Hmac-Sha256": GOOD}), id="werkzeug"),
        pytest.param(EnvironHeaders({"HTTP_X_NANGO_HMAC_SHA256": GOOD}), id="werkzeug-environ"),
    ],
)
def test_framework_header_objects(headers: Any) -> None:
    assert verify(BODY, headers) is True
    assert verify(BODY + b"x", headers) is False


def test_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)

    assert verify(BODY, {"X-Nango-Hmac-Sha256": GOOD.upper()}) is True
    assert calls == [(bytes.fromhex(GOOD), bytes.fromhex(GOOD))]


# Several keys (a rotation): any of them verifies, each compared in constant time

OLD_KEY = "whsk-old-1b2c3d4e"
NEW_KEY = "whsk-new-5f6a7b8c"
THIRD_KEY = "whsk-third-9d0e1f2a"


@pytest.mark.parametrize(
    "keys",
    [
        pytest.param([OLD_KEY, NEW_KEY], id="list"),
        pytest.param((NEW_KEY, OLD_KEY), id="tuple"),
        pytest.param(f"{OLD_KEY},{NEW_KEY}", id="comma-separated"),
        pytest.param(f" {OLD_KEY} , {NEW_KEY} ,", id="comma-separated-with-spaces"),
    ],
)
def test_a_signature_made_with_any_of_the_keys_verifies(keys: Any) -> None:
    for key, expected in ((OLD_KEY, True), (NEW_KEY, True), (THIRD_KEY, False), (KEY, False)):
        headers = {"X-Nango-Hmac-Sha256": hmac_hex(key, BODY)}
        assert verify(BODY, headers, keys) is expected, key
    assert verify(BODY + b" ", {"X-Nango-Hmac-Sha256": hmac_hex(OLD_KEY, BODY)}, keys) is False


@pytest.mark.parametrize(
    "keys",
    [[], (), ",", " , ", [OLD_KEY, ""], [OLD_KEY, None], [OLD_KEY, b"key"], {OLD_KEY: 1}.keys()],
    ids=["empty-list", "empty-tuple", "comma", "blank", "empty-item", "none", "bytes", "keys-view"],
)
def test_bad_key_lists_never_verify(keys: Any) -> None:
    assert verify(BODY, {"X-Nango-Hmac-Sha256": hmac_hex(OLD_KEY, BODY)}, keys) is False


def test_every_key_is_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    keys = [OLD_KEY, NEW_KEY, THIRD_KEY]

    assert verify(BODY, {"X-Nango-Hmac-Sha256": hmac_hex(OLD_KEY, BODY)}, keys) is True

    # One comparison per key, the match included: no early return reveals which key matched.
    expected = [bytes.fromhex(hmac_hex(key, BODY)) for key in keys]
    assert calls == [(digest, bytes.fromhex(hmac_hex(OLD_KEY, BODY))) for digest in expected]


def test_legacy_signature_with_several_keys() -> None:
    headers = sign(BODY, NEW_KEY)

    with pytest.warns(DeprecationWarning, match="deprecated"):
        assert verify_webhook_signature(
            headers["X-Nango-Signature"], json.loads(BODY), [OLD_KEY, NEW_KEY]
        )
    with pytest.warns(DeprecationWarning, match="deprecated"):
        assert not verify_webhook_signature(
            headers["X-Nango-Signature"], json.loads(BODY), [OLD_KEY, THIRD_KEY]
        )


class ExplodingHeaders(dict[str, str]):
    def get(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")


def test_a_mapping_that_raises_gives_false() -> None:
    assert verify(BODY, ExplodingHeaders({"X-Nango-Hmac-Sha256": GOOD})) is False


@settings(max_examples=300, deadline=None)
@given(
    body=st.one_of(st.binary(max_size=200), st.text(max_size=200), st.none(), st.integers()),
    value=st.one_of(st.text(max_size=70), st.binary(max_size=70), st.lists(st.text(), max_size=2)),
    name=st.sampled_from(["X-Nango-Hmac-Sha256", "x-nango-hmac-sha256", "other", ""]),
    key=st.one_of(st.text(max_size=20), st.none()),
)
def test_verification_never_raises(body: Any, value: Any, name: str, key: Any) -> None:
    result = verify(body, {name: value}, key)

    assert result is False or (isinstance(key, str) and key and name.lower().startswith("x-n"))


# verify_webhook_signature (deprecated; Node's legacy check)


def test_legacy_signature_of_a_signed_body_verifies_after_parsing() -> None:
    payload = {"b": [1, 2.5, 1e-7, 1e21, 100.0, None], "a": "Jos\u00e9", "c": {"z": 1, "y": True}}
    body = serialize_payload(payload)
    headers = sign(body, KEY)

    with pytest.warns(DeprecationWarning, match="deprecated"):
        assert verify_webhook_signature(headers["X-Nango-Signature"], json.loads(body), KEY)
    with pytest.warns(DeprecationWarning, match="deprecated"):
        assert not verify_webhook_signature(headers["X-Nango-Signature"], payload, KEY)
    with pytest.warns(DeprecationWarning, match="deprecated"):
        assert not verify_webhook_signature(headers["X-Nango-Signature"], json.loads(body), "k")


# serialize_payload and sign: what Nango's server puts on the wire


def test_serialize_payload_is_nango_stable_stringify() -> None:
    payload = {"b": {"d": 1, "c": [True, None]}, "a": '\u00e9\n"\\', "A": 1.0, "10": 2, "9": 3}

    assert serialize_payload(payload) == (
        '{"10":2,"9":3,"A":1,"a":"\u00e9\\n\\"\\\\","b":{"c":[true,null],"d":1}}'.encode()
    )


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (0.0, "0"),
        (-0.0, "0"),
        (1.0, "1"),
        (-2.5, "-2.5"),
        (0.1, "0.1"),
        (1e-6, "0.000001"),
        (1e-7, "1e-7"),
        (1.5e-10, "1.5e-10"),
        (123456789012345680000.0, "123456789012345680000"),
        (1e21, "1e+21"),
        (1.2345e25, "1.2345e+25"),
        (float("inf"), "null"),
        (float("nan"), "null"),
        (2**53 + 1, "9007199254740993"),
    ],
)
def test_numbers_are_formatted_as_javascript_does(number: float, text: str) -> None:
    assert serialize_payload([number]) == f"[{text}]".encode()


def test_control_characters_and_lone_surrogates_are_escaped_like_json_stringify() -> None:
    assert serialize_payload("\x01\x1f\ud800\u2028") == b'"\\u0001\\u001f\\ud800\xe2\x80\xa8"'


def test_serialize_payload_refuses_non_json_data() -> None:
    with pytest.raises(NangoTypeError):
        serialize_payload({"when": object()})


def test_sign_produces_nango_headers() -> None:
    headers = sign(BODY, KEY)

    assert headers == {
        "Content-Type": "application/json",
        "X-Nango-Hmac-Sha256": hmac_hex(KEY, BODY),
        "X-Nango-Signature": hashlib.sha256(KEY.encode() + BODY).hexdigest(),
    }
    assert sign(BODY.decode(), KEY) == headers
    assert verify(BODY, headers) is True


@pytest.mark.parametrize(("body", "key"), [(BODY, ""), (BODY, None), (AUTH, KEY), (None, KEY)])
def test_sign_refuses_bad_input(body: Any, key: Any) -> None:
    with pytest.raises(NangoTypeError):
        sign(body, key)


def test_secrets_are_not_in_errors() -> None:
    with pytest.raises(NangoTypeError) as info:
        sign(None, KEY)  # type: ignore[arg-type]
    assert KEY not in str(info.value)


# parse_webhook


def test_auth_webhook() -> None:
    webhook = parse_webhook(BODY)

    assert webhook == AuthWebhook(
        from_="nango",
        connection_id="conn-1",
        provider_config_key="github-ref",
        success=True,
        auth_mode="OAUTH2",
        provider="github",
        environment="dev",
        operation="creation",
        tags={"end_user_id": "u-1", "org": "acme"},
        end_user=WebhookEndUser(
            end_user_id="u-1",
            end_user_email="u1@example.com",
            organization_id="o-1",
            tags={"plan": "pro"},
        ),
        raw=AUTH,
    )
    assert webhook.type == "auth"
    assert webhook.raw == AUTH


def test_failed_auth_webhook() -> None:
    body = {
        **AUTH,
        "operation": "refresh",
        "success": False,
        "error": {"type": "refresh_token_external_error", "description": "invalid_grant"},
    }

    webhook = parse_webhook(serialize_payload(body))

    assert isinstance(webhook, AuthWebhook)
    assert webhook.success is False
    assert webhook.error == WebhookErrorInfo(
        type="refresh_token_external_error", description="invalid_grant"
    )


SYNC_OK = {
    "type": "sync",
    "from": "nango",
    "connectionId": "conn-1",
    "providerConfigKey": "github-ref",
    "syncName": "issues",
    "syncVariant": "base",
    "model": "GithubIssue",
    "syncType": "INCREMENTAL",
    "success": True,
    "responseResults": {"added": 3, "updated": 1, "deleted": 0},
    "modifiedAfter": "2026-11-22T04:00:00.000Z",
    "queryTimeStamp": "2026-11-22T04:00:00.000Z",
    "checkpoints": {"from": None, "to": {"cursor": "abc"}},
}


def test_sync_webhook() -> None:
    webhook = parse_webhook(json.dumps(SYNC_OK))

    assert isinstance(webhook, SyncWebhook)
    assert (webhook.sync_name, webhook.sync_variant, webhook.model) == (
        "issues",
        "base",
        "GithubIssue",
    )
    assert webhook.response_results == SyncResults(added=3, updated=1, deleted=0)
    assert webhook.modified_after == "2026-11-22T04:00:00.000Z"
    assert webhook.checkpoints == {"from": None, "to": {"cursor": "abc"}}
    assert webhook.error is None


def test_failed_sync_webhook() -> None:
    body = {
        **{k: v for k, v in SYNC_OK.items() if k not in ("responseResults", "modifiedAfter")},
        "success": False,
        "error": {"type": "script_error", "description": "boom", "additional_properties": {"x": 1}},
        "startedAt": "2026-11-22T04:00:00.000Z",
        "failedAt": "2026-11-22T04:01:00.000Z",
    }

    webhook = parse_webhook(body)

    assert isinstance(webhook, SyncWebhook)
    assert webhook.error is not None
    assert webhook.error.additional_properties == {"x": 1}
    assert (webhook.started_at, webhook.failed_at) == (body["startedAt"], body["failedAt"])
    assert webhook.response_results is None


def test_forward_webhook() -> None:
    body = {
        "type": "forward",
        "from": "github",
        "providerConfigKey": "github-ref",
        "connectionId": "conn-1",
        "payload": {"action": "opened", "issue": {"number": 1}},
    }

    webhook = parse_webhook(serialize_payload(body))

    assert webhook == ForwardWebhook(
        from_="github",
        provider_config_key="github-ref",
        connection_id="conn-1",
        payload={"action": "opened", "issue": {"number": 1}},
        raw=body,
    )
    assert webhook.enveloped is True


def test_forward_that_matched_no_connection_comes_unwrapped() -> None:
    provider_body = {"type": "customer.created", "data": {"id": "cus_1"}}

    with pytest.raises(InvalidWebhookError, match="unmatched_forward=True"):
        parse_webhook(serialize_payload(provider_body))
    webhook = parse_webhook(serialize_payload(provider_body), unmatched_forward=True)

    assert webhook == ForwardWebhook(
        from_=None,
        provider_config_key=None,
        payload=provider_body,
        enveloped=False,
        raw=provider_body,
    )
    assert parse_webhook(b"[1,2]", unmatched_forward=True).payload == [1, 2]
    assert isinstance(parse_webhook(BODY, unmatched_forward=True), AuthWebhook)


def test_async_action_webhook() -> None:
    body = {
        "type": "async_action",
        "from": "nango",
        "connectionId": "conn-1",
        "providerConfigKey": "github-ref",
        "payload": {"id": "00000000-0000-4000-8000-000000000001", "statusUrl": "/action/0000"},
    }

    webhook = parse_webhook(serialize_payload(body))

    assert isinstance(webhook, AsyncActionWebhook)
    assert webhook.payload.id == "00000000-0000-4000-8000-000000000001"
    assert webhook.payload.status_url == "/action/0000"


def test_unknown_fields_are_kept_in_extra() -> None:
    body = {**AUTH, "newField": 1, "endUser": {**AUTH["endUser"], "displayName": "U"}}

    webhook = parse_webhook(body)

    assert isinstance(webhook, AuthWebhook)
    assert webhook.extra == {"newField": 1}
    assert webhook.end_user is not None
    assert webhook.end_user.extra == {"displayName": "U"}


def test_optional_fields_may_be_missing_or_null() -> None:
    body = {**{k: v for k, v in AUTH.items() if k not in ("authMode", "tags")}, "endUser": None}

    webhook = parse_webhook(body)

    assert isinstance(webhook, AuthWebhook)
    assert (webhook.auth_mode, webhook.tags, webhook.end_user) == (None, None, None)


def test_unknown_nango_type_is_a_clear_error() -> None:
    with pytest.raises(UnknownWebhookTypeError, match="'usage'") as info:
        parse_webhook({"type": "usage", "from": "nango", "connectionId": "c"})

    assert info.value.webhook_type == "usage"
    with pytest.raises(UnknownWebhookTypeError):
        parse_webhook({"type": "usage", "from": "nango"}, unmatched_forward=True)
    assert info.value.payload == {"type": "usage", "from": "nango", "connectionId": "c"}
    assert isinstance(info.value, InvalidWebhookError)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        pytest.param({**AUTH, "connectionId": None}, "connectionId is missing", id="null-id"),
        pytest.param(
            {k: v for k, v in AUTH.items() if k != "success"}, "success is missing", id="no-success"
        ),
        pytest.param({**AUTH, "success": "yes"}, "success must be a boolean", id="success-str"),
        pytest.param({**AUTH, "tags": {"a": 1}}, "tags.a must be a string", id="tag-int"),
        pytest.param(
            {**AUTH, "endUser": {"endUserEmail": "x"}},
            "endUser.endUserId is missing",
            id="end-user",
        ),
        pytest.param(
            {**SYNC_OK, "responseResults": {"added": True, "updated": 1, "deleted": 0}},
            "responseResults.added must be an integer",
            id="bool-count",
        ),
        pytest.param(
            {
                "type": "async_action",
                "from": "nango",
                "connectionId": "c",
                "providerConfigKey": "k",
            },
            "payload is missing",
            id="async-no-payload",
        ),
        pytest.param(
            {"type": "forward", "from": "github", "providerConfigKey": 1},
            "providerConfigKey must",
            id="fwd",
        ),
    ],
)
def test_malformed_payloads_are_clear_errors(body: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidWebhookError, match=message) as info:
        parse_webhook(body)

    assert not isinstance(info.value, UnknownWebhookTypeError)
    assert info.value.payload == body


@pytest.mark.parametrize(
    "body",
    [b"", b"not json", b"\xff\xfe{", "[", "[1, 2]", "null", "{}", '{"type":"auth"}', None, 12],
)
def test_bodies_that_are_not_nango_payloads(body: Any) -> None:
    with pytest.raises(InvalidWebhookError):
        parse_webhook(body)


def test_every_multiple_problem_is_reported() -> None:
    with pytest.raises(InvalidWebhookError) as info:
        parse_webhook({"type": "sync", "from": "nango", "success": 1})

    message = str(info.value)
    for field in ("connectionId", "providerConfigKey", "syncName", "model", "success"):
        assert field in message


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=10,
)
_envelopes = st.fixed_dictionaries(
    {
        "type": st.sampled_from(["auth", "sync", "forward", "async_action", "other"]),
        "from": st.sampled_from(["nango", "github"]),
    },
    optional={
        "connectionId": _json,
        "providerConfigKey": _json,
        "success": _json,
        "syncName": _json,
        "model": _json,
        "payload": _json,
        "endUser": _json,
        "responseResults": _json,
        "tags": _json,
        "error": _json,
    },
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_envelopes, _json, st.binary(max_size=40)), st.booleans())
def test_parse_raises_nothing_but_invalid_webhook_error(body: Any, unmatched: bool) -> None:
    raw = body if isinstance(body, bytes) else json.dumps(body)
    try:
        webhook = parse_webhook(raw, unmatched_forward=unmatched)
    except InvalidWebhookError:
        return
    assert webhook.type in ("auth", "sync", "forward", "async_action")


def test_webhooks_module_exports() -> None:
    for name in webhooks.__all__:
        assert hasattr(webhooks, name)
