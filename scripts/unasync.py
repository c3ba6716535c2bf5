"""Derive the sync client (nango/_sync) from the async source (nango/_async), and the static
type of ``with_raw_response`` (``raw.py``) from the client's methods.

    python scripts/unasync.py          rewrite nango/_sync and nango/_async/raw.py
    python scripts/unasync.py --check  exit 1 with a diff when one of them is stale

Token rules only for the sync client (no parsing): each public method is written once, in
nango/_async. ``raw.py`` is read from ``nango/_async/client.py``'s syntax tree: a ``Protocol``
with each method that has a raw form, returning ``RawResponse[<its result>]``.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "nango" / "_async"
TARGET = ROOT / "nango" / "_sync"
FILES = ("__init__.py", "core.py", "client.py", "auth.py", "pool.py", "raw.py")

# Whole-word replacements, applied in this order.
WORDS = {
    "AsyncNango": "Nango",
    "AsyncRawMethods": "RawMethods",
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
    "raw.py": "``Nango.with_raw_response``'s static type (see the async source).",
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


RAW_DOCSTRING = '''"""``AsyncNango.with_raw_response``'s static type: each method with a raw form
(one request, see ``nango/_raw.py``), with its parameters, returning
``RawResponse[<its result>]``.
At run time ``with_raw_response`` is a ``nango._raw.RawResponses``.

Derived from ``nango/_async/client.py`` by ``scripts/unasync.py``: do not edit.
"""'''


def raw_methods(client: str) -> str:
    """The source of ``nango/_async/raw.py`` from that of ``nango/_async/client.py``."""
    sys.path.insert(0, str(ROOT))
    from nango._raw import NOT_RAW

    tree = ast.parse(client)
    checking = [
        n.body
        for n in tree.body
        if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING"
    ]
    imports = [
        node
        for node in [*tree.body, *(n for block in checking for n in block)]
        if isinstance(node, ast.Import | ast.ImportFrom)
        and getattr(node, "module", None) not in ("__future__", "raw")
    ]
    typing = [ast.unparse(n) for n in imports if getattr(n, "module", None) == "typing"]
    block = "\n    ".join(ast.unparse(n) for n in imports if getattr(n, "module", None) != "typing")
    (cls,) = (n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "AsyncNango")
    methods = [
        node
        for node in cls.body
        if isinstance(node, ast.AsyncFunctionDef | ast.FunctionDef)
        and not node.name.startswith("_")
        and node.name not in NOT_RAW
        and not _decorated(node, "property")
        and not any(isinstance(n, ast.Yield | ast.YieldFrom) for n in ast.walk(node))
    ]
    overloaded = {node.name for node in methods if _decorated(node, "overload")}
    stubs = []
    for node in methods:
        if node.name in overloaded and not _decorated(node, "overload"):
            continue  # the implementation: the overloads say it all
        node.body = [ast.Expr(ast.Constant(...))]
        node.decorator_list = [d for d in node.decorator_list if ast.unparse(d) == "overload"]
        node.args.defaults = [ast.Constant(...) for _ in node.args.defaults]
        node.args.kw_defaults = [d and ast.Constant(...) for d in node.args.kw_defaults]
        returns = ast.unparse(node.returns) if node.returns else "None"
        node.returns = ast.parse(f"RawResponse[{returns}]", mode="eval").body
        stubs.append(ast.unparse(node))
    body = "\n\n".join(textwrap.indent(stub, "    ") for stub in stubs)
    return (
        f"{RAW_DOCSTRING}\n\nfrom __future__ import annotations\n\n{chr(10).join(typing)}\n\n"
        f"if TYPE_CHECKING:\n    {block}\n    from .._raw import RawResponse\n\n\n"
        "class AsyncRawMethods(Protocol):\n"
        '    """``AsyncNango.with_raw_response``: ``await nango.with_raw_response.<method>(...)``\n'
        '    returns a ``RawResponse`` of the method\'s result."""\n\n'
        f"{body}\n"
    )


def _decorated(node: ast.AsyncFunctionDef | ast.FunctionDef, name: str) -> bool:
    return any(ast.unparse(d) == name for d in node.decorator_list)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a derived file is stale")
    args = parser.parse_args()
    stale = False
    raw = SOURCE / "raw.py"
    derived = [(raw, lambda: formatted(raw_methods((SOURCE / "client.py").read_text()), raw))]
    for name in FILES:
        target = TARGET / name
        derived.append((target, lambda n=name, t=target: _sync_file(n, t)))
    for target, derive in derived:
        wanted = derive()
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
        print(
            "nango/_sync or nango/_async/raw.py is stale: run scripts/unasync and commit the"
            " result.",
            file=sys.stderr,
        )
        return 1
    return 0


def _sync_file(name: str, target: Path) -> str:
    return formatted(transform(name, (SOURCE / name).read_text()), target)


if __name__ == "__main__":
    sys.exit(main())
