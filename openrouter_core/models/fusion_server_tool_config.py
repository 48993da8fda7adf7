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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        effort: str | None = None,
        max_tokens: int | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("effort", effort)
        _setattr("max_tokens", max_tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(effort={self.effort!r}, max_tokens={self.max_tokens!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.effort, self.max_tokens, self.extra_fields) == (
            other.effort,
            other.max_tokens,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("FusionServerToolConfigReasoning", self.effort, self.max_tokens, self.extra_fields)
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class FusionServerToolConfigTools:
    """Server tools available to panelist and analyst inner calls."""

    parameters: dict[str, Any] | None = None
    """Optional configuration forwarded as the tool's `parameters` object."""
    type: str
    """Server tool type identifier (e.g. "openrouter:web_search", "openrouter:web_fetch")."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        parameters: dict[str, Any] | None = None,
        type: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("parameters", parameters)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(parameters={self.parameters!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.parameters, self.type, self.extra_fields) == (
            other.parameters,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("FusionServerToolConfigTools", self.parameters, self.type, self.extra_fields))

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        analysis_models: list[str] | None = None,
        cache_control: AnthropicCacheControlDirective | None = None,
        max_completion_tokens: int | None = None,
        max_tool_calls: int | None = None,
        model: str | None = None,
        reasoning: FusionServerToolConfigReasoning | None = None,
        temperature: float | None = None,
        tools: list[FusionServerToolConfigTools] | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("analysis_models", analysis_models)
        _setattr("cache_control", cache_control)
        _setattr("max_completion_tokens", max_completion_tokens)
        _setattr("max_tool_calls", max_tool_calls)
        _setattr("model", model)
        _setattr("reasoning", reasoning)
        _setattr("temperature", temperature)
        _setattr("tools", tools)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"analysis_models={self.analysis_models!r}, "
            f"cache_control={self.cache_control!r}, "
            f"max_completion_tokens={self.max_completion_tokens!r}, "
            f"max_tool_calls={self.max_tool_calls!r}, "
            f"model={self.model!r}, "
            f"reasoning={self.reasoning!r}, "
            f"temperature={self.temperature!r}, "
            f"tools={self.tools!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.analysis_models,
            self.cache_control,
            self.max_completion_tokens,
            self.max_tool_calls,
            self.model,
            self.reasoning,
            self.temperature,
            self.tools,
            self.extra_fields,
        ) == (
            other.analysis_models,
            other.cache_control,
            other.max_completion_tokens,
            other.max_tool_calls,
            other.model,
            other.reasoning,
            other.temperature,
            other.tools,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "FusionServerToolConfig",
                self.analysis_models,
                self.cache_control,
                self.max_completion_tokens,
                self.max_tool_calls,
                self.model,
                self.reasoning,
                self.temperature,
                self.tools,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
