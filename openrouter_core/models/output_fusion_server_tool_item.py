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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        error: str,
        model: str,
        status_code: int | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("error", error)
        _setattr("model", model)
        _setattr("status_code", status_code)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"error={self.error!r}, "
            f"model={self.model!r}, "
            f"status_code={self.status_code!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.error, self.model, self.status_code, self.extra_fields) == (
            other.error,
            other.model,
            other.status_code,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputFusionServerToolItemFailedModels",
                self.error,
                self.model,
                self.status_code,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class OutputFusionServerToolItemResponses:
    """Analysis models that produced a response in this fusion run, with each model's full panel
    content.
    """

    content: str | None = None
    model: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: str | None = None,
        model: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("model", model)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(content={self.content!r}, model={self.model!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.content, self.model, self.extra_fields) == (
            other.content,
            other.model,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("OutputFusionServerToolItemResponses", self.content, self.model, self.extra_fields)
        )

    # --- end of attrs methods ---


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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        analysis: FusionAnalysisResult | None = None,
        error: str | None = None,
        failed_models: list[OutputFusionServerToolItemFailedModels] | None = None,
        failure_reason: str | None = None,
        id: str | None = None,
        responses: list[OutputFusionServerToolItemResponses] | None = None,
        sources: list[FusionSource] | None = None,
        status: str,
        type: str = "openrouter:fusion",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("analysis", analysis)
        _setattr("error", error)
        _setattr("failed_models", failed_models)
        _setattr("failure_reason", failure_reason)
        _setattr("id", id)
        _setattr("responses", responses)
        _setattr("sources", sources)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"analysis={self.analysis!r}, "
            f"error={self.error!r}, "
            f"failed_models={self.failed_models!r}, "
            f"failure_reason={self.failure_reason!r}, "
            f"id={self.id!r}, "
            f"responses={self.responses!r}, "
            f"sources={self.sources!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.analysis,
            self.error,
            self.failed_models,
            self.failure_reason,
            self.id,
            self.responses,
            self.sources,
            self.status,
            self.type,
            self.extra_fields,
        ) == (
            other.analysis,
            other.error,
            other.failed_models,
            other.failure_reason,
            other.id,
            other.responses,
            other.sources,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputFusionServerToolItem",
                self.analysis,
                self.error,
                self.failed_models,
                self.failure_reason,
                self.id,
                self.responses,
                self.sources,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
