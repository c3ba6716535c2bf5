"""Test your own code against a local mock of the Nango API (Prism serving ``openapi.yaml``).

``MockServer`` runs `Prism <https://stoplight.io/open-source/prism>`_ on 127.0.0.1 for as long as
you need it; point a client at ``.url``::

    from nango import Nango
    from nango.testing import MockServer, prefer

    with MockServer() as mock:
        nango = Nango(secret_key="any-key", host=mock.url)
        nango.list_providers()  # the spec's example answer
        missing = nango.with_options(headers=prefer(code=404))  # same pool, another answer
        missing.get_connection("github", "conn-1")  # raises NotFoundError

The mock answers with the examples of ``openapi.yaml`` and validates every request against it: a
request that breaks the spec gets a 4xx answer with an ``sl-violations`` header. The ``Prefer``
header (see ``prefer``) picks another documented answer.

With pytest, add ``pytest_plugins = ["nango.testing"]`` to your ``conftest.py`` to get the
fixtures ``nango_mock`` (one ``MockServer`` for the test session) and ``nango_mock_client`` (a
``Nango`` on it, retries off, closed after the test). pytest is not a dependency of this package:
without it, ``MockServer`` and ``prefer`` work and the fixtures are simply not defined.

Prism needs Node.js. The command is, in order: the ``command`` argument, the ``NANGO_PRISM``
environment variable (a ``prism`` executable, or a command line), the Prism of a checkout
(``tests/node/node_modules/.bin/prism``), else ``npx --yes @stoplight/prism-cli@5.16.0``. The spec
is the ``spec`` argument, else ``NANGO_MOCK_SPEC``, else the ``openapi.yaml`` of the checkout or
the copy installed with this package.

PYTEST_DONT_REWRITE: no assertions here, so importing this module in a ``conftest.py`` that also
lists it in ``pytest_plugins`` raises no "already imported" warning.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO

import httpx

from ._sync.client import Nango

__all__ = [
    "PRISM_PACKAGE",
    "SECRET_KEY",
    "MockServer",
    "MockServerError",
    "default_prism_command",
    "default_spec",
    "prefer",
]

PRISM_PACKAGE = "@stoplight/prism-cli@5.16.0"
"""The Prism release ``npx`` runs when no other command is found (the SDK is tested with it)."""

SECRET_KEY = "nango-mock-secret-key"
"""A secret key for clients of the mock: any non-empty key is accepted."""

_PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE_DIR.parent
_LOG_TAIL = 4000


class MockServerError(RuntimeError):
    """Prism could not be found, or did not start."""


def default_spec() -> Path:
    """``NANGO_MOCK_SPEC``, else the checkout's ``openapi.yaml``, else the packaged copy."""
    configured = os.environ.get("NANGO_MOCK_SPEC")
    if configured:
        return Path(configured)
    in_checkout = _CHECKOUT / "openapi.yaml"
    if in_checkout.is_file() and (_CHECKOUT / "generated" / "nango_api").is_dir():
        return in_checkout
    packaged = _PACKAGE_DIR / "openapi.yaml"
    if packaged.is_file():
        return packaged
    raise MockServerError(
        "openapi.yaml not found next to the nango package: pass spec=... or set NANGO_MOCK_SPEC"
    )


def default_prism_command() -> list[str]:
    """``NANGO_PRISM``, else the checkout's Prism, else ``npx --yes @stoplight/prism-cli@...``."""
    configured = os.environ.get("NANGO_PRISM")
    if configured:
        return [configured] if Path(configured).exists() else shlex.split(configured)
    local = _CHECKOUT / "tests" / "node" / "node_modules" / ".bin" / "prism"
    if local.is_file() and (_CHECKOUT / "generated" / "nango_api").is_dir():
        return [str(local)]
    return ["npx", "--yes", PRISM_PACKAGE]


def prefer(
    *,
    code: int | None = None,
    example: str | None = None,
    dynamic: bool | None = None,
    seed: str | None = None,
) -> dict[str, str]:
    """The ``Prefer`` header that picks the mock's answer, as a headers dict (``{}`` when nothing
    is given): ``code`` a documented status, ``example`` the name of one of its ``examples``,
    ``dynamic=True`` a body generated from the schema instead of the example (``seed`` makes it
    repeatable). Pass it for one call with ``with_options`` (or to every call of a client as
    ``default_headers``)::

        nango.with_options(headers=prefer(code=404)).get_connection("github", "conn-1")
    """
    parts: list[str] = []
    if code is not None:
        if isinstance(code, bool) or not isinstance(code, int) or not 100 <= code <= 599:
            raise ValueError(f"code must be an HTTP status (100 to 599), not {code!r}")
        parts.append(f"code={code}")
    if example is not None:
        parts.append(f"example={_token('example', example)}")
    if dynamic is not None:
        if not isinstance(dynamic, bool):
            raise ValueError(f"dynamic must be True or False, not {dynamic!r}")
        parts.append(f"dynamic={'true' if dynamic else 'false'}")
    if seed is not None:
        parts.append(f"seed={_token('seed', seed)}")
    return {"Prefer": ", ".join(parts)} if parts else {}


def _token(name: str, value: str) -> str:
    if not isinstance(value, str) or not value or '"' in value or not value.isprintable():
        raise ValueError(f"{name} must be a non-empty printable str without quotes, not {value!r}")
    return f'"{value}"' if any(c in value for c in ",; =") else value


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


class MockServer:
    """A Prism mock server of the Nango API on ``host``:``port`` (a free port by default).

    ``start()`` returns once the server answers (or raises ``MockServerError`` with the end of
    Prism's log); ``stop()`` ends it and its child processes. Also a context manager. Requests
    are validated against the spec (Prism's ``--errors``).
    """

    def __init__(
        self,
        spec: str | os.PathLike[str] | None = None,
        *,
        port: int | None = None,
        host: str = "127.0.0.1",
        command: Sequence[str] | None = None,
        startup_timeout: float = 120.0,
    ) -> None:
        self.spec = Path(spec) if spec is not None else default_spec()
        self.host = host
        self.port = port
        self.command = list(command) if command is not None else default_prism_command()
        self.startup_timeout = startup_timeout
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._url: str | None = None

    def __repr__(self) -> str:
        state = f"url={self._url!r}" if self._url else "stopped"
        return f"MockServer({state}, spec={str(self.spec)!r})"

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``: the ``host`` to give ``Nango``/``AsyncNango``."""
        if self._url is None:
            raise MockServerError("the mock server is not running: call start() first")
        return self._url

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def log(self) -> str:
        """Prism's output so far (its log lines list each request and any violation)."""
        if self._log is None:
            return ""
        self._log.flush()
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")

    def start(self) -> MockServer:
        if self._process is not None:
            raise MockServerError(f"the mock server already runs at {self._url}")
        if not self.spec.is_file():
            raise MockServerError(f"spec not found: {self.spec}")
        executable = shutil.which(self.command[0]) if self.command else None
        if executable is None:
            raise MockServerError(
                f"Prism not found (command {shlex.join(self.command)!r}): install Node.js so "
                f"that npx can run {PRISM_PACKAGE}, or set NANGO_PRISM to a prism executable"
            )
        port = self.port if self.port is not None else _free_port(self.host)
        url = f"http://{self.host}:{port}"
        argv = [
            executable,
            *self.command[1:],
            "mock",
            str(self.spec),
            "--host",
            self.host,
            "--port",
            str(port),
            "--errors",
        ]
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 (closed by stop())
        try:
            self._process = _spawn(argv, self._log)
        except OSError as exc:
            self._close_log()
            raise MockServerError(f"could not run {shlex.join(argv)}: {exc}") from exc
        atexit.register(self.stop)
        try:
            self._wait_until_ready(url)
        except BaseException:
            self.stop()
            raise
        self.port = port
        self._url = url
        return self

    def stop(self) -> None:
        """Stop the server and its child processes (nothing happens when it is not running)."""
        process, self._process = self._process, None
        self._url = None
        atexit.unregister(self.stop)
        if process is not None:
            _terminate(process)
        self._close_log()

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _wait_until_ready(self, url: str) -> None:
        deadline = time.monotonic() + self.startup_timeout
        with httpx.Client(timeout=2.0, trust_env=False) as probe:
            while True:
                process = self._process
                if process is None or process.poll() is not None:
                    raise MockServerError(
                        f"Prism exited during start-up; its output:\n{self._log_tail()}"
                    )
                try:
                    probe.get(f"{url}/")  # any HTTP answer means it is up
                    return
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise MockServerError(
                        f"Prism did not answer on {url} within {self.startup_timeout:g} s; "
                        f"its output:\n{self._log_tail()}"
                    )
                time.sleep(0.1)

    def _log_tail(self) -> str:
        text = self.log().strip()
        return text[-_LOG_TAIL:] if text else "(no output)"

    def _close_log(self) -> None:
        log, self._log = self._log, None
        if log is not None:
            log.close()


def _spawn(argv: list[str], log: IO[bytes]) -> subprocess.Popen[bytes]:
    """Start ``argv`` in its own process group (``npx`` starts Prism as a child process)."""
    if sys.platform == "win32":
        return subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            creationflags=subprocess.CREATE_NEW_PROCESS_GROUP,
        )
    return subprocess.Popen(
        argv, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )


def _terminate(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the whole process group, SIGKILL to what is left of it after 5 s."""
    if sys.platform == "win32":
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        return
    _signal_group(process.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(5)
    _signal_group(process.pid, signal.SIGKILL)  # e.g. Prism itself when started by npx
    process.wait()


def _signal_group(pgid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


try:
    import pytest
except ImportError:  # pytest is not a dependency: no fixtures without it
    pass
else:

    @pytest.fixture(scope="session")
    def nango_mock() -> Iterator[MockServer]:
        """One Prism mock server for the whole test session (``.url``)."""
        with MockServer() as server:
            yield server

    @pytest.fixture
    def nango_mock_client(nango_mock: MockServer) -> Iterator[Nango]:
        """A ``Nango`` on the session's mock server, with retries off; closed after the test."""
        with Nango(SECRET_KEY, host=nango_mock.url, max_retries=0) as client:
            yield client
