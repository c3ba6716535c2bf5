"""A change to `openapi.yaml` flows through `scripts/generate` and stops at the generated layer.

One optional property is added to the `Connection` response schema (what `get_connection`
returns) in a temporary copy of the spec, and the real generator (`scripts/generate --spec ...
--generated <tmp>`, as a contributor would run it) writes a second `nango_api` into a temporary
folder. Then:

- the only generated file that changes is the model of that schema, and only by the new field;
- the new field is an attribute of the regenerated model, which parses it out of a response;
- `nango` imports against the regenerated package and builds exactly the same requests (and
  parses the same results) as against the checked-in one, for a representative set of methods of
  both clients, and its unit tests for those methods pass against it.

The generator runs once for the module (about 2 s); the other checks run in subprocesses whose
`PYTHONPATH` puts the temporary package before the installed one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from nango_api.models import Connection
from tests.openapi_spec import SPEC
from tests.spec.codegen import load_codegen

ROOT = Path(__file__).resolve().parents[2]
CHECKED_IN = ROOT / "generated"  # the folder holding the checked-in nango_api
SCHEMA = "Connection"
FIELD = "fresh_field"
DESCRIPTION = "A field added by tests/spec/test_spec_change.py."
MODEL_FILE = "models/connection.py"

pytestmark = pytest.mark.timeout(300)


def add_property(spec_text: str, schema: str, name: str, description: str) -> str:
    """`spec_text` with an optional string property added first in `schema`'s properties; every
    other line is kept as it is (no YAML round trip)."""
    lines = spec_text.splitlines(keepends=True)
    start = lines.index(f"    {schema}:\n")
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if line.startswith("    ") and not line.startswith("     "):
            break  # the next schema: this one has no properties
        if line == "      properties:\n":
            lines[index + 1 : index + 1] = [
                f"        {name}:\n",
                "          type: string\n",
                f"          description: {description}\n",
            ]
            return "".join(lines)
    raise AssertionError(f"no properties in schema {schema}")


def example(method: str, path: str) -> Any:
    """The example body of an operation's 2xx answer."""
    responses = SPEC["paths"][path][method]["responses"]
    status = next(code for code in responses if code.startswith("2"))
    return responses[status]["content"]["application/json"]["example"]


@pytest.fixture(scope="module")
def changed_spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    text = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    path = tmp_path_factory.mktemp("spec") / "openapi.yaml"
    path.write_text(add_property(text, SCHEMA, FIELD, DESCRIPTION), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def regenerated(changed_spec: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder holding the `nango_api` generated from the changed spec."""
    folder = tmp_path_factory.mktemp("generated")
    result = subprocess.run(
        [
            str(ROOT / "scripts" / "generate"),
            "--spec",
            str(changed_spec),
            "--generated",
            str(folder / "nango_api"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return folder


def python(code: str, *args: str, path: list[Path]) -> Any:
    """Run `code` with `path` first on `PYTHONPATH`; return the JSON it prints."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(str(p) for p in path))
    env.pop("PYTHONSTARTUP", None)
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# The spec and the generated diff


def test_the_copy_differs_from_the_spec_by_the_new_property_only(changed_spec: Path) -> None:
    changed = yaml.safe_load(changed_spec.read_text(encoding="utf-8"))
    added = changed["components"]["schemas"][SCHEMA]["properties"].pop(FIELD)
    assert added == {"type": "string", "description": DESCRIPTION}
    assert FIELD not in changed["components"]["schemas"][SCHEMA].get("required", [])
    assert changed == SPEC


def test_only_the_model_of_the_schema_changes_and_only_by_the_field(regenerated: Path) -> None:
    codegen = load_codegen()
    report: list[str] = codegen.compare(regenerated / "nango_api", CHECKED_IN / "nango_api")
    headlines = [line for line in report if not line.startswith((" ", "+", "-", "@"))]
    assert headlines == [f"differs: generated/nango_api/{MODEL_FILE}"]
    removed = [line for line in report if line.startswith("-") and not line.startswith("---")]
    added = [line[1:] for line in report if line.startswith("+") and not line.startswith("+++")]
    assert removed == []
    assert added
    for line in added:
        assert FIELD in line or DESCRIPTION in line or not line.strip(), line


# The regenerated model

MODEL_CHECK = """
import json, sys
import attrs
import nango_api
from nango_api.models import Connection
from nango_api.types import Unset

body = json.loads(sys.argv[1])
parsed = Connection.from_dict(body)
missing = Connection.from_dict({k: v for k, v in body.items() if k != sys.argv[2]})
print(json.dumps({
    "package": nango_api.__file__,
    "fields": [field.name for field in attrs.fields(Connection)],
    "annotation": Connection.__annotations__.get(sys.argv[2]),
    "value": getattr(parsed, sys.argv[2], None),
    "additional_properties": sorted(parsed.additional_properties),
    "round_trip": parsed.to_dict().get(sys.argv[2]),
    "unset_when_absent": isinstance(getattr(missing, sys.argv[2], None), Unset),
    "absent_not_serialised": sys.argv[2] not in missing.to_dict(),
}))
"""


def connection_body() -> dict[str, Any]:
    body: dict[str, Any] = example("get", "/connections/{connectionId}")
    assert FIELD not in body
    return {**body, FIELD: "fresh value"}


def test_the_new_field_is_an_attribute_of_the_regenerated_model(regenerated: Path) -> None:
    result = python(MODEL_CHECK, json.dumps(connection_body()), FIELD, path=[regenerated])

    assert Path(result["package"]).parent == regenerated / "nango_api"
    assert FIELD in result["fields"]
    assert result["annotation"] == "str | Unset"
    assert result["value"] == "fresh value"
    assert result["additional_properties"] == []
    assert result["round_trip"] == "fresh value"
    assert result["unset_when_absent"] is True
    assert result["absent_not_serialised"] is True


def test_the_checked_in_model_keeps_the_unknown_field_as_an_extra_property() -> None:
    # The contrast: before regeneration the same answer parses, the field lands in the extras.
    parsed = Connection.from_dict(connection_body())
    assert not hasattr(parsed, FIELD)
    assert parsed.additional_properties == {FIELD: "fresh value"}
    assert parsed.to_dict()[FIELD] == "fresh value"


# The hand-written layer on top of the regenerated package

REQUESTS_DUMP = """
import asyncio, json, sys
from datetime import datetime, timezone

import httpx
import nango, nango_api
from nango import AsyncNango, Nango

answers = json.loads(sys.argv[1])
seen = []


def answer(request):
    request.read()
    seen.append({
        "method": request.method,
        "url": str(request.url),
        "headers": sorted(request.headers.items()),
        "body": request.content.decode(),
    })
    return httpx.Response(200, json=answers.get(request.url.path, {"ok": True}))


CALLS = [
    ("get_connection", ("github", "conn-1"), {"force_refresh": True, "refresh_token": True}),
    ("list_connections", (), {
        "user_id": "user-42", "tags": {"Team": "blue", "displayName": "Ada"},
        "integration_id": ["github", "slack"], "limit": 10,
    }),
    ("create_connect_session", (), {
        "end_user": {"id": "user-42", "email": "ada@example.com"},
        "allowed_integrations": ["github"], "tags": {"team": "blue"},
    }),
    ("proxy", ("/user/repos", "github", "conn-1"), {
        "method": "POST", "data": {"name": "hello"}, "params": {"per_page": 10},
        "headers": {"X-Custom": "1"}, "retries": 3, "retry_on": [429, 503],
    }),
    ("get", ("/user", "github", "conn-1"), {}),
    ("list_records", ("github", "conn-1", "Issue"), {
        "modified_after": datetime(2026, 11, 1, tzinfo=timezone.utc), "limit": 5,
        "filter": "added,updated", "cursor": "abc", "ids": ["1", "2"],
    }),
    ("set_metadata", ("github", "conn-1", {"plan": "pro"}), {}),
    ("get_integration", ("github-ref",), {"include": ["webhook", "credentials"]}),
    ("trigger_sync", ("github", ["issues"], "conn-1"), {"reset": True}),
]


def summary(result):
    if hasattr(result, "to_dict"):
        return result.to_dict()
    if isinstance(result, nango.RecordsPage):
        return {"records": result.records, "next_cursor": result.next_cursor}
    if isinstance(result, nango.ProxyResponse):
        return {"status": result.status, "data": result.data}
    return result


options = {"secret_key": "sk-spec-change", "host": "https://nango.test", "max_retries": 0}
results = []
with Nango(http_client=httpx.Client(transport=httpx.MockTransport(answer)), **options) as client:
    for name, args, kwargs in CALLS:
        results.append(summary(getattr(client, name)(*args, **kwargs)))


async def run_async():
    transport = httpx.MockTransport(answer)
    async with AsyncNango(http_client=httpx.AsyncClient(transport=transport), **options) as client:
        for name, args, kwargs in CALLS:
            results.append(summary(await getattr(client, name)(*args, **kwargs)))


asyncio.run(run_async())
print(json.dumps({
    "nango": nango.__file__,
    "nango_api": nango_api.__file__,
    "requests": seen,
    "results": results,
}, default=str))
"""


def answers() -> dict[str, Any]:
    """The body each request path is answered with: the spec's examples, plus the new field."""
    return {
        "/connections/conn-1": connection_body(),
        "/connections": example("get", "/connections"),
        "/connect/sessions": example("post", "/connect/sessions"),
        "/records/": example("get", "/records/"),
        "/connections/metadata": example("post", "/connections/metadata"),
        "/integrations/github-ref": example("get", "/integrations/{uniqueKey}"),
        "/sync/trigger": example("post", "/sync/trigger"),
        "/proxy/user/repos": {"id": 1, "name": "hello"},
    }


def test_nango_builds_the_same_requests_on_the_regenerated_package(regenerated: Path) -> None:
    payload = json.dumps(answers())
    before = python(REQUESTS_DUMP, payload, path=[CHECKED_IN, ROOT])
    after = python(REQUESTS_DUMP, payload, path=[regenerated, ROOT])

    assert Path(before["nango_api"]).parent == CHECKED_IN / "nango_api"
    assert Path(after["nango_api"]).parent == regenerated / "nango_api"
    assert Path(after["nango"]).parent == ROOT / "nango"
    assert len(after["requests"]) == 18  # 9 calls, sync then async
    assert after["requests"] == before["requests"]
    assert after["results"] == before["results"]
    # The new field reaches the caller either way: as an attribute now, as an extra before.
    assert after["results"][0][FIELD] == "fresh value"


UNIT_TESTS = [
    "tests/unit/test_connections.py",
    "tests/unit/test_connect_sessions.py",
    "tests/unit/test_proxy.py",
    "tests/unit/test_records.py",
    "tests/unit/test_generated_package.py",
]


def test_the_unit_tests_of_those_methods_pass_on_the_regenerated_package(
    regenerated: Path,
) -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(regenerated), str(ROOT)]))
    where = subprocess.run(
        [sys.executable, "-c", "import nango_api; print(nango_api.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    assert Path(where.stdout.strip()).parent == regenerated / "nango_api"

    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *UNIT_TESTS],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout
