"""The async implementation: the source that ``scripts/unasync`` turns into ``nango/_sync``."""
