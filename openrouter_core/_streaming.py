"""Placeholder: wraps an open event-stream response (replaced by the streaming work)."""

from __future__ import annotations

from typing import Any


def open_stream(ready: Any, *, asynchronous: bool) -> Any:
    """Return the stream object for ``ready`` (an open response and its table row)."""
    raise NotImplementedError("streaming lands with the streaming issue")
