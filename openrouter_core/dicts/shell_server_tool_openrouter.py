# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.shell_server_tool_openrouter` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.shell_server_tool_config import ShellServerToolConfigDict

__all__ = [
    "ShellServerToolOpenRouterDict",
]


class ShellServerToolOpenRouterDict(TypedDict, total=False):
    """The dict form of :class:`ShellServerToolOpenRouter`."""

    parameters: ShellServerToolConfigDict | None
    type: Required[Literal["openrouter:shell"]]
