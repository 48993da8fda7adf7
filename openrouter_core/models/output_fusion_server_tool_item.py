# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputFusionServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:fusion server tool output item."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.fusion_analysis_result import FusionAnalysisResult
    from openrouter_core.models.fusion_source import FusionSource


@attrs.frozen(kw_only=True)
class OutputFusionServerToolItemFailedModels:
    """Models that were requested as part of the analysis panel but did not produce a response."""

    error: str
    """Error message describing why the model failed."""
    model: str
    """Slug of the analysis model that failed."""
    status_code: int | None = None
    """HTTP status code from the upstream response, when available (e.g. 402, 429)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class OutputFusionServerToolItemResponses:
    """Analysis models that produced a response in this fusion run, with each model's full panel
    content.
    """

    content: str | None = None
    model: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class OutputFusionServerToolItem:
    """An openrouter:fusion server tool output item."""

    analysis: FusionAnalysisResult | None = None
    error: str | None = None
    """Error message when the fusion run did not produce an analysis result."""
    failed_models: list[OutputFusionServerToolItemFailedModels] | None = None
    """Models that were requested as part of the analysis panel but did not produce a response."""
    failure_reason: str | None = None
    """Typed failure reason when the fusion run failed."""
    id: str | None = None
    responses: list[OutputFusionServerToolItemResponses] | None = None
    """Analysis models that produced a response in this fusion run, with each model's full panel
    content.
    """
    sources: list[FusionSource] | None = None
    """Web pages the analysis panels and analyst retrieved via web search during this fusion run,
    deduplicated by URL across the whole run.
    """
    status: str
    """Known values: :class:`ToolCallStatus`."""
    type: str = "openrouter:fusion"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
