# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_format_json_schema_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.chat_json_schema_config import ChatJsonSchemaConfigDict

__all__ = [
    "ChatFormatJsonSchemaConfigDict",
]


class ChatFormatJsonSchemaConfigDict(TypedDict, total=False):
    """The dict form of :class:`ChatFormatJsonSchemaConfig`."""

    json_schema: Required[ChatJsonSchemaConfigDict]
    type: Required[Literal["json_schema"]]
