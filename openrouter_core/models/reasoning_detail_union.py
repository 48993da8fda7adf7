# Generated from the OpenRouter OpenAPI spec (components/schemas/ReasoningDetailUnion) by `python -m codegen`; do not edit.
"""Reasoning detail union schema."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.reasoning_detail_encrypted import ReasoningDetailEncrypted
from openrouter_core.models.reasoning_detail_server_tool_call import ReasoningDetailServerToolCall
from openrouter_core.models.reasoning_detail_summary import ReasoningDetailSummary
from openrouter_core.models.reasoning_detail_text import ReasoningDetailText

ReasoningDetailUnion: TypeAlias = (
    ReasoningDetailSummary
    | ReasoningDetailEncrypted
    | ReasoningDetailText
    | ReasoningDetailServerToolCall
    | dict[str, Any]
)
"""Reasoning detail union schema."""


_REASONING_DETAIL_UNION_BY_TYPE: dict[Any, Any] = {
    "reasoning.encrypted": ReasoningDetailEncrypted,
    "reasoning.server_tool_call": ReasoningDetailServerToolCall,
    "reasoning.summary": ReasoningDetailSummary,
    "reasoning.text": ReasoningDetailText,
}


def _choose_reasoning_detail_union(data: Any) -> Any:
    """The member of :data:`ReasoningDetailUnion` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _REASONING_DETAIL_UNION_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"ReasoningDetailUnion: expected an object, got {type(data).__name__}")


register_union(ReasoningDetailUnion, _choose_reasoning_detail_union)
