"""`nango.testing` without Prism: the `Prefer` helper, how the spec and the Prism command are found,
and the life cycle of `MockServer` on a fake Prism (a small Python HTTP server that takes Prism's
arguments). The same module against the real Prism is in tests/contract/test_testing_fixture.py."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import httpx
import pytest

from nango import Nango, NotFoundError
from nango import testing as nango_testing
from nango.testing import (
    PRISM_PACKAGE,
    MockServer,
    MockServerError,
    default_prism_command,
    default_spec,
    prefer,
)

from ..processes import pid_exists, port_is_open

ROOT = Path(__file__).resolve().parents[2]

# Serves GET /providers ({"data": []}) and answers 404 with Nango's error body when the request
# says `Prefer: code=404`; prints each request (path and Prefer header) to its output.
FAKE_PRISM = """
import http.server, json, sys

args = sys.argv[1:]
assert args[0] == "mock" and args[-1] == "--errors", args
host, port = args[args.index("--host") + 1], int(args[args.index("--port") + 1])


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        prefer = self.headers.get("Prefer")
        status, body = (200, {"data": [], "spec": args[1]})
        if prefer == "code=404":
            status, body = 404, {"error": {"code": "not_found", "message": "Not here"}}
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *values):
        print("request", self.path, "prefer:", self.headers.get("Prefer"), flush=True)


print("fake prism on", host, port, flush=True)
http.server.HTTPServer((host, port), Handler).serve_forever()
"""


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NANGO_PRISM", raising=False)
    monkeypatch.delenv("NANGO_MOCK_SPEC", raising=False)


def fake_prism(code: str = FAKE_PRISM) -> list[str]:
    return [sys.executable, "-c", code]


# prefer()


@pytest.mark.parametrize(
    ("options", "header"),
    [
        ({}, {}),
        ({"code": 404}, {"Prefer": "code=404"}),
        ({"example": "openai"}, {"Prefer": "example=openai"}),
        ({"dynamic": True}, {"Prefer": "dynamic=true"}),
        ({"dynamic": False}, {"Prefer": "dynamic=false"}),
        ({"dynamic": True, "seed": "42"}, {"Prefer": "dynamic=true, seed=42"}),
        (
            {"code": 200, "example": "nango", "dynamic": False},
            {"Prefer": "code=200, example=nango, dynamic=false"},
        ),
        ({"example": "a, b; c"}, {"Prefer": 'example="a, b; c"'}),
    ],
)
def test_prefer_builds_the_header(options: dict[str, object], header: dict[str, str]) -> None:
    assert prefer(**options) == header  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "options",
    [
        {"code": 99},
        {"code": 600},
        {"code": "404"},
        {"code": True},
        {"code": 404.0},
        {"example": ""},
        {"example": 'say "hi"'},
        {"example": "line\nbreak"},
        {"example": 3},
        {"dynamic": "true"},
        {"dynamic": 1},
        {"seed": ""},
    ],
)
def test_prefer_refuses_values_prism_would_not_understand(options: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=next(iter(options))):
        prefer(**options)  # type: ignore[arg-type]


def test_prefer_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        prefer(404)  # type: ignore[misc]


# The spec and the Prism command


def test_spec_is_the_checkouts_openapi_yaml() -> None:
    assert default_spec() == ROOT / "openapi.yaml"
    assert MockServer().spec == ROOT / "openapi.yaml"


def test_spec_from_the_environment_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NANGO_MOCK_SPEC", str(tmp_path / "mine.yaml"))
    assert default_spec() == tmp_path / "mine.yaml"
    assert MockServer(spec=ROOT / "openapi.yaml").spec == ROOT / "openapi.yaml"


def test_spec_of_an_installed_package_is_the_packaged_copy(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    site = tmp_path / "site-packages"
    (site / "nango").mkdir(parents=True)
    (site / "openapi.yaml").write_text("not the checkout: no generated/ next to it")
    monkeypatch.setattr(nango_testing, "_CHECKOUT", site)
    monkeypatch.setattr(nango_testing, "_PACKAGE_DIR", site / "nango")
    with pytest.raises(MockServerError, match="NANGO_MOCK_SPEC"):
        default_spec()
    (site / "nango" / "openapi.yaml").write_text("openapi: 3.1.0")
    assert default_spec() == site / "nango" / "openapi.yaml"


def test_prism_command_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    local = ROOT / "tests" / "node" / "node_modules" / ".bin" / "prism"
    if local.is_file():
        assert default_prism_command() == [str(local)]
    monkeypatch.setattr(nango_testing, "_CHECKOUT", tmp_path)  # not a checkout
    assert default_prism_command() == ["npx", "--yes", PRISM_PACKAGE]

    executable = tmp_path / "my prism"  # a path with a space is not split
    executable.write_text("")
    monkeypatch.setenv("NANGO_PRISM", str(executable))
    assert default_prism_command() == [str(executable)]
    monkeypatch.setenv("NANGO_PRISM", "npx --yes @stoplight/prism-cli@5.16.0")
    assert default_prism_command() == ["npx", "--yes", "@stoplight/prism-cli@5.16.0"]


def test_the_npx_fallback_is_the_prism_the_tests_use() -> None:
    package = json.loads((ROOT / "tests" / "node" / "package.json").read_text())
    version = package["devDependencies"]["@stoplight/prism-cli"]
    assert f"@stoplight/prism-cli@{version}" == PRISM_PACKAGE


# MockServer


def test_a_missing_prism_is_a_clear_error(tmp_path: Path) -> None:
    server = MockServer(command=[str(tmp_path / "no-prism")])
    with pytest.raises(MockServerError, match=r"Prism not found .* NANGO_PRISM") as info:
        server.start()
    assert not isinstance(info.value, NotFoundError)
    assert not server.running
    with pytest.raises(MockServerError, match="not running"):
        _ = server.url


def test_a_missing_spec_is_a_clear_error(tmp_path: Path) -> None:
    server = MockServer(tmp_path / "missing.yaml", command=fake_prism())
    with pytest.raises(MockServerError, match="spec not found"):
        server.start()


def test_a_prism_that_exits_reports_its_output() -> None:
    server = MockServer(command=fake_prism("print('boom: bad spec'); raise SystemExit(2)"))
    with pytest.raises(MockServerError, match="exited during start-up") as info:
        server.start()
    assert "boom: bad spec" in str(info.value)
    assert not server.running


def test_a_prism_that_never_answers_is_stopped_after_the_timeout() -> None:
    code = "import os, time; print('pid', os.getpid(), flush=True); time.sleep(60)"
    server = MockServer(command=fake_prism(code), startup_timeout=0.5)
    started = time.monotonic()
    with pytest.raises(MockServerError, match=r"did not answer .* within 0.5 s") as info:
        server.start()
    assert time.monotonic() - started < 10
    pid = int(str(info.value).split("pid ")[1].split()[0])
    assert not pid_exists(pid)
    assert not server.running


def test_life_cycle_on_a_fake_prism() -> None:
    server = MockServer(command=fake_prism())
    assert repr(server).startswith("MockServer(stopped")
    with server as mock:
        assert mock is server
        assert server.running
        assert mock.url == f"http://127.0.0.1:{mock.port}"
        assert mock.url in repr(mock)
        pid = server._process.pid if server._process else 0
        with Nango("any-key", host=mock.url) as nango:
            assert nango.list_providers().data == []
        with (
            Nango("any-key", host=mock.url, default_headers=prefer(code=404)) as nango,
            pytest.raises(NotFoundError, match="Not here"),
        ):
            nango.list_providers()
        with pytest.raises(MockServerError, match="already runs"):
            server.start()
        log = server.log()
        assert "request /providers prefer: None" in log
        assert "request /providers prefer: code=404" in log
    assert not server.running
    assert not pid_exists(pid)
    assert not port_is_open(mock.port or 0)
    with pytest.raises(MockServerError, match="not running"):
        _ = server.url
    server.stop()  # stopping twice is harmless
    assert server.log() == ""


def test_a_fixed_port() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with MockServer(command=fake_prism(), port=port) as mock:
        assert mock.url == f"http://127.0.0.1:{port}"
        assert httpx.get(f"{mock.url}/providers", trust_env=False).json()["spec"] == str(
            ROOT / "openapi.yaml"
        )


def test_the_module_imports_without_pytest() -> None:
    code = (
        "import sys; sys.modules['pytest'] = None\n"
        "import nango.testing as t\n"
        "assert 'pytest' not in dir(t) and not hasattr(t, 'nango_mock'), dir(t)\n"
        "assert t.prefer(code=404) == {'Prefer': 'code=404'}\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ok\n"


def test_the_fixtures_are_defined_with_pytest() -> None:
    for name in ("nango_mock", "nango_mock_client"):
        assert callable(getattr(nango_testing, name))
    assert set(nango_testing.__all__) <= set(dir(nango_testing))


def test_the_wheel_ships_the_spec_where_default_spec_finds_it(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "--disable-pip-version-check",
            "-w",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = (tmp_path / "dist").glob("nango_python-*.whl")
    installed = tmp_path / "site-packages"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(installed)
    shipped = installed / "nango" / "openapi.yaml"
    assert shipped.read_bytes() == (ROOT / "openapi.yaml").read_bytes()

    code = "import nango.testing as t; print(t.__file__); print(t.default_spec())"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NANGO_")}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env=dict(env, PYTHONPATH=str(installed)),
    )
    assert result.stdout.splitlines() == [
        str(installed / "nango" / "testing.py"),
        str(shipped),
    ]
