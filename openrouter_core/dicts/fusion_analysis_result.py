# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.fusion_analysis_result` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "FusionAnalysisResultContradictionsDict",
    "FusionAnalysisResultContradictionsStancesDict",
    "FusionAnalysisResultDict",
    "FusionAnalysisResultPartialCoverageDict",
    "FusionAnalysisResultUniqueInsightsDict",
]


class FusionAnalysisResultDict(TypedDict, total=False):
    """The dict form of :class:`FusionAnalysisResult`."""

    blind_spots: Required[list[str]]
    consensus: Required[list[str]]
    contradictions: Required[list[FusionAnalysisResultContradictionsDict]]
    partial_coverage: Required[list[FusionAnalysisResultPartialCoverageDict]]
    unique_insights: Required[list[FusionAnalysisResultUniqueInsightsDict]]


class FusionAnalysisResultContradictionsDict(TypedDict, total=False):
    """The dict form of :class:`FusionAnalysisResultContradictions`."""

    stances: Required[list[FusionAnalysisResultContradictionsStancesDict]]
    topic: Required[str]


class FusionAnalysisResultContradictionsStancesDict(TypedDict, total=False):
    """The dict form of :class:`FusionAnalysisResultContradictionsStances`."""

    model: Required[str]
    stance: Required[str]


class FusionAnalysisResultPartialCoverageDict(TypedDict, total=False):
    """The dict form of :class:`FusionAnalysisResultPartialCoverage`."""

    models: Required[list[str]]
    point: Required[str]


class FusionAnalysisResultUniqueInsightsDict(TypedDict, total=False):
    """The dict form of :class:`FusionAnalysisResultUniqueInsights`."""

    insight: Required[str]
    model: Required[str]
