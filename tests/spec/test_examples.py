"""Every example in openapi.yaml matches its schema, and every response example parses into the
generated models (what a client gets from the mock server, it can read)."""

from __future__ import annotations

import importlib
from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from nango_api import Client
from tests.openapi_spec import SPEC, deref, module_name, operations

REGISTRY: Registry[Any] = Registry().with_resource(
    "urn:nango-spec", Resource.from_contents(SPEC, default_specification=DRAFT202012)
)


def _rebase(schema: Any) -> Any:
    """Point local `#/...` references at the registered spec document."""
    if isinstance(schema, dict):
        return {k: (f"urn:nango-spec{v}" if k == "$ref" else _rebase(v)) for k, v in schema.items()}
    if isinstance(schema, list):
        return [_rebase(v) for v in schema]
    return schema


def _examples() -> list[Any]:
    found = []
    for _method, _path, op in operations():
        body = op.get("requestBody")
        if body:
            for media in deref(body)["content"].values():
                if "example" in media:
                    found.append(pytest.param(op, None, media, id=f"{op['operationId']}-request"))
                for name, example in media.get("examples", {}).items():
                    named = {"schema": media["schema"], "example": deref(example)["value"]}
                    found.append(
                        pytest.param(op, None, named, id=f"{op['operationId']}-request-{name}")
                    )
        for status, response in op["responses"].items():
            for media in deref(response).get("content", {}).values():
                for name, example in media.get("examples", {}).items():
                    named = {"schema": media["schema"], "example": deref(example)["value"]}
                    found.append(
                        pytest.param(op, status, named, id=f"{op['operationId']}-{status}-{name}")
                    )
                if "examples" not in media:
                    found.append(
                        pytest.param(op, status, media, id=f"{op['operationId']}-{status}")
                    )
    return found


EXAMPLES = _examples()


def test_there_are_examples_for_every_operation() -> None:
    with_examples = {p.values[0]["operationId"] for p in EXAMPLES}
    assert len(with_examples) == len(operations())


@pytest.mark.parametrize(("op", "status", "media"), EXAMPLES)
def test_example_matches_its_schema(
    op: dict[str, Any], status: str | None, media: dict[str, Any]
) -> None:
    assert "example" in media, "every response has an example (the mock server serves it)"
    validator = OAS31Validator(_rebase(media["schema"]), registry=REGISTRY)
    problems = [e.message for e in validator.iter_errors(media["example"])]
    assert problems == []


@pytest.mark.parametrize(
    ("op", "status", "media"), [p for p in EXAMPLES if p.values[1] is not None]
)
def test_response_example_parses_into_the_generated_models(
    op: dict[str, Any], status: str, media: dict[str, Any]
) -> None:
    module = importlib.import_module(module_name(op))
    response = httpx.Response(int(status), json=media["example"])
    parsed = module._build_response(client=Client(base_url="http://mock"), response=response)
    assert parsed.status_code == int(status)
    schema = deref(media["schema"])
    if "$ref" in media["schema"] and schema.get("type") == "object":
        assert type(parsed.parsed).__module__.startswith("nango_api.models.")
        assert set(parsed.parsed.to_dict()) == set(media["example"]), "no field is lost"


def test_the_schema_check_rejects_a_wrong_example() -> None:
    schema = {"$ref": "#/components/schemas/Connection"}
    validator = OAS31Validator(_rebase(schema), registry=REGISTRY)
    assert list(validator.iter_errors({"id": "not-an-int", "credentials": {}}))
