"""``NANGO_LOG=debug|info``: the ``nango`` logger's level, and its lines on stderr as long as the
application has configured no logging of its own (Node has no twin; openai-python's
``OPENAI_LOG``)."""

from __future__ import annotations

import logging
import os
import sys

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
FORMAT = "[%(asctime)s - %(name)s - %(levelname)s] %(message)s"

logger = logging.getLogger("nango")


class StderrUntilConfigured(logging.Handler):
    """Writes to the current ``sys.stderr`` while no other handler would print the record: once
    the application configures logging (``basicConfig``, a handler on ``nango`` or an ancestor),
    its handlers alone print the ``nango`` lines, so nothing is printed twice."""

    def emit(self, record: logging.LogRecord) -> None:
        if self._configured_elsewhere():
            return
        try:
            sys.stderr.write(self.format(record) + "\n")
            sys.stderr.flush()
        except Exception:
            self.handleError(record)

    def _configured_elsewhere(self) -> bool:
        current: logging.Logger | None = logger
        while current is not None:
            if any(handler is not self for handler in current.handlers):
                return True
            if not current.propagate:
                return False
            current = current.parent
        return False


def configure_from_environment() -> None:
    """Apply ``NANGO_LOG`` (any case; other values are ignored). A level the application already
    gave the ``nango`` logger is kept."""
    level = LEVELS.get(os.environ.get("NANGO_LOG", "").strip().lower())
    if level is None:
        return
    if logger.level == logging.NOTSET:
        logger.setLevel(level)
    if not any(isinstance(handler, StderrUntilConfigured) for handler in logger.handlers):
        handler = StderrUntilConfigured()
        handler.setFormatter(logging.Formatter(FORMAT))
        logger.addHandler(handler)
