"""4. Memory while paging: ``iter_records`` over 1,000,000 records (1,000 pages of 1,000, made on
the fly by an ``httpx.MockTransport`` whose cursor is the page index), in a fresh process.

Peak RSS (``VmHWM``) is compared with a baseline process that does the same imports and set-up and
pages through 10 pages only; RSS is also sampled after 10 %, 50 % and 100 % of the records, to
show that it does not grow with the number of pages. Records per second are compared with a raw
httpx loop over the same pages (GET with the cursor, ``.json()``, iterate the records).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

from ._common import (
    CONNECTION_ID,
    HOST,
    PROVIDER_CONFIG_KEY,
    SECRET,
    Row,
    Section,
    Target,
    median,
    python_command,
    run_json,
)

NAME = "memory"
TITLE = "4. Memory while paging (iter_records, 1,000,000 records in pages of 1,000)"
KINDS = {"nango": "Nango", "async": "AsyncNango", "raw": "raw httpx"}
MODEL = "Issue"


# Worker side


def rss_mb(field: str = "VmRSS") -> float:
    """This process's resident set (``VmRSS``) or its peak (``VmHWM``), in MB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    import resource  # not Linux: only the peak is known

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def page_transport(pages: int, page_size: int) -> Any:
    """A transport answering ``GET /records?cursor=N`` with page N, generated on each request."""
    import httpx

    from . import _bodies

    template = _bodies.encode(
        {
            "records": [_bodies.record(f"@PAGE@-{i}") for i in range(page_size)],
            "next_cursor": "@NEXT@",
        }
    )
    headers = {"Content-Type": "application/json"}

    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        page = int(cursor) if cursor else 0
        following = b'"%d"' % (page + 1) if page + 1 < pages else b"null"
        body = template.replace(b"@PAGE@", b"%d" % page).replace(b'"@NEXT@"', following)
        return httpx.Response(200, headers=headers, content=body)

    return httpx.MockTransport(handler)


def _raw_records(transport: Any) -> Iterator[dict[str, Any]]:
    import httpx

    headers = {
        "Authorization": f"Bearer {SECRET}",
        "Connection-Id": CONNECTION_ID,
        "Provider-Config-Key": PROVIDER_CONFIG_KEY,
    }
    with httpx.Client(transport=transport) as client:
        cursor = None
        while True:
            params = {"model": MODEL, **({"cursor": cursor} if cursor else {})}
            response = client.get(f"{HOST}/records", params=params, headers=headers)
            response.raise_for_status()
            page = response.json()
            yield from page["records"]
            cursor = page["next_cursor"]
            if not cursor:
                return


def worker_main(kind: str, pages: int, page_size: int) -> None:
    import httpx

    from nango import AsyncNango, Nango

    transport = page_transport(pages, page_size)
    total = pages * page_size
    marks = {max(1, total * share // 100): f"{share}%" for share in (10, 50, 100)}
    samples: dict[str, float] = {}
    seen = 0

    def count(record: dict[str, Any]) -> None:
        nonlocal seen
        seen += 1
        if record["_nango_metadata"]["cursor"] is None:
            raise AssertionError("record without a cursor")
        if seen in marks:
            samples[marks[seen]] = rss_mb()

    start_mb = rss_mb()
    started = time.perf_counter()
    if kind == "nango":
        with Nango(SECRET, host=HOST, http_client=httpx.Client(transport=transport)) as nango:
            for record in nango.iter_records(PROVIDER_CONFIG_KEY, CONNECTION_ID, MODEL):
                count(record)
    elif kind == "async":

        async def drain() -> None:
            client = httpx.AsyncClient(transport=transport)
            async with AsyncNango(SECRET, host=HOST, http_client=client) as nango:
                records: AsyncIterator[dict[str, Any]] = nango.iter_records(
                    PROVIDER_CONFIG_KEY, CONNECTION_ID, MODEL
                )
                async for record in records:
                    count(record)
            await client.aclose()

        asyncio.run(drain())
    else:
        for record in _raw_records(transport):
            count(record)
    seconds = time.perf_counter() - started
    if seen != total:
        raise AssertionError(f"{seen} records seen, {total} expected")
    print(
        json.dumps(
            {
                "records": seen,
                "seconds": seconds,
                "records_per_s": seen / seconds,
                "start_mb": start_mb,
                "samples_mb": samples,
                "peak_mb": rss_mb("VmHWM"),
            }
        )
    )


# Runner side


def _worker(kind: str, pages: int, page_size: int) -> dict[str, Any]:
    command = python_command(
        "benchmarks.bench_memory", "--worker", kind, str(pages), str(page_size)
    )
    result: dict[str, Any] = run_json(command)
    return result


def run(quick: bool = False) -> Section:
    if quick:
        repetitions, pages, page_size, baseline_pages = 1, 20, 50, 2
    else:
        repetitions, pages, page_size, baseline_pages = 3, 1000, 1000, 10
    runs: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
    baselines: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
    for _ in range(repetitions):
        for kind in KINDS:
            baselines[kind].append(_worker(kind, baseline_pages, page_size))
            runs[kind].append(_worker(kind, pages, page_size))

    def med(results: list[dict[str, Any]], key: Callable[[dict[str, Any]], float]) -> float:
        return median([key(result) for result in results])

    rows: list[Row] = []
    sampled: list[str] = []
    for kind in ("nango", "async"):
        label = KINDS[kind]
        rows.append(
            Row.from_pairs(
                f"peak RSS, {label}, {pages * page_size:,} records",
                [r["peak_mb"] for r in runs[kind]],
                [r["peak_mb"] for r in baselines[kind]],
                "MB",
                baseline_name=f"{baseline_pages} pages",
                target=Target("<", 30, on="delta"),
            )
        )
        rows.append(
            Row(
                f"RSS growth from 10% to 100% of the pages, {label}",
                med(runs[kind], lambda r: r["samples_mb"]["100%"] - r["samples_mb"]["10%"]),
                None,
                "MB",
                target=Target("<", 5, on="sdk"),
            )
        )
        rows.append(
            Row.from_pairs(
                f"records per second, {label}",
                [r["records_per_s"] for r in runs[kind]],
                [r["records_per_s"] for r in runs["raw"]],
                "records/s",
                baseline_name="raw httpx loop",
            )
        )
        samples = runs[kind][-1]["samples_mb"]
        sampled.append(
            f"{label}: "
            + ", ".join(f"{share} {mb:.1f} MB" for share, mb in samples.items())
            + f" (start {runs[kind][-1]['start_mb']:.1f} MB)"
        )
    raw_peak = med(runs["raw"], lambda r: r["peak_mb"])
    raw_base = med(baselines["raw"], lambda r: r["peak_mb"])
    notes = [
        f"Fresh process per run, {repetitions} runs per client, medians. Peak RSS is VmHWM from "
        "/proc/self/status at the end; the baseline process does the same imports and set-up "
        f"and pages through {baseline_pages} pages. Pages of {page_size} records "
        "(~{:.0f} KB of JSON each) generated on each request.".format(_page_kb(page_size)),
        "RSS after 10%, 50%, 100% of the records (last run): " + "; ".join(sampled) + ".",
        f"Raw httpx loop for comparison: peak {raw_peak:.1f} MB ({raw_base:.1f} MB for "
        f"{baseline_pages} pages).",
    ]
    return Section(NAME, TITLE, rows, notes)


def _page_kb(page_size: int) -> float:
    from . import _bodies

    return len(_bodies.encode(_bodies.records_page(page_size))) / 1024


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        worker_main(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        from ._runner import cli

        raise SystemExit(cli([NAME, *sys.argv[1:]]))
