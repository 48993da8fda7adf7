"""What the async code needs from the library running it: asyncio, or trio (as httpx allows).

httpx runs on either through anyio; the core needs three things of its own from the running
library: which event loop this is (one client per loop), a sleep, and a close that finishes
even when the caller is cancelled. asyncio is asked first and directly, so asyncio callers
pay nothing for trio; trio is recognised through sniffio, which trio itself depends on.
"""

from __future__ import annotations

import asyncio
from typing import Any, Protocol

__all__ = ["aclose_shielded", "current_loop", "sleep"]


class _AsyncClosable(Protocol):
    async def aclose(self) -> None: ...


def _running_asyncio_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _trio() -> Any:
    """The trio module when trio runs this task; RuntimeError naming the library otherwise."""
    try:
        import sniffio
    except ImportError:  # trio depends on sniffio, so without it this is no trio task
        raise RuntimeError("no asyncio event loop is running, and trio is not installed") from None
    library = sniffio.current_async_library()
    if library != "trio":
        raise RuntimeError(f"the _async functions run under asyncio or trio, not {library}")
    import trio

    return trio


def current_loop() -> object:
    """What identifies the running event loop: the asyncio loop, or the trio run's token.

    Either can be weakly referenced, and lives exactly as long as its loop.
    """
    loop = _running_asyncio_loop()
    if loop is not None:
        return loop
    token: object = _trio().lowlevel.current_trio_token()
    return token


async def sleep(seconds: float) -> None:
    """Wait ``seconds`` on whichever library runs the caller."""
    if _running_asyncio_loop() is not None:
        await asyncio.sleep(seconds)
    else:
        await _trio().sleep(seconds)


async def aclose_shielded(closable: _AsyncClosable) -> None:
    """``await closable.aclose()`` to its end even if the caller is cancelled meanwhile; the
    cancellation then goes on once the close has finished.

    Closing an httpx response takes httpcore's connection lock; a cancellation landing there
    leaves the connection checked out of the pool for good (httpcore shields it with anyio,
    which a plain ``task.cancel()`` goes through). So under asyncio the close runs as a task
    of its own and the caller waits for it, whatever it is told meanwhile; trio's shield is
    sound and is used as it is.
    """
    loop = _running_asyncio_loop()
    if loop is None:
        with _trio().CancelScope(shield=True):
            await closable.aclose()
        return
    closing = loop.create_task(closable.aclose())
    cancelled: BaseException | None = None
    while not closing.done():
        try:
            await asyncio.wait((closing,))
        except asyncio.CancelledError as exc:
            # Kept, not dropped: the caller is told once the connection is back in the pool.
            cancelled = exc
    if cancelled is not None:
        raise cancelled
    closing.result()
