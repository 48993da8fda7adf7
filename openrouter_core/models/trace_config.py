# Generated from the OpenRouter OpenAPI spec (components/schemas/TraceConfig) by `python -m codegen`; do not edit.
"""Metadata for observability and tracing."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class TraceConfig:
    """Metadata for observability and tracing."""

    generation_name: str | None = None
    parent_span_id: str | None = None
    span_name: str | None = None
    trace_id: str | None = None
    trace_name: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        generation_name: str | None = None,
        parent_span_id: str | None = None,
        span_name: str | None = None,
        trace_id: str | None = None,
        trace_name: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("generation_name", generation_name)
        _setattr("parent_span_id", parent_span_id)
        _setattr("span_name", span_name)
        _setattr("trace_id", trace_id)
        _setattr("trace_name", trace_name)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"generation_name={self.generation_name!r}, "
            f"parent_span_id={self.parent_span_id!r}, "
            f"span_name={self.span_name!r}, "
            f"trace_id={self.trace_id!r}, "
            f"trace_name={self.trace_name!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.generation_name,
            self.parent_span_id,
            self.span_name,
            self.trace_id,
            self.trace_name,
            self.extra_fields,
        ) == (
            other.generation_name,
            other.parent_span_id,
            other.span_name,
            other.trace_id,
            other.trace_name,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "TraceConfig",
                self.generation_name,
                self.parent_span_id,
                self.span_name,
                self.trace_id,
                self.trace_name,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
