"""Functions as code (beyond the Node SDK): compile_function, dry_run_function,
get_function_dry_run, deploy_function, deploy_template, get_function_deployment and the two
wait_for_function_... methods."""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from nango import (
    AsyncNango,
    NangoError,
    NangoTypeError,
    NangoValueError,
    NotFoundError,
    PermissionDeniedError,
    WaitCancelled,
    WaitForConnectionCancelled,
    WaitForConnectionTimeout,
    WaitTimeout,
)
from nango.models import (
    DeployedFunction,
    FunctionCompileResponse,
    FunctionDeployment,
    FunctionDeploymentCreateResponse,
    FunctionDryrun,
    FunctionDryrunCreateResponse,
    FunctionJobError,
)

from .conftest import HOST, SECRET, Client, Recorder, assert_not_sent

CODE = (
    "import { createAction } from 'nango';\nexport default createAction({ exec: async () => 1 });\n"
)
DRYRUN_ID = "7b539769-6d39-4442-89fc-33fbac96ea66"
DEPLOYMENT_ID = "2d0c35a4-1f9b-4a57-b3e2-6c18f0a9d471"
CREATED = "2026-11-22T03:51:02.118Z"
QUEUED = {"id": DRYRUN_ID, "status": "waiting", "created_at": CREATED}


def assert_json_post(request: Any, path: str) -> None:
    assert request.method == "POST"
    assert request.url.path == path
    assert request.url.query == b""
    assert request.headers["content-type"] == "application/json"
    assert request.headers["authorization"] == f"Bearer {SECRET}"


def dry_run(status: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": DRYRUN_ID,
        "status": status,
        "integration_id": "github-ref",
        "function_type": "action",
        "created_at": CREATED,
        "updated_at": "2026-11-22T03:51:09.874Z",
        **fields,
    }


def deployment(status: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": DEPLOYMENT_ID,
        "status": status,
        "integration_id": "github-ref",
        "function_name": "fetch-user",
        "function_type": "action",
        "created_at": CREATED,
        "updated_at": "2026-11-22T03:52:58.190Z",
        **fields,
    }


# compile_function


def test_compile_function(client: Client, recorder: Recorder) -> None:
    recorder.reply(
        200,
        {"bundle_size_bytes": 1873, "bundled_js": '"use strict";', "compiled_at": CREATED},
    )

    result = client.call("compile_function", CODE)

    assert_json_post(recorder.last, "/functions/compile")
    assert recorder.body() == {"code": CODE}
    assert isinstance(result, FunctionCompileResponse)
    assert result.bundle_size_bytes == 1873
    assert result.bundled_js == '"use strict";'
    assert result.compiled_at == datetime(2026, 11, 22, 3, 51, 2, 118000, tzinfo=UTC)


@pytest.mark.parametrize(("code", "error"), [("", NangoValueError), (None, NangoTypeError)])
def test_compile_function_needs_code(
    client: Client, recorder: Recorder, code: Any, error: type[Exception]
) -> None:
    assert_not_sent(client, recorder, error, "compile_function", code)


# dry_run_function


def test_dry_run_function_sends_the_required_fields(client: Client, recorder: Recorder) -> None:
    recorder.reply(202, QUEUED)

    result = client.call("dry_run_function", "github-ref", "action", CODE, "conn-gh-1")

    assert_json_post(recorder.last, "/functions/dryruns")
    assert recorder.body() == {
        "integration_id": "github-ref",
        "function_type": "action",
        "code": CODE,
        "connection_id": "conn-gh-1",
    }
    assert isinstance(result, FunctionDryrunCreateResponse)
    assert (result.id, result.status) == (DRYRUN_ID, "waiting")
    assert result.created_at == datetime(2026, 11, 22, 3, 51, 2, 118000, tzinfo=UTC)


@pytest.mark.parametrize(
    ("last_sync_date", "sent"),
    [
        (
            datetime(2026, 11, 1, 1, 30, tzinfo=timezone(timedelta(hours=1))),
            "2026-11-01T00:30:00.000Z",
        ),
        ("2026-11-01T00:00:00.000Z", "2026-11-01T00:00:00.000Z"),
    ],
)
def test_dry_run_function_sends_every_option(
    client: Client, recorder: Recorder, last_sync_date: datetime | str, sent: str
) -> None:
    recorder.reply(202, QUEUED)

    client.call(
        "dry_run_function",
        "github-ref",
        "sync",
        CODE,
        "conn-gh-1",
        input={"owner": "acme"},
        metadata={"plan": "pro", "nested": {"a": [1]}},
        checkpoint={"cursor": "abc"},
        last_sync_date=last_sync_date,
    )

    assert recorder.body() == {
        "integration_id": "github-ref",
        "function_type": "sync",
        "code": CODE,
        "connection_id": "conn-gh-1",
        "input": {"owner": "acme"},
        "metadata": {"plan": "pro", "nested": {"a": [1]}},
        "checkpoint": {"cursor": "abc"},
        "last_sync_date": sent,
    }


@pytest.mark.parametrize("value", [0, False, "", [], {}])
def test_dry_run_function_sends_a_falsy_input(
    client: Client, recorder: Recorder, value: Any
) -> None:
    recorder.reply(202, QUEUED)

    client.call("dry_run_function", "github-ref", "action", CODE, "conn-gh-1", input=value)

    assert recorder.body()["input"] == value


def test_dry_run_function_with_the_secret_key_is_forbidden(
    client: Client, recorder: Recorder
) -> None:
    recorder.reply(
        403,
        {
            "error": {
                "code": "forbidden",
                "message": "Function dryruns can only be started from a customer API key",
            }
        },
    )

    with pytest.raises(PermissionDeniedError) as info:
        client.call("dry_run_function", "github-ref", "action", CODE, "conn-gh-1")

    assert info.value.code == "forbidden"
    assert len(recorder.requests) == 1  # a POST is never resent


@pytest.mark.parametrize(
    ("args", "kwargs", "error"),
    [
        (("github-ref", "job", CODE, "c1"), {}, NangoValueError),
        (("github-ref", "ACTION", CODE, "c1"), {}, NangoValueError),
        (("github-ref", None, CODE, "c1"), {}, NangoValueError),
        (("", "action", CODE, "c1"), {}, NangoValueError),
        (("github-ref", "action", "", "c1"), {}, NangoValueError),
        (("github-ref", "action", CODE, ""), {}, NangoValueError),
        (("github-ref", "action", CODE, 7), {}, NangoTypeError),
        (("github-ref", "action", CODE, "c1"), {"metadata": "plan=pro"}, NangoTypeError),
        (("github-ref", "action", CODE, "c1"), {"checkpoint": ["abc"]}, NangoTypeError),
        (
            ("github-ref", "action", CODE, "c1"),
            {"last_sync_date": datetime(2026, 11, 1)},
            NangoValueError,
        ),
        (("github-ref", "action", CODE, "c1"), {"last_sync_date": 1700000000}, NangoTypeError),
    ],
)
def test_dry_run_function_rejects_bad_input(
    client: Client,
    recorder: Recorder,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    error: type[Exception],
) -> None:
    assert_not_sent(client, recorder, error, "dry_run_function", *args, **kwargs)


# get_function_dry_run, get_function_deployment


def test_get_function_dry_run_success(client: Client, recorder: Recorder) -> None:
    recorder.reply(
        200,
        dry_run(
            "success",
            started_at="2026-11-22T03:51:03.020Z",
            completed_at="2026-11-22T03:51:09.874Z",
            duration_ms=6854,
            output="Dryrun succeeded\n",
            result={"login": "octocat"},
        ),
    )

    result = client.call("get_function_dry_run", DRYRUN_ID)

    request = recorder.last
    assert request.method == "GET"
    assert request.url.path == f"/functions/dryruns/{DRYRUN_ID}"
    assert request.url.query == b""
    assert request.content == b""
    assert request.headers["authorization"] == f"Bearer {SECRET}"
    assert isinstance(result, FunctionDryrun)
    assert (result.status, result.function_type, result.duration_ms) == ("success", "action", 6854)
    assert result.result == {"login": "octocat"}
    assert result.output == "Dryrun succeeded\n"
    assert result.completed_at == datetime(2026, 11, 22, 3, 51, 9, 874000, tzinfo=UTC)


def test_get_function_dry_run_failed(client: Client, recorder: Recorder) -> None:
    recorder.reply(
        200,
        dry_run(
            "failed",
            output="error TS2304\n",
            error={"code": "compilation_error", "message": "Failed to compile", "payload": [1]},
        ),
    )

    result = client.call("get_function_dry_run", DRYRUN_ID)

    assert result.status == "failed"
    assert isinstance(result.error, FunctionJobError)
    assert (result.error.code, result.error.message, result.error.payload) == (
        "compilation_error",
        "Failed to compile",
        [1],
    )


def test_get_function_dry_run_keeps_a_status_the_spec_does_not_know(
    client: Client, recorder: Recorder
) -> None:
    recorder.reply(200, dry_run("cancelled", new_field=1))

    result = client.call("get_function_dry_run", DRYRUN_ID)

    assert result.status == "cancelled"
    assert result.additional_properties == {"new_field": 1}


def test_get_function_deployment(client: Client, recorder: Recorder) -> None:
    recorder.reply(
        200,
        deployment(
            "success",
            deployed=True,
            deployed_functions=[{"name": "fetch-user", "version": "1.0.0"}],
            output="Deployed\n",
        ),
    )

    result = client.call("get_function_deployment", DEPLOYMENT_ID.upper())

    request = recorder.last
    assert (request.method, request.url.path) == ("GET", f"/functions/deployments/{DEPLOYMENT_ID}")
    assert request.headers["authorization"] == f"Bearer {SECRET}"
    assert isinstance(result, FunctionDeployment)
    assert result.deployed is True
    assert result.deployed_functions == [DeployedFunction(name="fetch-user", version="1.0.0")]


@pytest.mark.parametrize("method", ["get_function_dry_run", "get_function_deployment"])
def test_unknown_job_is_not_found(client: Client, recorder: Recorder, method: str) -> None:
    recorder.reply(
        404,
        {"error": {"code": "dryrun_not_found", "message": f"Dryrun '{DRYRUN_ID}' was not found"}},
    )

    with pytest.raises(NotFoundError) as info:
        client.call(method, DRYRUN_ID)

    assert info.value.code == "dryrun_not_found"


@pytest.mark.parametrize(
    "method",
    [
        "get_function_dry_run",
        "get_function_deployment",
        "wait_for_function_dry_run",
        "wait_for_function_deployment",
    ],
)
@pytest.mark.parametrize(
    ("id", "error"),
    [
        ("abc", NangoValueError),
        ("", NangoValueError),
        (f"{DRYRUN_ID}/../x", NangoValueError),
        (None, NangoTypeError),
        (7, NangoTypeError),
    ],
)
def test_job_ids_must_be_uuids(
    client: Client, recorder: Recorder, method: str, id: Any, error: type[Exception]
) -> None:
    assert_not_sent(client, recorder, error, method, id)


# deploy_function, deploy_template


def test_deploy_function_sends_the_required_fields(client: Client, recorder: Recorder) -> None:
    recorder.reply(202, {"id": DEPLOYMENT_ID, "status": "waiting", "created_at": CREATED})

    result = client.call("deploy_function", "github-ref", "fetch-user", "action", CODE)

    assert_json_post(recorder.last, "/functions/deployments")
    assert recorder.body() == {
        "type": "function",
        "integration_id": "github-ref",
        "function_name": "fetch-user",
        "function_type": "action",
        "code": CODE,
    }
    assert isinstance(result, FunctionDeploymentCreateResponse)
    assert (result.id, result.status) == (DEPLOYMENT_ID, "waiting")


@pytest.mark.parametrize("allow_destructive", [True, False])
def test_deploy_function_sends_every_option(
    client: Client, recorder: Recorder, allow_destructive: bool
) -> None:
    recorder.reply(202, {"id": DEPLOYMENT_ID, "status": "success", "created_at": CREATED})

    result = client.call(
        "deploy_function",
        "github-ref",
        "fetch-user",
        "sync",
        CODE,
        version="1.2.0",
        allow_destructive=allow_destructive,
    )

    assert recorder.body() == {
        "type": "function",
        "integration_id": "github-ref",
        "function_name": "fetch-user",
        "function_type": "sync",
        "code": CODE,
        "version": "1.2.0",
        "allow_destructive": allow_destructive,
    }
    assert result.status == "success"


@pytest.mark.parametrize("function_type", [None, "sync", "action"])
def test_deploy_template(client: Client, recorder: Recorder, function_type: str | None) -> None:
    recorder.reply(202, {"id": DEPLOYMENT_ID, "status": "waiting", "created_at": CREATED})

    result = client.call("deploy_template", "github-ref", "issues", function_type=function_type)

    assert_json_post(recorder.last, "/functions/deployments")
    expected = {"type": "template", "integration_id": "github-ref", "template": "issues"}
    if function_type is not None:
        expected["function_type"] = function_type
    assert recorder.body() == expected
    assert result.id == DEPLOYMENT_ID


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "error"),
    [
        ("deploy_function", ("github-ref", "fetch-user", "job", CODE), {}, NangoValueError),
        ("deploy_function", ("github-ref", "", "action", CODE), {}, NangoValueError),
        ("deploy_function", ("github-ref", "fetch-user", "action", ""), {}, NangoValueError),
        ("deploy_function", ("", "fetch-user", "action", CODE), {}, NangoValueError),
        (
            "deploy_function",
            ("github-ref", "fetch-user", "action", CODE),
            {"allow_destructive": "yes"},
            NangoTypeError,
        ),
        (
            "deploy_function",
            ("github-ref", "fetch-user", "action", CODE),
            {"version": 2},
            NangoTypeError,
        ),
        ("deploy_template", ("github-ref", ""), {}, NangoValueError),
        ("deploy_template", (None, "issues"), {}, NangoTypeError),
        ("deploy_template", ("github-ref", "issues"), {"function_type": "job"}, NangoValueError),
    ],
)
def test_deployments_reject_bad_input(
    client: Client,
    recorder: Recorder,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    error: type[Exception],
) -> None:
    assert_not_sent(client, recorder, error, method, *args, **kwargs)


# wait_for_function_dry_run, wait_for_function_deployment: one loop, both methods

WAITS = [
    pytest.param("wait_for_function_dry_run", "/functions/dryruns/", dry_run, id="dry-run"),
    pytest.param(
        "wait_for_function_deployment", "/functions/deployments/", deployment, id="deployment"
    ),
]
JOB_ID = DRYRUN_ID  # any UUID: the answers below carry their own id


@pytest.mark.parametrize(("method", "path", "job"), WAITS)
@pytest.mark.parametrize("final", ["success", "failed"])
def test_wait_returns_the_final_state(
    client: Client,
    recorder: Recorder,
    poll_sleeps: list[float],
    method: str,
    path: str,
    job: Any,
    final: str,
) -> None:
    recorder.reply(200, job("waiting"))
    recorder.reply(200, job("running"))
    error = {"code": "dryrun_error", "message": "boom"} if final == "failed" else None
    recorder.reply(200, job(final, **({"error": error} if error else {})))

    result = client.call(method, JOB_ID, timeout=600.0, poll_interval=3.0)

    assert result.status == final  # a failed job is a result, not an exception
    if final == "failed":
        assert (result.error.code, result.error.message) == ("dryrun_error", "boom")
    assert poll_sleeps == [3.0, 3.0]
    assert [(r.method, r.url.path) for r in recorder.requests] == [("GET", path + JOB_ID)] * 3
    assert all(r.headers["authorization"] == f"Bearer {SECRET}" for r in recorder.requests)


@pytest.mark.parametrize(("method", "path", "job"), WAITS)
def test_wait_finished_at_once_does_not_sleep(
    client: Client, recorder: Recorder, method: str, path: str, job: Any
) -> None:
    recorder.reply(200, job("success"))

    started = time.monotonic()
    result = client.call(method, JOB_ID, poll_interval=30.0)

    assert time.monotonic() - started < 1.0
    assert result.status == "success"
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(("method", "path", "job"), WAITS)
def test_wait_times_out(
    client: Client, recorder: Recorder, method: str, path: str, job: Any
) -> None:
    for _ in range(200):
        recorder.reply(200, job("running"))

    started = time.monotonic()
    with pytest.raises(WaitTimeout) as info:  # long enough for a first TLS request (aiohttp)
        client.call(method, JOB_ID, timeout=0.3, poll_interval=0.01)

    assert 0.3 <= time.monotonic() - started < 1.5
    assert isinstance(info.value, NangoError)
    assert isinstance(info.value, TimeoutError)
    assert not isinstance(info.value, WaitForConnectionTimeout)
    assert JOB_ID in str(info.value)
    assert 2 <= len(recorder.requests) <= 31


@pytest.mark.parametrize(("method", "path", "job"), WAITS)
def test_wait_never_sleeps_past_the_timeout(
    client: Client,
    recorder: Recorder,
    poll_sleeps: list[float],
    method: str,
    path: str,
    job: Any,
) -> None:
    recorder.reply(200, job("running"))
    recorder.reply(200, job("success"))

    client.call(method, JOB_ID, timeout=0.5, poll_interval=30.0)

    assert len(poll_sleeps) == 1
    assert 0 < poll_sleeps[0] <= 0.5


@pytest.mark.parametrize(("method", "path", "job"), WAITS)
def test_wait_errors_propagate(
    client: Client, recorder: Recorder, method: str, path: str, job: Any
) -> None:
    recorder.reply(404, {"error": {"code": "dryrun_not_found", "message": "not found"}})

    with pytest.raises(NotFoundError):
        client.call(method, JOB_ID, timeout=5.0, poll_interval=0.01)

    assert len(recorder.requests) == 1


@pytest.mark.parametrize(("method", "path", "job"), WAITS)
def test_wait_already_cancelled_sends_nothing(
    client: Client, recorder: Recorder, method: str, path: str, job: Any
) -> None:
    cancel: threading.Event | asyncio.Event = (
        asyncio.Event() if client.is_async else threading.Event()
    )
    cancel.set()

    with pytest.raises(WaitCancelled) as info:
        client.call(method, JOB_ID, cancel=cancel)

    assert not isinstance(info.value, WaitForConnectionCancelled)
    assert method in str(info.value)
    assert recorder.requests == []


@pytest.mark.parametrize(("method", "path", "job"), WAITS)
def test_wait_is_cancelled_during_the_sleep(
    client: Client, recorder: Recorder, method: str, path: str, job: Any
) -> None:
    for _ in range(20):
        recorder.reply(200, job("running"))

    async def run_async() -> None:
        cancel = asyncio.Event()
        asyncio.get_running_loop().call_later(0.05, cancel.set)
        await getattr(client.nango, method)(JOB_ID, timeout=30.0, poll_interval=20.0, cancel=cancel)

    def run() -> None:
        if client.is_async:
            client.run(run_async())
            return
        cancel = threading.Event()
        timer = threading.Timer(0.05, cancel.set)
        timer.start()
        try:
            getattr(client.nango, method)(JOB_ID, timeout=30.0, poll_interval=20.0, cancel=cancel)
        finally:
            timer.cancel()

    started = time.monotonic()
    with pytest.raises(WaitCancelled):
        run()

    assert time.monotonic() - started < 1.0
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(("method", "path", "job"), WAITS)
async def test_async_wait_stops_when_its_task_is_cancelled(
    recorder: Recorder, method: str, path: str, job: Any
) -> None:
    for _ in range(500):
        recorder.reply(200, job("running"))
    nango = AsyncNango(
        SECRET,
        host=HOST,
        max_retries=0,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)),
    )
    task = asyncio.create_task(getattr(nango, method)(JOB_ID, timeout=30.0, poll_interval=0.01))
    await asyncio.sleep(0.05)

    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    polls = len(recorder.requests)
    assert polls >= 1
    await asyncio.sleep(0.05)
    assert len(recorder.requests) == polls


@pytest.mark.parametrize(("method", "path", "job"), WAITS)
@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"timeout": -1}, NangoValueError),
        ({"poll_interval": 0}, NangoValueError),
        ({"timeout": "60"}, NangoTypeError),
        ({"poll_interval": None}, NangoTypeError),
    ],
)
def test_wait_rejects_bad_timing(
    client: Client,
    recorder: Recorder,
    method: str,
    path: str,
    job: Any,
    kwargs: dict[str, Any],
    error: type[Exception],
) -> None:
    assert_not_sent(client, recorder, error, method, JOB_ID, **kwargs)
