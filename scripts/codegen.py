"""Generate `generated/nango_api` from `openapi.yaml`, or check that it is up to date.

Used through `scripts/generate` and `scripts/check-generated`. The generator runs in a temporary
folder (so no ruff configuration of the repository or the user leaks into the output) with
`--fail-on-warning`, and the result replaces `generated/nango_api` as a whole.

The templates of `generator-templates/` replace some of the generator's own (a lazy
`models/__init__.py`, a fast `from_dict`). `--templates stock` generates with the generator's own
model templates instead (only the lazy `models/__init__.py` kept): what the fast `from_dict` is
compared with, in tests/spec/test_fast_from_dict.py and by `scripts/bench overhead`.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import hashlib
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
TEMPLATES = ROOT / "generator-templates"
# The template of generator-templates/ that `--templates stock` keeps: it is not about parsing.
MODELS_INIT = "models_init.py.jinja"
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


def upstream_record() -> str:
    """What generator-templates/UPSTREAM must say for the installed generator: its version and the
    sha256 of each of its templates that generator-templates/ replaces or mirrors (every
    template it shadows, and the property templates whose parsing fast_from_dict.jinja redoes)."""
    import openapi_python_client

    upstream = Path(openapi_python_client.__file__).parent / "templates"
    names = {path.relative_to(TEMPLATES).as_posix() for path in TEMPLATES.rglob("*.jinja")}
    names = {name for name in names if (upstream / name).is_file()}
    names |= {
        path.relative_to(upstream).as_posix()
        for path in (upstream / "property_templates").glob("*.jinja")
    }
    lines = [
        "# The openapi-python-client templates that generator-templates/ was written against:",
        "# its version and the sha256 of each upstream template that generator-templates/",
        "# replaces or mirrors. tests/spec/test_generator_templates.py fails when these differ",
        "# from the pinned generator's: redo the templates (CONTRIBUTING.md, The generator",
        "# templates), then rewrite this record:",
        "#   .venv/bin/python scripts/codegen.py upstream > generator-templates/UPSTREAM",
        f"openapi-python-client {metadata.version('openapi-python-client')}",
    ]
    for name in sorted(names):
        digest = hashlib.sha256((upstream / name).read_bytes()).hexdigest()
        lines.append(f"{digest}  {name}")
    return "\n".join(lines) + "\n"


def template_folder(templates: str, workdir: Path) -> Path:
    """The folder given as `--custom-template-path`: generator-templates/, or for "stock" a
    folder in `workdir` with only its lazy `models/__init__.py` template."""
    if templates == "fast":
        return TEMPLATES
    stock = workdir / "stock-templates"
    stock.mkdir()
    shutil.copy2(TEMPLATES / MODELS_INIT, stock / MODELS_INIT)
    return stock


def run_generator(
    spec: Path, config: Path, workdir: Path, templates: str = "fast", package: str = PACKAGE
) -> Path:
    """Run the pinned generator into `workdir/<package>` and return that folder (the post-hooks
    make its imports absolute, so the folder's name is the package's name)."""
    check_generator_version()
    bindir = Path(sys.executable).parent
    env = dict(os.environ, PATH=f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}")
    out = workdir / package
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
        str(template_folder(templates, workdir)),
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
    parser.add_argument(
        "command",
        choices=["generate", "check", "upstream"],
        help="upstream: print the record of the installed generator's templates that "
        "generator-templates/UPSTREAM must hold",
    )
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--config", type=Path, default=ROOT / "generator-config.yaml")
    parser.add_argument(
        "--generated",
        type=Path,
        default=ROOT / "generated" / PACKAGE,
        help="the package folder to write or check",
    )
    parser.add_argument(
        "--templates",
        choices=["fast", "stock"],
        default="fast",
        help="fast: generator-templates/ (the default, what generated/ holds); stock: the "
        "generator's own model templates (for comparisons)",
    )
    parser.add_argument(
        "--package",
        default=PACKAGE,
        help="the package name its absolute imports use (another name can be imported next to "
        f"{PACKAGE})",
    )
    args = parser.parse_args()
    if args.command == "upstream":
        check_generator_version()
        print(upstream_record(), end="")
        return 0

    with tempfile.TemporaryDirectory(prefix="nango-codegen-") as tmp:
        fresh = run_generator(args.spec, args.config, Path(tmp), args.templates, args.package)
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
