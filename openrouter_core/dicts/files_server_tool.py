# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.files_server_tool` (keys as sent on the wire)."""

from __future__ import annotations

from typing import Any, Literal, TypedDict

__all__ = [
    "FilesServerToolDict",
]


class FilesServerToolDict(TypedDict, total=False):
    """The dict form of :class:`FilesServerTool`."""

    parameters: dict[str, Any] | None
    type: Literal["openrouter:files"]
