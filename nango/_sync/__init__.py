# Generated from nango/_async/__init__.py by scripts/unasync.py: do not edit.
"""The sync implementation, derived from nango/_async by scripts/unasync.py."""
