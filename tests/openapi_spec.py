"""openapi.yaml as data, for the tests that check the spec and the generated code against it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def load() -> dict[str, Any]:
    import yaml

    spec: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    return spec


SPEC = load()


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    """Every (method, path, operation) of the spec."""
    return [
        (method, path, op)
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def deref(node: dict[str, Any]) -> dict[str, Any]:
    """Follow `#/components/...` references to the object they name."""
    while "$ref" in node:
        *_, kind, name = node["$ref"].split("/")
        node = SPEC["components"][kind][name]
    return node


def module_name(op: dict[str, Any]) -> str:
    """The generated module of an operation: `nango_api.api.<tag>.<operation_id in snake case>`."""
    snake = re.sub(r"(?<!^)([A-Z])", r"_\1", op["operationId"]).lower()
    return f"nango_api.api.{op['tags'][0]}.{snake}"
