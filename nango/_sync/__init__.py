"""The sync implementation.

Derived from ``nango/_async/__init__.py`` by ``scripts/unasync.py``: do not edit.
"""
