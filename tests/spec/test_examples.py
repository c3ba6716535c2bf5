"""Every example in openapi.yaml matches its schema, and every response example parses into the
generated models (what a client gets from the mock server, it can read)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from nango_api import Client
from nango_api.types import Unset

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
REGISTRY: Registry[Any] = Registry().with_resource(
    "urn:nango-spec", Resource.from_contents(SPEC, default_specification=DRAFT202012)
)
METHODS = ("get", "post", "put", "patch", "delete")


def _deref(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        *_, kind, name = node["$ref"].split("/")
        node = SPEC["components"][kind][name]
    return node


def _rebase(schema: Any) -> Any:
    """Point local `#/...` references at the registered spec document."""
    if isinstance(schema, dict):
        return {k: (f"urn:nango-spec{v}" if k == "$ref" else _rebase(v)) for k, v in schema.items()}
    if isinstance(schema, list):
        return [_rebase(v) for v in schema]
    return schema


def _examples() -> list[Any]:
    found = []
    for item in SPEC["paths"].values():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            body = op.get("requestBody")
            if body:
                for media in _deref(body)["content"].values():
                    if "example" in media:
                        found.append(
                            pytest.param(op, None, media, id=f"{op['operationId']}-request")
                        )
            for status, response in op["responses"].items():
                for media in _deref(response).get("content", {}).values():
                    found.append(
                        pytest.param(op, status, media, id=f"{op['operationId']}-{status}")
                    )
    return found


EXAMPLES = _examples()


def test_there_are_examples_for_every_operation() -> None:
    operations = {p.values[0]["operationId"] for p in EXAMPLES}
    assert len(operations) == sum(
        1 for item in SPEC["paths"].values() for m in METHODS if m in item
    )


@pytest.mark.parametrize(("op", "status", "media"), EXAMPLES)
def test_example_matches_its_schema(
    op: dict[str, Any], status: str | None, media: dict[str, Any]
) -> None:
    validator = OAS31Validator(_rebase(media["schema"]), registry=REGISTRY)
    problems = [e.message for e in validator.iter_errors(media["example"])]
    assert problems == []


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


@pytest.mark.parametrize(
    ("op", "status", "media"), [p for p in EXAMPLES if p.values[1] is not None]
)
def test_response_example_parses_into_the_generated_models(
    op: dict[str, Any], status: str, media: dict[str, Any]
) -> None:
    module = importlib.import_module(f"nango_api.api.{op['tags'][0]}.{_snake(op['operationId'])}")
    response = httpx.Response(int(status), json=media["example"])
    parsed = module._build_response(client=Client(base_url="http://mock"), response=response)
    assert parsed.status_code == int(status)
    schema = _deref(media["schema"])
    if "$ref" in media["schema"] and schema.get("type") == "object":
        assert type(parsed.parsed).__module__.startswith("nango_api.models.")
        assert not isinstance(parsed.parsed, Unset)
        assert set(parsed.parsed.to_dict()) == set(media["example"]), "no field is lost"


def test_the_schema_check_rejects_a_wrong_example() -> None:
    schema = {"$ref": "#/components/schemas/Connection"}
    validator = OAS31Validator(_rebase(schema), registry=REGISTRY)
    assert list(validator.iter_errors({"id": "not-an-int", "credentials": {}}))
