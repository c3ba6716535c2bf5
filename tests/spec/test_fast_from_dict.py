"""The fast ``from_dict`` of generator-templates/ parses exactly as the generator's own templates.

For openapi.yaml, the checked-in ``nango_api`` is compared with a ``nango_api_stock`` generated
here, in a temporary folder, from the same spec with the generator's stock model templates
(``scripts/codegen.py generate --templates stock``); for tests/spec/property_kinds.yaml (every
kind of property, in every place it can take: the templates must not be tuned to the shapes
openapi.yaml happens to have) both packages are generated here, with both enum settings.

Each pair parses the same input, and must give:

- equal results: the same classes, values (type and value) and ``additional_properties`` (in
  order) all the way down; ``==`` once the stock objects are rebuilt in the fast package's
  classes; the same ``to_dict()``; the input left as it was;
- or the same exception, class and message (nango maps KeyError/TypeError/ValueError/
  AttributeError to NangoResponseValidationError: the class is what callers see).

Inputs: every response example of openapi.yaml (through each operation's generated
``_build_response``), hypothesis payloads of every object schema (optional keys left out, unknown
keys, nulls), each variant of each union property, the catch-all credentials, and the same
payloads with one thing broken.
"""

from __future__ import annotations

import ast
import copy
import enum
import importlib
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_python_client.strings import ClassName

from tests.openapi_spec import SPEC, deref, module_name, operations
from tests.spec.schema_strategies import Payloads

ROOT = Path(__file__).resolve().parents[2]
KINDS_SPEC = Path(__file__).with_name("property_kinds.yaml")
KINDS = yaml.safe_load(KINDS_SPEC.read_text(encoding="utf-8"))
pytestmark = pytest.mark.timeout(300)
checks = settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
variant_checks = settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))


def generate(folder: Path, package: str, templates: str, spec: Path, config: Path) -> None:
    command = [sys.executable, str(ROOT / "scripts" / "codegen.py"), "generate"]
    command += ["--spec", str(spec), "--config", str(config), "--templates", templates]
    command += ["--package", package, "--generated", str(folder / package)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=240, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@dataclass
class Pair:
    """Two generated packages of one spec: ``fast`` (generator-templates/) and ``stock``."""

    fast: str
    stock: str
    spec: dict[str, Any]

    def __post_init__(self) -> None:
        self.payloads = Payloads(self.spec)

    def schema(self, name: str) -> dict[str, Any]:
        schema: dict[str, Any] = self.spec["components"]["schemas"][name]
        return schema

    def check_payloads(self, name: str, data: st.DataObject) -> None:
        """A payload of schema ``name`` (valid or broken) parses alike."""
        payload = data.draw(self.payloads.payloads(self.schema(name)))
        self.assert_model_same(ClassName(name, "field_"), payload)

    def check_variant(self, name: str, prop: str, variant: int, data: st.DataObject) -> None:
        """A payload of schema ``name`` whose ``prop`` is its ``variant``-th one parses alike."""
        schema = self.schema(name)
        payload = data.draw(self.payloads.valid(schema))
        union = self.payloads.variants(schema["properties"][prop])
        payload[prop] = data.draw(self.payloads.valid(union[variant]))
        self.assert_model_same(ClassName(name, "field_"), payload)

    def module(self, which: str, name: str = "models") -> ModuleType:
        return importlib.import_module(f"{getattr(self, which)}.{name}")

    def models(self, name: str) -> tuple[type[Any], type[Any]]:
        return getattr(self.module("fast"), name), getattr(self.module("stock"), name)

    def rebuilt(self, value: Any) -> Any:
        """A stock result rebuilt in the fast package's classes (its enums, its UNSET)."""
        kind = type(value)
        if kind.__module__.startswith(f"{self.stock}."):
            if attrs.has(kind):
                target = getattr(self.module("fast"), kind.__name__)
                fields = attrs.fields(kind)
                made = target(
                    **{f.alias: self.rebuilt(getattr(value, f.name)) for f in fields if f.init}
                )
                for f in fields:
                    if not f.init:
                        setattr(made, f.name, self.rebuilt(getattr(value, f.name)))
                return made
            if isinstance(value, enum.Enum):
                return getattr(self.module("fast"), kind.__name__)(value.value)
            if kind.__name__ == "Unset":
                return self.module("fast", "types").UNSET
        if isinstance(value, dict):
            return {key: self.rebuilt(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.rebuilt(item) for item in value]
        return value

    def assert_same(self, parse: Callable[[str], Callable[[Any], Any]], payload: Any) -> None:
        """``parse("fast")(payload)`` and ``parse("stock")(payload)`` end alike."""
        before = snapshot(payload)
        fast, stock = outcome(parse("fast"), payload), outcome(parse("stock"), payload)
        assert snapshot(payload) == before, "from_dict changed its input"
        assert fast[0] == stock[0], f"fast {fast}, stock {stock}"
        if fast[0] == "raised":
            assert fast[1:] == stock[1:]
            return
        fast_value, stock_value = fast[1], stock[1]
        assert canonical(fast_value) == canonical(stock_value)
        assert fast_value == self.rebuilt(stock_value)
        if hasattr(fast_value, "additional_properties"):
            assert fast_value.additional_properties == self.rebuilt(
                stock_value.additional_properties
            )
        if attrs.has(type(fast_value)):
            fast_dict = outcome(lambda value: value.to_dict(), fast_value)
            stock_dict = outcome(lambda value: value.to_dict(), stock_value)
            assert canonical(fast_dict) == canonical(stock_dict)

    def assert_model_same(self, name: str, payload: Any) -> None:
        self.assert_same(lambda which: getattr(self.module(which), name).from_dict, payload)


def outcome(call: Callable[[Any], Any], payload: Any) -> tuple[Any, ...]:
    try:
        return ("returned", call(payload))
    except Exception as exc:
        return ("raised", type(exc), str(exc))


def snapshot(value: Any) -> Any:
    """A copy of ``value`` to tell whether it was changed (odd mappings by their items)."""
    if isinstance(value, dict | list):
        return copy.deepcopy(value)
    if hasattr(value, "items"):
        return type(value).__name__, copy.deepcopy(dict(value.items()))
    return value


def canonical(value: Any) -> Any:
    """``value`` as nested tuples of type names and values: equal only when the two values
    have the same classes (by name: the packages differ), values and key orders."""
    kind = type(value)
    if attrs.has(kind):
        return kind.__name__, tuple(
            (f.name, canonical(getattr(value, f.name))) for f in attrs.fields(kind)
        )
    if kind.__name__ == "Unset":
        return ("UNSET", value is importlib.import_module(kind.__module__).UNSET)
    if isinstance(value, enum.Enum):
        return kind.__name__, value.value
    if isinstance(value, dict):
        return kind.__name__, tuple((canonical(k), canonical(v)) for k, v in value.items())
    if isinstance(value, list | tuple):
        return kind.__name__, tuple(canonical(item) for item in value)
    if isinstance(value, datetime | date):
        return kind.__name__, repr(value)
    if isinstance(value, type):
        return "class", value.__module__.split(".", 1)[-1], value.__qualname__
    return kind.__name__, repr(value)


@pytest.fixture(scope="module")
def nango_pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    """The checked-in nango_api and nango_api_stock, generated here with the stock templates."""
    folder = tmp_path_factory.mktemp("stock")
    generate(
        folder, "nango_api_stock", "stock", ROOT / "openapi.yaml", ROOT / "generator-config.yaml"
    )
    with importable(folder, "nango_api_stock"):
        yield Pair("nango_api", "nango_api_stock", SPEC)


def kinds(folder: Path, literal: bool) -> Pair:
    """property_kinds.yaml generated in ``folder`` with both templates, with the project's
    generator configuration and ``literal_enums: <literal>``."""
    config = yaml.safe_load((ROOT / "generator-config.yaml").read_text(encoding="utf-8"))
    config["literal_enums"] = literal
    (folder / "config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    names = [f"kinds_{which}_{'literal' if literal else 'enum'}" for which in ("fast", "stock")]
    for package, templates in zip(names, ("fast", "stock"), strict=True):
        generate(folder, package, templates, KINDS_SPEC, folder / "config.yaml")
    return Pair(*names, KINDS)


@pytest.fixture(scope="module")
def kinds_pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    folder = tmp_path_factory.mktemp("kinds")
    pair = kinds(folder, literal=False)
    with importable(folder, pair.fast, pair.stock):
        yield pair


@pytest.fixture(scope="module")
def literal_kinds_pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    folder = tmp_path_factory.mktemp("literal-kinds")
    pair = kinds(folder, literal=True)
    with importable(folder, pair.fast, pair.stock):
        yield pair


class importable:
    """``folder`` on ``sys.path`` while in the block; the packages forgotten after it."""

    def __init__(self, folder: Path, *packages: str) -> None:
        self.folder, self.packages = str(folder), packages

    def __enter__(self) -> None:
        sys.path.insert(0, self.folder)
        importlib.invalidate_caches()

    def __exit__(self, *exc: object) -> None:
        sys.path.remove(self.folder)
        for name in list(sys.modules):
            if name.split(".")[0] in self.packages:
                del sys.modules[name]


# The schemas compared


def object_schemas(spec: dict[str, Any]) -> list[str]:
    return [
        name
        for name, schema in spec["components"]["schemas"].items()
        if schema.get("type") == "object" or "properties" in schema
    ]


def union_variants(spec: dict[str, Any]) -> list[Any]:
    """(schema, property, variant index) of every variant of every union property."""
    payloads = Payloads(spec)
    found = []
    for name in object_schemas(spec):
        for prop, sub in spec["components"]["schemas"][name].get("properties", {}).items():
            for index, _ in enumerate(payloads.variants(sub)):
                found.append(pytest.param(name, prop, index, id=f"{name}.{prop}[{index}]"))
    return found


def response_examples() -> list[Any]:
    found = []
    for _method, _path, op in operations():
        for status, response in op["responses"].items():
            for media in deref(response).get("content", {}).values():
                examples = [deref(e)["value"] for e in media.get("examples", {}).values()]
                examples += [media["example"]] if "example" in media else []
                for index, example in enumerate(examples):
                    name = f"{op['operationId']}-{status}-{index}"
                    found.append(pytest.param(op, status, example, id=name))
    return found


# openapi.yaml


@pytest.mark.parametrize(("op", "status", "example"), response_examples())
def test_every_response_example_parses_alike(
    nango_pair: Pair, op: dict[str, Any], status: str, example: Any
) -> None:
    def parse(which: str) -> Callable[[Any], Any]:
        package = getattr(nango_pair, which)
        module = importlib.import_module(module_name(op).replace("nango_api", package, 1))
        client = importlib.import_module(f"{package}.client").Client(base_url="http://mock")
        body = json.dumps(example).encode()
        return lambda _: (
            module._build_response(
                client=client, response=httpx.Response(int(status), content=body)
            ).parsed
        )

    nango_pair.assert_same(parse, None)


def test_the_response_examples_are_many() -> None:
    assert len(response_examples()) >= len(operations())


def test_the_templates_change_the_model_modules_only(nango_pair: Pair) -> None:
    stock = Path(importlib.import_module(nango_pair.stock).__file__ or "").parent
    fast = ROOT / "generated" / "nango_api"
    names = sorted(path.relative_to(fast).as_posix() for path in fast.rglob("*.py"))
    assert names == sorted(path.relative_to(stock).as_posix() for path in stock.rglob("*.py"))

    def code(path: Path, package: str) -> str:  # formatting aside (the names' lengths differ)
        return ast.dump(ast.parse(path.read_text(encoding="utf-8").replace(package, "PACKAGE")))

    differing = [
        name
        for name in names
        if code(fast / name, nango_pair.fast) != code(stock / name, nango_pair.stock)
    ]
    assert differing
    assert [name for name in differing if not name.startswith("models/")] == []
    assert "models/__init__.py" not in differing


@pytest.mark.parametrize("name", object_schemas(SPEC))
@checks
@given(data=st.data())
def test_payloads_of_every_schema_parse_alike(
    nango_pair: Pair, name: str, data: st.DataObject
) -> None:
    nango_pair.check_payloads(name, data)


@pytest.mark.parametrize(("name", "prop", "variant"), union_variants(SPEC))
@variant_checks
@given(data=st.data())
def test_every_union_variant_parses_alike(
    nango_pair: Pair, name: str, prop: str, variant: int, data: st.DataObject
) -> None:
    nango_pair.check_variant(name, prop, variant, data)


CATCH_ALL = [
    {},
    {"type": "A_NEW_AUTH_MODE", "token": "t-1", "nested": {"a": [1, 2]}},
    {"type": "OAUTH2"},  # no access_token: not OAuth2 credentials
    {"type": "OAUTH2", "access_token": "tok", "expires_at": "not a date"},
    {"type": None},
]


@pytest.mark.parametrize("credentials", CATCH_ALL)
def test_the_catch_all_credentials_parse_alike(nango_pair: Pair, credentials: Any) -> None:
    connection = next(
        p.values[2] for p in response_examples() if p.values[0]["operationId"] == "getConnection"
    )
    payload = {**connection, "credentials": credentials}
    nango_pair.assert_model_same("Connection", payload)
    fast, _ = nango_pair.models("Connection")
    assert type(fast.from_dict(payload).credentials).__name__ == "CredentialsOther"


@pytest.mark.parametrize("credentials", [None, [], "OAUTH2", 3])
def test_credentials_that_are_not_an_object_fail_alike(nango_pair: Pair, credentials: Any) -> None:
    connection = next(
        p.values[2] for p in response_examples() if p.values[0]["operationId"] == "getConnection"
    )
    nango_pair.assert_model_same("Connection", {**connection, "credentials": credentials})
    fast, _ = nango_pair.models("Connection")
    with pytest.raises(TypeError):
        fast.from_dict({**connection, "credentials": credentials})


# property_kinds.yaml


@pytest.mark.parametrize("name", object_schemas(KINDS))
@checks
@given(data=st.data())
def test_payloads_of_every_kind_parse_alike(
    kinds_pair: Pair, name: str, data: st.DataObject
) -> None:
    kinds_pair.check_payloads(name, data)


@pytest.mark.parametrize(("name", "prop", "variant"), union_variants(KINDS))
@variant_checks
@given(data=st.data())
def test_every_union_variant_of_the_kinds_parses_alike(
    kinds_pair: Pair, name: str, prop: str, variant: int, data: st.DataObject
) -> None:
    kinds_pair.check_variant(name, prop, variant, data)


@checks
@given(data=st.data())
def test_payloads_with_literal_enums_parse_alike(
    literal_kinds_pair: Pair, data: st.DataObject
) -> None:
    literal_kinds_pair.check_payloads("Everything", data)
    assert hasattr(literal_kinds_pair.module("fast", "models.color"), "check_color")


@pytest.mark.parametrize("first", ["ping", "pong", "node", "everything"])
def test_models_that_nest_each_other_import_in_any_order(kinds_pair: Pair, first: str) -> None:
    code = (
        f"import {kinds_pair.fast}.models.{first}\n"
        f"from {kinds_pair.fast}.models import Everything, Ping, Pong\n"
        "ping = Ping.from_dict({'n': 1, 'pong': {'ping': {'n': 2}, 'pings': [{'n': 3}]}})\n"
        "assert isinstance(ping.pong, Pong) and isinstance(ping.pong.ping, Ping)\n"
        "assert ping.pong.pings[0].n == 3\n"
    )
    folder = Path(importlib.import_module(kinds_pair.fast).__file__ or "").parent.parent
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=folder,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
