"""Python SDK for the Nango API.

The low-level client generated from ``openapi.yaml`` is importable as ``nango_api``.
"""

from ._version import __version__

__all__ = ["__version__"]
