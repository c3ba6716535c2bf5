"""The wheel installs `nango` and `nango_api`, both typed, and depends only on httpx and attrs."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_contents_and_dependencies(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "--disable-pip-version-check",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("nango_python-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (meta_name,) = (n for n in names if n.endswith(".dist-info/METADATA"))
        meta = Parser().parsestr(archive.read(meta_name).decode())

    assert {
        "nango/__init__.py",
        "nango/py.typed",
        "nango_api/__init__.py",
        "nango_api/py.typed",
        "nango_api/client.py",
    } <= names
    assert any(n.startswith("nango_api/api/connections/") for n in names)
    assert not any("__pycache__" in n or n.startswith("generated/") for n in names)
    runtime = sorted(
        req.split(">")[0].split("=")[0].split("<")[0].strip()
        for req in meta.get_all("Requires-Dist") or []
        if "extra ==" not in req
    )
    assert runtime == ["attrs", "httpx", "sniffio"]
    extras = [req.replace('"', "'") for req in meta.get_all("Requires-Dist") or []]
    assert "aiohttp<4,>=3.10; extra == 'aiohttp'" in extras  # DefaultAioHttpClient
    assert meta["Requires-Python"] == ">=3.11"
