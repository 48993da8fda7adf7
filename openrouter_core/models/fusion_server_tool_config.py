# Generated from the OpenRouter OpenAPI spec (components/schemas/FusionServerToolConfig) by `python -m codegen`; do not edit.
"""Configuration for the openrouter:fusion server tool."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )


@attrs.frozen(kw_only=True)
class FusionServerToolConfigReasoning:
    """Reasoning configuration forwarded to panelist and analyst inner calls."""

    effort: str | None = None
    """Reasoning effort level for panelist and analyst inner calls. Known values: ``"max"``,
    ``"xhigh"``, ``"high"``, ``"medium"``, ``"low"``, ``"minimal"``, ``"none"``.
    """
    max_tokens: int | None = None
    """Maximum number of reasoning tokens each panelist and analyst model may use."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class FusionServerToolConfigTools:
    """Server tools available to panelist and analyst inner calls."""

    parameters: dict[str, Any] | None = None
    """Optional configuration forwarded as the tool's `parameters` object."""
    type: str
    """Server tool type identifier (e.g. "openrouter:web_search", "openrouter:web_fetch")."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class FusionServerToolConfig:
    """Configuration for the openrouter:fusion server tool."""

    analysis_models: list[str] | None = None
    """Slugs of models to run in parallel as the analysis panel."""
    cache_control: AnthropicCacheControlDirective | None = None
    max_completion_tokens: int | None = None
    """Maximum number of output tokens (including reasoning tokens) each panelist and the analyst
    model may produce per inner call.
    """
    max_tool_calls: int | None = None
    """Maximum number of tool-calling steps each panelist (analysis model) and the analyst model may
    take during their agentic web-research loop.
    """
    model: str | None = None
    """Slug of the analyst model that produces the structured analysis JSON."""
    reasoning: FusionServerToolConfigReasoning | None = None
    """Reasoning configuration forwarded to panelist and analyst inner calls."""
    temperature: float | None = None
    """Temperature forwarded to panelist inner calls."""
    tools: list[FusionServerToolConfigTools] | None = None
    """Server tools available to panelist and analyst inner calls."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
