"""Generate `generated/nango_api` from `openapi.yaml`, or check that it is up to date.

Used through `scripts/generate` and `scripts/check-generated`. The generator runs in a temporary
folder (so no ruff configuration of the repository or the user leaks into the output) with
`--fail-on-warning`, and the result replaces `generated/nango_api` as a whole.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "nango_api"
IGNORED = {"__pycache__", ".ruff_cache"}


def pinned_generator_version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'"openapi-python-client==([^"]+)"', text)
    if not match:
        sys.exit("pyproject.toml does not pin openapi-python-client")
    return match.group(1)


def check_generator_version() -> None:
    wanted = pinned_generator_version()
    try:
        have = metadata.version("openapi-python-client")
    except metadata.PackageNotFoundError:
        sys.exit(
            f"openapi-python-client is not installed; run: pip install -e '.[dev]' "
            f"-c requirements-dev.lock (pinned {wanted})"
        )
    if have != wanted:
        sys.exit(
            f"openapi-python-client {have} is installed but {wanted} is pinned; "
            "output would drift. Reinstall the dev dependencies."
        )


def run_generator(spec: Path, config: Path, workdir: Path) -> Path:
    """Run the pinned generator into `workdir/nango_api` and return that folder."""
    check_generator_version()
    bindir = Path(sys.executable).parent
    env = dict(os.environ, PATH=f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}")
    out = workdir / PACKAGE
    cmd = [
        str(bindir / "openapi-python-client"),
        "generate",
        "--path",
        str(spec.resolve()),
        "--config",
        str(config.resolve()),
        "--meta",
        "none",
        "--output-path",
        str(out),
        "--overwrite",
        "--fail-on-warning",
        "--custom-template-path",
        str(ROOT / "generator-templates"),
    ]
    proc = subprocess.run(cmd, cwd=workdir, env=env, capture_output=True, text=True)
    output = (proc.stdout + proc.stderr).strip()
    if proc.returncode != 0:
        sys.exit(f"openapi-python-client failed (exit {proc.returncode}):\n{output}")
    if not (out / "py.typed").is_file():
        sys.exit(
            "generated package has no py.typed (check the post_hooks in generator-config.yaml)"
        )
    return out


def tree(folder: Path) -> dict[str, Path]:
    files: dict[str, Path] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if path.is_file() and not IGNORED.intersection(rel.parts):
            files[rel.as_posix()] = path
    return files


def compare(expected: Path, actual: Path, max_lines: int = 200) -> list[str]:
    """Differences between a fresh generation (`expected`) and the checked-in folder (`actual`)."""
    want, have = tree(expected), tree(actual)
    report: list[str] = []
    for name in sorted(want.keys() - have.keys()):
        report.append(f"missing from generated/{PACKAGE}: {name}")
    for name in sorted(have.keys() - want.keys()):
        report.append(f"not produced by the spec (stale): generated/{PACKAGE}/{name}")
    for name in sorted(want.keys() & have.keys()):
        if filecmp.cmp(want[name], have[name], shallow=False):
            continue
        diff = list(
            difflib.unified_diff(
                have[name].read_text(encoding="utf-8").splitlines(),
                want[name].read_text(encoding="utf-8").splitlines(),
                f"generated/{PACKAGE}/{name} (checked in)",
                f"{name} (from the spec)",
                lineterm="",
            )
        )
        report.append(f"differs: generated/{PACKAGE}/{name}")
        report.extend(diff[:max_lines])
        if len(diff) > max_lines:
            report.append(f"... {len(diff) - max_lines} more diff lines")
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("command", choices=["generate", "check"])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--config", type=Path, default=ROOT / "generator-config.yaml")
    parser.add_argument(
        "--generated",
        type=Path,
        default=ROOT / "generated" / PACKAGE,
        help="the package folder to write or check",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="nango-codegen-") as tmp:
        fresh = run_generator(args.spec, args.config, Path(tmp))
        if args.command == "generate":
            if args.generated.exists():
                shutil.rmtree(args.generated)
            args.generated.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(fresh, args.generated, ignore=shutil.ignore_patterns(*IGNORED))
            print(f"generated {len(tree(args.generated))} files into {args.generated}")
            return 0
        if not args.generated.is_dir():
            print(f"{args.generated} does not exist; run scripts/generate", file=sys.stderr)
            return 1
        report = compare(fresh, args.generated)
        if report:
            print("\n".join(report), file=sys.stderr)
            print(
                f"\n{args.generated} is out of date with {args.spec.name}: run scripts/generate "
                "and commit the result.",
                file=sys.stderr,
            )
            return 1
        print(f"{args.generated} matches {args.spec.name} ({len(tree(fresh))} files)")
        return 0


if __name__ == "__main__":
    sys.exit(main())
