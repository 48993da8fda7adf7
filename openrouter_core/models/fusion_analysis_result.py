# Generated from the OpenRouter OpenAPI spec (components/schemas/FusionAnalysisResult) by `python -m codegen`; do not edit.
"""Structured analysis produced by the fusion analyst model."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class FusionAnalysisResultContradictionsStances:
    """The ``stances`` of a :class:`FusionAnalysisResultContradictions`."""

    model: str
    stance: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class FusionAnalysisResultContradictions:
    """The ``contradictions`` of a :class:`FusionAnalysisResult`."""

    stances: list[FusionAnalysisResultContradictionsStances]
    topic: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class FusionAnalysisResultPartialCoverage:
    """The ``partial_coverage`` of a :class:`FusionAnalysisResult`."""

    models: list[str]
    point: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class FusionAnalysisResultUniqueInsights:
    """The ``unique_insights`` of a :class:`FusionAnalysisResult`."""

    insight: str
    model: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class FusionAnalysisResult:
    """Structured analysis produced by the fusion analyst model."""

    blind_spots: list[str]
    consensus: list[str]
    contradictions: list[FusionAnalysisResultContradictions]
    partial_coverage: list[FusionAnalysisResultPartialCoverage]
    unique_insights: list[FusionAnalysisResultUniqueInsights]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
