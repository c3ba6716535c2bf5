"""The generated low-level client imports cleanly: every API module, every model."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import nango
import nango_api
import nango_api.api
import nango_api.models
from tests.openapi_spec import module_name, operations

ENDPOINT_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def api_modules() -> list[str]:
    return sorted(
        info.name
        for info in pkgutil.walk_packages(nango_api.api.__path__, "nango_api.api.")
        if not info.ispkg
    )


def test_every_api_module_imports_and_has_the_four_functions() -> None:
    modules = api_modules()
    assert modules
    for name in modules:
        module = importlib.import_module(name)
        for function in ENDPOINT_FUNCTIONS:
            assert callable(getattr(module, function)), f"{name}.{function}"


def test_one_api_module_per_operation_in_the_spec() -> None:
    assert set(api_modules()) == {module_name(op) for _, _, op in operations()}


def test_every_model_imports() -> None:
    exported = nango_api.models.__all__
    assert exported
    for name in exported:
        model = getattr(nango_api.models, name)
        assert isinstance(model, type), name


def test_both_packages_are_typed() -> None:
    for package in (nango, nango_api):
        assert (Path(package.__file__).parent / "py.typed").is_file(), package.__name__
