"""The generated package ``nango_api``, imported on first use.

Importing any generated model loads all of them (most of what ``import nango`` would cost), so
the hand-written layer reaches the generated code through three lazy names: ``api`` (operations:
``api.<tag>.<operation>``), ``models`` and ``types``. A module is imported when an attribute
of it is first read. Type checkers see the real modules.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nango_api import models, types

    class api:
        """``nango_api.api``, as type checkers see it."""

        class actions:
            from nango_api.api.actions import get_async_action_result, trigger_action

        class connect:
            from nango_api.api.connect import (
                create_connect_session,
                create_reconnect_session,
                delete_connect_session,
                get_connect_session,
            )

        class connections:
            from nango_api.api.connections import (
                delete_connection,
                get_connection,
                list_connections,
                patch_connection,
                set_metadata,
                update_metadata,
            )

        class environment:
            from nango_api.api.environment import (
                create_api_key,
                create_environment,
                delete_api_key,
                delete_environment,
                get_environment_variables,
                rotate_webhook_signing_key,
            )

        class functions:
            from nango_api.api.functions import (
                compile_function,
                create_function_deployment,
                create_function_dryrun,
                delete_function,
                get_function,
                get_function_code,
                get_function_deployment,
                get_function_dryrun,
                list_functions,
            )

        class integrations:
            from nango_api.api.integrations import (
                create_integration,
                create_quickstart_integration,
                delete_integration,
                get_integration,
                list_integrations,
                update_integration,
            )

        class providers:
            from nango_api.api.providers import get_provider, get_provider_templates, list_providers

        class proxy:
            from nango_api.api.proxy import (
                proxy_delete,
                proxy_get,
                proxy_patch,
                proxy_post,
                proxy_put,
            )

        class records:
            from nango_api.api.records import list_records, prune_records

        class scripts:
            from nango_api.api.scripts import get_scripts_config

        class syncs:
            from nango_api.api.syncs import (
                create_sync_variant,
                delete_sync_variant,
                pause_sync,
                start_sync,
                sync_status,
                trigger_sync,
                update_sync_connection_frequency,
            )

else:

    class _Lazy:
        """The module ``name``; ``packages`` levels of packages of modules lie above the
        module whose attributes are read (``api`` -> tag -> operation)."""

        def __init__(self, name: str, packages: int = 0) -> None:
            self._name = name
            self._packages = packages

        def __getattr__(self, attribute: str) -> Any:
            if attribute.startswith("__"):
                raise AttributeError(attribute)
            if self._packages:
                value: Any = _Lazy(f"{self._name}.{attribute}", self._packages - 1)
            else:
                value = getattr(importlib.import_module(self._name), attribute)
            setattr(self, attribute, value)
            return value

        def __repr__(self) -> str:
            return f"<nango_api module {self._name} (imported on first use)>"

    api = _Lazy("nango_api.api", packages=2)
    models = _Lazy("nango_api.models")
    types = _Lazy("nango_api.types")

__all__ = ["api", "models", "types"]
