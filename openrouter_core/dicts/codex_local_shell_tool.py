# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.codex_local_shell_tool` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "CodexLocalShellToolDict",
]


class CodexLocalShellToolDict(TypedDict, total=False):
    """The dict form of :class:`CodexLocalShellTool`."""

    type: Required[Literal["local_shell"]]
