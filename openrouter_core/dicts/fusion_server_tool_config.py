# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.fusion_server_tool_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.anthropic_cache_control_directive import (
        AnthropicCacheControlDirectiveDict,
    )

__all__ = [
    "FusionServerToolConfigDict",
    "FusionServerToolConfigReasoningDict",
    "FusionServerToolConfigToolsDict",
]


class FusionServerToolConfigDict(TypedDict, total=False):
    """The dict form of :class:`FusionServerToolConfig`."""

    analysis_models: list[str] | None
    cache_control: AnthropicCacheControlDirectiveDict | None
    max_completion_tokens: int | None
    max_tool_calls: int | None
    model: str | None
    reasoning: FusionServerToolConfigReasoningDict | None
    temperature: float | None
    tools: list[FusionServerToolConfigToolsDict] | None


class FusionServerToolConfigReasoningDict(TypedDict, total=False):
    """The dict form of :class:`FusionServerToolConfigReasoning`."""

    effort: Literal["max", "xhigh", "high", "medium", "low", "minimal", "none"] | str | None
    max_tokens: int | None


class FusionServerToolConfigToolsDict(TypedDict, total=False):
    """The dict form of :class:`FusionServerToolConfigTools`."""

    parameters: dict[str, Any] | None
    type: Required[str]
