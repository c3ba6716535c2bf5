"""list_records, iter_records and prune_records: requests sent and results parsed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
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
    RecordsPage,
)

from .conftest import HOST, SECRET, Client, Recorder, query


def record(record_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": record_id,
        **fields,
        "_nango_metadata": {
            "first_seen_at": "2024-01-01T00:00:00.000Z",
            "last_modified_at": "2024-01-02T00:00:00.000Z",
            "last_action": "ADDED",
            "deleted_at": None,
            "pruned_at": None,
            "cursor": f"cur-{record_id}",
        },
    }


def page(ids: list[str], next_cursor: str | None) -> dict[str, Any]:
    return {"records": [record(i) for i in ids], "next_cursor": next_cursor}


# list_records

EMPTY_PAGE: dict[str, Any] = {"records": [], "next_cursor": None}


def test_list_records_minimal_request(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, EMPTY_PAGE)

    client.call("list_records", "github", "conn-1", "Issue")

    request = recorder.last
    assert request.method == "GET"
    assert request.url.host == "nango.test"
    assert request.url.path == "/records/"
    assert query(request) == [("model", "Issue")]
    assert request.headers["Connection-Id"] == "conn-1"
    assert request.headers["Provider-Config-Key"] == "github"
    assert request.headers["Authorization"] == f"Bearer {SECRET}"
    assert request.content == b""
    assert "Content-Type" not in request.headers


def test_list_records_every_option_in_node_order(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, EMPTY_PAGE)
    # Node's observed request line for the same call (wire-reference section 2, #24).
    client.call(
        "list_records",
        "github",
        "conn-1",
        "Issue",
        variant="v1",
        modified_after="2024-01-01T00:00:00.000Z",
        limit=10,
        filter="added,updated",
        cursor="cur+/=",
        ids=["1", "2"],
    )

    assert recorder.last.url.raw_path == (
        b"/records/?model=Issue&variant=v1&modified_after=2024-01-01T00%3A00%3A00.000Z"
        b"&limit=10&filter=added%2Cupdated&cursor=cur%2B%2F%3D&ids=1&ids=2"
    )


def test_list_records_query_values_cannot_inject_parameters(
    client: Client, recorder: Recorder
) -> None:
    recorder.reply(200, EMPTY_PAGE)

    client.call("list_records", "github", "conn-1", "My Model&x=1", ids=["a b", "c&d"])

    assert recorder.last.url.raw_path == b"/records/?model=My+Model%26x%3D1&ids=a+b&ids=c%26d"
    assert query(recorder.last) == [("model", "My Model&x=1"), ("ids", "a b"), ("ids", "c&d")]


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        (["1"], [("ids", "1")]),
        (["1", "2", "3"], [("ids", "1"), ("ids", "2"), ("ids", "3")]),
        (("x", "y"), [("ids", "x"), ("ids", "y")]),
    ],
)
def test_list_records_ids_are_repeated_keys(
    client: Client, recorder: Recorder, ids: Any, expected: list[tuple[str, str]]
) -> None:
    recorder.reply(200, EMPTY_PAGE)
    client.call("list_records", "github", "conn-1", "Issue", ids=ids)

    assert query(recorder.last) == [("model", "Issue"), *expected]


@pytest.mark.parametrize(
    ("modified_after", "sent"),
    [
        (datetime(2024, 1, 1, tzinfo=UTC), "2024-01-01T00:00:00.000Z"),
        (datetime(2024, 3, 5, 7, 8, 9, 123456, tzinfo=UTC), "2024-03-05T07:08:09.123Z"),
        (
            datetime(2024, 1, 1, 2, 30, tzinfo=timezone(timedelta(hours=2, minutes=30))),
            "2024-01-01T00:00:00.000Z",
        ),
        (
            datetime(2023, 12, 31, 19, 0, tzinfo=timezone(timedelta(hours=-5))),
            "2024-01-01T00:00:00.000Z",
        ),
        ("2024-01-01T00:00:00.000Z", "2024-01-01T00:00:00.000Z"),
        ("2024-01-01T10:00:00+02:00", "2024-01-01T10:00:00+02:00"),
    ],
)
def test_list_records_modified_after(
    client: Client, recorder: Recorder, modified_after: datetime | str, sent: str
) -> None:
    recorder.reply(200, EMPTY_PAGE)
    client.call("list_records", "github", "conn-1", "Issue", modified_after=modified_after)

    assert ("modified_after", sent) in query(recorder.last)
    assert [key for key, _ in query(recorder.last)].count("modified_after") == 1


def test_list_records_naive_datetime_is_rejected(client: Client, recorder: Recorder) -> None:
    with pytest.raises(NangoValueError, match="modified_after"):
        client.call(
            "list_records", "github", "conn-1", "Issue", modified_after=datetime(2024, 1, 1)
        )

    assert recorder.requests == []


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"modified_after": 1704067200}, NangoTypeError),
        ({"limit": "10"}, NangoTypeError),
        ({"ids": "1"}, NangoTypeError),
        ({"cursor": ""}, NangoValueError),
        ({"variant": ""}, NangoValueError),
    ],
)
def test_list_records_bad_options_send_nothing(
    client: Client, recorder: Recorder, kwargs: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        client.call("list_records", "github", "conn-1", "Issue", **kwargs)

    assert recorder.requests == []


@pytest.mark.parametrize(
    "args",
    [("", "conn-1", "Issue"), ("github", "", "Issue"), ("github", "conn-1", "")],
)
def test_list_records_required_arguments(
    client: Client, recorder: Recorder, args: tuple[str, str, str]
) -> None:
    with pytest.raises(NangoValueError):
        client.call("list_records", *args)

    assert recorder.requests == []


def test_list_records_result(client: Client, recorder: Recorder) -> None:
    first = record("1", title="Bug", labels=["a"])
    second = record("2", title="Feature", nested={"k": 1})
    recorder.reply(200, {"records": [first, second], "next_cursor": "next-page"})

    result = client.call("list_records", "github", "conn-1", "Issue")

    assert isinstance(result, RecordsPage)
    assert result.records == [first, second]
    assert all(type(item) is dict for item in result.records)
    assert result.records[0]["_nango_metadata"]["cursor"] == "cur-1"
    assert result.records[1]["nested"] == {"k": 1}
    assert result.next_cursor == "next-page"


@pytest.mark.parametrize("body", [{"records": []}, {"records": [], "next_cursor": None}])
def test_list_records_last_page_has_no_cursor(
    client: Client, recorder: Recorder, body: dict[str, Any]
) -> None:
    recorder.reply(200, body)

    result = client.call("list_records", "github", "conn-1", "Issue")

    assert result.records == []
    assert result.next_cursor is None


@pytest.mark.parametrize(
    "body",
    [{}, {"records": {}}, {"records": ["x"]}, {"records": [], "next_cursor": 5}, []],
)
def test_list_records_unexpected_shape(client: Client, recorder: Recorder, body: Any) -> None:
    recorder.reply(200, body)

    with pytest.raises(NangoResponseValidationError):
        client.call("list_records", "github", "conn-1", "Issue")


# iter_records

THREE_PAGES = [page(["1", "2"], "c2"), page(["3"], "c3"), page(["4", "5"], None)]


def queue_pages(recorder: Recorder, pages: list[dict[str, Any]]) -> None:
    for body in pages:
        recorder.reply(200, body)


def test_iter_records_follows_next_cursor(client: Client, recorder: Recorder) -> None:
    queue_pages(recorder, THREE_PAGES)

    records = client.collect("iter_records", "github", "conn-1", "Issue")

    assert [r["id"] for r in records] == ["1", "2", "3", "4", "5"]
    assert records[0] == record("1")
    assert len(recorder.requests) == 3
    assert [dict(query(r)).get("cursor") for r in recorder.requests] == [None, "c2", "c3"]


def test_iter_records_passes_the_filters_on_every_page(client: Client, recorder: Recorder) -> None:
    queue_pages(recorder, THREE_PAGES)

    client.collect(
        "iter_records",
        "github",
        "conn-1",
        "Issue",
        variant="v1",
        limit=2,
        filter="added",
        modified_after=datetime(2024, 1, 1, tzinfo=UTC),
        ids=["1", "2", "3", "4", "5"],
    )

    filters = [
        ("model", "Issue"),
        ("variant", "v1"),
        ("modified_after", "2024-01-01T00:00:00.000Z"),
        ("limit", "2"),
        ("filter", "added"),
        ("ids", "1"),
        ("ids", "2"),
        ("ids", "3"),
        ("ids", "4"),
        ("ids", "5"),
    ]
    for request, cursor in zip(recorder.requests, [None, "c2", "c3"], strict=True):
        pairs = query(request)
        assert sorted(p for p in pairs if p[0] != "cursor") == sorted(filters)
        assert dict(pairs).get("cursor") == cursor
        assert request.url.path == "/records/"
        assert request.headers["Connection-Id"] == "conn-1"
        assert request.headers["Provider-Config-Key"] == "github"


def test_iter_records_starts_at_the_given_cursor(client: Client, recorder: Recorder) -> None:
    queue_pages(recorder, [page(["7"], "c8"), page(["8"], None)])

    records = client.collect("iter_records", "github", "conn-1", "Issue", cursor="c7")

    assert [r["id"] for r in records] == ["7", "8"]
    assert [dict(query(r))["cursor"] for r in recorder.requests] == ["c7", "c8"]


@pytest.mark.parametrize("last_cursor", [None, ""])
def test_iter_records_stops_when_the_cursor_ends(
    client: Client, recorder: Recorder, last_cursor: str | None
) -> None:
    queue_pages(recorder, [page(["1"], "c2"), page(["2"], last_cursor)])

    records = client.collect("iter_records", "github", "conn-1", "Issue")

    assert [r["id"] for r in records] == ["1", "2"]
    assert len(recorder.requests) == 2


def test_iter_records_single_empty_page(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"records": [], "next_cursor": None})

    assert client.collect("iter_records", "github", "conn-1", "Issue") == []
    assert len(recorder.requests) == 1


def test_iter_records_follows_a_cursor_past_an_empty_page(
    client: Client, recorder: Recorder
) -> None:
    queue_pages(recorder, [page([], "c2"), page(["2"], None)])

    records = client.collect("iter_records", "github", "conn-1", "Issue")

    assert [r["id"] for r in records] == ["2"]
    assert len(recorder.requests) == 2


@pytest.mark.parametrize(
    ("start", "cursors"),
    [(None, ["c1", "c1"]), (None, ["a", "b", "a"]), ("c0", ["c1", "c0"])],
)
def test_iter_records_refuses_a_cursor_it_followed_before(
    client: Client, recorder: Recorder, start: str | None, cursors: list[str]
) -> None:
    queue_pages(recorder, [page([str(n)], cursor) for n, cursor in enumerate(cursors)])

    with pytest.raises(NangoResponseValidationError, match="again: paging would never end"):
        client.collect("iter_records", "github", "conn-1", "Issue", cursor=start)
    assert len(recorder.requests) == len(cursors)


def test_iter_records_error_on_a_later_page_propagates(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, page(["1"], "c2"))
    recorder.reply(400, {"error": {"code": "invalid_query_params"}})

    with pytest.raises(BadRequestError):
        client.collect("iter_records", "github", "conn-1", "Issue")
    assert len(recorder.requests) == 2


def test_iter_records_sends_nothing_before_iteration(recorder: Recorder) -> None:
    nango = Nango(
        secret_key=SECRET,
        host=HOST,
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
    )

    iterator = nango.iter_records("github", "conn-1", "Issue")

    assert recorder.requests == []
    del iterator


def test_iter_records_fetches_the_next_page_only_when_needed(recorder: Recorder) -> None:
    queue_pages(recorder, THREE_PAGES)
    nango = Nango(
        secret_key=SECRET,
        host=HOST,
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
    )
    iterator = nango.iter_records("github", "conn-1", "Issue")

    seen = []
    for expected_requests in [1, 1, 2, 3, 3]:
        seen.append(next(iterator)["id"])
        assert len(recorder.requests) == expected_requests
    with pytest.raises(StopIteration):
        next(iterator)

    assert seen == ["1", "2", "3", "4", "5"]
    assert len(recorder.requests) == 3


async def test_async_iter_records_fetches_the_next_page_only_when_needed(
    recorder: Recorder,
) -> None:
    queue_pages(recorder, THREE_PAGES)
    nango = AsyncNango(
        secret_key=SECRET,
        host=HOST,
        max_retries=0,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)),
    )
    iterator = nango.iter_records("github", "conn-1", "Issue")
    assert recorder.requests == []

    seen = []
    for expected_requests in [1, 1, 2, 3, 3]:
        seen.append((await anext(iterator))["id"])
        assert len(recorder.requests) == expected_requests
    with pytest.raises(StopAsyncIteration):
        await anext(iterator)

    assert seen == ["1", "2", "3", "4", "5"]


# prune_records


def test_prune_records_minimal(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"count": 42, "has_more": False})

    result = client.call("prune_records", "github", "conn-1", "Issue", "cursor-9")

    request = recorder.last
    assert request.method == "PATCH"
    assert request.url.path == "/records/prune"
    assert query(request) == []
    assert request.headers["Connection-Id"] == "conn-1"
    assert request.headers["Provider-Config-Key"] == "github"
    assert request.headers["Content-Type"] == "application/json"
    assert recorder.body() == {"model": "Issue", "until_cursor": "cursor-9"}
    assert result.count == 42
    assert result.has_more is False


def test_prune_records_every_option(client: Client, recorder: Recorder) -> None:
    recorder.reply(200, {"count": 100, "has_more": True})

    result = client.call(
        "prune_records", "github", "conn-1", "Issue", "cursor-9", variant="v1", limit=100
    )

    assert recorder.body() == {
        "model": "Issue",
        "until_cursor": "cursor-9",
        "limit": 100,
        "variant": "v1",
    }
    assert list(recorder.body()) == ["model", "until_cursor", "limit", "variant"]
    assert result.count == 100
    assert result.has_more is True


@pytest.mark.parametrize(
    ("args", "kwargs", "error"),
    [
        (("", "conn-1", "Issue", "c"), {}, NangoValueError),
        (("github", "", "Issue", "c"), {}, NangoValueError),
        (("github", "conn-1", "", "c"), {}, NangoValueError),
        (("github", "conn-1", "Issue", ""), {}, NangoValueError),
        (("github", "conn-1", "Issue", None), {}, NangoTypeError),
        (("github", "conn-1", "Issue", "c"), {"limit": "5"}, NangoTypeError),
    ],
)
def test_prune_records_bad_arguments_send_nothing(
    client: Client,
    recorder: Recorder,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    error: type[Exception],
) -> None:
    with pytest.raises(error):
        client.call("prune_records", *args, **kwargs)

    assert recorder.requests == []
