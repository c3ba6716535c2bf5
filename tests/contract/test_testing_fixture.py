"""`nango.testing` against the real Prism of tests/node: `MockServer` as a context manager, and the
pytest plugin (`pytest_plugins = ["nango.testing"]`) end to end in a pytester subprocess. Each test
starts its own Prism (about 2 s), next to the one scripts/test started for the other tests."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest

from nango import AsyncNango, Nango, NotFoundError
from nango.models import OpenAIFunctionsResponse
from nango.testing import SECRET_KEY, MockServer, prefer

from ..processes import pid_exists, port_is_open

pytest_plugins = ["pytester"]
pytestmark = pytest.mark.contract

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "tests" / "node" / "node_modules" / ".bin" / "prism"


@pytest.fixture
def prism(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The pinned Prism of tests/node, also as NANGO_PRISM for subprocesses."""
    if not PRISM.is_file():
        pytest.fail("Prism is not installed: run scripts/setup", pytrace=False)
    monkeypatch.setenv("NANGO_PRISM", str(PRISM))
    monkeypatch.delenv("NANGO_MOCK_SPEC", raising=False)
    return [str(PRISM)]


def test_mock_server_answers_like_the_spec_and_stops(prism: list[str]) -> None:
    with MockServer(command=prism) as mock:
        assert mock.spec == ROOT / "openapi.yaml"
        assert mock._process is not None
        pid, port = mock._process.pid, mock.port or 0

        with Nango(SECRET_KEY, host=mock.url, max_retries=0) as nango:
            assert [p.name for p in nango.list_providers().data] == ["github", "openai"]

        with Nango(SECRET_KEY, host=mock.url, default_headers=prefer(code=404)) as nango:
            with pytest.raises(NotFoundError) as info:
                nango.get_connection("github", "conn-1")
            assert info.value.code == "not_found"

        # The default example of GET /scripts/config is the nango format; pick the other one.
        with Nango(SECRET_KEY, host=mock.url, default_headers=prefer(example="openai")) as nango:
            assert isinstance(nango.get_scripts_config("openai"), OpenAIFunctionsResponse)

        async def with_async_client() -> int:
            async with AsyncNango(SECRET_KEY, host=mock.url) as client:
                return len((await client.list_providers(search="git")).data)

        assert asyncio.run(with_async_client()) == 2

        # A request that breaks the spec is refused, with the reasons in `sl-violations`.
        refused = httpx.get(
            f"{mock.url}/connections",
            params={"limit": "many"},
            headers={"Authorization": f"Bearer {SECRET_KEY}"},
            trust_env=False,
        )
        assert refused.status_code == 400
        assert "limit" in json.dumps(json.loads(refused.headers["sl-violations"]))
        assert "Violation: request.query.limit" in mock.log()  # Prism's log, kept for debugging

    assert not mock.running
    assert not pid_exists(pid)
    assert not port_is_open(port)


INNER_TESTS = """
import json
from pathlib import Path

import pytest

from nango import Nango, NotFoundError
from nango.testing import SECRET_KEY, MockServer, prefer

seen = []


def test_client_on_the_mock(nango_mock_client):
    seen.append(nango_mock_client)
    assert [p.name for p in nango_mock_client.list_providers().data] == ["github", "openai"]


def test_clients_are_closed_after_their_test(nango_mock, nango_mock_client):
    assert seen[0]._core._client.is_closed
    assert nango_mock_client.host == nango_mock.url
    seen.append(nango_mock)


def test_one_server_per_session_and_prefer(nango_mock):
    assert isinstance(nango_mock, MockServer)
    assert nango_mock is seen[1]
    Path("prism.json").write_text(
        json.dumps({"pid": nango_mock._process.pid, "port": nango_mock.port})
    )
    with Nango(SECRET_KEY, host=nango_mock.url, default_headers=prefer(code=404)) as nango:
        with pytest.raises(NotFoundError):
            nango.get_connection("github", "conn-1")
"""


def test_pytest_plugin_end_to_end(pytester: pytest.Pytester, prism: list[str]) -> None:
    # Importing the plugin module in the conftest that names it must not warn.
    pytester.makeconftest(
        'pytest_plugins = ["nango.testing"]\n\nfrom nango.testing import prefer  # noqa: E402\n'
    )
    pytester.makepyfile(test_app=INNER_TESTS)

    strict = ("-W", "error::pytest.PytestAssertRewriteWarning")
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider", *strict, timeout=120)

    result.assert_outcomes(passed=3)
    started = json.loads((pytester.path / "prism.json").read_text())
    assert not pid_exists(started["pid"])
    assert not port_is_open(started["port"])
