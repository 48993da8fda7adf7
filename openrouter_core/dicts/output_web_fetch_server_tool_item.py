# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_web_fetch_server_tool_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "OutputWebFetchServerToolItemDict",
]


class OutputWebFetchServerToolItemDict(TypedDict, total=False):
    """The dict form of :class:`OutputWebFetchServerToolItem`."""

    content: str | None
    error: str | None
    httpStatus: int | None
    id: str | None
    status: Required[Literal["in_progress", "completed", "incomplete"] | str]
    title: str | None
    type: Required[Literal["openrouter:web_fetch"]]
    url: str | None
