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
