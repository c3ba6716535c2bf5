"""iter_connections and iter_functions: page after page against a fake server that pages like the
real one (offset ``page * limit``, its default page sizes), with both clients."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from nango import (
    AsyncNango,
    BadRequestError,
    Nango,
    NangoResponseValidationError,
    NangoTypeError,
    NangoValueError,
)
from nango.models import ConnectionListItem, Function

from .conftest import HOST, SECRET, Client, Recorder, query
from .test_connections import list_item
from .test_providers_integrations import SYNC_FUNCTION


@dataclass
class Lister:
    """``GET /connections`` or ``GET /integrations/{key}/functions`` over ``count`` items."""

    kind: str  # "connections" or "functions"
    count: int
    ignore_page: bool = False  # a broken server that always serves page 0
    pages: list[tuple[int, int | None]] = field(default_factory=list)  # (page, limit sent)

    def item(self, index: int) -> dict[str, Any]:
        if self.kind == "connections":
            return list_item(f"conn-{index}", "github-ref", id=index)
        return {**SYNC_FUNCTION, "name": f"fn-{index}", "id": index}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        params = request.url.params
        sent_limit = int(params["limit"]) if "limit" in params else None
        default = 10_000 if self.kind == "connections" else 20
        limit = sent_limit or default
        page = int(params.get("page", 0))
        self.pages.append((page, sent_limit))
        start = 0 if self.ignore_page else page * limit
        items = [self.item(i) for i in range(start, min(start + limit, self.count))]
        if self.kind == "connections":
            return httpx.Response(200, json={"connections": items})
        pagination = {"total": self.count, "page": page, "limit": limit}
        return httpx.Response(200, json={"data": items, "pagination": pagination})


def serve(recorder: Recorder, lister: Lister) -> Lister:
    recorder.answers.extend([lister] * 50)
    return lister


ITERATORS = {"connections": ("iter_connections", ()), "functions": ("iter_functions", ("gh",))}


def names(kind: str, items: list[Any]) -> list[str]:
    if kind == "connections":
        assert all(isinstance(item, ConnectionListItem) for item in items)
        return [item.connection_id for item in items]
    assert all(isinstance(item, Function) for item in items)
    return [item.name for item in items]


def expected_names(kind: str, count: int, start: int = 0) -> list[str]:
    prefix = "conn" if kind == "connections" else "fn"
    return [f"{prefix}-{i}" for i in range(start, count)]


@pytest.mark.parametrize("kind", sorted(ITERATORS))
@pytest.mark.parametrize(
    ("count", "pages"), [(0, [0]), (1, [0]), (3, [0, 1]), (4, [0, 1]), (7, [0, 1, 2])]
)
def test_every_item_then_stop_on_a_short_or_empty_page(
    client: Client, recorder: Recorder, kind: str, count: int, pages: list[int]
) -> None:
    lister = serve(recorder, Lister(kind, count))
    method, args = ITERATORS[kind]

    items = client.collect(method, *args, limit=3)

    assert names(kind, items) == expected_names(kind, count)
    assert lister.pages == [(page, 3) for page in pages]


def test_connections_page_zero_is_not_sent(client: Client, recorder: Recorder) -> None:
    """As list_connections does (and Node): the server's default page is 0."""
    serve(recorder, Lister("connections", 1))

    client.collect("iter_connections", limit=3)

    assert query(recorder.requests[0]) == [("limit", "3")]


def test_functions_pages_are_sent_from_zero(client: Client, recorder: Recorder) -> None:
    serve(recorder, Lister("functions", 4))

    client.collect("iter_functions", "gh", limit=3)

    assert [query(r) for r in recorder.requests] == [
        [("page", "0"), ("limit", "3")],
        [("page", "1"), ("limit", "3")],
    ]


@pytest.mark.parametrize(("count", "pages"), [(19, [0]), (20, [0, 1]), (41, [0, 1, 2])])
def test_functions_use_the_page_size_the_server_reports(
    client: Client, recorder: Recorder, count: int, pages: list[int]
) -> None:
    """Without ``limit``, none is sent and a page is full at ``pagination.limit`` (20)."""
    lister = serve(recorder, Lister("functions", count))

    items = client.collect("iter_functions", "gh")

    assert names("functions", items) == expected_names("functions", count)
    assert lister.pages == [(page, None) for page in pages]


@pytest.mark.parametrize(("count", "pages"), [(0, [0]), (2000, [0, 1]), (2001, [0, 1])])
def test_connections_default_to_the_largest_page_the_server_accepts(
    client: Client, recorder: Recorder, count: int, pages: list[int]
) -> None:
    lister = serve(recorder, Lister("connections", count))

    items = client.collect("iter_connections")

    assert len(items) == count
    assert lister.pages == [(page, 2000) for page in pages]


def test_connections_filters_go_with_every_page(client: Client, recorder: Recorder) -> None:
    serve(recorder, Lister("connections", 3))

    client.collect(
        "iter_connections",
        connection_id="c",
        user_id="u-1",
        integration_id=["a", "b"],
        tags={"Team": "blue"},
        search="ada",
        end_user_organization_id="org-1",
        limit=2,
    )

    filters = [
        ("connectionId", "c"),
        ("search", "ada"),
        ("endUserId", "u-1"),
        ("endUserOrganizationId", "org-1"),
        ("integrationId", "a,b"),
        ("limit", "2"),
        ("tags[team]", "blue"),
    ]
    assert [query(r) for r in recorder.requests] == [
        filters,
        [*filters[:6], ("page", "1"), filters[6]],
    ]


def test_functions_filters_go_with_every_page(client: Client, recorder: Recorder) -> None:
    serve(recorder, Lister("functions", 3))

    client.collect("iter_functions", "gh", type="sync", search="a b", limit=2)

    for page, request in enumerate(recorder.requests):
        assert request.url.path == "/integrations/gh/functions"
        assert query(request) == [
            ("type", "sync"),
            ("search", "a b"),
            ("page", str(page)),
            ("limit", "2"),
        ]
    assert len(recorder.requests) == 2


@pytest.mark.parametrize("kind", sorted(ITERATORS))
def test_page_is_where_to_start(client: Client, recorder: Recorder, kind: str) -> None:
    lister = serve(recorder, Lister(kind, 8))
    method, args = ITERATORS[kind]

    items = client.collect(method, *args, page=2, limit=3)

    assert names(kind, items) == expected_names(kind, 8, start=6)
    assert lister.pages == [(2, 3)]


@pytest.mark.parametrize("kind", sorted(ITERATORS))
def test_a_server_that_repeats_a_page_raises_instead_of_looping(
    client: Client, recorder: Recorder, kind: str
) -> None:
    lister = serve(recorder, Lister(kind, 10, ignore_page=True))
    method, args = ITERATORS[kind]

    with pytest.raises(NangoResponseValidationError, match="page 1 with the items of page 0"):
        client.collect(method, *args, limit=3)
    assert lister.pages == [(0, 3), (1, 3)]


def test_a_page_size_below_one_from_the_server_raises(client: Client, recorder: Recorder) -> None:
    recorder.reply(
        200, {"data": [SYNC_FUNCTION], "pagination": {"total": 5, "page": 0, "limit": 0}}
    )

    with pytest.raises(NangoResponseValidationError, match="page size of 0"):
        client.collect("iter_functions", "gh")
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("kind", sorted(ITERATORS))
@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"limit": 0}, NangoValueError),
        ({"limit": -1}, NangoValueError),
        ({"limit": "3"}, NangoTypeError),
        ({"limit": True}, NangoTypeError),
        ({"page": -1}, NangoValueError),
        ({"page": 1.0}, NangoTypeError),
    ],
)
def test_bad_page_or_limit_raises_before_anything_is_sent(
    client: Client, recorder: Recorder, kind: str, options: dict[str, Any], error: type[Exception]
) -> None:
    method, args = ITERATORS[kind]

    with pytest.raises(error):
        client.collect(method, *args, **options)
    assert recorder.requests == []


def test_an_error_on_a_later_page_propagates(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"connections": [list_item("c1", "gh", id=1)]})
    recorder.reply(400, {"error": {"code": "invalid_query_params"}})

    with pytest.raises(BadRequestError):
        client.collect("iter_connections", limit=1)
    assert len(recorder.requests) == 2


def sync_nango(recorder: Recorder) -> Nango:
    client = httpx.Client(transport=httpx.MockTransport(recorder))
    return Nango(secret_key=SECRET, host=HOST, max_retries=0, http_client=client)


def async_nango(recorder: Recorder) -> AsyncNango:
    client = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    return AsyncNango(secret_key=SECRET, host=HOST, max_retries=0, http_client=client)


@pytest.mark.parametrize("kind", sorted(ITERATORS))
def test_sync_pages_are_fetched_when_needed_and_close_stops(recorder: Recorder, kind: str) -> None:
    serve(recorder, Lister(kind, 10))
    method, args = ITERATORS[kind]
    iterator = getattr(sync_nango(recorder), method)(*args, limit=2)
    assert recorder.requests == []

    for expected_requests in [1, 1, 2, 2, 3]:
        next(iterator)
        assert len(recorder.requests) == expected_requests
    iterator.close()

    with pytest.raises(StopIteration):
        next(iterator)
    assert len(recorder.requests) == 3


@pytest.mark.parametrize("kind", sorted(ITERATORS))
def test_async_pages_are_fetched_when_needed_and_aclose_stops(
    recorder: Recorder, kind: str
) -> None:
    serve(recorder, Lister(kind, 10))
    method, args = ITERATORS[kind]

    async def main() -> None:
        iterator = getattr(async_nango(recorder), method)(*args, limit=2)
        assert recorder.requests == []
        for expected_requests in [1, 1, 2, 2, 3]:
            await anext(iterator)
            assert len(recorder.requests) == expected_requests
        await iterator.aclose()
        with pytest.raises(StopAsyncIteration):
            await anext(iterator)

    asyncio.run(main())
    assert len(recorder.requests) == 3


def test_the_fake_server_pages_like_the_real_one() -> None:
    """The fake's own rules (checked so the tests above test something)."""
    lister = Lister("functions", 5)
    request = httpx.Request("GET", f"{HOST}/integrations/gh/functions?page=1&limit=2")
    body = json.loads(lister(request).content)
    assert [f["name"] for f in body["data"]] == ["fn-2", "fn-3"]
    assert body["pagination"] == {"total": 5, "page": 1, "limit": 2}
