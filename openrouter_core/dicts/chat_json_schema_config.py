# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_json_schema_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ChatJsonSchemaConfigDict",
]


class ChatJsonSchemaConfigDict(TypedDict, total=False):
    """The dict form of :class:`ChatJsonSchemaConfig`."""

    description: str | None
    name: Required[str]
    schema: dict[str, Any] | None
    strict: bool | None
