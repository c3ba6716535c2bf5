"""``NANGO_LOG=debug|info``: the ``nango`` logger on stderr when the application configured no
logging, with both clients, in fresh processes; no secret in any line."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from nango import _logs

ROOT = Path(__file__).resolve().parents[2]
SECRET = "sk-log-test-4f1c2b9e"
SIGNING_KEY = "whsec-log-test-77aa"
ACCESS = "gho_access_log_secret"
REFRESH = "ghr_refresh_log_secret"
SESSION = "nango_connect_session_" + "ab" * 32
REFRESHED = "gho_refreshed_log_secret"
SECRETS = [SECRET, SIGNING_KEY, ACCESS, REFRESH, SESSION, REFRESHED]

# Both clients make the same calls: reads with tokens in their answers, a connect session, a
# retried call, an error, webhook checks, and nango.auth on a provider that answers 401 once.
SCRIPT = """
import asyncio, logging, sys
import httpx
# BEFORE
import nango
# AFTER
from nango import AsyncNango, Nango, NotFoundError
import nango._async.core, nango._sync.core


async def no_async_sleep(seconds, cancel=None):
    return False


nango._sync.core.sync_sleep = lambda seconds, cancel=None: False
nango._async.core.async_sleep = no_async_sleep

CREDENTIALS = {"type": "OAUTH2", "access_token": ACCESS, "refresh_token": REFRESH,
               "expires_at": "2099-01-01T00:00:00.000Z"}
CONNECTION = {"id": 1, "connection_id": "conn-1", "provider_config_key": "github",
              "provider": "github", "errors": [], "end_user": None, "metadata": {},
              "connection_config": {}, "created_at": "2026-01-01T00:00:00Z",
              "updated_at": "2026-01-01T00:00:00Z", "last_fetched_at": None,
              "credentials": CREDENTIALS}
CONNECT_SESSION = {"data": {"token": SESSION, "connect_link": "https://connect.test/?t=x",
                            "expires_at": "2099-01-01T00:00:00Z"}}
state = {"failed": False, "provider": 0}


def nango_api(request):
    path = request.url.path
    if path == "/connections/conn-1":
        if request.url.params.get("force_refresh") == "true":
            CREDENTIALS["access_token"] = REFRESHED
        return httpx.Response(200, json=CONNECTION)
    if path == "/connect/sessions":
        return httpx.Response(201, json=CONNECT_SESSION)
    if path == "/environment-variables":
        state["failed"] = not state["failed"]
        if state["failed"]:
            return httpx.Response(503, json={"error": {"code": "server_error"}})
        return httpx.Response(200, json=[{"name": "KEY", "value": "v"}])
    return httpx.Response(404, json={"error": {"code": "not_found"}})


def provider(request):
    state["provider"] += 1
    return httpx.Response(401 if state["provider"] % 2 else 200, json={})


def client(cls, http_client):
    return cls(SECRET, host="https://nango.test", webhook_signing_key=SIGNING_KEY,
               max_retries=1, http_client=http_client)


def sync_run():
    nango = client(Nango, httpx.Client(transport=httpx.MockTransport(nango_api)))
    nango.get_connection("github", "conn-1")
    nango.get_token("github", "conn-1")
    nango.create_connect_session(end_user={"id": "u-1"})
    nango.get_environment_variables()
    try:
        nango.get_integration("missing")
    except NotFoundError:
        pass
    nango.verify_incoming_webhook_request(b"{}", {"X-Nango-Hmac-Sha256": "00"})
    auth = nango.auth("github", "conn-1")
    with httpx.Client(transport=httpx.MockTransport(provider), auth=auth) as http:
        http.get("https://api.provider.test/user")


async def async_run():
    nango = client(AsyncNango, httpx.AsyncClient(transport=httpx.MockTransport(nango_api)))
    await nango.get_connection("github", "conn-1")
    await nango.get_token("github", "conn-1")
    await nango.create_connect_session(end_user={"id": "u-1"})
    await nango.get_environment_variables()
    try:
        await nango.get_integration("missing")
    except NotFoundError:
        pass
    nango.verify_incoming_webhook_request(b"{}", {"X-Nango-Hmac-Sha256": "00"})
    auth = nango.auth("github", "conn-1")
    async with httpx.AsyncClient(transport=httpx.MockTransport(provider), auth=auth) as http:
        await http.get("https://api.provider.test/user")


print("== sync", file=sys.stderr, flush=True)
sync_run()
CREDENTIALS["access_token"] = ACCESS
print("== async", file=sys.stderr, flush=True)
asyncio.run(async_run())
"""


def run(level: str | None, *, before: str = "", after: str = "") -> tuple[str, str]:
    """(stdout, stderr) of the script in a fresh process with ``NANGO_LOG=level``."""
    env = {k: v for k, v in os.environ.items() if k not in ("NANGO_LOG", "NANGO_SECRET_KEY")}
    if level is not None:
        env["NANGO_LOG"] = level
    constants = "".join(
        f"{name} = {value!r}\n"
        for name, value in [
            ("SECRET", SECRET),
            ("SIGNING_KEY", SIGNING_KEY),
            ("ACCESS", ACCESS),
            ("REFRESH", REFRESH),
            ("SESSION", SESSION),
            ("REFRESHED", REFRESHED),
        ]
    )
    script = constants + SCRIPT.replace("# BEFORE", before).replace("# AFTER", after)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    return done.stdout, done.stderr


def per_client(stderr: str) -> dict[str, list[str]]:
    _, sync_part, async_part = stderr.split("== ")
    return {
        part.split("\n", 1)[0]: part.split("\n", 1)[1].splitlines()
        for part in (sync_part, async_part)
    }


def assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


@pytest.mark.parametrize("level", ["debug", " DEBUG "])
def test_debug_prints_every_request_retry_and_token_fetch_of_both_clients(level: str) -> None:
    _, stderr = run(level)

    assert_no_secret(stderr)
    for name, lines in per_client(stderr).items():
        assert all(line.startswith("[") and "- nango - " in line for line in lines), name
        text = "\n".join(lines)
        assert "DEBUG] GET https://nango.test/connections/conn-1?" in text, name
        assert "POST https://nango.test/connect/sessions -> 201" in text, name
        assert "GET https://nango.test/environment-variables -> 503" in text, name
        assert "INFO] retrying GET https://nango.test/environment-variables" in text, name
        assert "GET https://nango.test/integrations/missing -> 404" in text, name
        assert (
            "connection_id='conn-1'): got a token, reused until 2098-12-31T23:59:00+00:00" in text
        )
        assert "INFO] AsyncConnectionAuth(" in text or "INFO] ConnectionAuth(" in text, name
        assert "the provider answered 401, refreshing the token" in text, name


def test_info_prints_retries_and_refreshes_only() -> None:
    _, stderr = run("info")

    assert_no_secret(stderr)
    for name, lines in per_client(stderr).items():
        assert lines, name
        assert all("- INFO] " in line for line in lines), lines
        assert any("retrying GET" in line for line in lines), name
        assert any("refreshing the token" in line for line in lines), name


@pytest.mark.parametrize("level", [None, "warning"])
def test_other_values_print_nothing(level: str | None) -> None:
    _, stderr = run(level)

    assert per_client(stderr) == {"sync": [], "async": []}


def test_logging_configured_by_the_application_prints_each_line_once_where_it_says() -> None:
    """basicConfig after ``import nango``: the lines go to the application's handler only."""
    configure = (
        "logging.basicConfig(stream=sys.stdout, level=logging.WARNING, format='APP %(message)s')"
    )
    stdout, stderr = run("debug", after=configure)

    assert per_client(stderr) == {"sync": [], "async": []}
    assert_no_secret(stdout)
    lines = stdout.splitlines()
    assert lines
    assert all(line.startswith("APP ") for line in lines)
    assert sum("POST https://nango.test/connect/sessions -> 201" in line for line in lines) == 2


def test_a_level_the_application_set_first_is_kept() -> None:
    _, stderr = run("debug", before="logging.getLogger('nango').setLevel(logging.INFO)")

    for lines in per_client(stderr).values():
        assert lines
        assert all("- INFO] " in line for line in lines)


def test_with_nango_log_import_nango_still_loads_no_asyncio_nor_models() -> None:
    probe = (
        "import sys, nango; print(sorted(m for m in sys.modules"
        " if m.startswith(('nango_api', 'asyncio', 'nango._webhook'))))"
    )
    env = {**os.environ, "NANGO_LOG": "debug"}

    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)

    assert done.stdout.strip() == "[]"


# The handler in this process


@pytest.fixture
def nango_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[logging.Logger]:
    """``NANGO_LOG=debug`` applied here; the logger restored afterwards."""
    logger = logging.getLogger("nango")
    saved = (logger.level, list(logger.handlers))
    monkeypatch.setenv("NANGO_LOG", "debug")
    _logs.configure_from_environment()
    yield logger
    logger.setLevel(saved[0])
    logger.handlers[:] = saved[1]


def test_configuring_twice_adds_one_handler(nango_log: logging.Logger) -> None:
    _logs.configure_from_environment()

    handlers = [h for h in nango_log.handlers if isinstance(h, _logs.StderrUntilConfigured)]
    assert len(handlers) == 1
    assert nango_log.level == logging.DEBUG


def test_the_handler_writes_to_the_current_stderr_until_another_handler_exists(
    nango_log: logging.Logger, capsys: pytest.CaptureFixture[str]
) -> None:
    root = logging.getLogger()
    saved = list(root.handlers)
    root.handlers[:] = []  # as in an application that configured nothing
    try:
        nango_log.debug("first %s", "line")
        alone = capsys.readouterr().err
        other = logging.StreamHandler(sys.stdout)
        nango_log.addHandler(other)
        nango_log.debug("second line")
        nango_log.removeHandler(other)
        shared = capsys.readouterr()
    finally:
        root.handlers[:] = saved

    assert alone.endswith("- nango - DEBUG] first line\n")
    assert shared.err == ""
    assert shared.out == "second line\n"
