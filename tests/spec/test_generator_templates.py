"""generator-templates/ was written against the pinned openapi-python-client, and says so.

generator-templates/UPSTREAM records the generator's version and the sha256 of every upstream
template that generator-templates/ replaces or mirrors. When the pin changes (or the installed
package's templates differ), these tests fail until the templates are redone and the record is
rewritten (CONTRIBUTING.md, "The generator templates").
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.spec.codegen import load_codegen

ROOT = Path(__file__).resolve().parents[2]
UPSTREAM = ROOT / "generator-templates" / "UPSTREAM"
REDO = "redo generator-templates/ (CONTRIBUTING.md, 'The generator templates')"


def recorded_version() -> str:
    match = re.search(r"^openapi-python-client (\S+)$", UPSTREAM.read_text(encoding="utf-8"), re.M)
    assert match, f"{UPSTREAM} names no openapi-python-client version"
    return match.group(1)


def test_the_templates_were_written_for_the_pinned_generator() -> None:
    pinned = load_codegen().pinned_generator_version()
    assert recorded_version() == pinned, f"templates written for {recorded_version()}: {REDO}"


def test_the_upstream_templates_are_the_ones_they_were_written_against() -> None:
    expected = load_codegen().upstream_record()
    assert UPSTREAM.read_text(encoding="utf-8") == expected, f"upstream templates changed: {REDO}"
    for replaced in ("model.py.jinja", "models_init.py.jinja"):
        assert f"  {replaced}\n" in expected
    assert "  property_templates/union_property.py.jinja\n" in expected
