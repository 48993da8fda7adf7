# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.trace_config` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TypedDict

__all__ = [
    "TraceConfigDict",
]


class TraceConfigDict(TypedDict, total=False):
    """The dict form of :class:`TraceConfig`."""

    generation_name: str | None
    parent_span_id: str | None
    span_name: str | None
    trace_id: str | None
    trace_name: str | None
