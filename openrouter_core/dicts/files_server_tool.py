# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.files_server_tool` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "FilesServerToolDict",
]


class FilesServerToolDict(TypedDict, total=False):
    """The dict form of :class:`FilesServerTool`."""

    parameters: dict[str, Any] | None
    type: Required[Literal["openrouter:files"]]
