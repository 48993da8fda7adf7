# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.shell_server_tool_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from openrouter_core.dicts.shell_server_tool_environment import ShellServerToolEnvironmentDict

__all__ = [
    "ShellServerToolConfigDict",
]


class ShellServerToolConfigDict(TypedDict, total=False):
    """The dict form of :class:`ShellServerToolConfig`."""

    engine: Literal["auto", "openrouter"] | str | None
    environment: ShellServerToolEnvironmentDict | None
    sleep_after_seconds: int | None
