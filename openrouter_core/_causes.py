"""Exceptions kept as an error's ``cause``, cut loose from the frames that raised them.

A traceback holds every frame between the raise and the ``except``, and those frames hold
their locals: a stream, its HTTP response, a half-read body iterator. An error value that
kept them would keep the stream alive after the caller dropped it, in a reference cycle only
the garbage collector can break, and the collector then finalises httpcore's body iterator
at an arbitrary moment, possibly while this very thread holds the pool's lock (a deadlock).
Those frames also hold the request's headers, and error trackers, ``pytest --showlocals`` and
``traceback``'s ``capture_locals`` print every local of every frame a traceback keeps.

So, one rule: an error the SDK returns keeps the exception and its message, never its frames.
The error classes detach any ``cause`` they are given, and the drivers detach an error raised
while the request was built before returning it (``_pipeline._refused``).
"""

from __future__ import annotations

from typing import TypeVar

__all__ = ["detached"]

E = TypeVar("E", bound=BaseException)


def detached(exc: E) -> E:
    """``exc`` with its traceback dropped, and those of its causes, contexts and group members."""
    seen: set[int] = set()
    pending: list[BaseException] = [exc]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        current.__traceback__ = None
        for linked in (current.__cause__, current.__context__):
            if linked is not None:
                pending.append(linked)
        members = getattr(current, "exceptions", None)  # an ExceptionGroup (cattrs raises them)
        if isinstance(members, tuple):
            pending.extend(member for member in members if isinstance(member, BaseException))
    return exc
