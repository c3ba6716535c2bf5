"""``import nango`` does not load the generated models, asyncio, aiohttp or the webhook payload
classes;
they load on first use, and everything still resolves (``nango.SyncRef``, type hints)."""

from __future__ import annotations

import json
import subprocess
import sys
import typing
from collections.abc import Mapping

import pytest

import nango
from nango import AsyncNango, Nango
from nango.models import Connection, SyncNameVariant

PROBE = """
import json, sys
import nango
loaded = sorted(
    m for m in sys.modules if m.startswith(("nango_api", "asyncio", "nango._webhook", "aiohttp"))
)
print(json.dumps(loaded))
"""


def test_import_nango_loads_no_generated_model_nor_asyncio() -> None:
    output = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    ).stdout

    assert json.loads(output) == []


def test_sync_ref_is_built_on_first_use() -> None:
    assert nango.SyncRef == str | SyncNameVariant | Mapping[str, str]


def test_type_hints_of_the_clients_resolve() -> None:
    for client in (Nango, AsyncNango):
        hints = typing.get_type_hints(client.get_connection)
        assert hints["return"] is Connection


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NotAThing"):
        _ = nango.NotAThing
