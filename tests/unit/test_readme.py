"""The README's Python examples compile and call only methods the clients have."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from nango import AsyncNango, Nango

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.S)


def test_the_readme_has_sync_and_async_examples() -> None:
    assert any("Nango(" in block for block in BLOCKS)
    assert any("AsyncNango(" in block for block in BLOCKS)


@pytest.mark.parametrize("block", BLOCKS)
def test_example_compiles(block: str) -> None:
    compile(block, "README.md", "exec")


@pytest.mark.parametrize("block", BLOCKS)
def test_example_calls_existing_methods(block: str) -> None:
    called = set(re.findall(r"\bnango\.(\w+)\(", block))
    raw = set(re.findall(r"\bnango\.with_raw_response\.(\w+)\(", block))
    imported = re.findall(r"^from (nango[\w.]*) import ([\w, ]+)$", block, re.M)
    assert called or raw or imported
    for name in raw:
        assert callable(getattr(Nango("sk-readme").with_raw_response, name, None)), name
    closers = {"close": "aclose"}
    for name in called:
        assert callable(getattr(Nango, name, None)), name
        assert callable(getattr(AsyncNango, closers.get(name, name), None)), name
    for module, names in imported:
        for name in names.split(","):
            assert hasattr(importlib.import_module(module), name.strip()), (module, name)
