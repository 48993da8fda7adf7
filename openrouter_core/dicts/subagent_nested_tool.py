# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.subagent_nested_tool` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "SubagentNestedToolDict",
]


class SubagentNestedToolDict(TypedDict, total=False):
    """The dict form of :class:`SubagentNestedTool`."""

    parameters: dict[str, Any] | None
    type: Required[str]
