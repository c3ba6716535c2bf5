"""The two places where sync and async code must differ: sleeping and cancellation events."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio


async def async_sleep(seconds: float, cancel: asyncio.Event | None = None) -> bool:
    """Sleep ``seconds``; return ``True`` early if ``cancel`` gets set."""
    import asyncio  # here: ``import nango`` does not need it

    if cancel is None:
        await asyncio.sleep(seconds)
        return False
    try:
        await asyncio.wait_for(cancel.wait(), timeout=seconds)
    except TimeoutError:
        return False
    return True


def sync_sleep(seconds: float, cancel: threading.Event | None = None) -> bool:
    """Sleep ``seconds``; return ``True`` early if ``cancel`` gets set."""
    if cancel is None:
        threading.Event().wait(seconds)
        return False
    return cancel.wait(seconds)
