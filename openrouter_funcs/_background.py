"""An async generator run on an event loop in its own thread, read as a sync iterator.

``run_many`` (sync) runs ``run_many_async``'s run this way: one implementation of the
window, the results file and the stopping rules, whichever way it is called.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import AsyncGenerator, Callable, Iterator
from typing import Any, Generic, TypeVar

__all__ = ["in_background"]

T = TypeVar("T")


class _Background(Generic[T]):
    """An async generator on an event loop in its own thread, handing items over a queue."""

    def __init__(self, start: Callable[[], AsyncGenerator[T, None]], waiting: int) -> None:
        self.start, self.waiting = start, waiting
        self.handoff: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self.ready = threading.Event()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.task: asyncio.Task[None] | None = None
        self.room: asyncio.Semaphore | None = None

    async def pump(self) -> None:
        self.loop = asyncio.get_running_loop()
        self.task = asyncio.current_task()
        # The consumer's side of run_many's window: at most `waiting` items in the queue.
        self.room = asyncio.Semaphore(self.waiting)
        self.ready.set()
        try:
            async with contextlib.aclosing(self.start()) as items:
                async for item in items:
                    await self.room.acquire()
                    self.handoff.put(("item", item))
        except asyncio.CancelledError:
            pass  # the consumer stopped; it knows
        except BaseException as error:  # the input iterable raised: the consumer re-raises it
            self.handoff.put(("error", error))
        finally:
            self.handoff.put(("end", None))

    def thread_main(self) -> None:
        try:
            asyncio.run(self.pump())
        except BaseException as error:  # the loop itself failed; pump's own "end" may be missing
            self.handoff.put(("error", error))
        finally:
            self.ready.set()

    def stop(self) -> None:
        loop, task = self.loop, self.task
        if loop is not None and task is not None:
            with contextlib.suppress(RuntimeError):  # the loop has already finished
                loop.call_soon_threadsafe(task.cancel)


def in_background(start: Callable[[], AsyncGenerator[T, None]], waiting: int) -> Iterator[T]:
    """``start()``'s items, run on an event loop in a thread of its own, at most ``waiting``
    of them queued for the caller; stopping early (``close()``) cancels the generator there."""
    background = _Background(start, waiting)
    thread = threading.Thread(target=background.thread_main, name="run_many", daemon=True)
    thread.start()
    background.ready.wait()
    ended = False
    try:
        while True:
            kind, payload = background.handoff.get()
            if kind == "item":
                loop, room = background.loop, background.room
                assert loop is not None and room is not None
                with contextlib.suppress(RuntimeError):
                    loop.call_soon_threadsafe(room.release)
                yield payload
            elif kind == "error":
                raise payload
            else:
                ended = True
                return
    finally:
        if not ended:
            background.stop()
        thread.join()
