# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_format_json_object_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ChatFormatJsonObjectConfigDict",
]


class ChatFormatJsonObjectConfigDict(TypedDict, total=False):
    """The dict form of :class:`ChatFormatJsonObjectConfig`."""

    type: Required[Literal["json_object"]]
