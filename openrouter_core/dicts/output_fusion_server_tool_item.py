# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.output_fusion_server_tool_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.fusion_analysis_result import FusionAnalysisResultDict
    from openrouter_core.dicts.fusion_source import FusionSourceDict

__all__ = [
    "OutputFusionServerToolItemDict",
    "OutputFusionServerToolItemFailedModelsDict",
    "OutputFusionServerToolItemResponsesDict",
]


class OutputFusionServerToolItemDict(TypedDict, total=False):
    """The dict form of :class:`OutputFusionServerToolItem`."""

    analysis: FusionAnalysisResultDict | None
    error: str | None
    failed_models: list[OutputFusionServerToolItemFailedModelsDict] | None
    failure_reason: str | None
    id: str | None
    responses: list[OutputFusionServerToolItemResponsesDict] | None
    sources: list[FusionSourceDict] | None
    status: Required[Literal["in_progress", "completed", "incomplete"] | str]
    type: Required[Literal["openrouter:fusion"]]


class OutputFusionServerToolItemFailedModelsDict(TypedDict, total=False):
    """The dict form of :class:`OutputFusionServerToolItemFailedModels`."""

    error: Required[str]
    model: Required[str]
    status_code: int | None


class OutputFusionServerToolItemResponsesDict(TypedDict, total=False):
    """The dict form of :class:`OutputFusionServerToolItemResponses`."""

    content: str | None
    model: Required[str]
