"""Contract tests against the Prism mock server that `scripts/test` starts from openapi.yaml.

Prism validates each request against the spec and reports problems in the `sl-violations` header,
so every test asserts the expected status and the absence of that header.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator

import pytest

from nango_api import Client
from nango_api.types import Response

SECRET = "11111111-1111-4111-8111-111111111111"


@pytest.fixture(scope="session")
def mock_url() -> str:
    url = os.environ.get("NANGO_MOCK_URL")
    if not url:
        pytest.fail(
            "NANGO_MOCK_URL is not set: run the suite with scripts/test, or start "
            "`scripts/mock --daemon --port 4010` and set NANGO_MOCK_URL=http://127.0.0.1:4010",
            pytrace=False,
        )
    return url


@pytest.fixture
def api(mock_url: str) -> Iterator[Client]:
    client = Client(
        base_url=mock_url,
        headers={"Authorization": f"Bearer {SECRET}"},
        timeout=None,
        raise_on_unexpected_status=True,
    )
    with client:
        yield client


def violations(response: Response[object]) -> list[dict[str, object]]:
    raw = response.headers.get("sl-violations")
    return json.loads(raw) if raw else []


def assert_valid(response: Response[object], status: int) -> None:
    """The mock answered `status` and found nothing wrong with the request or its own example."""
    assert violations(response) == []
    assert response.status_code == status, response.content[:500]
