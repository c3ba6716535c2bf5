"""5. Webhook verification of a 100 KB body: microseconds per call of
``nango.webhooks.verify_incoming_webhook_request`` (and of the client method) versus the same
check written by hand with ``hmac`` (HMAC-SHA256 of the raw body, hex, constant-time compare).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sys
from collections.abc import Callable
from typing import Any

from nango import Nango
from nango.webhooks import verify_incoming_webhook_request

from ._common import (
    HOST,
    SECRET,
    Row,
    Section,
    calls_for,
    cpu_seconds_per_call,
)

NAME = "webhooks"
TITLE = "5. Webhook verification (100 KB body, CPU µs per call)"
SIGNING_KEY = "whsk-bench-0b5f3c1e9d2a"
BODY_SIZE = 100 * 1024


def webhook_body(size: int = BODY_SIZE) -> bytes:
    """A sync webhook's JSON with enough records to reach ``size`` bytes (compact, as sent)."""
    payload: dict[str, Any] = {
        "type": "sync",
        "connectionId": "conn-gh-1",
        "providerConfigKey": "github-ref",
        "syncName": "issues",
        "model": "Issue",
        "responseResults": {"added": 0, "updated": 0, "deleted": 0},
        "syncType": "INCREMENTAL",
        "modifiedAfter": "2026-11-22T03:45:02.118Z",
        "records": [],
    }
    prefix = json.dumps(payload, separators=(",", ":"))[:-3]  # up to "records":
    parts: list[str] = []
    length = len(prefix) + 2
    while length < size:
        record = {"id": f"r-{len(parts)}", "title": f"Issue {len(parts)}", "state": "open"}
        part = json.dumps(record, separators=(",", ":"))
        parts.append(part)
        length += len(part) + 1
    return (prefix + "[" + ",".join(parts) + "]}").encode()


def run(quick: bool = False) -> Section:
    body = webhook_body()
    text = body.decode()
    key = SIGNING_KEY.encode()
    signature = hmac.new(key, body, hashlib.sha256).hexdigest()
    # What a web framework gives: lower-cased names (Node's req.headers, ASGI scopes, ...).
    headers = {"content-type": "application/json", "x-nango-hmac-sha256": signature}
    wrong = {**headers, "x-nango-hmac-sha256": "0" * 64}
    nango = Nango(SECRET, host=HOST, webhook_signing_key=SIGNING_KEY)

    def by_hand(raw: bytes, given: dict[str, str] = headers) -> bool:
        received = given.get("x-nango-hmac-sha256", "")
        expected = hmac.new(key, raw, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, received)

    cases: list[tuple[str, Callable[[], bool], Callable[[], bool]]] = [
        (
            "verify_incoming_webhook_request, bytes body",
            lambda: verify_incoming_webhook_request(body, headers, SIGNING_KEY),
            lambda: by_hand(body),
        ),
        (
            "verify_incoming_webhook_request, str body",
            lambda: verify_incoming_webhook_request(text, headers, SIGNING_KEY),
            lambda: by_hand(text.encode()),
        ),
        (
            "Nango.verify_incoming_webhook_request, bytes body",
            lambda: nango.verify_incoming_webhook_request(body, headers),
            lambda: by_hand(body),
        ),
        (
            "verify_incoming_webhook_request, wrong signature",
            lambda: not verify_incoming_webhook_request(body, wrong, SIGNING_KEY),
            lambda: not by_hand(body, wrong),
        ),
    ]
    repetitions, budget = (3, 0.0) if quick else (11, 0.1)
    rows: list[Row] = []
    for name, sdk_call, raw_call in cases:
        if not (sdk_call() and raw_call()):
            raise AssertionError(f"{name}: the SDK and the hand-written check disagree")
        calls = 3 if quick else calls_for(cpu_seconds_per_call(raw_call, 50), budget)
        sdk: list[float] = []
        raw: list[float] = []
        for repetition in range(repetitions):
            pair = [(sdk, sdk_call), (raw, raw_call)]
            for figures, call in pair if repetition % 2 == 0 else pair[::-1]:
                figures.append(cpu_seconds_per_call(call, calls))
        rows.append(Row.from_pairs(name, sdk, raw, "µs", scale=1e6, baseline_name="hmac by hand"))
    nango.close()
    throughput = len(body) / (rows[0].sdk / 1e6) / 1e6
    return Section(
        NAME,
        TITLE,
        rows,
        notes=[
            f"Body: {len(body):,} bytes of JSON; headers: a dict with lower-cased names. CPU time "
            f"per call, {repetitions} repetitions back to back with the baseline (medians; the "
            "ratio is the median of the repetitions' ratios). Baseline: "
            "hmac.new(key, body, sha256).hexdigest() and hmac.compare_digest.",
            f"That is about {throughput:,.0f} MB/s of body verified (HMAC-SHA256 dominates). No "
            "target was set for this benchmark.",
        ],
    )


if __name__ == "__main__":
    from ._runner import cli

    raise SystemExit(cli([NAME, *sys.argv[1:]]))
