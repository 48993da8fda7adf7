"""``with`` and ``async with`` for the objects that close: the block's end closes them.

The core, its streams and the fallback streams all close the same way at the end of a block,
however it ends (an exception inside it is not swallowed); they inherit it from here.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

__all__ = ["AsyncClosesOnExit", "ClosesOnExit"]

_Self = TypeVar("_Self")


class ClosesOnExit:
    """``with x:`` gives ``x`` and calls ``x.close()`` when the block ends."""

    __slots__ = ()

    if TYPE_CHECKING:

        def close(self) -> None: ...

    def __enter__(self: _Self) -> _Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClosesOnExit:
    """``async with x:`` gives ``x`` and awaits ``x.aclose()`` when the block ends."""

    __slots__ = ()

    if TYPE_CHECKING:

        async def aclose(self) -> None: ...

    async def __aenter__(self: _Self) -> _Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
