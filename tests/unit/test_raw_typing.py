"""``with_raw_response`` is typed for a caller's type checker: mypy --strict sees each raw method
with its parameters and ``RawResponse[<result>]``, for both clients."""

from __future__ import annotations

from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

ROOT = Path(__file__).resolve().parents[2]
USAGE = """
import nango

def sync(client: nango.Nango) -> None:
    raw = client.with_raw_response.get_connection("github", "c1", force_refresh=True)
    reveal_type(raw)
    reveal_type(raw.parse())
    reveal_type(client.with_raw_response.get_scripts_config("openai").parse())
    reveal_type(client.with_raw_response.get("/x", "github", "c1"))
    client.with_raw_response.get_connection("github")  # a missing argument
    client.with_raw_response.iter_records  # iterators have no raw form

async def asynchronous(client: nango.AsyncNango) -> None:
    raw = await client.with_raw_response.list_integrations()
    reveal_type(raw)
    reveal_type(raw.rate_limit)
"""


def test_mypy_sees_typed_raw_methods(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the config's mypy_path is relative
    usage = tmp_path / "usage.py"
    usage.write_text(USAGE)
    stdout, stderr, _ = mypy_api.run(
        [
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            "--config-file",
            str(ROOT / "pyproject.toml"),
            str(usage),
        ]
    )
    lines = [line.split(": ", 1)[1] for line in stdout.splitlines() if ": " in line]
    models = "nango_api.models"

    assert lines[:4] == [
        f'note: Revealed type is "nango._raw.RawResponse[{models}.connection.Connection]"',
        f'note: Revealed type is "{models}.connection.Connection"',
        f'note: Revealed type is "{models}.open_ai_functions_response.OpenAIFunctionsResponse"',
        'note: Revealed type is "nango._raw.RawResponse[nango._results.ProxyResponse]"',
    ], stdout + stderr
    assert lines[4].startswith('error: Missing positional argument "connection_id"'), lines[4]
    assert lines[5].startswith('error: "RawMethods" has no attribute "iter_records"'), lines[5]
    assert lines[6:] == [
        'note: Revealed type is "nango._raw.RawResponse[nango._results.IntegrationConfigs]"',
        'note: Revealed type is "nango._ratelimit.RateLimit | None"',
    ], stdout + stderr
