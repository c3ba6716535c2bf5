"""Hypothesis strategies of JSON payloads for the schemas of an OpenAPI 3.1 document.

``Payloads(spec).valid(schema)`` draws values that match ``schema`` the way a server's answer
may: optional keys left out, unknown keys added (where ``additionalProperties`` allows them),
``null`` wherever the schema allows it, any variant of an ``anyOf``/``oneOf``/type list.
``malformed(schema)`` draws such a value with one thing broken somewhere (a key removed, a value
of any other JSON type, the whole payload not an object, or an odd ``Mapping``); ``payloads``
either.

The subset of JSON Schema handled is what openapi.yaml uses (``type`` or a list of types,
``properties``/``required``/``additionalProperties``, ``items``, ``anyOf``/``oneOf``, local
``$ref``, ``enum``, ``const``, ``format`` date-time/date/uuid); other keywords are ignored.
"""

from __future__ import annotations

import collections
import types
from datetime import UTC, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

MAX_DEPTH = 6

JSON_VALUES: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=6),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=6,
)

DATETIMES = st.one_of(
    st.datetimes(timezones=st.sampled_from([UTC, timezone(timedelta(hours=2))])).map(
        lambda value: value.isoformat()
    ),
    st.datetimes().map(lambda value: value.isoformat(timespec="milliseconds") + "Z"),
    st.sampled_from(["", "yesterday", "2026-13-01T00:00:00Z"]),  # strings that do not parse
)

FORMATS: dict[str, st.SearchStrategy[str]] = {
    "date-time": DATETIMES,
    "date": st.dates().map(lambda value: value.isoformat()) | st.just("2026-02-30"),
    "uuid": st.uuids().map(str) | st.just("not-a-uuid"),
}

SCALARS: dict[str, st.SearchStrategy[Any]] = {
    "string": st.text(max_size=8),
    "integer": st.integers(),
    "number": st.integers() | st.floats(allow_nan=False, allow_infinity=False),
    "boolean": st.booleans(),
    "null": st.none(),
}


class Payloads:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        # (id of a schema, depth) -> (the schema, kept so that its id is not reused; its strategy)
        self._made: dict[tuple[int, int], tuple[Any, st.SearchStrategy[Any]]] = {}

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            *_, kind, name = schema["$ref"].split("/")
            schema = self.spec["components"][kind][name]
        return schema

    def variants(self, schema: dict[str, Any]) -> list[dict[str, Any]]:
        """The alternatives of a union schema (``anyOf``/``oneOf`` or a list of types)."""
        schema = self.resolve(schema)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return list(schema[key])
        if isinstance(schema.get("type"), list):
            rest = {k: v for k, v in schema.items() if k != "type"}
            return [{**rest, "type": kind} for kind in schema["type"]]
        return []

    def valid(self, schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
        schema = self.resolve(schema)
        key = id(schema), depth
        if key not in self._made:
            self._made[key] = schema, self._valid(schema, depth)
        return self._made[key][1]

    def _valid(self, schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
        if "const" in schema:
            return st.just(schema["const"])
        if "enum" in schema:
            return st.sampled_from(schema["enum"])
        variants = self.variants(schema)
        if variants:
            return st.one_of([self.valid(variant, depth) for variant in variants])
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            return self.object(schema, depth)
        if kind == "array":
            if depth >= MAX_DEPTH:
                return st.builds(list)
            return st.lists(self.valid(schema.get("items", {}), depth + 1), max_size=3)
        if kind == "string" and schema.get("format") in FORMATS:
            return FORMATS[schema["format"]]
        if kind in SCALARS:
            return SCALARS[kind]
        return JSON_VALUES

    def object(self, schema: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
        properties: dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", []))
        if depth > 2 * MAX_DEPTH:
            return st.nothing()
        known = st.fixed_dictionaries(
            {
                name: self.valid(sub, depth + 1)
                for name, sub in properties.items()
                if name in required
            },
            optional=(
                {}
                if depth >= MAX_DEPTH
                else {
                    name: self.valid(sub, depth + 1)
                    for name, sub in properties.items()
                    if name not in required
                }
            ),
        )
        extra_schema = schema.get("additionalProperties", True)
        if extra_schema is False:
            return known
        values = JSON_VALUES if extra_schema is True else self.valid(extra_schema, depth + 1)
        unknown = st.dictionaries(
            st.text(min_size=1, max_size=6).filter(lambda key: key not in properties),
            values,
            max_size=2,
        )
        return st.tuples(known, unknown, st.booleans()).map(
            lambda parts: {**parts[1], **parts[0]} if parts[2] else {**parts[0], **parts[1]}
        )

    def malformed(self, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        return _broken(self.valid(schema))

    def payloads(self, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        """Valid payloads and broken ones."""
        return self.valid(schema) | self.malformed(schema)


ODD_MAPPINGS = (
    types.MappingProxyType,
    collections.OrderedDict,
    lambda value: collections.defaultdict(list, value),
)


@st.composite
def _broken(draw: st.DrawFn, values: st.SearchStrategy[Any]) -> Any:
    """A value of ``values`` with one thing broken: at the top (not an object, an odd Mapping, a
    list of pairs) or at one of its nested places (a key removed, a value replaced)."""
    value = draw(values)
    places = list(_places(value))
    where = draw(st.integers(0, len(places)))
    if where == len(places):
        odd = [JSON_VALUES]
        if isinstance(value, dict):
            odd += [st.just(make(value)) for make in ODD_MAPPINGS]
            odd.append(st.just([list(item) for item in value.items()]))
        return draw(st.one_of(odd))
    container, key = places[where]
    if isinstance(container, dict) and draw(st.booleans()):
        del container[key]
    else:
        container[key] = draw(JSON_VALUES)
    return value


def _places(value: Any) -> Any:
    """(container, key or index) of every value nested in ``value``."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield value, key
            yield from _places(item)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield value, index
            yield from _places(item)
