"""scripts/generate is deterministic and scripts/check-generated catches every kind of drift."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated" / "nango_api"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ROOT / "scripts" / args[0]), *args[1:]],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_generating_twice_gives_identical_output(tmp_path: Path) -> None:
    first = run("generate", "--generated", str(tmp_path / "nango_api"))
    assert first.returncode == 0, first.stderr
    assert not list((tmp_path / "nango_api").rglob(".ruff_cache"))
    assert not list((tmp_path / "nango_api").rglob("__pycache__"))
    assert (tmp_path / "nango_api" / "py.typed").is_file()
    second = run("check-generated", "--generated", str(tmp_path / "nango_api"))
    assert second.returncode == 0, second.stderr


def test_one_changed_line_of_the_spec_is_caught(tmp_path: Path) -> None:
    spec = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    line = next(x for x in spec.splitlines() if x.strip().startswith("summary:"))
    changed = spec.replace(line, line + " (changed)", 1)
    assert changed != spec
    (tmp_path / "openapi.yaml").write_text(changed, encoding="utf-8")

    result = run("check-generated", "--spec", str(tmp_path / "openapi.yaml"))

    assert result.returncode == 1
    assert "differs: generated/nango_api/api/" in result.stderr
    assert "(changed)" in result.stderr
    assert "run scripts/generate" in result.stderr


def test_added_and_deleted_generated_files_are_caught(tmp_path: Path) -> None:
    copy = tmp_path / "nango_api"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "models" / "leftover.py").write_text("x = 1\n", encoding="utf-8")
    (copy / "models" / "__init__.py").unlink()

    result = run("check-generated", "--generated", str(copy))

    assert result.returncode == 1
    assert "not produced by the spec (stale): generated/nango_api/models/leftover.py" in (
        result.stderr
    )
    assert "missing from generated/nango_api: models/__init__.py" in result.stderr
