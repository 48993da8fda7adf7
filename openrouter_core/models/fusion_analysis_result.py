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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        model: str,
        stance: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("model", model)
        _setattr("stance", stance)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(model={self.model!r}, stance={self.stance!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.model, self.stance, self.extra_fields) == (
            other.model,
            other.stance,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "FusionAnalysisResultContradictionsStances",
                self.model,
                self.stance,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class FusionAnalysisResultContradictions:
    """The ``contradictions`` of a :class:`FusionAnalysisResult`."""

    stances: list[FusionAnalysisResultContradictionsStances]
    topic: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        stances: list[FusionAnalysisResultContradictionsStances],
        topic: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("stances", stances)
        _setattr("topic", topic)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(stances={self.stances!r}, topic={self.topic!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.stances, self.topic, self.extra_fields) == (
            other.stances,
            other.topic,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("FusionAnalysisResultContradictions", self.stances, self.topic, self.extra_fields)
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class FusionAnalysisResultPartialCoverage:
    """The ``partial_coverage`` of a :class:`FusionAnalysisResult`."""

    models: list[str]
    point: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        models: list[str],
        point: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("models", models)
        _setattr("point", point)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(models={self.models!r}, point={self.point!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.models, self.point, self.extra_fields) == (
            other.models,
            other.point,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("FusionAnalysisResultPartialCoverage", self.models, self.point, self.extra_fields)
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class FusionAnalysisResultUniqueInsights:
    """The ``unique_insights`` of a :class:`FusionAnalysisResult`."""

    insight: str
    model: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        insight: str,
        model: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("insight", insight)
        _setattr("model", model)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(insight={self.insight!r}, model={self.model!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.insight, self.model, self.extra_fields) == (
            other.insight,
            other.model,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("FusionAnalysisResultUniqueInsights", self.insight, self.model, self.extra_fields)
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class FusionAnalysisResult:
    """Structured analysis produced by the fusion analyst model."""

    blind_spots: list[str]
    consensus: list[str]
    contradictions: list[FusionAnalysisResultContradictions]
    partial_coverage: list[FusionAnalysisResultPartialCoverage]
    unique_insights: list[FusionAnalysisResultUniqueInsights]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        blind_spots: list[str],
        consensus: list[str],
        contradictions: list[FusionAnalysisResultContradictions],
        partial_coverage: list[FusionAnalysisResultPartialCoverage],
        unique_insights: list[FusionAnalysisResultUniqueInsights],
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("blind_spots", blind_spots)
        _setattr("consensus", consensus)
        _setattr("contradictions", contradictions)
        _setattr("partial_coverage", partial_coverage)
        _setattr("unique_insights", unique_insights)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"blind_spots={self.blind_spots!r}, "
            f"consensus={self.consensus!r}, "
            f"contradictions={self.contradictions!r}, "
            f"partial_coverage={self.partial_coverage!r}, "
            f"unique_insights={self.unique_insights!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.blind_spots,
            self.consensus,
            self.contradictions,
            self.partial_coverage,
            self.unique_insights,
            self.extra_fields,
        ) == (
            other.blind_spots,
            other.consensus,
            other.contradictions,
            other.partial_coverage,
            other.unique_insights,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "FusionAnalysisResult",
                self.blind_spots,
                self.consensus,
                self.contradictions,
                self.partial_coverage,
                self.unique_insights,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
