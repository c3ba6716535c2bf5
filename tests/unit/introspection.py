"""Every public method of the clients, found by introspection, with valid arguments made up
from its signature, and a way to call it on a recording transport (with either client)."""

from __future__ import annotations

import asyncio
import inspect
import warnings
from dataclasses import dataclass
from typing import Any

import httpx

from nango import AsyncNango, Nango
from tests.unit.conftest import HOST, SECRET, Recorder

NO_REQUEST = {"aclose", "close", "with_options", "__init__"}
# Values for parameters whose format is checked client-side, by parameter name: a method added
# later with other parameters gets type-based values (``value_for``).
VALID = {
    "id": "35f461d4-e681-4957-ab14-c0ae1609431d",
    "format": "nango",
    "type": "sync",
    "method": "GET",
    "frequency": "every 1h",
    "syncs": ["issues"],
    "sync": "issues",
    "metadata": {"plan": "pro"},
    "end_user": {"id": "user-1"},
    "timeout": 0.01,
    "poll_interval": 0.01,
    "body": "{}",
    "headers": {},
    "json_payload": {},
    "signature_in_header": "0" * 64,
    "status_url": None,
    "function_type": "action",
    "token": "nango_connect_session_" + "0" * 64,
}


def public_methods() -> list[str]:
    return sorted(
        name
        for name, _ in inspect.getmembers(AsyncNango, inspect.isfunction)
        if not name.startswith("_") and name not in NO_REQUEST
    )


def parameters(name: str) -> list[inspect.Parameter]:
    return list(inspect.signature(getattr(AsyncNango, name)).parameters.values())[1:]


def is_str(annotation: object) -> bool:
    """A parameter that takes a plain string (alone or in a union)."""
    return any(part.strip() in ("str", "SyncRef") for part in str(annotation).split("|"))


def value_for(method: str, parameter: inspect.Parameter) -> Any:
    """A valid value: by name for format-checked parameters, else by annotation."""
    if parameter.name in VALID:
        return VALID[parameter.name]
    if parameter.default is not inspect.Parameter.empty:
        return parameter.default
    text = str(parameter.annotation)
    if text.startswith(("str", "Literal")) or "SyncRef" in text:
        return f"v-{parameter.name}"
    if text.startswith(("Mapping", "dict")):
        return {}
    if text.startswith(("Sequence", "list")):
        return ["v"]
    if text.startswith("int"):
        return 1
    if text.startswith("bool"):
        return False
    return None


@dataclass
class Case:
    method: str
    args: list[Any]
    kwargs: dict[str, Any]


def baseline(method: str) -> Case:
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in parameters(method):
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            continue
        value = value_for(method, parameter)
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = value
        else:
            args.append(value)
    if method in ("proxy", "get", "post", "put", "patch", "delete"):
        args[0] = "/v-endpoint"
        args[1:3] = ["v-provider-config-key", "v-connection-id"]
    return Case(method, args, kwargs)


def with_value(case: Case, slot: str, value: Any) -> Case:
    args, kwargs = list(case.args), dict(case.kwargs)
    if slot == "headers.value":
        kwargs["headers"] = {"X-Custom": value}
    elif slot == "headers.name":
        kwargs["headers"] = {value: "v"}
    elif slot == "params.value":
        kwargs["params"] = {"q": value}
    elif slot.startswith("options."):
        kwargs[slot.removeprefix("options.")] = value
    else:
        names = [p.name for p in parameters(case.method)]
        index = names.index(slot)
        if index < len(args):
            args[index] = value
        else:
            kwargs[slot] = value
    return Case(case.method, args, kwargs)


@dataclass
class Outcome:
    requests: list[httpx.Request]
    result: Any = None
    error: BaseException | None = None


def call(
    flavor: str, case: Case, answer: httpx.Response | None = None, *, raw: bool = False
) -> Outcome:
    """Call ``case`` (through ``with_raw_response`` if ``raw``) on a client whose transport
    records the requests and gives ``answer`` first (then ``200 {}``); iterators are drained."""
    recorder = Recorder()
    if answer is not None:
        recorder.answers.append(answer)
    transport = httpx.MockTransport(recorder)
    outcome = Outcome(recorder.requests)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # verify_webhook_signature
        try:
            if flavor == "sync":
                client = Nango(
                    SECRET, host=HOST, max_retries=0, http_client=httpx.Client(transport=transport)
                )
                result = getattr(client.with_raw_response if raw else client, case.method)(
                    *case.args, **case.kwargs
                )
                outcome.result = list(result) if inspect.isgenerator(result) else result
            else:
                outcome.result = asyncio.run(_call_async(case, transport, raw))
        except BaseException as exc:
            outcome.error = exc
    return outcome


async def _call_async(case: Case, transport: httpx.MockTransport, raw: bool) -> Any:
    client = AsyncNango(
        SECRET, host=HOST, max_retries=0, http_client=httpx.AsyncClient(transport=transport)
    )
    result = getattr(client.with_raw_response if raw else client, case.method)(
        *case.args, **case.kwargs
    )
    if inspect.isasyncgen(result):
        return [item async for item in result]
    return await result if inspect.isawaitable(result) else result


def run(
    flavor: str, case: Case, answer: httpx.Response | None = None
) -> tuple[list[httpx.Request], BaseException | None]:
    """``call``'s requests and error."""
    outcome = call(flavor, case, answer)
    return outcome.requests, outcome.error
