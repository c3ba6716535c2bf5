"""examples/demo.py (what `scripts/demo` runs) works against the mock server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SECRET

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.contract


def test_demo_runs(mock_url: str) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py")],
        env={**os.environ, "NANGO_HOST": mock_url, "NANGO_SECRET_KEY": SECRET},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "integration github-ref (github)" in result.stdout
    assert "connect session nango_connect_session_" in result.stdout
    assert SECRET not in result.stdout + result.stderr
