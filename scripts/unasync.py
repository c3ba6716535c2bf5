"""Derive the sync client (nango/_sync) from the async source (nango/_async).

    python scripts/unasync.py          rewrite nango/_sync
    python scripts/unasync.py --check  exit 1 with a diff when nango/_sync is stale

Token rules only (no parsing): each public method is written once, in nango/_async.
"""

from __future__ import annotations

import argparse
import difflib
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "nango" / "_async"
TARGET = ROOT / "nango" / "_sync"
FILES = ("__init__.py", "core.py", "client.py", "auth.py", "pool.py")

# Whole-word replacements, applied in this order.
WORDS = {
    "AsyncNango": "Nango",
    "AsyncCore": "SyncCore",
    "AsyncConnectionAuth": "ConnectionAuth",
    "AsyncIterator": "Iterator",
    "AsyncGenerator": "Generator",
    "AsyncClient": "Client",
    "AsyncPool": "SyncPool",
    "AsyncConnectionInterface": "ConnectionInterface",
    "AsyncIterable": "Iterable",
    "handle_async_request": "handle_request",
    "__aiter__": "__iter__",
    "async_lock": "sync_lock",
    "async_shield": "sync_shield",
    "async_event": "sync_event",
    "async_wait": "sync_wait",
    "async_sleep": "sync_sleep",
    "async_deadline": "sync_deadline",
    "async_cancel_event": "sync_cancel_event",
    "async_read": "sync_read",
    "async_pool_lock": "sync_pool_lock",
    "async_auth_flow": "sync_auth_flow",
    "sync_auth_flow": "async_auth_flow",  # the flow each class refuses
    "async_client": "sync_client",
    "aclose": "close",
    "aread": "read",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "_async": "_sync",
    "asyncio": "threading",
}
DOCSTRINGS = {
    "__init__.py": "The sync implementation.",
    "core.py": "The HTTP core every ``Nango`` call goes through: auth, timeout, retries, errors.",
    "client.py": "``Nango``: every ``@nangohq/node`` method, synchronous.",
    "auth.py": "``ConnectionAuth``: a connection's token on the requests of an ``httpx.Client``.",
    "pool.py": "The connection pool of the sync clients nango builds (see the async source).",
}
PATTERNS = [
    # AsyncGenerator[Yield, Send] -> Generator[Yield, Send, None] (one level of nesting)
    (re.compile(r"AsyncGenerator\[((?:[^\[\]]|\[[^\[\]]*\])*)\]"), r"Generator[\1, None]"),
    (re.compile(r"\bAwaitable\[([^\[\]]*)\]"), r"\1"),
    (re.compile(r"\basync def\b"), "def"),
    (re.compile(r"\basync (with|for)\b"), r"\1"),
    (re.compile(r"\bawait "), ""),
    (re.compile(r"\b(" + "|".join(map(re.escape, WORDS)) + r")\b"), lambda m: WORDS[m[1]]),
]
MODULE_DOCSTRING = re.compile(r'\A"""[\s\S]*?"""')
DERIVED = "Derived from ``nango/_async/{name}`` by ``scripts/unasync.py``: do not edit."


def transform(name: str, text: str) -> str:
    for pattern, replacement in PATTERNS:
        text = pattern.sub(replacement, text)
    docstring = f'"""{DOCSTRINGS[name]}\n\n{DERIVED.format(name=name)}\n"""'
    return MODULE_DOCSTRING.sub(lambda _: docstring, text, count=1)


def formatted(text: str, path: Path) -> str:
    """``text`` after ``ruff check --fix`` (imports) and ``ruff format``, as the file ``path``."""
    ruff = str(Path(sys.executable).parent / "ruff")
    for command in (["check", "--fix", "--quiet", "--exit-zero"], ["format"]):
        text = subprocess.run(
            [ruff, *command, "--stdin-filename", str(path), "-"],
            input=text,
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if nango/_sync is stale")
    args = parser.parse_args()
    stale = False
    for name in FILES:
        target = TARGET / name
        wanted = formatted(transform(name, (SOURCE / name).read_text()), target)
        current = target.read_text() if target.exists() else ""
        if current == wanted:
            continue
        if args.check:
            stale = True
            sys.stdout.writelines(
                difflib.unified_diff(
                    current.splitlines(True), wanted.splitlines(True), str(target), "unasync"
                )
            )
        else:
            target.parent.mkdir(exist_ok=True)
            target.write_text(wanted)
            print(f"wrote {target.relative_to(ROOT)}")
    if stale:
        print("nango/_sync is stale: run scripts/unasync and commit the result.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
